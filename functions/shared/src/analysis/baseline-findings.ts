import { type AnalysisThresholds, type Finding, type Severity, severityFor, TOTAL } from './finding.js';
import { change, METRICS, type MetricName, type MetricValues, scopeMetrics } from './metrics.js';
import {
  describeSubject,
  labelScopes,
  type RunRecord,
  regionScopes,
  type Scope,
  type Subject,
  totalScope,
} from './run-record.js';

const LATENCY: MetricName[] = ['avgMs', 'p95Ms', 'p99Ms'];

function worst(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  const rank = { info: 0, warning: 1, critical: 2 } as const;
  if (a === undefined) return b;
  if (b === undefined) return a;
  return rank[b] > rank[a] ? b : a;
}

/** Regressions of one scope: at most one latency finding (the worst metric), one error-rate, one throughput. */
function scopeFindings(
  subject: Subject,
  run: MetricValues,
  base: MetricValues,
  baselineRunId: string,
  t: AnalysisThresholds,
): Finding[] {
  const out: Finding[] = [];
  const who = describeSubject(subject);

  const latency = LATENCY.map((name) => ({ name, before: base[name], after: run[name] }))
    .map((m) => ({ ...m, ...change(m.before, m.after) }))
    .filter((m) => m.absolute !== null && m.percent !== null && m.absolute >= t.latencyMinChangeMs);
  let latencySeverity: Severity | undefined;
  for (const m of latency)
    latencySeverity = worst(latencySeverity, severityFor(m.percent!, t.latencyIncreasePct));
  if (latencySeverity !== undefined) {
    const top = latency.reduce((a, b) => (b.percent! > a.percent! ? b : a));
    out.push({
      severity: latencySeverity,
      kind: 'regression',
      subject,
      message:
        `${who}: ${METRICS[top.name].title} rose ${top.percent}% against baseline ${baselineRunId} ` +
        `(${top.before} ms → ${top.after} ms)`,
      evidence: { baselineRunId, metrics: latency },
    });
  }

  const errors = change(base.errorRate, run.errorRate);
  const errorSeverity =
    errors.absolute === null ? undefined : severityFor(errors.absolute, t.errorRateIncreasePts);
  if (errorSeverity !== undefined) {
    out.push({
      severity: errorSeverity,
      kind: 'regression',
      subject,
      message:
        `${who}: error rate rose ${errors.absolute} percentage points against baseline ${baselineRunId} ` +
        `(${base.errorRate}% → ${run.errorRate}%)`,
      evidence: {
        baselineRunId,
        metric: 'errorRate',
        before: base.errorRate,
        after: run.errorRate,
        ...errors,
      },
    });
  }

  const rps = change(base.rps, run.rps);
  const rpsSeverity = rps.percent === null ? undefined : severityFor(-rps.percent, t.rpsDecreasePct);
  if (rpsSeverity !== undefined) {
    out.push({
      severity: rpsSeverity,
      kind: 'regression',
      subject,
      message:
        `${who}: throughput fell ${-rps.percent!}% against baseline ${baselineRunId} ` +
        `(${base.rps} → ${run.rps} req/s)`,
      evidence: { baselineRunId, metric: 'rps', before: base.rps, after: run.rps, ...rps },
    });
  }
  return out;
}

/**
 * This run against a baseline run: regressions per label, region and in total beyond the thresholds, labels
 * that stopped receiving requests, and a clear overall improvement of the tail latency.
 */
export function baselineFindings(run: RunRecord, baseline: RunRecord, t: AnalysisThresholds): Finding[] {
  const total = totalScope(run);
  const baseTotal = totalScope(baseline);
  const id = baseline.testRunId;
  if (total === undefined || baseTotal === undefined) return [];
  const out: Finding[] = [];
  const runTotal = scopeMetrics(total);
  const baseTotalMetrics = scopeMetrics(baseTotal);
  out.push(...scopeFindings(TOTAL, runTotal, baseTotalMetrics, id, t));

  const labels = new Map(labelScopes(total));
  for (const [label, baseScope] of labelScopes(baseTotal)) {
    const scope = labels.get(label);
    const subject: Subject = { scope: 'label', name: label };
    if (scope === undefined || scopeMetrics(scope).requests === 0) {
      // A row stored without labels (too large) says nothing about any one label.
      if (labels.size === 0) continue;
      out.push({
        severity: 'warning',
        kind: 'missing-label',
        subject,
        message: `label "${label}" had ${scopeMetrics(baseScope).requests ?? 0} requests in baseline ${id} and none in this run`,
        evidence: { baselineRunId: id, baselineRequests: scopeMetrics(baseScope).requests },
      });
      continue;
    }
    out.push(...scopeFindings(subject, scopeMetrics(scope), scopeMetrics(baseScope), id, t));
  }

  const baseRegions = new Map<string, Scope>(regionScopes(baseline));
  for (const [region, scope] of regionScopes(run)) {
    const baseScope = baseRegions.get(region);
    if (baseScope === undefined) continue;
    out.push(
      ...scopeFindings(
        { scope: 'region', name: region },
        scopeMetrics(scope),
        scopeMetrics(baseScope),
        id,
        t,
      ),
    );
  }

  const p95 = change(baseTotalMetrics.p95Ms, runTotal.p95Ms);
  if (
    p95.percent !== null &&
    p95.absolute !== null &&
    -p95.absolute >= t.latencyMinChangeMs &&
    -p95.percent > t.latencyIncreasePct.warning
  ) {
    out.push({
      severity: 'info',
      kind: 'improvement',
      subject: TOTAL,
      message: `p95 fell ${-p95.percent}% against baseline ${id} (${baseTotalMetrics.p95Ms} ms → ${runTotal.p95Ms} ms)`,
      evidence: {
        baselineRunId: id,
        metric: 'p95Ms',
        before: baseTotalMetrics.p95Ms,
        after: runTotal.p95Ms,
        ...p95,
      },
    });
  }
  return out;
}
