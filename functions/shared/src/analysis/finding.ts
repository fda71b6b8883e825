import type { TimeSeriesColumns } from '../results/dlt-results.js';
import type { RunRecord, Subject } from './run-record.js';

export type Severity = 'info' | 'warning' | 'critical';

export type FindingKind =
  /** The run failed or was cancelled. */
  | 'run-status'
  /** Results cover only part of the run (a task stopped early) or were stored without labels. */
  | 'partial-results'
  /** The error rate itself is high, whatever the baseline. */
  | 'error-rate'
  /** Worse than the baseline beyond the thresholds (latency, error rate, throughput). */
  | 'regression'
  /** Clearly better than the baseline. */
  | 'improvement'
  /** A label of the baseline has no requests in this run. */
  | 'missing-label'
  /** Latency rose during the steady part of the run (a change point in the per-second series). */
  | 'latency-trend'
  /** The error rate rose during the run. */
  | 'error-trend'
  /** Open model: arrivals found no free virtual user. */
  | 'dropped-iterations'
  /** Open model: the achieved rate fell short of the target. */
  | 'throughput-shortfall'
  /** Virtual users rose but throughput did not follow while latency rose. */
  | 'throughput-plateau'
  /** A load generator's peak memory came close to its limit. */
  | 'generator-memory'
  /** A pass/fail criterion's outcome. */
  | 'criteria';

export interface Finding {
  severity: Severity;
  kind: FindingKind;
  subject: Subject;
  message: string;
  /** The numbers behind the message, for a reader (or a model) to check it. */
  evidence: Record<string, unknown>;
}

export interface Band {
  warning: number;
  critical: number;
}

export interface AnalysisThresholds {
  /** Latency (mean, p95, p99) increase against the baseline, in percent. */
  latencyIncreasePct: Band;
  /** Latency changes smaller than this many ms are noise, whatever their percentage. */
  latencyMinChangeMs: number;
  /** Error-rate increase against the baseline, in percentage points. */
  errorRateIncreasePts: Band;
  /** Throughput decrease against the baseline, in percent. */
  rpsDecreasePct: Band;
  /** The run's own error rate, in percent. */
  errorRate: Band;
  /** Latency after a change point divided by latency before it. */
  trendLatencyRatio: Band;
  /** Error-rate increase after a change point, in percentage points. */
  trendErrorRatePts: Band;
  /** Errors after the change point needed before an error trend is reported. */
  trendMinErrors: number;
  /** Shortest segment, in seconds, on either side of a change point. */
  minSegmentSec: number;
  /** Dropped arrivals in percent of arrivals (any drop is at least a warning). */
  droppedPct: Band;
  /** Achieved rate below the open model's target, in percent. */
  throughputShortfallPct: Band;
  /** Peak memory of a task as a fraction of `taskMemoryBytes` (or of the limit stored in the results). */
  memoryFraction: Band;
  taskMemoryBytes?: number;
}

export const DEFAULT_ANALYSIS_THRESHOLDS: Readonly<AnalysisThresholds> = {
  latencyIncreasePct: { warning: 20, critical: 50 },
  latencyMinChangeMs: 5,
  errorRateIncreasePts: { warning: 1, critical: 5 },
  rpsDecreasePct: { warning: 20, critical: 40 },
  errorRate: { warning: 1, critical: 5 },
  trendLatencyRatio: { warning: 1.5, critical: 2 },
  trendErrorRatePts: { warning: 5, critical: 20 },
  trendMinErrors: 10,
  minSegmentSec: 3,
  droppedPct: { warning: 0, critical: 5 },
  throughputShortfallPct: { warning: 10, critical: 25 },
  memoryFraction: { warning: 0.8, critical: 0.95 },
};

/** The per-second series the API serves (`dlt.timeseries.v1`); only the columns are read. */
export interface SeriesInput {
  partial?: boolean;
  total: TimeSeriesColumns;
  regions?: Record<string, TimeSeriesColumns>;
}

export interface AnalyzeOptions {
  /** The run to compare with, usually the scenario's baseline. */
  baseline?: RunRecord;
  timeseries?: SeriesInput;
  /** Criteria texts to judge; without them the run's stored verdict is reported. */
  criteria?: string[];
  thresholds?: Partial<AnalysisThresholds>;
}

export interface RunAnalysis {
  testRunId: string;
  baselineRunId?: string;
  /** `pass`/`fail` from the criteria judged (or stored); `none` without criteria. */
  criteria: 'pass' | 'fail' | 'none';
  counts: Record<Severity, number>;
  /** Critical first, then warnings, then information. */
  findings: Finding[];
}

/** Above `band.critical` is critical, above `band.warning` a warning (strictly above, so 0 means "any"). */
export function severityFor(value: number, band: Band): Severity | undefined {
  if (value > band.critical) return 'critical';
  if (value > band.warning) return 'warning';
  return undefined;
}

export const TOTAL: Subject = { scope: 'total', name: 'total' };
