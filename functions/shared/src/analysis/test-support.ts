// Hand-made results in the API's shape, for the analysis tests.
import { emptyTimeSeriesColumns, type TimeSeriesColumns } from '../results/dlt-results.js';
import type { RunRecord } from './run-record.js';

export interface ScopeSpec {
  avgMs?: number;
  p50Ms?: number;
  p90Ms?: number;
  p95Ms?: number;
  p99Ms?: number;
  requests?: number;
  errors?: number;
  durationSec?: number;
  labels?: Record<string, ScopeSpec>;
  extra?: Record<string, unknown>;
}

/** One scope in DLT's field names: times in seconds, `throughput` = requests. */
export function scope(spec: ScopeSpec = {}): Record<string, unknown> {
  const requests = spec.requests ?? 1000;
  const errors = spec.errors ?? 0;
  const duration = spec.durationSec ?? 10;
  const p95 = spec.p95Ms ?? 100;
  const s = (ms: number) => ms / 1000;
  const out: Record<string, unknown> = {
    avg_rt: s(spec.avgMs ?? p95 * 0.6),
    p0_0: s(1),
    p50_0: s(spec.p50Ms ?? p95 * 0.5),
    p90_0: s(spec.p90Ms ?? p95 * 0.9),
    p95_0: s(p95),
    p99_0: s(spec.p99Ms ?? p95 * 1.5),
    p99_9: s(p95 * 2),
    p100_0: s(p95 * 3),
    throughput: requests,
    succ: requests - errors,
    fail: errors,
    testDuration: duration,
    rps: duration > 0 ? requests / duration : 0,
    errorRate: requests > 0 ? (errors / requests) * 100 : 0,
    rc: errors > 0 ? [{ code: '500', count: errors }] : [],
    statusCodes: { '200': requests - errors, ...(errors > 0 ? { '500': errors } : {}) },
    ...spec.extra,
  };
  if (spec.labels) {
    out.labels = Object.entries(spec.labels).map(([label, l]) => ({
      label,
      ...scope({ durationSec: duration, ...l }),
    }));
  }
  return out;
}

export function run(
  testRunId: string,
  total: ScopeSpec | undefined,
  regions: Record<string, ScopeSpec> = {},
  extra: Partial<RunRecord> = {},
): RunRecord {
  const results: Record<string, unknown> = {};
  if (total) results.total = scope(total);
  for (const [name, spec] of Object.entries(regions)) results[name] = scope(spec);
  return { testRunId, status: 'complete', results, ...extra };
}

export interface SecondSpec {
  vus?: number;
  requests?: number;
  errors?: number;
  p95Ms?: number | null;
  meanMs?: number | null;
}

/** A per-second series starting at t0, one entry per second. */
export function series(seconds: SecondSpec[], t0 = 1_767_225_600): TimeSeriesColumns {
  const c = emptyTimeSeriesColumns();
  seconds.forEach((s, i) => {
    const requests = s.requests ?? 100;
    const p95 = requests === 0 ? null : s.p95Ms === undefined ? 50 : s.p95Ms;
    c.t.push(t0 + i);
    c.vus.push(s.vus ?? 10);
    c.requests.push(requests);
    c.errors.push(s.errors ?? 0);
    c.rps.push(requests);
    c.bytes.push(requests * 100);
    c.meanMs.push(requests === 0 ? null : (s.meanMs ?? (p95 === null ? null : p95 * 0.6)));
    c.p50Ms.push(p95 === null ? null : p95 * 0.5);
    c.p90Ms.push(p95 === null ? null : p95 * 0.9);
    c.p95Ms.push(p95);
    c.p99Ms.push(p95 === null ? null : p95 * 1.5);
    c.maxMs.push(p95 === null ? null : p95 * 3);
  });
  return c;
}

export function repeat<T>(n: number, make: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => make(i));
}
