import { stripAnsi } from './ansi.js';
import {
  formatCount,
  formatDuration,
  formatMeasured,
  formatMs,
  formatPercent,
  formatRate,
  LATENCY_COLUMNS,
  TOTAL_ROW_LABEL,
} from './format.js';
import type { ReportMetrics, RunReport } from './types.js';

/**
 * A Markdown summary of a run for CI pages: GitHub's job summary (`$GITHUB_STEP_SUMMARY`), merge-request notes.
 * GitHub-flavoured tables; every text that came from a user (names, labels, criteria) is made inert, because a
 * scenario could otherwise inject links, images or HTML into the page.
 */

export interface MarkdownSummaryOptions {
  /** Extra lines under the heading, e.g. "Run 3fa9c2 of test abc123 on https://…". */
  notes?: string[];
  /** At most this many labels get a row (the rest are counted). */
  maxLabels?: number;
}

const DEFAULT_MAX_LABELS = 25;

/** Escapes Markdown and HTML so the text renders as itself, on one line, inside a table cell. */
export function escapeMarkdown(text: string): string {
  return stripAnsi(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_[\]|<>~&]/g, (c) => `\\${c}`);
}

function metricsRow(label: string, m: ReportMetrics): string {
  const cells = [
    label,
    formatCount(m.requests),
    formatRate(m.rps),
    `${formatCount(m.errors)} (${formatPercent(m.errorRate)})`,
    ...LATENCY_COLUMNS.map(([key]) => formatMs(m.latencyMs[key])),
  ];
  return `| ${cells.join(' | ')} |`;
}

export function renderMarkdownSummary(report: RunReport, opts: MarkdownSummaryOptions = {}): string {
  const passed = report.verdict === 'pass';
  const lines: string[] = [];
  lines.push(
    `### ${passed ? '✅' : '❌'} dlt: ${escapeMarkdown(report.testName)} — ${passed ? 'passed' : 'failed'}`,
  );
  lines.push('');
  const facts = [
    `test \`${report.testId.replace(/`/g, '')}\``,
    `${formatDuration(report.durationSec)}`,
    `${report.tasks} task${report.tasks === 1 ? '' : 's'}`,
    report.model === 'open'
      ? `open model${report.targetRps === undefined ? '' : ` at ${report.targetRps} req/s`}`
      : 'closed model',
  ];
  if (report.partial) facts.push('**partial: the run was stopped early**');
  lines.push(facts.join(' · '));
  for (const note of opts.notes ?? []) lines.push('', escapeMarkdown(note));
  lines.push('');

  const header = [
    'label',
    'requests',
    'req/s',
    'errors',
    ...LATENCY_COLUMNS.map(([, title]) => `${title} ms`),
  ];
  lines.push(`| ${header.join(' | ')} |`);
  lines.push(`|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
  lines.push(metricsRow(`**${TOTAL_ROW_LABEL}**`, report.total));
  const labels = Object.entries(report.labels);
  const max = opts.maxLabels ?? DEFAULT_MAX_LABELS;
  for (const [label, m] of labels.slice(0, max)) lines.push(metricsRow(escapeMarkdown(label), m));
  if (labels.length > max) lines.push('', `…and ${labels.length - max} more labels (see the JSON report).`);

  lines.push('');
  if (report.criteria.length === 0) {
    lines.push('No pass/fail criteria were defined.');
  } else {
    lines.push('| | criterion | actual | threshold | detail |');
    lines.push('| --- | --- | ---: | ---: | --- |');
    for (const c of report.criteria) {
      lines.push(
        `| ${c.passed ? '✅' : '❌'} | ${escapeMarkdown(c.criterion)} | ${formatMeasured(c.actual, c.unit)} | ` +
          `${formatMeasured(c.threshold, c.unit)} | ${escapeMarkdown(c.message)} |`,
      );
    }
  }
  lines.push('');
  return `${lines.join('\n')}\n`;
}
