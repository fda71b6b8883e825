import type { CriteriaSource, WindowStats } from '../criteria/types.js';
import type { RunResults } from './merge.js';
import type { WindowCounters } from './stats.js';

/** Criteria read merged counters through this view: percentiles always come from the merged histogram. */
export function windowStats(c: WindowCounters, durationSec: number): WindowStats {
  return {
    requests: c.requests,
    errors: c.errors,
    durationSec,
    meanMs: () => c.latency.meanUs() / 1000,
    percentileMs: (p) => c.latency.percentileUs(p) / 1000,
    statusCodes: Object.fromEntries(c.statusCodes),
  };
}

export function criteriaSource(run: RunResults): CriteriaSource {
  const duration = run.durationSec;
  const labels: Record<string, WindowStats> = {};
  for (const [label, c] of run.byLabel) labels[label] = windowStats(c, duration);
  return {
    total: windowStats(run.total, duration),
    labels,
    seconds: run.orderedSeconds().map((s) => {
      const perLabel: Record<string, WindowStats> = {};
      for (const [label, c] of s.byLabel) perLabel[label] = windowStats(c, 1);
      return { t: s.t, total: windowStats(s.total, 1), labels: perLabel };
    }),
  };
}
