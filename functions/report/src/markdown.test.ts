import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdownSummary } from './markdown.js';
import { createSampleReport } from './sample-report.js';

describe('renderMarkdownSummary', () => {
  it('heads with the verdict, then a totals-and-labels table and one row per criterion', () => {
    const report = createSampleReport();
    const md = renderMarkdownSummary(report, { notes: ['Run r1 of test t1.'] });
    const lines = md.split('\n');
    expect(lines[0]).toBe(
      `### ${report.verdict === 'pass' ? '✅' : '❌'} dlt: Checkout flow \\<staging\\> \\& "peak" load — ${report.verdict === 'pass' ? 'passed' : 'failed'}`,
    );
    expect(md).toContain('Run r1 of test t1.');
    expect(md).toContain(
      '| label | requests | req/s | errors | mean ms | p50 ms | p90 ms | p95 ms | p99 ms | p99.9 ms | max ms |',
    );
    expect(md).toMatch(/^\| \*\*total\*\* \| [\d,]+ \| /m);
    for (const label of Object.keys(report.labels)) expect(md).toContain(`| ${escapeMarkdown(label)} |`);
    const criteriaRows = lines.filter((l) => /^\| (✅|❌) \|/.test(l));
    expect(criteriaRows).toHaveLength(report.criteria.length);
    // Every table row has as many cells as its header.
    for (const row of lines.filter((l) => l.startsWith('| **total**')))
      expect(row.split(' | ')).toHaveLength(11);
  });

  it('makes user text inert: no links, images, HTML or broken tables', () => {
    const evil = 'x | y ![img](http://e/x.png) <script>alert(1)</script> [link](http://e) `code` *b*\nnext';
    const out = escapeMarkdown(evil);
    expect(out).not.toMatch(/(?<!\\)[|<>[\]`*]/);
    expect(out).not.toContain('\n');
    const report = {
      ...createSampleReport(),
      testName: evil,
      labels: { [evil]: createSampleReport().total },
    };
    const md = renderMarkdownSummary(report);
    expect(md).not.toContain('<script>');
    expect(
      md
        .split('\n')
        .filter((l) => l.startsWith('| x \\| y'))[0]
        ?.split(' | '),
    ).toHaveLength(11);
  });

  it('says when there are no criteria, and caps the labels', () => {
    const report = { ...createSampleReport(), criteria: [] };
    const md = renderMarkdownSummary(report, { maxLabels: 1 });
    expect(md).toContain('No pass/fail criteria were defined.');
    expect(md).toMatch(/…and \d+ more labels/);
  });
});
