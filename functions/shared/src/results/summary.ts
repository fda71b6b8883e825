import type { WindowCounters } from './stats.js';

export interface LatencySummaryMs {
  min: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

export interface MetricsSummary {
  requests: number;
  errors: number;
  /** percent, 0..100 */
  errorRate: number;
  rps: number;
  bytes: number;
  latencyMs: LatencySummaryMs;
  statusCodes: Record<string, number>;
  errorMessages: Record<string, number>;
}

const SUMMARY_QUANTILES = [0, 50, 90, 95, 99, 99.9, 100] as const;

/** Zeros instead of NaN for empty windows, so reports and JSON stay numeric. */
export function latencySummaryMs(c: WindowCounters): LatencySummaryMs {
  if (c.requests === 0 || c.latency.count === 0) {
    return { min: 0, mean: 0, p50: 0, p90: 0, p95: 0, p99: 0, p999: 0, max: 0 };
  }
  const [min, p50, p90, p95, p99, p999, max] = c.latency.percentilesUs(SUMMARY_QUANTILES).map(usToMs);
  return {
    min: min!,
    mean: usToMs(c.latency.meanUs()),
    p50: p50!,
    p90: p90!,
    p95: p95!,
    p99: p99!,
    p999: p999!,
    max: max!,
  };
}

export function summarize(c: WindowCounters, durationSec: number): MetricsSummary {
  return {
    requests: c.requests,
    errors: c.errors,
    errorRate: c.requests === 0 ? 0 : round((c.errors / c.requests) * 100, 4),
    rps: durationSec > 0 ? round(c.requests / durationSec, 3) : 0,
    bytes: c.bytes,
    latencyMs: latencySummaryMs(c),
    statusCodes: sortedRecord(c.statusCodes),
    errorMessages: sortedRecord(c.errorMessages),
  };
}

export function usToMs(us: number): number {
  return round(us / 1000, 3);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function sortedRecord(m: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
