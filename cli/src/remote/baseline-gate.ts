/**
 * `dlt run --baseline PCT`: the run fails when its p95, mean response time or error rate is more than PCT %
 * worse than the scenario's baseline run. Figures come from @dlt/shared's `compareRuns`, so the CLI and the MCP
 * server compare runs the same way; only the pass/fail rule lives here.
 */
import type { CriterionOutcome } from '@dlt/report';
import { compareRuns, METRICS, type MetricName, type RunRecord } from '@dlt/shared';

export const DEFAULT_BASELINE_PCT = 10;
/**
 * Below these absolute changes nothing counts as a regression: on fast targets a 0.2 ms wobble is +40 %, and one
 * stray error against an error-free baseline is an infinite relative rise.
 */
export const MIN_LATENCY_CHANGE_MS = 1;
export const MIN_ERROR_RATE_CHANGE_PTS = 0.1;

const GATED: MetricName[] = ['p95Ms', 'avgMs', 'errorRate'];

export interface BaselineCheck {
  metric: MetricName;
  title: string;
  baseline: number | null;
  current: number | null;
  /** Percent change against the baseline; null when the baseline is 0 or a value is missing. */
  percent: number | null;
  regressed: boolean;
}

export interface BaselineGate {
  baselineRunId: string;
  thresholdPct: number;
  checks: BaselineCheck[];
  regressed: boolean;
  /** Why a check could not be made (e.g. the baseline has no results). */
  notes: string[];
}

export function checkAgainstBaseline(
  run: RunRecord,
  baseline: RunRecord,
  thresholdPct: number,
): BaselineGate {
  const comparison = compareRuns([baseline, run]);
  const checks = GATED.map((metric): BaselineCheck => {
    const m = comparison.total.metrics[metric];
    const [before = null, after = null] = m.values;
    const change = m.changes[1] ?? { absolute: null, percent: null };
    const floor = metric === 'errorRate' ? MIN_ERROR_RATE_CHANGE_PTS : MIN_LATENCY_CHANGE_MS;
    const rose = change.absolute !== null && change.absolute >= floor;
    // A rise from 0 has no percentage; past the floor it is a regression whatever PCT is.
    const beyond = change.percent === null ? rose : change.percent > thresholdPct;
    return {
      metric,
      title: METRICS[metric].title,
      baseline: before,
      current: after,
      percent: change.percent,
      regressed: rose && beyond,
    };
  });
  return {
    baselineRunId: baseline.testRunId,
    thresholdPct,
    checks,
    regressed: checks.some((c) => c.regressed),
    notes: comparison.notes,
  };
}

function unitOf(metric: MetricName): string {
  return metric === 'errorRate' ? '%' : 'ms';
}

/** "p95 +23.5% (12.1 ms → 14.9 ms)" */
export function describeCheck(c: BaselineCheck): string {
  const unit = unitOf(c.metric);
  const pct = c.percent === null ? 'from 0' : `${c.percent > 0 ? '+' : ''}${c.percent}%`;
  return `${c.title} ${pct} (${c.baseline ?? '-'} ${unit} → ${c.current ?? '-'} ${unit})`;
}

/** One report criterion per gated metric, so JUnit and the summary show the baseline check like any other. */
export function gateCriteria(gate: BaselineGate): CriterionOutcome[] {
  return gate.checks.map((c) => ({
    criterion: `${c.title} within +${gate.thresholdPct}% of baseline ${gate.baselineRunId}`,
    passed: !c.regressed,
    actual: c.current,
    threshold: c.baseline === null ? 0 : c.baseline * (1 + gate.thresholdPct / 100),
    unit: unitOf(c.metric),
    message: c.regressed ? `regressed: ${describeCheck(c)}` : describeCheck(c),
  }));
}
