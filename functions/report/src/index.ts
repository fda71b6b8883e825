export { stripAnsi } from './ansi.js';
export { escapeHtml, escapeXml, escapeXmlAttr, toXmlChars } from './escape.js';
export {
  formatBytes,
  formatCount,
  formatDuration,
  formatMs,
  formatPercent,
  formatRate,
} from './format.js';
export { buildRunReportFromHistory, type HistoryReportInput, hasStoredResults } from './from-history.js';
export { renderHtmlReport } from './html.js';
export { renderJsonReport } from './json.js';
export { JUNIT_CLASSNAME, NO_CRITERIA_CASE, renderJunit, VERDICT_CASE } from './junit.js';
export { escapeMarkdown, type MarkdownSummaryOptions, renderMarkdownSummary } from './markdown.js';
export { formatProgressLine, type ProgressState } from './progress.js';
export { renderSummaryTable, type SummaryTableOptions } from './summary-table.js';
export {
  displayWidth,
  padEnd,
  padStart,
  sanitizeTerminal,
  truncate,
} from './text.js';
export type {
  CriterionOutcome,
  LatencySummaryMs,
  ReportMetrics,
  RunReport,
  SeriesPoint,
  WorkerOutcome,
} from './types.js';
export { RUN_REPORT_SCHEMA } from './types.js';
