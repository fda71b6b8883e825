import { escapeHtml } from './escape.js';
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
import type { ReportMetrics, RunReport } from './types.js';

/** Static sections of the HTML report. Every interpolated user string passes through `escapeHtml`. */

const e = escapeHtml;
const MAX_HTML_ERROR_MESSAGES = 100;

function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function renderHeader(report: RunReport): string {
  const meta = [
    `test ID <code>${e(report.testId)}</code>`,
    `started ${e(formatTimestamp(report.startedAt))}`,
    `duration ${formatDuration(report.durationSec)}`,
    `${report.model === 'open' ? 'open' : 'closed'} model${
      report.model === 'open' && report.targetRps !== undefined
        ? `, target ${formatRate(report.targetRps)} req/s`
        : ''
    }`,
    `${report.tasks} ${report.tasks === 1 ? 'task' : 'tasks'}`,
  ];
  const verdict = report.verdict === 'pass' ? 'pass' : 'fail';
  return (
    `<header class="top"><div><h1>${e(report.testName || 'dlt run')}</h1>` +
    `<p class="meta">${meta.map((m) => `<span>${m}</span>`).join('')}</p></div>` +
    `<div class="badge ${verdict}" title="verdict">${verdict.toUpperCase()}</div></header>`
  );
}

function kpi(key: string, value: string, unit = '', opts: { sub?: string; cls?: string } = {}): string {
  const u = unit ? `<small>${unit}</small>` : '';
  const sub = opts.sub ? `<div class="sub">${opts.sub}</div>` : '';
  const cls = opts.cls ? ` ${opts.cls}` : '';
  return `<div class="kpi${cls}"><div class="k">${key}</div><div class="v">${value}${u}</div>${sub}</div>`;
}

export function renderKpis(report: RunReport): string {
  const t = report.total;
  const cards = [
    kpi('Requests', formatCount(t.requests)),
    kpi('Throughput', formatRate(t.rps), 'req/s'),
    kpi('Errors', formatPercent(t.errorRate), '', {
      sub: `${formatCount(t.errors)} failed requests`,
      ...(t.errors > 0 ? { cls: 'bad' } : {}),
    }),
    kpi('p50 latency', formatMs(t.latencyMs.p50), 'ms'),
    kpi('p95 latency', formatMs(t.latencyMs.p95), 'ms'),
    kpi('p99 latency', formatMs(t.latencyMs.p99), 'ms'),
    kpi('Received', formatBytes(t.bytes)),
  ];
  if (report.dropped > 0)
    cards.push(kpi('Dropped iterations', formatCount(report.dropped), '', { cls: 'warn' }));
  return `<div class="kpis">${cards.join('')}</div>`;
}

