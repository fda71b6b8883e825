import type { CriteriaSource, SecondStats, WindowStats } from './types.js';

export interface FakeWindow {
  requests?: number;
  errors?: number;
  durationSec?: number;
  meanMs?: number;
  /** Either a fixed value for every percentile or a function of p. */
  percentileMs?: number | ((p: number) => number);
  statusCodes?: Record<string, number>;
}

/** Builds a WindowStats for tests; time functions follow the interface and return NaN without requests. */
export function fakeWindow(spec: FakeWindow = {}): WindowStats {
  const requests = spec.requests ?? 0;
  const percentile = spec.percentileMs ?? spec.meanMs ?? 0;
  return {
    requests,
    errors: spec.errors ?? 0,
    durationSec: spec.durationSec ?? 1,
    meanMs: () => (requests === 0 ? Number.NaN : (spec.meanMs ?? 0)),
    percentileMs: (p) => {
      if (requests === 0) return Number.NaN;
      return typeof percentile === 'number' ? percentile : percentile(p);
    },
    statusCodes: spec.statusCodes ?? {},
  };
}

export interface FakeSecond {
  t: number;
  total?: FakeWindow;
  labels?: Record<string, FakeWindow>;
}

export function fakeSource(spec: {
  total?: FakeWindow;
  labels?: Record<string, FakeWindow>;
  seconds?: FakeSecond[];
}): CriteriaSource {
  return {
    total: fakeWindow(spec.total ?? { requests: 100, durationSec: 100 }),
    labels: mapWindows(spec.labels ?? {}),
    seconds: (spec.seconds ?? []).map(
      (second): SecondStats => ({
        t: second.t,
        total: fakeWindow(second.total ?? {}),
        labels: mapWindows(second.labels ?? {}),
      }),
    ),
  };
}

/** One second per value starting at t=0, each with `requests` requests and the given p95/mean. */
export function secondsWithLatency(values: number[], requests = 10): FakeSecond[] {
  return values.map((ms, t) => ({ t, total: { requests, meanMs: ms, percentileMs: ms } }));
}

function mapWindows(specs: Record<string, FakeWindow>): Record<string, WindowStats> {
  return Object.fromEntries(Object.entries(specs).map(([label, spec]) => [label, fakeWindow(spec)]));
}
