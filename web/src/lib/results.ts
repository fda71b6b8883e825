import type { ScopeStats, TestRunSummary } from '../api/types.js';
import { bytes, ms, num, percent } from './format.js';

/** The figures the run pages compare, in display units (ms, requests/s). */
export interface Metrics {
  requests: number;
  success: number;
  errors: number;
  errorRate: number;
  rps: number;
  avgMs: number;
  p0Ms: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  p999Ms: number;
  p100Ms: number;
  bandwidth: number;
}

const toMs = (s: number | undefined) => (s === undefined || s === null ? Number.NaN : s * 1000);

export function metricsFromScope(s: ScopeStats | undefined): Metrics | undefined {
  if (!s) return undefined;
  const requests = s.throughput ?? 0;
  const duration = s.testDuration ?? 0;
  return {
    requests,
    success: s.succ ?? 0,
    errors: s.fail ?? 0,
    errorRate: s.errorRate ?? (requests > 0 ? ((s.fail ?? 0) / requests) * 100 : 0),
    rps: s.rps ?? (duration > 0 ? requests / duration : 0),
    avgMs: toMs(s.avg_rt),
    p0Ms: toMs(s.p0_0),
    p50Ms: toMs(s.p50_0),
    p90Ms: toMs(s.p90_0),
    p95Ms: toMs(s.p95_0),
    p99Ms: toMs(s.p99_0),
    p999Ms: toMs(s.p99_9),
    p100Ms: toMs(s.p100_0),
    bandwidth: duration > 0 ? (s.bytes ?? 0) / duration : 0,
  };
}

export function metricsFromSummary(r: TestRunSummary): Metrics {
  return {
    requests: r.requests,
    success: r.success,
    errors: r.errors,
    errorRate: r.requests > 0 ? (r.errors / r.requests) * 100 : 0,
    rps: r.requestsPerSecond,
    avgMs: r.avgResponseTime,
    p0Ms: r.percentiles?.p0,
    p50Ms: r.percentiles?.p50,
    p90Ms: r.percentiles?.p90,
    p95Ms: r.percentiles?.p95,
    p99Ms: r.percentiles?.p99,
    p999Ms: r.percentiles?.p99_9,
    p100Ms: r.percentiles?.p100,
    bandwidth: r.avgBandwidth,
  };
}

export interface MetricRow {
  key: keyof Metrics;
  label: string;
  format: (v: number) => string;
  /** True when a rise is a regression (latency, errors); false for throughput. */
  higherIsWorse: boolean | undefined;
}

export const METRIC_ROWS: MetricRow[] = [
  { key: 'requests', label: 'Requests', format: (v) => num(v), higherIsWorse: undefined },
  { key: 'errors', label: 'Errors', format: (v) => num(v), higherIsWorse: true },
  { key: 'errorRate', label: 'Error rate', format: (v) => percent(v, 2), higherIsWorse: true },
  { key: 'rps', label: 'Requests/s', format: (v) => num(v, 1), higherIsWorse: false },
  { key: 'avgMs', label: 'Average', format: ms, higherIsWorse: true },
  { key: 'p50Ms', label: 'p50', format: ms, higherIsWorse: true },
  { key: 'p90Ms', label: 'p90', format: ms, higherIsWorse: true },
  { key: 'p95Ms', label: 'p95', format: ms, higherIsWorse: true },
  { key: 'p99Ms', label: 'p99', format: ms, higherIsWorse: true },
  { key: 'p100Ms', label: 'Max', format: ms, higherIsWorse: true },
  { key: 'bandwidth', label: 'Bandwidth', format: (v) => `${bytes(v)}/s`, higherIsWorse: false },
];

export const PERCENTILE_ROWS: Array<{ key: keyof Metrics; label: string }> = [
  { key: 'p0Ms', label: 'p0 (min)' },
  { key: 'p50Ms', label: 'p50' },
  { key: 'p90Ms', label: 'p90' },
  { key: 'p95Ms', label: 'p95' },
  { key: 'p99Ms', label: 'p99' },
  { key: 'p999Ms', label: 'p99.9' },
  { key: 'p100Ms', label: 'p100 (max)' },
];

/** CSS class for a change: red when it is a regression, green when an improvement. */
export function deltaClass(delta: number | undefined, higherIsWorse: boolean | undefined): string {
  if (delta === undefined || higherIsWorse === undefined || Math.abs(delta) < 0.05) return 'muted';
  return delta > 0 === higherIsWorse ? 'delta-up' : 'delta-down';
}
