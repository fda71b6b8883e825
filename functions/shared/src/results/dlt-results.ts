import { COARSE_SUB_BUCKET_BITS, DEFAULT_SUB_BUCKET_BITS, type LatencyHistogram } from './histogram.js';
import type { RunResults } from './merge.js';
import type { EncodedCounters, WindowCounters } from './stats.js';
import { latencySummaryMs } from './summary.js';

/**
 * What the results parser stores for a run, built from exact merges. DLT's parser averaged per-task percentiles
 * and means (DLT v4 §5); here every value comes from the merged counters and histograms, so a region's p95 is
 * the p95 of all its requests, within the histogram's documented error.
 */

/** Codes DLT's parser leaves out of `rc`: success, redirects, switching protocols and JMeter's 1000. */
export const DLT_ACCEPTED_CODES: ReadonlySet<string> = new Set([
  '101',
  '200',
  '201',
  '202',
  '204',
  '300',
  '301',
  '302',
  '303',
  '304',
  '307',
  '308',
  '1000',
]);

/** The most frequent error messages kept per scope in the row; the merged-histograms file keeps them all. */
export const MAX_ERROR_MESSAGES = 10;

export interface DltRc {
  code: string;
  count: number;
}

/** One scope (a label, a region or the run) in DLT's field names; times in seconds, as DLT stores them. */
export interface DltStats {
  /** Mean response time: exact (sum / count of the merged histogram). */
  avg_rt: number;
  /** Population standard deviation over the histogram's bucket midpoints (within its relative error). */
  stdev_rt: number;
  /** Not measured (no separate time to first byte / connect time): null rather than an invented number. */
  avg_lt: null;
  avg_ct: null;
  p0_0: number;
  p50_0: number;
  p90_0: number;
  p95_0: number;
  p99_0: number;
  p99_9: number;
  p100_0: number;
  /** DLT's name for the number of requests (it is a count, not a rate). */
  throughput: number;
  succ: number;
  fail: number;
  /** Response body bytes, summed (DLT averaged its per-task totals). */
  bytes: number;
  /** Virtual users per task, as DLT reports it (the mean over tasks of each task's concurrency). */
  concurrency: number;
  /** Seconds from the earliest task start to the latest task stop, to the millisecond. */
  testDuration: number;
  /** Response codes outside DLT_ACCEPTED_CODES, most frequent first; non-HTTP outcomes such as 'timeout' too. */
  rc: DltRc[];
  /** Not in DLT: requests per second over testDuration. */
  rps: number;
  /** Not in DLT: failed requests in percent of all requests. */
  errorRate: number;
  /** Not in DLT: every status code and non-HTTP outcome with its count. */
  statusCodes: Record<string, number>;
  /** Not in DLT: the MAX_ERROR_MESSAGES most frequent error messages. */
  errorMessages: Record<string, number>;
}

export interface DltLabelStats extends DltStats {
  label: string;
}

export interface DltScopeResults extends DltStats {
  /** Per label, in order of first appearance. */
  labels: DltLabelStats[];
  /** Not in DLT: how many task artifacts were merged. */
  tasks: number;
  /** Not in DLT: open-model arrivals that found no free virtual user. */
  dropped: number;
  /** Not in DLT: the most virtual users active at once, summed over tasks. */
  peakVus: number;
  /** Not in DLT: true when at least one task stopped early. */
  partial: boolean;
  /** Not in DLT: ISO 8601 start and stop of the load. */
  startedAt: string;
  endedAt: string;
}

/** Microseconds to seconds at 0.1 µs resolution (bucket midpoints can end in .5 µs). */
export function usToSeconds(us: number): number {
  return Math.round(us * 10) / 1e7;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Population standard deviation in µs, each value taken at its bucket's reported value. */
export function histogramStdevUs(h: LatencyHistogram): number {
  if (h.count < 2) return 0;
  const mean = h.sum / h.count;
  let squares = 0;
  const counts = h.counts;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (c === 0) continue;
    const { lower, width } = h.bucketBounds(i);
    const value = Math.min(h.max, Math.max(h.min, lower + (width - 1) / 2));
    squares += c * (value - mean) ** 2;
  }
  return Math.sqrt(squares / h.count);
}

