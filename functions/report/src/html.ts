import { escapeHtml } from './escape.js';
import { renderCharts } from './html-charts.js';
import {
  renderCriteria,
  renderErrorMessages,
  renderFooter,
  renderHeader,
  renderKpis,
  renderMetricsTable,
  renderStatusCodes,
  renderWorkers,
} from './html-sections.js';
import { REPORT_CSS } from './html-style.js';
import type { RunReport } from './types.js';

// The report is opened from disk, mailed around and attached to CI runs: forbid every fetch and every script so
// that even a bug in escaping could not make it load or run anything.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** One self-contained HTML file: inline CSS, server-rendered SVG charts, no scripts and no network references. */
export function renderHtmlReport(report: RunReport): string {
  const title = `dlt report: ${report.testName || report.testId}`;
  const charts = renderCharts(report);
  const body = [
    renderHeader(report),
    renderKpis(report),
    renderCriteria(report),
    `<section class="panel" id="charts"><h2>Over time</h2><div class="charts">${charts.join('')}</div></section>`,
    renderMetricsTable(report),
    `<div class="two-col">${renderStatusCodes(report.total)}${renderErrorMessages(report.total)}</div>`,
    renderWorkers(report),
    renderFooter(report),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dlt">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
