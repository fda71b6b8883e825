import { type Style, style } from './ansi.js';
import {
  byCountDesc,
  formatBytes,
  formatCount,
  formatDuration,
  formatMeasured,
  formatMs,
  formatPercent,
  formatRate,
  LATENCY_COLUMNS,
  sortedStatusCodes,
  TOTAL_ROW_LABEL,
} from './format.js';
import { displayWidth, padEnd, padStart, sanitizeTerminal, truncate } from './text.js';
import type { CriterionOutcome, ReportMetrics, RunReport } from './types.js';

export interface SummaryTableOptions {
  /** ANSI colours; the caller decides (TTY, NO_COLOR, --no-color). */
  color?: boolean;
  /** Longer labels are cut with an ellipsis so one verbose URL cannot push the numbers off screen. */
  maxLabelWidth?: number;
  /** Error messages listed below the table. */
  maxErrorMessages?: number;
}

const DEFAULT_MAX_LABEL_WIDTH = 40;
const MAX_MESSAGE_WIDTH = 100;
const GAP = '  ';
const ERRORS_COLUMN = 3;

interface Row {
  label: string;
  metrics: ReportMetrics;
}

function metricRows(report: RunReport): Row[] {
  return [
    { label: TOTAL_ROW_LABEL, metrics: report.total },
    ...Object.entries(report.labels).map(([label, metrics]) => ({ label, metrics })),
  ];
}

function renderTable(rows: Row[], s: Style, maxLabelWidth: number): string[] {
  const header = ['label', 'requests', 'req/s', 'errors', ...LATENCY_COLUMNS.map(([, title]) => title)];
  const labels = rows.map((r) => truncate(sanitizeTerminal(r.label), maxLabelWidth));
  const counts = rows.map((r) => formatCount(r.metrics.errors));
  const rates = rows.map((r) => `(${formatPercent(r.metrics.errorRate)})`);
  const countWidth = Math.max(...counts.map(displayWidth));
  const rateWidth = Math.max(...rates.map(displayWidth));
  // Count and percentage are padded separately so both line up vertically across rows.
  const errorCells = rows.map(
    (_, i) => `${padStart(counts[i]!, countWidth)} ${padStart(rates[i]!, rateWidth)}`,
  );
  const body = rows.map((r, i) => [
    labels[i]!,
    formatCount(r.metrics.requests),
    formatRate(r.metrics.rps),
    errorCells[i]!,
    ...LATENCY_COLUMNS.map(([key]) => formatMs(r.metrics.latencyMs[key])),
  ]);
  const widths = header.map((h, c) =>
    Math.max(displayWidth(h), ...body.map((cells) => displayWidth(cells[c]!))),
  );
  const pad = (cells: string[]): string[] =>
    cells.map((cell, c) => (c === 0 ? padEnd(cell, widths[c]!) : padStart(cell, widths[c]!)));
  const rule = s.dim(widths.map((w) => '─'.repeat(w)).join(GAP));

  const out = [s.bold(pad(header).join(GAP)), rule];
  body.forEach((cells, i) => {
    // Colour is applied after padding, on whole cells, so escape codes never disturb the widths.
    const parts = pad(cells);
    if ((rows[i]?.metrics.errors ?? 0) > 0) parts[ERRORS_COLUMN] = s.red(parts[ERRORS_COLUMN]!);
    out.push(i === 0 ? s.bold(parts.join(GAP)) : parts.join(GAP));
    if (i === 0 && body.length > 1) out.push(rule);
  });
  return out;
}

function renderStatusCodes(metrics: ReportMetrics, s: Style): string[] {
  const entries = sortedStatusCodes(metrics.statusCodes);
  if (entries.length === 0) return [];
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const keys = entries.map(([code]) => truncate(sanitizeTerminal(code), 30));
  const counts = entries.map(([, n]) => formatCount(n));
  const kw = Math.max(...keys.map(displayWidth));
  const cw = Math.max(...counts.map(displayWidth));
  const lines = entries.map(([code, n], i) => {
    const pct = formatPercent(total > 0 ? (n / total) * 100 : 0);
    const text = `  ${padEnd(keys[i]!, kw)}  ${padStart(counts[i]!, cw)}  ${padStart(pct, 7)}`;
    return isFailureCode(code) ? s.red(text) : text;
  });
  return [s.bold('Status codes'), ...lines];
}

function isFailureCode(code: string): boolean {
  return !/^[123]\d\d$/.test(code);
}

