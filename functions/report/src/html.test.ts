import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.js';
import { renderHtmlReport } from './html.js';
import { createSampleReport } from './sample-report.js';
import { nastyString, PAYLOADS } from './test-strings.js';
import type { RunReport } from './types.js';

/** The document's element structure with all text and attribute values removed. */
function tagSkeleton(html: string): string[] {
  return Array.from(html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g), (m) => m[0]);
}

function withUserStrings(strings: string[]): RunReport {
  const r = createSampleReport();
  const s = (i: number): string => strings[i % strings.length]!;
  const labelMetrics = Object.values(r.labels);
  r.testName = s(0);
  r.testId = s(1);
  r.startedAt = s(2);
  r.histogramErrorBound = s(3);
  r.seriesErrorBound = s(4);
  r.labels = Object.fromEntries(labelMetrics.map((m, i) => [`${i}:${s(5 + i)}`, m]));
  r.total.errorMessages = Object.fromEntries([0, 1, 2].map((i) => [`${i}:${s(8 + i)}`, 10 - i]));
  r.total.statusCodes = { '200': 5, [`x${s(11)}`]: 3 };
  r.criteria = r.criteria.map((c, i) => ({ ...c, criterion: s(12 + i), message: s(15 + i), unit: s(18) }));
  return r;
}

describe('renderHtmlReport', () => {
  const report = createSampleReport();
  const html = renderHtmlReport(report);

  it('is a complete standalone document', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).toContain('prefers-color-scheme: dark');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('references nothing on the network and runs no scripts', () => {
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
  });

  it('has an SVG chart with a legend for each series', () => {
    for (const id of ['chart-rps', 'chart-latency', 'chart-errors', 'chart-vus']) {
      const figure = new RegExp(`<figure class="chart" id="${id}">.*?</figure>`, 's').exec(html)?.[0] ?? '';
      expect(figure).toContain('<svg viewBox=');
      expect(figure).toContain('<polyline class="line');
      expect(figure).toContain('<ul class="legend">');
    }
    const latency = /id="chart-latency">.*?<\/figure>/s.exec(html)![0];
    for (const key of ['p50', 'p90', 'p95', 'p99', 'mean']) expect(latency).toContain(`class="line s-${key}`);
  });

  it('has the summary table with the terminal columns, total first then labels in order', () => {
    const summary = /<section class="panel" id="summary">.*?<\/section>/s.exec(html)![0];
    for (const h of ['Requests', 'req/s', 'Errors', 'mean', 'p50', 'p90', 'p95', 'p99', 'p99.9', 'max']) {
      expect(summary).toContain(`>${h}</th>`);
    }
    const labels = Array.from(summary.matchAll(/<td class="label">(.*?)<\/td>/g), (m) => m[1]);
    expect(labels).toEqual(['total', ...Object.keys(report.labels).map(escapeHtml)]);
  });

  it('shows status codes, error messages and the verdict', () => {
    expect(html).toContain('econnrefused');
    expect(html).toContain('HTTP 409 Conflict: {&quot;error&quot;:&quot;cart locked&quot;}');
    expect(html).toContain('<div class="badge fail"');
    expect(html).toContain('1 of 3 criteria failed.');
  });

  it('handles empty and single-point series', () => {
    const empty = renderHtmlReport({ ...report, series: [] });
    expect((empty.match(/No data recorded/g) ?? []).length).toBe(4);
    expect((empty.match(/<svg /g) ?? []).length).toBe(4);
    const single = renderHtmlReport({ ...report, series: report.series.slice(0, 1) });
    expect((single.match(/<circle class="dot/g) ?? []).length).toBe(8);
    for (const doc of [empty, single]) expect(doc).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('escapes known payloads', () => {
    const doc = renderHtmlReport(withUserStrings(PAYLOADS));
    expect(doc).not.toMatch(/<script|<img|<evil/i);
    expect(doc).not.toMatch(/https?:\/\//i);
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps the same element structure whatever the user strings contain', () => {
    const reference = tagSkeleton(renderHtmlReport(withUserStrings(['plain'])));
    fc.assert(
      fc.property(fc.array(nastyString, { minLength: 19, maxLength: 19 }), (strings) => {
        const doc = renderHtmlReport(withUserStrings(strings));
        expect(tagSkeleton(doc)).toEqual(reference);
        expect(doc).not.toMatch(/<script/i);
        expect(doc).not.toMatch(/https?:\/\//i);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
        expect(doc).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }),
      { numRuns: 150 },
    );
  });
});