export function renderCriteria(report: RunReport): string {
  const failed = report.criteria.filter((c) => !c.passed).length;
  const summary =
    report.criteria.length === 0
      ? 'No pass/fail criteria were defined for this test.'
      : failed === 0
        ? `All ${report.criteria.length} criteria passed.`
        : `${failed} of ${report.criteria.length} criteria failed.`;
  const rows = report.criteria.map((c) => {
    const cls = c.passed ? 'pass' : 'fail';
    return (
      `<tr><td class="mark ${cls}" title="${c.passed ? 'passed' : 'failed'}">${c.passed ? '✓' : '✗'}</td>` +
      `<td class="mono label">${e(c.criterion)}</td>` +
      `<td class="num${c.passed ? '' : ' bad'}">${e(formatMeasured(c.actual, c.unit))}</td>` +
      `<td class="num">${e(formatMeasured(c.threshold, c.unit))}</td><td class="detail">${e(c.message)}</td></tr>`
    );
  });
  const table =
    rows.length === 0
      ? ''
      : '<div class="table-wrap"><table><thead><tr><th></th><th>Criterion</th><th class="num">Actual</th>' +
        `<th class="num">Threshold</th><th>Detail</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return `<section class="panel" id="criteria"><h2>Pass/fail criteria</h2><p class="muted">${summary}</p>${table}</section>`;
}

function metricsRow(label: string, m: ReportMetrics, cls: string): string {
  const latency = LATENCY_COLUMNS.map(([key]) => `<td class="num">${formatMs(m.latencyMs[key])}</td>`).join(
    '',
  );
  return (
    `<tr${cls ? ` class="${cls}"` : ''}><td class="label">${e(label)}</td>` +
    `<td class="num">${formatCount(m.requests)}</td><td class="num">${formatRate(m.rps)}</td>` +
    `<td class="num${m.errors > 0 ? ' bad' : ''}">${formatCount(m.errors)}</td>` +
    `<td class="num${m.errors > 0 ? ' bad' : ''}">${formatPercent(m.errorRate)}</td>` +
    `<td class="num">${formatBytes(m.bytes)}</td>${latency}</tr>`
  );
}

export function renderMetricsTable(report: RunReport): string {
  const latencyHeads = LATENCY_COLUMNS.map(([, title]) => `<th class="num">${title}</th>`).join('');
  const head =
    '<thead><tr><th colspan="6"></th><th class="group" colspan="7">latency (ms)</th></tr>' +
    '<tr><th>Label</th><th class="num">Requests</th><th class="num">req/s</th><th class="num">Errors</th>' +
    `<th class="num">Error rate</th><th class="num">Received</th>${latencyHeads}</tr></thead>`;
  const rows = [
    metricsRow(TOTAL_ROW_LABEL, report.total, 'total'),
    ...Object.entries(report.labels).map(([label, m]) => metricsRow(label, m, '')),
  ];
  return (
    '<section class="panel" id="summary"><h2>Summary by label</h2>' +
    `<div class="table-wrap"><table>${head}<tbody>${rows.join('')}</tbody></table></div></section>`
  );
}

export function renderStatusCodes(metrics: ReportMetrics): string {
  const entries = sortedStatusCodes(metrics.statusCodes);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const rows = entries.map(([code, n]) => {
    const pct = total > 0 ? (n / total) * 100 : 0;
    const bad = !/^[123]\d\d$/.test(code);
    return (
      `<tr><td class="mono${bad ? ' bad' : ''}">${e(code)}</td><td class="num">${formatCount(n)}</td>` +
      `<td class="num">${formatPercent(pct)}</td><td style="width:40%"><div class="bar${bad ? ' bad' : ''}">` +
      `<span style="width:${Math.max(0.5, Math.min(100, pct)).toFixed(1)}%"></span></div></td></tr>`
    );
  });
  const body =
    rows.length === 0
      ? '<p class="muted">No responses recorded.</p>'
      : '<div class="table-wrap"><table><thead><tr><th>Status / outcome</th><th class="num">Count</th>' +
        `<th class="num">Share</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return `<section class="panel" id="status-codes"><h2>Status codes</h2>${body}</section>`;
}

export function renderErrorMessages(metrics: ReportMetrics): string {
  const entries = byCountDesc(metrics.errorMessages);
  const shown = entries.slice(0, MAX_HTML_ERROR_MESSAGES);
  const rows = shown.map(
    ([message, n]) => `<tr><td class="num bad">${formatCount(n)}</td><td class="msg">${e(message)}</td></tr>`,
  );
  const hidden = entries.length - shown.length;
  const more =
    hidden > 0 ? `<p class="muted">${formatCount(hidden)} less frequent messages not shown.</p>` : '';
  const body =
    rows.length === 0
      ? '<p class="muted">No errors.</p>'
      : '<div class="table-wrap"><table><thead><tr><th class="num">Count</th><th>Message</th></tr></thead>' +
        `<tbody>${rows.join('')}</tbody></table></div>${more}`;
  return `<section class="panel" id="errors"><h2>Error messages</h2>${body}</section>`;
}

export function renderWorkers(report: RunReport): string {
  if (report.workers.length === 0) return '';
  const bad = report.workers.filter((w) => w.exitCode !== 0).length;
  const notice =
    bad > 0
      ? `<p class="notice warn">${bad} of ${report.workers.length} workers did not exit cleanly.</p>`
      : '';
  const rows = report.workers.map((w) => {
    const exit = w.exitCode === null ? 'killed / lost' : String(w.exitCode);
    return (
      `<tr><td class="num">${w.task}</td><td class="num${w.exitCode === 0 ? '' : ' bad'}">${exit}</td>` +
      `<td class="num">${formatCount(w.requests)}</td><td class="num">${formatCount(w.peakRssMb)} MB</td></tr>`
    );
  });
  return (
    `<section class="panel" id="workers"><h2>Workers</h2>${notice}<div class="table-wrap"><table class="compact"><thead><tr>` +
    '<th class="num">Task</th><th class="num">Exit code</th><th class="num">Requests</th>' +
    `<th class="num">Peak RSS</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`
  );
}

export function renderFooter(report: RunReport): string {
  const series = report.seriesErrorBound ? ` Over-time charts: ${e(report.seriesErrorBound)}.` : '';
  return (
    '<footer>' +
    `<p>Percentiles come from merged latency histograms (${e(report.histogramErrorBound)}), never from averaged ` +
    `percentiles.${series} req/s is averaged over the whole run.</p>` +
    `<p>Run ${e(formatTimestamp(report.startedAt))} – ${e(formatTimestamp(report.endedAt))} · ` +
    `report schema <code>${e(report.schema)}</code> · generated by dlt</p></footer>`
  );
}
