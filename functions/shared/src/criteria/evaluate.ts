import { describeSubject } from './parse.js';
import type {
  CriteriaSource,
  CriteriaVerdict,
  Criterion,
  CriterionOutcome,
  Subject,
  WindowStats,
} from './types.js';
import { formatWithUnit } from './units.js';

/** Stands in for seconds (or labels within a second) that recorded no requests. */
const EMPTY_WINDOW: WindowStats = {
  requests: 0,
  errors: 0,
  durationSec: 1,
  meanMs: () => Number.NaN,
  percentileMs: () => Number.NaN,
  statusCodes: {},
};

/**
 * Evaluates every criterion. The verdict is `fail` when at least one criterion with status `failed` did not
 * pass; criteria marked `non-failed` are reported but never change the verdict.
 */
export function evaluateCriteria(criteria: Criterion[], source: CriteriaSource): CriteriaVerdict {
  const outcomes = criteria.map((criterion) => evaluateCriterion(criterion, source));
  return { verdict: outcomes.some((outcome) => outcome.failsRun) ? 'fail' : 'pass', outcomes };
}

export function evaluateCriterion(criterion: Criterion, source: CriteriaSource): CriterionOutcome {
  const { label } = criterion;
  const whole = label === undefined ? source.total : source.labels[label];
  if (whole === undefined || whole.requests === 0) {
    return outcome(criterion, false, null, noRequests(label, source));
  }
  return criterion.timeframeSec === undefined
    ? evaluateCumulative(criterion, whole)
    : evaluateTimeframe(criterion, criterion.timeframeSec, source);
}

/** Measures the criterion's subject over one window, in the criterion's unit; NaN when undefined. */
export function measure(criterion: Criterion, window: WindowStats): number {
  const { subject, unit } = criterion;
  switch (subject.kind) {
    case 'avg-rt':
      return window.requests > 0 ? window.meanMs() : Number.NaN;
    case 'percentile':
      return window.requests > 0 ? window.percentileMs(subject.p) : Number.NaN;
    case 'hits':
      return window.requests;
    case 'rps':
      return window.durationSec > 0 ? tidy(window.requests / window.durationSec) : Number.NaN;
    case 'fail':
      return countOrPercent(window.errors, window, unit);
    case 'succ':
      return countOrPercent(window.requests - window.errors, window, unit);
    case 'rc':
      return countOrPercent(countStatusCodes(subject, window), window, unit);
  }
}

/** Whether the failure condition holds; an undefined (NaN) measurement never counts as a violation. */
export function conditionHolds(criterion: Criterion, value: number): boolean {
  if (Number.isNaN(value)) return false;
  const { threshold } = criterion;
  switch (criterion.comparator) {
    case '>':
      return value > threshold;
    case '<':
      return value < threshold;
    case '>=':
      return value >= threshold;
    case '<=':
      return value <= threshold;
    case '=':
      return value === threshold;
  }
}

function evaluateCumulative(criterion: Criterion, window: WindowStats): CriterionOutcome {
  const value = measure(criterion, window);
  const name = describeSubject(criterion.subject, criterion.label);
  if (Number.isNaN(value)) return outcome(criterion, false, null, `${name} could not be measured`);
  const held = conditionHolds(criterion, value);
  const message = `${name} was ${formatWithUnit(value, criterion.unit)} (threshold ${condition(criterion)})`;
  return outcome(criterion, !held, value, message);
}

interface Streak {
  length: number;
  startT: number;
  endT: number;
  worst: number;
}

function evaluateTimeframe(
  criterion: Criterion,
  timeframeSec: number,
  source: CriteriaSource,
): CriterionOutcome {
  const name = describeSubject(criterion.subject, criterion.label);
  const required = `${name} ${condition(criterion)} for ${timeframeSec} s`;
  if (source.seconds.length === 0) {
    return outcome(criterion, false, null, `${required}: no per-second data to evaluate the timeframe`);
  }
  const tracker = new StreakTracker(severityOf(criterion));
  // Gaps in `t` are seconds without requests; they all measure the same, so they can be applied in bulk.
  const emptyValue = measure(criterion, EMPTY_WINDOW);
  const emptyHolds = conditionHolds(criterion, emptyValue);
  let previousT: number | undefined;
  for (const second of source.seconds) {
    const gap = previousT === undefined ? 0 : second.t - previousT - 1;
    if (gap > 0) tracker.add(second.t - 1, gap, emptyValue, emptyHolds);
    previousT = second.t;
    const window =
      criterion.label === undefined ? second.total : (second.labels[criterion.label] ?? EMPTY_WINDOW);
    const value = measure(criterion, window);
    tracker.add(second.t, 1, value, conditionHolds(criterion, value));
  }

  const { longest: streak, closest } = tracker;
  if (!streak) {
    const detail = Number.isNaN(closest)
      ? 'no measurable second'
      : `closest ${formatWithUnit(closest, criterion.unit)}`;
    return withStreak(outcome(criterion, true, nullIfNaN(closest), `${required}: never held (${detail})`), 0);
  }
  const held = streak.length >= timeframeSec;
  const span = streak.length === 1 ? `t=${streak.startT}` : `t=${streak.startT}..${streak.endT}`;
  const message =
    `${required}: ${held ? 'held' : 'held at most'} ${streak.length} s ` +
    `(${span}, worst ${formatWithUnit(streak.worst, criterion.unit)})`;
  return withStreak(outcome(criterion, !held, streak.worst, message), streak.length);
}

