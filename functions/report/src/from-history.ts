import {
  COARSE_SUB_BUCKET_BITS,
  type DltLabelStats,
  type DltScopeResults,
  type DltStats,
  type RunTimeSeries,
  relativeErrorBound,
} from '@dlt/shared';
import type { CriterionOutcome, ReportMetrics, RunReport, SeriesPoint } from './types.js';

/**
 * Builds the run report of a run that went through the deployed (or local) stack rather than `dlt run`: from
 * what the results parser stored, i.e. the history row's `results.total` and `verdict`, and the merged
 * per-second series in S3. Rows are DynamoDB items, so every field is read defensively; a missing one gives
 * zeros rather than an exception.
 */
export interface HistoryReportInput {
  /** The history row (`results`, `verdict`, `status`, `testScenario`, ...). */
  run: Record<string, unknown> & { testId: string; testRunId: string };
  /** The scenario's name; the history row does not keep it. Falls back to the testId. */
  testName?: string;
  /** `dlt.timeseries.v1`; undefined gives an empty `series`. */
  series?: Pick<RunTimeSeries, 'startedAt' | 'total' | 'latencyErrorBound'>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** Seconds as stored (0.1 µs resolution) to milliseconds, keeping that resolution. */
const secondsToMs = (s: unknown): number => round(num(s) * 1000, 4);

function counts(v: unknown): Record<string, number> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).map(([k, n]) => [k, num(n)]));
}

/** The status codes the row keeps in full, or DLT's `rc` (error codes only) for rows written without them. */
function statusCodes(stats: Partial<DltStats>): Record<string, number> {
  if (isRecord(stats.statusCodes)) return counts(stats.statusCodes);
  if (!Array.isArray(stats.rc)) return {};
  return Object.fromEntries(stats.rc.filter(isRecord).map((r) => [String(r.code), num(r.count)]));
}

export function metricsFromDltStats(stats: Partial<DltStats>, durationSec: number): ReportMetrics {
  const requests = num(stats.throughput);
  const errors = num(stats.fail);
  return {
    requests,
    errors,
    errorRate:
      typeof stats.errorRate === 'number'
        ? stats.errorRate
        : requests === 0
          ? 0
          : round((errors / requests) * 100, 4),
    rps: typeof stats.rps === 'number' ? stats.rps : durationSec > 0 ? round(requests / durationSec, 3) : 0,
    bytes: num(stats.bytes),
    latencyMs: {
      min: secondsToMs(stats.p0_0),
      mean: secondsToMs(stats.avg_rt),
      p50: secondsToMs(stats.p50_0),
      p90: secondsToMs(stats.p90_0),
      p95: secondsToMs(stats.p95_0),
      p99: secondsToMs(stats.p99_0),
      p999: secondsToMs(stats.p99_9),
      max: secondsToMs(stats.p100_0),
    },
    statusCodes: statusCodes(stats),
    errorMessages: counts(stats.errorMessages),
  };
}

function seriesPoints(series: HistoryReportInput['series']): SeriesPoint[] {
  const cols = series?.total;
  if (!cols || !Array.isArray(cols.t)) return [];
  const startSecond = Math.floor(num(series.startedAt) / 1000);
  const at = (column: Array<number | null> | undefined, i: number) => num(column?.[i]);
  return cols.t.map((t, i) => ({
    t: num(t) - startSecond + 1,
    vus: at(cols.vus, i),
    rps: at(cols.requests, i),
    errors: at(cols.errors, i),
    latencyMs: {
      mean: at(cols.meanMs, i),
      p50: at(cols.p50Ms, i),
      p90: at(cols.p90Ms, i),
      p95: at(cols.p95Ms, i),
      p99: at(cols.p99Ms, i),
    },
  }));
}

function criteria(verdict: unknown): CriterionOutcome[] {
  if (!isRecord(verdict) || !Array.isArray(verdict.criteria)) return [];
  return verdict.criteria.filter(isRecord).map((c) => ({
    criterion: String(c.criterion ?? ''),
    passed: c.passed === true,
    actual: typeof c.actual === 'number' ? c.actual : null,
    threshold: num(c.threshold),
    unit: typeof c.unit === 'string' ? c.unit : '',
    message: typeof c.message === 'string' ? c.message : '',
  }));
}

/** The first execution's `throughput` makes it an open-model run, as `dlt run` decides. */
function workload(testScenario: unknown): Pick<RunReport, 'model' | 'targetRps'> {
  const execution = isRecord(testScenario) ? testScenario.execution : undefined;
  const first = Array.isArray(execution) ? execution[0] : undefined;
  const throughput = isRecord(first) ? first.throughput : undefined;
  if (throughput === undefined) return { model: 'closed' };
  return typeof throughput === 'number' ? { model: 'open', targetRps: throughput } : { model: 'open' };
}

/** True when the run's stored results are there to build a report from. */
export function hasStoredResults(run: Record<string, unknown>): boolean {
  return isRecord(run.results) && isRecord(run.results.total);
}

export function buildRunReportFromHistory(input: HistoryReportInput): RunReport {
  const { run } = input;
  const results = isRecord(run.results) ? run.results : {};
  const total = (isRecord(results.total) ? results.total : {}) as Partial<DltScopeResults>;
  const durationSec = num(total.testDuration);
  const labels: RunReport['labels'] = {};
  for (const label of Array.isArray(total.labels) ? total.labels : []) {
    if (isRecord(label) && typeof label.label === 'string') {
      labels[label.label] = metricsFromDltStats(label as Partial<DltLabelStats>, durationSec);
    }
  }
  const verdict = isRecord(run.verdict) ? run.verdict : undefined;
  // A failed run (a task crashed or no results) fails the report even when every criterion held.
  const failed = verdict?.result === 'fail' || run.status === 'failed';
  const seriesStart = num(input.series?.startedAt);
  const startedAt =
    typeof total.startedAt === 'string' && total.startedAt !== ''
      ? total.startedAt
      : new Date(seriesStart).toISOString();
  const endedAt =
    typeof total.endedAt === 'string' && total.endedAt !== ''
      ? total.endedAt
      : new Date(Date.parse(startedAt) + durationSec * 1000).toISOString();
  const report: RunReport = {
    schema: 'dlt.run-report.v1',
    testName: input.testName ?? run.testId,
    testId: run.testId,
    startedAt,
    endedAt,
    durationSec,
    tasks: num(total.tasks),
    ...workload(run.testScenario),
    dropped: num(total.dropped),
    total: metricsFromDltStats(total, durationSec),
    labels,
    series: seriesPoints(input.series),
    verdict: failed ? 'fail' : 'pass',
    criteria: criteria(verdict),
    // Per-task exit codes and memory are not stored for stack runs.
    workers: [],
    histogramErrorBound: `relative error <= ${(relativeErrorBound() * 100).toFixed(2)}%, resolution 1 us`,
    seriesErrorBound:
      input.series?.latencyErrorBound ??
      `relative error <= ${(relativeErrorBound(COARSE_SUB_BUCKET_BITS) * 100).toFixed(2)}%, resolution 1 us`,
  };
  if (total.partial === true || verdict?.partial === true) report.partial = true;
  return report;
}
