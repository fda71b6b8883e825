import { parseDurationSeconds } from '../scenario/duration.js';
import { type AnalysisThresholds, type Finding, severityFor, TOTAL } from './finding.js';
import { round, scopeMetrics } from './metrics.js';
import {
  asScope,
  countRecord,
  num,
  type RunRecord,
  rcEntries,
  regionScopes,
  type Scope,
  totalScope,
} from './run-record.js';

function runStatus(run: RunRecord): Finding[] {
  if (run.status === 'failed' || run.status === 'cancelled') {
    return [
      {
        severity: run.status === 'failed' ? 'critical' : 'warning',
        kind: 'run-status',
        subject: TOTAL,
        message: `the run ${run.status === 'failed' ? 'failed' : 'was cancelled'}${run.errorReason ? `: ${run.errorReason}` : ''}`,
        evidence: { status: run.status, ...(run.errorReason ? { errorReason: run.errorReason } : {}) },
      },
    ];
  }
  return [];
}

function partialResults(run: RunRecord, total: Scope): Finding[] {
  const out: Finding[] = [];
  if (total.partial === true) {
    out.push({
      severity: 'warning',
      kind: 'partial-results',
      subject: TOTAL,
      message: 'at least one task stopped early: the results hold only what ran until then',
      evidence: { tasks: total.tasks, partial: true },
    });
  }
  if (run.resultsNote) {
    out.push({
      severity: 'info',
      kind: 'partial-results',
      subject: TOTAL,
      message: run.resultsNote,
      evidence: { resultsNote: run.resultsNote },
    });
  }
  return out;
}

function errorRate(total: Scope, t: AnalysisThresholds): Finding[] {
  const m = scopeMetrics(total);
  if (m.errorRate === null) return [];
  const severity = severityFor(m.errorRate, t.errorRate);
  if (severity === undefined) return [];
  const codes = rcEntries(total).slice(0, 5);
  const messages = countRecord(total.errorMessages);
  return [
    {
      severity,
      kind: 'error-rate',
      subject: TOTAL,
      message:
        `${m.errorRate}% of requests failed (${num(total.fail) ?? 0} of ${m.requests})` +
        (codes.length > 0 ? `; most frequent: ${codes.map((c) => `${c.code} ×${c.count}`).join(', ')}` : ''),
      evidence: {
        errorRate: m.errorRate,
        errors: num(total.fail),
        requests: m.requests,
        rc: codes,
        errorMessages: messages,
      },
    },
  ];
}

function droppedIterations(total: Scope, run: RunRecord, t: AnalysisThresholds): Finding[] {
  const dropped = num(total.dropped) ?? 0;
  if (dropped <= 0) return [];
  const requests = num(total.throughput) ?? 0;
  const pct = round((dropped / (dropped + requests)) * 100, 3);
  const perRegion = Object.fromEntries(regionScopes(run).map(([name, s]) => [name, num(s.dropped) ?? 0]));
  return [
    {
      severity: severityFor(pct, t.droppedPct) ?? 'warning',
      kind: 'dropped-iterations',
      subject: TOTAL,
      message:
        `${dropped} open-model arrivals (${pct}%) found no free virtual user and were dropped: raise the ` +
        'concurrency, or the target (or the generator) cannot keep up with the rate',
      evidence: { dropped, requests, droppedPct: pct, perRegion, peakVus: num(total.peakVus) },
    },
  ];
}

function seconds(value: unknown): number | undefined {
  if (value === undefined) return 0;
  try {
    return parseDurationSeconds(value as string | number, { syntax: 'taurus' });
  } catch {
    return undefined;
  }
}

function firstExecution(run: RunRecord): Scope | undefined {
  let scenario: unknown = run.testScenario;
  if (typeof scenario === 'string') {
    try {
      scenario = JSON.parse(scenario);
    } catch {
      return undefined;
    }
  }
  const execution = asScope(scenario)?.execution;
  return Array.isArray(execution) ? asScope(execution[0]) : undefined;
}

/**
 * Open model: each region's rate is `execution[0].throughput`, ramped linearly over ramp-up, so the expected
 * mean over the run is target × (hold + ramp/2) / (hold + ramp).
 */
function throughputShortfall(run: RunRecord, t: AnalysisThresholds): Finding[] {
  const execution = firstExecution(run);
  const target = Number(execution?.throughput);
  if (!(target > 0)) return [];
  const ramp = seconds(execution?.['ramp-up']);
  const hold = seconds(execution?.['hold-for']);
  if (ramp === undefined || hold === undefined || ramp + hold <= 0) return [];
  const expected = (target * (hold + ramp / 2)) / (hold + ramp);
  const out: Finding[] = [];
  for (const [region, scope] of regionScopes(run)) {
    const achieved = scopeMetrics(scope).rps;
    if (achieved === null) continue;
    const shortPct = round(((expected - achieved) / expected) * 100, 2);
    const severity = severityFor(shortPct, t.throughputShortfallPct);
    if (severity === undefined) continue;
    out.push({
      severity,
      kind: 'throughput-shortfall',
      subject: { scope: 'region', name: region },
      message:
        `region ${region} achieved ${achieved} req/s against an expected ${round(expected, 3)} req/s ` +
        `(target ${target} req/s): ${shortPct}% short`,
      evidence: {
        targetRps: target,
        expectedMeanRps: round(expected, 3),
        achievedRps: achieved,
        shortPct,
        rampUpSec: ramp,
        holdForSec: hold,
        dropped: num(scope.dropped),
      },
    });
  }
  return out;
}

/** Only when the results carry a task's peak memory (`peakRssBytes`) and a limit is known. */
function generatorMemory(run: RunRecord, t: AnalysisThresholds): Finding[] {
  const out: Finding[] = [];
  const scopes: Array<[string, Scope]> = regionScopes(run);
  const total = totalScope(run);
  if (scopes.length === 0 && total) scopes.push(['total', total]);
  for (const [name, scope] of scopes) {
    const peak = num(scope.peakRssBytes);
    const limit = t.taskMemoryBytes ?? num(scope.taskMemoryBytes);
    if (peak === undefined || limit === undefined || limit <= 0) continue;
    const fraction = round(peak / limit, 4);
    const severity = severityFor(fraction, t.memoryFraction);
    if (severity === undefined) continue;
    out.push({
      severity,
      kind: 'generator-memory',
      subject: name === 'total' ? TOTAL : { scope: 'region', name },
      message:
        `a load generator task${name === 'total' ? '' : ` in ${name}`} peaked at ${round(peak / 2 ** 20, 1)} MiB, ` +
        `${round(fraction * 100, 1)}% of its ${round(limit / 2 ** 20, 1)} MiB: fewer virtual users per task or more tasks`,
      evidence: { peakRssBytes: peak, taskMemoryBytes: limit, fraction, threads: num(scope.threads) },
    });
  }
  return out;
}

export function healthFindings(run: RunRecord, t: AnalysisThresholds): Finding[] {
  const out = runStatus(run);
  const total = totalScope(run);
  if (total === undefined) return out;
  out.push(
    ...partialResults(run, total),
    ...errorRate(total, t),
    ...droppedIterations(total, run, t),
    ...throughputShortfall(run, t),
    ...generatorMemory(run, t),
  );
  return out;
}