/** Follows runs of consecutive violating seconds, remembering the longest and the worst value in it. */
class StreakTracker {
  longest: Streak | undefined;
  /** Worst measurable value overall, reported when the condition never held. */
  closest = Number.NaN;
  private current: Streak | undefined;

  constructor(private readonly severity: (value: number) => number) {}

  add(t: number, length: number, value: number, holds: boolean): void {
    if (!Number.isNaN(value))
      this.closest = Number.isNaN(this.closest) ? value : this.worse(this.closest, value);
    if (!holds) {
      this.current = undefined;
      return;
    }
    const current = this.current;
    this.current = current
      ? { ...current, length: current.length + length, endT: t, worst: this.worse(current.worst, value) }
      : { length, startT: t - length + 1, endT: t, worst: value };
    if (!this.longest || this.current.length > this.longest.length) this.longest = this.current;
  }

  private worse(a: number, b: number): number {
    return this.severity(b) > this.severity(a) ? b : a;
  }
}

/** Higher is worse: how far a value sits in the direction that the criterion calls a failure. */
function severityOf(criterion: Criterion): (value: number) => number {
  const { threshold } = criterion;
  switch (criterion.comparator) {
    case '>':
    case '>=':
      return (value) => value;
    case '<':
    case '<=':
      return (value) => -value;
    case '=':
      return (value) => -Math.abs(value - threshold);
  }
}

function outcome(
  criterion: Criterion,
  passed: boolean,
  actual: number | null,
  detail: string,
): CriterionOutcome {
  const failsRun = !passed && criterion.status === 'failed';
  const suffix = passed
    ? 'passed'
    : failsRun
      ? 'FAILED'
      : `FAILED (reported only: ${criterion.action} as non-failed)`;
  return {
    criterion: criterion.source,
    passed,
    actual,
    threshold: criterion.threshold,
    unit: criterion.unit,
    message: `${detail}: ${suffix}`,
    failsRun,
  };
}

function withStreak(result: CriterionOutcome, longestStreakSec: number): CriterionOutcome {
  return { ...result, longestStreakSec };
}

function condition(criterion: Criterion): string {
  return `${criterion.comparator} ${formatWithUnit(criterion.threshold, criterion.unit)}`;
}

function noRequests(label: string | undefined, source: CriteriaSource): string {
  if (label === undefined) return 'no requests recorded';
  const lower = label.toLowerCase();
  const similar = Object.keys(source.labels).find((key) => key !== label && key.toLowerCase() === lower);
  return `no requests labelled "${label}"${similar === undefined ? '' : ` (did you mean "${similar}"?)`}`;
}

function countOrPercent(count: number, window: WindowStats, unit: string): number {
  if (unit !== '%') return count;
  return window.requests > 0 ? tidy((count / window.requests) * 100) : Number.NaN;
}

const patternCache = new Map<string, RegExp>();

function countStatusCodes(subject: Extract<Subject, { kind: 'rc' }>, window: WindowStats): number {
  let regex = patternCache.get(subject.pattern);
  if (!regex) {
    const body = subject.pattern
      .split('')
      .map((char) => (char === '?' ? '.' : char === '*' ? '.*' : char.replace(/[.+^${}()|[\]\\-]/g, '\\$&')))
      .join('');
    regex = new RegExp(`^${body}$`, 'i');
    patternCache.set(subject.pattern, regex);
  }
  let count = 0;
  for (const [code, n] of Object.entries(window.statusCodes)) if (regex.test(code)) count += n;
  return count;
}

// Rates are ratios of integers; rounding away float noise keeps `fail>6%` from tripping on 6.000000000000001.
function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

function nullIfNaN(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