function renderErrorMessages(metrics: ReportMetrics, s: Style, max: number): string[] {
  const entries = byCountDesc(metrics.errorMessages);
  if (entries.length === 0) return [];
  const shown = entries.slice(0, max);
  const cw = Math.max(...shown.map(([, n]) => displayWidth(formatCount(n))));
  const title =
    entries.length > shown.length ? `Top ${shown.length} of ${entries.length} error messages` : 'Errors';
  const lines = shown.map(
    ([message, n]) =>
      `  ${s.red(padStart(formatCount(n), cw))}  ${truncate(sanitizeTerminal(message), MAX_MESSAGE_WIDTH)}`,
  );
  const hidden = entries.slice(shown.length).reduce((sum, [, n]) => sum + n, 0);
  if (hidden > 0)
    lines.push(s.dim(`  … ${formatCount(hidden)} more in ${entries.length - shown.length} other messages`));
  return [s.bold(title), ...lines];
}

function renderDropped(report: RunReport, s: Style): string[] {
  if (!(report.dropped > 0)) return [];
  const why =
    report.model === 'open' && report.targetRps !== undefined
      ? ` (could not start iterations fast enough for the target of ${formatRate(report.targetRps)} req/s)`
      : '';
  return [s.yellow(`Dropped iterations: ${formatCount(report.dropped)}${why}`)];
}

function renderWorkers(report: RunReport, s: Style): string[] {
  const bad = report.workers.filter((w) => w.exitCode !== 0);
  if (bad.length === 0) return [];
  const lines = bad.map((w) =>
    w.exitCode === null
      ? `  task ${w.task}: did not exit cleanly (killed or lost)`
      : `  task ${w.task}: exited with code ${w.exitCode}`,
  );
  return [s.yellow(`Workers with problems (${bad.length} of ${report.workers.length})`), ...lines];
}

function renderVerdict(report: RunReport, s: Style): string[] {
  const failed = report.criteria.filter((c) => !c.passed).length;
  const word = report.verdict === 'pass' ? s.bold(s.green('PASS')) : s.bold(s.red('FAIL'));
  const detail =
    report.criteria.length === 0
      ? 'no pass/fail criteria defined'
      : failed === 0
        ? `all ${report.criteria.length} criteria passed`
        : `${failed} of ${report.criteria.length} criteria failed`;
  return [`Verdict: ${word} ${s.dim(`(${detail})`)}`, ...renderCriteria(report.criteria, s)];
}

function renderCriteria(criteria: CriterionOutcome[], s: Style): string[] {
  if (criteria.length === 0) return [];
  const names = criteria.map((c) => truncate(sanitizeTerminal(c.criterion), 60));
  const actuals = criteria.map((c) => `actual ${formatMeasured(c.actual, c.unit)}`);
  const nw = Math.max(...names.map(displayWidth));
  const aw = Math.max(...actuals.map(displayWidth));
  return criteria.map((c, i) => {
    const mark = c.passed ? s.green('✓') : s.red('✗');
    const limit = `threshold ${formatMeasured(c.threshold, c.unit)}`;
    const base = `  ${mark} ${padEnd(names[i]!, nw)}  ${padEnd(actuals[i]!, aw)}  ${limit}`;
    const message = sanitizeTerminal(c.message);
    return !c.passed && message ? `${base}  ${s.dim(truncate(message, MAX_MESSAGE_WIDTH))}` : base.trimEnd();
  });
}

/** The end-of-run summary printed by `dlt run`: a table with the run total first, then one row per label. */
export function renderSummaryTable(report: RunReport, opts: SummaryTableOptions = {}): string {
  const s = style(opts.color === true);
  const labelCount = Object.keys(report.labels).length;
  const title = [
    `${s.bold(truncate(sanitizeTerminal(report.testName), 80) || 'dlt run')}`,
    `${formatCount(report.total.requests)} requests in ${formatDuration(report.durationSec)}`,
    `${formatBytes(report.total.bytes)} received`,
    `${report.model} model${report.model === 'open' && report.targetRps !== undefined ? ` @ ${formatRate(report.targetRps)} req/s` : ''}`,
    `${report.tasks} ${report.tasks === 1 ? 'task' : 'tasks'}`,
  ].join(s.dim(' · '));
  const caption = s.dim(
    `Latency in ms over ${labelCount} ${labelCount === 1 ? 'label' : 'labels'}; req/s averaged over the run.`,
  );
  const sections: string[][] = [
    [
      title,
      caption,
      '',
      ...renderTable(metricRows(report), s, opts.maxLabelWidth ?? DEFAULT_MAX_LABEL_WIDTH),
    ],
    renderStatusCodes(report.total, s),
    renderErrorMessages(report.total, s, opts.maxErrorMessages ?? 10),
    renderDropped(report, s),
    renderWorkers(report, s),
    renderVerdict(report, s),
  ];
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}
