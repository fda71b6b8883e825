/**
 * The run report (@dlt/report's RunReport) of a run the API ran: DLT-shaped results of the history row (times in
 * seconds), the stored verdict, and the per-second series of `/timeseries` when it is there.
 */
import {
  buildRunReportFromHistory,
  type CriterionOutcome,
  type HistoryReportInput,
  hasStoredResults,
  type RunReport,
} from '@dlt/report';

export interface ApiRunRow {
  testId?: string;
  testRunId: string;
  status?: string;
  errorReason?: string;
  startTime?: string;
  endTime?: string;
  results?: Record<string, unknown>;
  verdict?: {
    result?: string;
    criteria?: Array<Partial<CriterionOutcome>>;
    invalid?: string[];
    partial?: boolean;
  };
  testScenario?: unknown;
  resultsNote?: string;
}

/** The series columns of GET …/timeseries (docs/timeseries.md). */
export interface ApiTimeSeries {
  startedAt: number;
  partial?: boolean;
  latencyErrorBound?: string;
  total: {
    t: number[];
    vus: number[];
    requests: number[];
    errors: number[];
    meanMs: Array<number | null>;
    p50Ms: Array<number | null>;
    p90Ms: Array<number | null>;
    p95Ms: Array<number | null>;
    p99Ms: Array<number | null>;
  };
}

export interface RemoteReportMeta {
  testName: string;
  testId: string;
  /** Extra pass/fail lines: the run's own failure, baseline regressions. */
  extraCriteria?: CriterionOutcome[];
}

/** DLT's "YYYY-MM-DD HH:MM:SS" (UTC) or ISO 8601, as ISO 8601; empty when absent. */
function iso(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const d = new Date(/T/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/** Criteria the stack could not parse: the gate could not be checked, so each one is a failing case. */
function invalidCriteria(row: ApiRunRow): CriterionOutcome[] {
  return (row.verdict?.invalid ?? []).map((bad) => ({
    criterion: 'criteria parse',
    passed: false,
    actual: null,
    threshold: 0,
    unit: '',
    message: `a criterion could not be checked: ${bad}`,
  }));
}

/**
 * @dlt/report's mapping of a stored run, plus what only a CI gate adds: the run's own failure and baseline
 * regressions as criteria, and a start time for runs that ended before any result was stored.
 */
export function reportFromApiRun(row: ApiRunRow, meta: RemoteReportMeta, series?: ApiTimeSeries): RunReport {
  const report = buildRunReportFromHistory({
    run: { ...row, testId: meta.testId },
    testName: meta.testName,
    ...(series ? { series: series as NonNullable<HistoryReportInput['series']> } : {}),
  });
  report.criteria.push(...invalidCriteria(row), ...(meta.extraCriteria ?? []));
  if (report.criteria.some((c) => !c.passed)) report.verdict = 'fail';
  if (!hasStoredResults({ results: row.results }) && series === undefined) {
    report.startedAt = iso(row.startTime) || report.startedAt;
    report.endedAt = iso(row.endTime) || report.startedAt;
  }
  if (row.status === 'cancelled') report.partial = true;
  return report;
}