function byCountDesc(m: ReadonlyMap<string, number>): Array<[string, number]> {
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const QUANTILES = [0, 50, 90, 95, 99, 99.9, 100] as const;

/** DLT's fields for one set of merged counters. `concurrency` and `durationSec` come from the scope. */
export function dltStats(c: WindowCounters, durationSec: number, concurrency: number): DltStats {
  const h = c.latency;
  const empty = h.count === 0;
  const [p0, p50, p90, p95, p99, p999, p100] = empty
    ? QUANTILES.map(() => 0)
    : h.percentilesUs(QUANTILES).map(usToSeconds);
  const ordered = byCountDesc(c.statusCodes);
  return {
    avg_rt: empty ? 0 : usToSeconds(h.meanUs()),
    stdev_rt: usToSeconds(histogramStdevUs(h)),
    avg_lt: null,
    avg_ct: null,
    p0_0: p0!,
    p50_0: p50!,
    p90_0: p90!,
    p95_0: p95!,
    p99_0: p99!,
    p99_9: p999!,
    p100_0: p100!,
    throughput: c.requests,
    succ: c.requests - c.errors,
    fail: c.errors,
    bytes: c.bytes,
    concurrency,
    testDuration: round(durationSec, 3),
    rc: ordered.filter(([code]) => !DLT_ACCEPTED_CODES.has(code)).map(([code, count]) => ({ code, count })),
    rps: durationSec > 0 ? round(c.requests / durationSec, 3) : 0,
    errorRate: c.requests === 0 ? 0 : round((c.errors / c.requests) * 100, 4),
    statusCodes: Object.fromEntries(ordered),
    errorMessages: Object.fromEntries(byCountDesc(c.errorMessages).slice(0, MAX_ERROR_MESSAGES)),
  };
}

/** DLT's result object for a region or the whole run, with one entry per label. */
export function dltScopeResults(run: RunResults): DltScopeResults {
  const duration = run.durationSec;
  const concurrency = run.tasks === 0 ? 0 : Math.round(run.maxVus / run.tasks);
  let peakVus = 0;
  for (const s of run.orderedSeconds()) peakVus = Math.max(peakVus, s.vus);
  return {
    ...dltStats(run.total, duration, concurrency),
    labels: run.labels.map((label) => ({
      label,
      ...dltStats(run.byLabel.get(label)!, duration, concurrency),
    })),
    tasks: run.tasks,
    dropped: run.dropped,
    peakVus,
    partial: run.partial,
    startedAt: run.tasks === 0 ? '' : new Date(run.startedAt).toISOString(),
    endedAt: run.tasks === 0 ? '' : new Date(run.endedAt).toISOString(),
  };
}

/** DLT's `succPercent`: successes in percent of requests, two decimals; undefined without requests. */
export function dltSuccPercent(total: Pick<DltStats, 'succ' | 'throughput'>): string | undefined {
  return total.throughput > 0 ? ((total.succ / total.throughput) * 100).toFixed(2) : undefined;
}

/** One scope's per-second series as parallel columns (see docs/timeseries.md). */
export interface TimeSeriesColumns {
  /** Unix epoch seconds, consecutive: seconds without requests are present with zero counts. */
  t: number[];
  vus: number[];
  requests: number[];
  errors: number[];
  /** Requests in the one-second window, i.e. the rate. */
  rps: number[];
  bytes: number[];
  /** Milliseconds; null in seconds without requests. */
  meanMs: Array<number | null>;
  p50Ms: Array<number | null>;
  p90Ms: Array<number | null>;
  p95Ms: Array<number | null>;
  p99Ms: Array<number | null>;
  maxMs: Array<number | null>;
}

/** Columns with no seconds yet. */
export function emptyTimeSeriesColumns(): TimeSeriesColumns {
  return {
    t: [],
    vus: [],
    requests: [],
    errors: [],
    rps: [],
    bytes: [],
    meanMs: [],
    p50Ms: [],
    p90Ms: [],
    p95Ms: [],
    p99Ms: [],
    maxMs: [],
  };
}

export function timeSeriesColumns(run: RunResults): TimeSeriesColumns {
  const out = emptyTimeSeriesColumns();
  for (const s of run.orderedSeconds()) {
    const c = s.total;
    out.t.push(s.t);
    out.vus.push(s.vus);
    out.requests.push(c.requests);
    out.errors.push(c.errors);
    out.rps.push(c.requests);
    out.bytes.push(c.bytes);
    const has = c.requests > 0;
    const l = latencySummaryMs(c);
    out.meanMs.push(has ? l.mean : null);
    out.p50Ms.push(has ? l.p50 : null);
    out.p90Ms.push(has ? l.p90 : null);
    out.p95Ms.push(has ? l.p95 : null);
    out.p99Ms.push(has ? l.p99 : null);
    out.maxMs.push(has ? l.max : null);
  }
  return out;
}

export const TIMESERIES_SCHEMA = 'dlt.timeseries.v1';

export interface RunTimeSeries {
  schema: typeof TIMESERIES_SCHEMA;
  testId: string;
  testRunId: string;
  intervalSec: 1;
  /** Epoch milliseconds: the earliest task start and the latest task stop (0 without tasks). */
  startedAt: number;
  endedAt: number;
  partial: boolean;
  /** The per-second histograms' precision, as text. */
  latencyErrorBound: string;
  total: TimeSeriesColumns;
  regions: Record<string, TimeSeriesColumns>;
}

/** A run's merged counters, in the artifact's encoded form so that they can be merged again. */
export interface MergedScope {
  tasks: number;
  /** Epoch milliseconds; 0 when no task was merged. */
  startedAt: number;
  endedAt: number;
  partial: boolean;
  dropped: number;
  maxVus: number;
  total: EncodedCounters;
  /** Label names in order of first appearance, parallel to `byLabel` (as in the task artifact). */
  labels: string[];
  byLabel: EncodedCounters[];
}

export const MERGED_HISTOGRAMS_SCHEMA = 'dlt.merged-histograms.v1';

export interface MergedHistograms {
  schema: typeof MERGED_HISTOGRAMS_SCHEMA;
  testId: string;
  testRunId: string;
  histogram: { subBucketBits: number; coarseSubBucketBits: number };
  total: MergedScope;
  regions: Record<string, MergedScope>;
}

export function mergedScope(run: RunResults): MergedScope {
  return {
    tasks: run.tasks,
    startedAt: run.tasks === 0 ? 0 : run.startedAt,
    endedAt: run.endedAt,
    partial: run.partial,
    dropped: run.dropped,
    maxVus: run.maxVus,
    total: run.total.encode(),
    labels: [...run.labels],
    byLabel: run.labels.map((label) => run.byLabel.get(label)!.encode()),
  };
}

export function mergedHistogramSettings(): MergedHistograms['histogram'] {
  return { subBucketBits: DEFAULT_SUB_BUCKET_BITS, coarseSubBucketBits: COARSE_SUB_BUCKET_BITS };
}
