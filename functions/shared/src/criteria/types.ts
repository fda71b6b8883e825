/**
 * Read-only view of the requests that fell into one window (the whole run, or one second of it).
 * The results module implements this; criteria only ever read from it.
 */
export interface WindowStats {
  /** All requests in the window, failed ones included. */
  requests: number;
  /** Failed requests. */
  errors: number;
  /** Window length in seconds (> 0). */
  durationSec: number;
  /** NaN when requests == 0. */
  meanMs(): number;
  /** p in [0, 100]; NaN when requests == 0. */
  percentileMs(p: number): number;
  /** '200' -> count; errors without a response use codes such as 'timeout'. */
  statusCodes: Readonly<Record<string, number>>;
}

export interface SecondStats {
  t: number;
  total: WindowStats;
  labels: Readonly<Record<string, WindowStats>>;
}

export interface CriteriaSource {
  total: WindowStats;
  labels: Readonly<Record<string, WindowStats>>;
  /** One entry per second, t ascending. Missing seconds are treated as seconds without requests. */
  seconds: ReadonlyArray<SecondStats>;
}

export type Subject =
  | { kind: 'avg-rt' }
  | { kind: 'percentile'; p: number }
  | { kind: 'fail' }
  | { kind: 'succ' }
  | { kind: 'hits' }
  | { kind: 'rps' }
  /** `pattern` uses `?` for one character and `*` for any run of characters, e.g. '5??'. */
  | { kind: 'rc'; pattern: string };

/** `==` is accepted in the text but normalised to `=`. */
export type Comparator = '>' | '<' | '>=' | '<=' | '=';

/** Unit of both `threshold` and the measured `actual`; time thresholds are always normalised to ms. */
export type ThresholdUnit = 'ms' | '%' | 'count' | 'req/s';

/** Taurus: `stop` ends the test as soon as the criterion triggers, `continue` lets it run to the end. */
export type CriterionAction = 'stop' | 'continue';

/** Taurus: `non-failed` reports the criterion without failing the run. */
export type CriterionStatus = 'failed' | 'non-failed';

/** A parsed failure condition: the run fails when `<subject> <comparator> <threshold>` holds. */
export interface Criterion {
  /** The text as written (trimmed), used to identify the criterion in outcomes. */
  source: string;
  subject: Subject;
  label?: string;
  comparator: Comparator;
  threshold: number;
  unit: ThresholdUnit;
  /** Present for `for <N>s`: the condition must hold in every second of N consecutive seconds. */
  timeframeSec?: number;
  action: CriterionAction;
  status: CriterionStatus;
}

export interface CriterionOutcome {
  criterion: string;
  /** False when the failure condition triggered (or could not be evaluated for lack of data). */
  passed: boolean;
  /** Measured value in `unit`; null when there was nothing to measure. */
  actual: number | null;
  threshold: number;
  unit: string;
  message: string;
  /** True when this outcome makes the run fail, i.e. not passed and status is `failed`. */
  failsRun: boolean;
  /** Timeframe criteria only: length in seconds of the longest run of consecutive violating seconds. */
  longestStreakSec?: number;
}

export interface CriteriaVerdict {
  verdict: 'pass' | 'fail';
  outcomes: CriterionOutcome[];
}
