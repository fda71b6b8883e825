import type { TimeSeriesColumns } from '../results/dlt-results.js';
import { largestRise, mean } from './change-point.js';
import type { AnalysisThresholds, Finding, SeriesInput } from './finding.js';
import { severityFor, TOTAL } from './finding.js';
import { round } from './metrics.js';
import { describeSubject, type Subject } from './run-record.js';

/** Seconds with requests, without the first and last (load starts and stops inside them). */
function activeSeconds(c: TimeSeriesColumns): number[] {
  const idx: number[] = [];
  for (let i = 0; i < c.t.length; i++) if ((c.requests[i] ?? 0) > 0) idx.push(i);
  return idx.length > 4 ? idx.slice(1, -1) : idx;
}

function at<T>(column: readonly T[], indices: readonly number[]): T[] {
  return indices.map((i) => column[i]!);
}

const r3 = (x: number | null) => (x === null ? null : round(x, 3));

/**
 * Latency rising during the steady part of the run (virtual users at their peak), so that the ramp-up, where
 * latency naturally grows with load, is not mistaken for degradation.
 */
function latencyTrend(subject: Subject, c: TimeSeriesColumns, t: AnalysisThresholds): Finding | undefined {
  const active = activeSeconds(c);
  const peakVus = Math.max(0, ...at(c.vus, active));
  const steady = active.filter((i) => (c.vus[i] ?? 0) >= 0.95 * peakVus);
  const rise = largestRise(at(c.p95Ms, steady), t.minSegmentSec);
  if (rise === undefined || rise.beforeMean <= 0) return undefined;
  const ratio = rise.afterMean / rise.beforeMean;
  if (rise.afterMean - rise.beforeMean < t.latencyMinChangeMs) return undefined;
  const severity = severityFor(ratio, t.trendLatencyRatio);
  if (severity === undefined) return undefined;
  // `rise.index` points into the steady seconds, not into the columns.
  const before = steady.slice(0, rise.index);
  const after = steady.slice(rise.index);
  const changeAt = c.t[after[0]!]!;
  return {
    severity,
    kind: 'latency-trend',
    subject,
    message:
      `${describeSubject(subject)}: per-second p95 rose from ${r3(rise.beforeMean)} ms to ${r3(rise.afterMean)} ms ` +
      `(×${round(ratio, 2)}) from t=${changeAt} on, at a steady ${peakVus} virtual users`,
    evidence: {
      changeAt,
      before: {
        fromT: c.t[before[0]!],
        seconds: before.length,
        p95Ms: r3(rise.beforeMean),
        meanMs: r3(mean(at(c.meanMs, before))),
        rps: r3(mean(at(c.rps, before))),
      },
      after: {
        toT: c.t[after[after.length - 1]!],
        seconds: after.length,
        p95Ms: r3(rise.afterMean),
        meanMs: r3(mean(at(c.meanMs, after))),
        rps: r3(mean(at(c.rps, after))),
      },
      ratio: round(ratio, 3),
      vus: peakVus,
    },
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The per-second error rate stepping up (over the whole run: errors that start with the load count too). */
function errorTrend(subject: Subject, c: TimeSeriesColumns, t: AnalysisThresholds): Finding | undefined {
  const active = activeSeconds(c);
  const rates = active.map((i) => ((c.errors[i] ?? 0) / (c.requests[i] ?? 1)) * 100);
  const rise = largestRise(rates, t.minSegmentSec);
  if (rise === undefined) return undefined;
  const before = active.slice(0, rise.index);
  const after = active.slice(rise.index);
  // Rates over the segments' requests, not means of per-second rates: a quiet second must not weigh as much.
  const rate = (idx: number[]) => (sum(at(c.errors, idx)) / Math.max(1, sum(at(c.requests, idx)))) * 100;
  const beforeRate = rate(before);
  const afterRate = rate(after);
  const afterErrors = sum(at(c.errors, after));
  if (afterErrors < t.trendMinErrors) return undefined;
  const severity = severityFor(afterRate - beforeRate, t.trendErrorRatePts);
  if (severity === undefined) return undefined;
  const changeAt = c.t[after[0]!]!;
  return {
    severity,
    kind: 'error-trend',
    subject,
    message:
      `${describeSubject(subject)}: the error rate rose from ${round(beforeRate, 2)}% to ${round(afterRate, 2)}% ` +
      `from t=${changeAt} on (${afterErrors} errors after it)`,
    evidence: {
      changeAt,
      before: { seconds: before.length, errorRate: round(beforeRate, 4), errors: sum(at(c.errors, before)) },
      after: { seconds: after.length, errorRate: round(afterRate, 4), errors: afterErrors },
    },
  };
}

/**
 * Closed model under a ramp: virtual users grew but requests per second did not follow, while latency rose.
 * By Little's law the extra users only queued, so the target (or the generator) is saturated.
 */
function throughputPlateau(
  subject: Subject,
  c: TimeSeriesColumns,
  t: AnalysisThresholds,
): Finding | undefined {
  const active = activeSeconds(c);
  const third = Math.floor(active.length / 3);
  if (third < t.minSegmentSec) return undefined;
  const first = active.slice(0, third);
  const last = active.slice(-third);
  const vus = [mean(at(c.vus, first)), mean(at(c.vus, last))];
  const rps = [mean(at(c.rps, first)), mean(at(c.rps, last))];
  const lat = [mean(at(c.meanMs, first)), mean(at(c.meanMs, last))];
  if (vus.includes(null) || rps.includes(null) || lat.includes(null)) return undefined;
  const [v0, v1] = vus as [number, number];
  const [r0, r1] = rps as [number, number];
  const [l0, l1] = lat as [number, number];
  if (v0 <= 0 || r0 <= 0 || l0 <= 0) return undefined;
  const vusRatio = v1 / v0;
  const rpsRatio = r1 / r0;
  const latencyRatio = l1 / l0;
  // Throughput grew by less than a quarter of the users' growth while latency rose by half or more.
  if (vusRatio < 1.5 || rpsRatio > 1 + 0.25 * (vusRatio - 1) || latencyRatio < 1.5) return undefined;
  return {
    severity: 'warning',
    kind: 'throughput-plateau',
    subject,
    message:
      `${describeSubject(subject)}: virtual users rose ×${round(vusRatio, 2)} but requests per second only ` +
      `×${round(rpsRatio, 2)} while mean latency rose ×${round(latencyRatio, 2)}: the target or the load ` +
      'generator is saturated',
    evidence: {
      first: { fromT: c.t[first[0]!], seconds: first.length, vus: r3(v0), rps: r3(r0), meanMs: r3(l0) },
      last: {
        toT: c.t[last[last.length - 1]!],
        seconds: last.length,
        vus: r3(v1),
        rps: r3(r1),
        meanMs: r3(l1),
      },
    },
  };
}

export function seriesFindings(series: SeriesInput, t: AnalysisThresholds): Finding[] {
  const scopes: Array<[Subject, TimeSeriesColumns]> = [[TOTAL, series.total]];
  const regions = Object.entries(series.regions ?? {}).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  // One region's series is the total's: saying the same thing twice helps nobody.
  if (regions.length > 1) for (const [name, c] of regions) scopes.push([{ scope: 'region', name }, c]);
  const out: Finding[] = [];
  for (const [subject, columns] of scopes) {
    for (const find of [latencyTrend, errorTrend, throughputPlateau]) {
      const f = find(subject, columns, t);
      if (f) out.push(f);
    }
  }
  return out;
}
