import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripAnsi } from './ansi.js';
import { createSampleReport } from './sample-report.js';
import { renderSummaryTable } from './summary-table.js';
import { nastyString } from './test-strings.js';
import { displayWidth } from './text.js';
import type { ReportMetrics } from './types.js';

function tableLines(out: string): string[] {
  // The table runs from the header row to the first blank line after it.
  const lines = out.split('\n');
  const start = lines.findIndex((l) => l.startsWith('label'));
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

describe('renderSummaryTable', () => {
  const report = createSampleReport();
  const out = renderSummaryTable(report);

  it('starts with the total row, then one row per label in scenario order', () => {
    const rows = tableLines(out).filter((l) => !l.startsWith('─') && !l.startsWith('label'));
    expect(rows.map((r) => r.split(/ {2,}/)[0])).toEqual(['total', ...Object.keys(report.labels)]);
  });

  it('aligns every row to the same width and right-aligns numeric columns', () => {
    const lines = tableLines(out);
    const widths = new Set(lines.map(displayWidth));
    expect(widths.size).toBe(1);
    // Right alignment: in every row the 'requests' column ends at the same offset as its header.
    const header = lines[0]!;
    const requestsEnd = header.indexOf('requests') + 'requests'.length;
    for (const row of lines.slice(2).filter((l) => !l.startsWith('─'))) {
      expect(row[requestsEnd - 1]).toMatch(/\d/);
      expect(row[requestsEnd]).toBe(' ');
    }
  });

  it('prints latency with the agreed precision', () => {
    const r = createSampleReport();
    r.total.latencyMs = {
      min: 0.042,
      mean: 3.14672,
      p50: 12.345,
      p90: 123.4,
      p95: 9.996,
      p99: 1500,
      p999: 0,
      max: 0.5,
    };
    const totalRow = tableLines(renderSummaryTable(r)).find((l) => l.startsWith('total'))!;
    expect(
      totalRow
        .trim()
        .split(/\s{2,}/)
        .slice(-7),
    ).toEqual(['3.15', '12.3', '123', '10.0', '1,500', '0', '0.50']);
  });

  it('shows errors as count and percentage', () => {
    expect(out).toMatch(/309 \(1\.48%\)/);
  });

  it('truncates long labels with an ellipsis', () => {
    const r = createSampleReport();
    r.labels[`GET /${'x'.repeat(200)}`] = r.total;
    const table = renderSummaryTable(r, { maxLabelWidth: 30 });
    expect(table).toContain(`GET /${'x'.repeat(24)}…`);
    expect(new Set(tableLines(table).map(displayWidth)).size).toBe(1);
  });

  it('lists status codes, at most 10 error messages, dropped iterations and the verdict', () => {
    const r = createSampleReport();
    r.total.errorMessages = Object.fromEntries(
      Array.from({ length: 15 }, (_, i) => [`message ${i}`, 100 - i]),
    );
    r.dropped = 7;
    const text = renderSummaryTable(r);
    expect(text).toContain('Status codes');
    expect(text).toMatch(/econnrefused\s+36/);
    expect(text).toContain('Top 10 of 15 error messages');
    expect(text).toContain('message 9');
    expect(text).not.toContain('message 10');
    expect(text).toContain('Dropped iterations: 7');
    expect(text).toContain('Verdict: FAIL (1 of 3 criteria failed)');
    expect(text).toMatch(/✓ p95 < 250ms/);
    expect(text).toMatch(/✗ error_rate < 1%/);
    expect(out).not.toContain('Dropped');
  });

  it('handles a run without requests, labels or criteria', () => {
    const empty: ReportMetrics = {
      requests: 0,
      errors: 0,
      errorRate: 0,
      rps: 0,
      bytes: 0,
      latencyMs: { min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, p999: 0, max: 0 },
      statusCodes: {},
      errorMessages: {},
    };
    const r = { ...createSampleReport(), total: empty, labels: {}, criteria: [], verdict: 'pass' as const };
    const text = renderSummaryTable(r);
    expect(text).toContain('Verdict: PASS (no pass/fail criteria defined)');
    expect(text).not.toContain('Status codes');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('uses colour only when asked, without changing the layout', () => {
    expect(out).not.toContain('\u001b');
    const colored = renderSummaryTable(report, { color: true });
    expect(colored).toContain('\u001b[');
    expect(stripAnsi(colored)).toBe(out);
  });

  it('never lets user strings inject terminal escapes or break rows', () => {
    fc.assert(
      fc.property(nastyString, nastyString, nastyString, (label, message, criterion) => {
        const r = createSampleReport();
        r.labels = { [label]: r.total };
        r.total.errorMessages = { [message]: 3 };
        r.criteria[0]!.criterion = criterion;
        r.testName = label;
        const text = renderSummaryTable(r);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
        expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        expect(new Set(tableLines(text).map(displayWidth)).size).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
