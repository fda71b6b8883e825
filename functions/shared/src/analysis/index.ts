export { analyzeRun } from './analyze.js';
export { compareRuns, type MetricComparison, type RunComparison, type ScopeComparison } from './compare.js';
export {
  type AnalysisThresholds,
  type AnalyzeOptions,
  type Band,
  DEFAULT_ANALYSIS_THRESHOLDS,
  type Finding,
  type FindingKind,
  type RunAnalysis,
  type SeriesInput,
  type Severity,
} from './finding.js';
export {
  type Change,
  METRIC_NAMES,
  METRICS,
  type MetricInfo,
  type MetricName,
  scopeMetrics,
} from './metrics.js';
export type { RunRecord, Subject as AnalysisSubject } from './run-record.js';
