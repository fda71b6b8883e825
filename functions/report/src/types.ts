/**
 * The run report: the single data model behind every output format of `dlt run` (terminal table, HTML, JUnit,
 * JSON). Other packages produce it, so the required field names are a contract; extend only with optional fields.
 * The JSON form is documented field by field in docs/json-report.md.
 */

import type { CriterionOutcome as EvaluatedCriterion, LatencySummaryMs, MetricsSummary } from '@dlt/shared';

/** Milliseconds. NaN-free: every field is 0 when there were no requests. */
export type { LatencySummaryMs };

/**
 * Totals of one label, one region or the run: requests, errors, errorRate (percent 0..100), rps, bytes,
 * latencyMs, statusCodes ('200' -> n, and non-HTTP outcomes like 'timeout') and errorMessages (message -> n).
 */
export type ReportMetrics = MetricsSummary;

export interface SeriesPoint {
  /** seconds since start, at the end of the interval this point covers */
  t: number;
  vus: number;
  rps: number;
  /** failed requests in the interval since the previous point (not a rate) */
  errors: number;
  latencyMs: { mean: number; p50: number; p90: number; p95: number; p99: number };
}

/** One criterion's outcome; `actual` is null when the metric had no data, e.g. no requests. */
export type CriterionOutcome = Pick<
  EvaluatedCriterion,
  'criterion' | 'passed' | 'actual' | 'threshold' | 'unit' | 'message'
>;

export interface WorkerOutcome {
  task: number;
  exitCode: number | null;
  peakRssMb: number;
  requests: number;
}

export interface RunReport {
  schema: 'dlt.run-report.v1';
  testName: string;
  testId: string;
  /** ISO 8601 */
  startedAt: string;
  endedAt: string;
  durationSec: number;
  tasks: number;
  model: 'closed' | 'open';
  targetRps?: number;
  dropped: number;
  total: ReportMetrics;
  /** insertion order = scenario order */
  labels: Record<string, ReportMetrics>;
  series: SeriesPoint[];
  verdict: 'pass' | 'fail';
  criteria: CriterionOutcome[];
  workers: WorkerOutcome[];
  /** e.g. "relative error <= 0.39%, resolution 1 us" */
  histogramErrorBound: string;
  /** Optional: the per-interval histograms behind `series` are often coarser than the run-wide ones. */
  seriesErrorBound?: string;
  /** True when the run was stopped early; the report covers what ran until then. */
  partial?: boolean;
}

export const RUN_REPORT_SCHEMA = 'dlt.run-report.v1' as const;
