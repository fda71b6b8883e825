import { num, type Scope } from './run-record.js';

/** The figures compared between runs, in the units people read (ms, req/s, %), not DLT's seconds. */
export const METRIC_NAMES = [
  'avgMs',
  'p50Ms',
  'p90Ms',
  'p95Ms',
  'p99Ms',
  'rps',
  'errorRate',
  'requests',
] as const;

export type MetricName = (typeof METRIC_NAMES)[number];

export interface MetricInfo {
  unit: 'ms' | 'req/s' | '%' | 'count';
  /** Which direction is an improvement; `neither` for counts that follow the load model. */
  better: 'lower' | 'higher' | 'neither';
  title: string;
}

export const METRICS: Readonly<Record<MetricName, MetricInfo>> = {
  avgMs: { unit: 'ms', better: 'lower', title: 'mean response time' },
  p50Ms: { unit: 'ms', better: 'lower', title: 'p50' },
  p90Ms: { unit: 'ms', better: 'lower', title: 'p90' },
  p95Ms: { unit: 'ms', better: 'lower', title: 'p95' },
  p99Ms: { unit: 'ms', better: 'lower', title: 'p99' },
  rps: { unit: 'req/s', better: 'higher', title: 'requests per second' },
  errorRate: { unit: '%', better: 'lower', title: 'error rate' },
  requests: { unit: 'count', better: 'neither', title: 'requests' },
};

export type MetricValues = Record<MetricName, number | null>;

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function ms(seconds: unknown): number | null {
  const s = num(seconds);
  return s === undefined ? null : round(s * 1000, 3);
}

/**
 * One scope's figures. Rows without this product's `rps`/`errorRate` (e.g. written by DLT) get them derived from
 * DLT's own fields; a scope without requests has no latencies (null), not zero ones.
 */
export function scopeMetrics(scope: Scope | undefined): MetricValues {
  const requests = num(scope?.throughput) ?? null;
  const fail = num(scope?.fail);
  const duration = num(scope?.testDuration);
  const hasLatency = requests !== null && requests > 0;
  const latency = (field: string) => (hasLatency ? ms(scope?.[field]) : null);
  const rps =
    num(scope?.rps) ??
    (requests !== null && duration !== undefined && duration > 0 ? round(requests / duration, 3) : null);
  const errorRate =
    num(scope?.errorRate) ??
    (requests !== null && requests > 0 && fail !== undefined ? round((fail / requests) * 100, 4) : null);
  return {
    avgMs: latency('avg_rt'),
    p50Ms: latency('p50_0'),
    p90Ms: latency('p90_0'),
    p95Ms: latency('p95_0'),
    p99Ms: latency('p99_0'),
    rps,
    errorRate: requests === 0 ? 0 : errorRate,
    requests,
  };
}

export interface Change {
  absolute: number | null;
  /** Null when the base is 0 (and the value is not) or either side is missing. */
  percent: number | null;
}

export function change(base: number | null, value: number | null): Change {
  if (base === null || value === null) return { absolute: null, percent: null };
  const absolute = round(value - base, 4);
  if (base === 0) return { absolute, percent: value === 0 ? 0 : null };
  return { absolute, percent: round(((value - base) / Math.abs(base)) * 100, 2) };
}
