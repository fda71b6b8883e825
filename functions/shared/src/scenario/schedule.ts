/**
 * DLT's scheduling rules (§7), without AWS: the AWS cron a Linux cron becomes, the run-interval check, the
 * expiry rules, `nextRun` as DLT stores it, and the wall-clock times of one-time (`at()`) schedules.
 * Every function takes the clock as an argument.
 */

import { validateCronExpression } from './cron.js';
import {
  type CronSpec,
  formatZonedDateTime,
  formatZonedIso,
  linuxCronToAwsFields,
  nextOccurrence,
  nextOccurrences,
  parseAwsCron,
  zonedParts,
} from './cron-calendar.js';
import { DATE_PATTERN, TIME_PATTERN, zonedDateTimeToInstant } from './datetime.js';
import { ErrorCodes, invalidParameter, ScenarioValidationError } from './errors.js';

export const INTERVAL_TOO_SHORT_MESSAGE =
  'The interval between scheduled tests is too short. Please ensure there is enough time between test runs to accommodate the duration of each test.';
export const EXPIRY_BEFORE_NEXT_RUN_MESSAGE = 'Expiry must not be before the next run.';
export const NO_RUN_LEFT_MESSAGE =
  'The cron expression has no run left this year. Set a cron expiry date to schedule runs in later years.';
/** What a run fired after the schedule's expiry reports (DLT logs and returns it). */
export const CRON_EXPIRY_REACHED = 'Cron Expiry Reached';

/** How many upcoming runs the interval check looks at (DLT: "so we don't run on forever"). */
export const INTERVAL_CHECK_RUNS = 10;
/** The one-time `{testId}Create` schedule fires this long before the first cron run. */
export const CREATE_LEAD_MS = 60_000;

/** The last instant of the expiry day in the zone: `YYYY-MM-DD` 23:59:59.999. */
export function cronExpiryEnd(cronExpiryDate: string, timeZone: string): Date {
  return new Date(zonedDateTimeToInstant(cronExpiryDate, '23:59:59', timeZone).getTime() + 999);
}

export interface AwsCronOptions {
  now: Date;
  timeZone: string;
  cronExpiryDate?: string;
}

/**
 * DLT's `convertLinuxCronToAwsCron`: the five fields converted (see `linuxCronToAwsFields`) plus a year field,
 * the current year in the zone, or `YYYY-expiryYear` when the expiry is in a later year.
 */
export function linuxCronToAwsCron(linuxCron: string, options: AwsCronOptions): string {
  const year = zonedParts(options.now, options.timeZone).year;
  const expiryYear = options.cronExpiryDate ? Number(options.cronExpiryDate.slice(0, 4)) : year;
  const yearField = expiryYear > year ? `${year}-${expiryYear}` : String(year);
  return `${linuxCronToAwsFields(linuxCron)} ${yearField}`;
}

/** The shortest gap DLT allows between runs: 2·⌊⌈tasks/10⌉·1.5 + 600⌋ s of provisioning plus the test itself. */
export function minimumRunGapSeconds(totalTaskCount: number, testDurationSec: number): number {
  return 2 * Math.floor(Math.ceil(totalTaskCount / 10) * 1.5 + 600) + testDurationSec;
}

/** Throws DLT's interval error when two successive runs are closer than `minimumGapSec`. */
export function checkRunInterval(runs: readonly Date[], minimumGapSec: number): void {
  for (let i = 1; i < runs.length; i++) {
    const gapMs = (runs[i]?.getTime() ?? 0) - (runs[i - 1]?.getTime() ?? 0);
    if (gapMs < minimumGapSec * 1000) throw invalidParameter(INTERVAL_TOO_SHORT_MESSAGE);
  }
}

export interface CronScheduleInput {
  cronValue: string;
  cronExpiryDate?: string;
  timeZone: string;
  now: Date;
}

export interface CronPlanInput extends CronScheduleInput {
  /** Sum of taskCount over the regions. */
  totalTaskCount: number;
  /** ramp-up + hold-for, seconds. */
  testDurationSec: number;
}

/** Everything the `create` step needs for a cron schedule. */
export interface CronPlan {
  firstRun: Date;
  /** DLT's `nextRun`: the first run on the zone's wall clock, `YYYY-MM-DD HH:MM:SS`. */
  nextRun: string;
  /** Wall-clock time of the one-time `{testId}Create` schedule, `YYYY-MM-DDTHH:MM:SS`, a minute early. */
  createAt: string;
  /** `cron(m h dom mon dow year)` for the recurring `{testId}Scheduled`. */
  expression: string;
  /** The schedule's EndDate: the expiry day's last millisecond, ISO 8601 with the zone's offset. */
  endDate?: string;
}

function cronSpec(input: CronScheduleInput): { spec: CronSpec; expression: string; end?: Date } {
  const message = validateCronExpression(input.cronValue);
  if (message) throw new ScenarioValidationError(ErrorCodes.invalidCron, message);
  const fields = linuxCronToAwsCron(input.cronValue, input);
  const spec = parseAwsCron(fields);
  const expression = `cron(${fields})`;
  return input.cronExpiryDate
    ? { spec, expression, end: cronExpiryEnd(input.cronExpiryDate, input.timeZone) }
    : { spec, expression };
}

/**
 * The `create` step of a cron schedule: the next runs (as the AWS expression will fire them, expiry included),
 * DLT's interval check over the next ten, and the expiry check.
 */
export function planCronSchedule(input: CronPlanInput): CronPlan {
  const { spec, expression, end } = cronSpec(input);
  const runs = nextOccurrences(spec, input.timeZone, input.now, INTERVAL_CHECK_RUNS, end);
  const firstRun = runs[0];
  if (!firstRun) throw invalidParameter(end ? EXPIRY_BEFORE_NEXT_RUN_MESSAGE : NO_RUN_LEFT_MESSAGE);
  checkRunInterval(runs, minimumRunGapSeconds(input.totalTaskCount, input.testDurationSec));
  const plan: CronPlan = {
    firstRun,
    nextRun: formatZonedDateTime(firstRun, input.timeZone),
    createAt: formatZonedDateTime(new Date(firstRun.getTime() - CREATE_LEAD_MS), input.timeZone, 'T'),
    expression,
  };
  if (end) plan.endDate = formatZonedIso(end, input.timeZone);
  return plan;
}

/** Where a cron schedule stands at `now`: past its expiry or not, and the next run (`''` when none is left). */
export interface CronRunState {
  expired: boolean;
  nextRun: string;
  /** The recurring schedule's expression and EndDate as they would be created now. */
  expression: string;
  endDate?: string;
}

export function cronRunState(input: CronScheduleInput): CronRunState {
  const { spec, expression, end } = cronSpec(input);
  const expired = end !== undefined && input.now.getTime() > end.getTime();
  const next = expired ? undefined : nextOccurrence(spec, input.timeZone, input.now, end);
  const state: CronRunState = {
    expired,
    nextRun: next ? formatZonedDateTime(next, input.timeZone) : '',
    expression,
  };
  if (end) state.endDate = formatZonedIso(end, input.timeZone);
  return state;
}

/** A one-time schedule: DLT keeps hours and minutes only (`HH:MM:00`). */
export interface OncePlan {
  instant: Date;
  /** `at()` wall-clock time, `YYYY-MM-DDTHH:MM:00`. */
  at: string;
  /** DLT's `nextRun`, `YYYY-MM-DD HH:MM:00`. */
  nextRun: string;
}

export function planOnceSchedule(date: string, time: string, timeZone: string): OncePlan {
  const match = TIME_PATTERN.exec(time);
  if (!DATE_PATTERN.test(date)) throw invalidParameter('Invalid date format. Expected format: YYYY-MM-DD');
  if (!match) throw invalidParameter('Invalid time format. Expected format: HH:MM');
  const hhmm = `${match[1]}:${match[2]}`;
  return {
    instant: zonedDateTimeToInstant(date, hhmm, timeZone),
    at: `${date}T${hhmm}:00`,
    nextRun: `${date} ${hhmm}:00`,
  };
}

/** `YYYY-MM-DDTHH:MM[:SS]` on the wall clock of `timeZone` → the instant (an `at()` schedule's firing time). */
export function wallClockToInstant(wallClock: string, timeZone: string): Date {
  const [date = '', time = '', extra] = wallClock.split(/[T ]/);
  if (extra !== undefined || !DATE_PATTERN.test(date) || !TIME_PATTERN.test(time)) {
    throw new RangeError(`'${wallClock}' is not a wall-clock time (YYYY-MM-DDTHH:MM:SS)`);
  }
  return zonedDateTimeToInstant(date, time, timeZone);
}

/** A stored `nextRun` (`YYYY-MM-DD HH:MM:SS` in the schedule's zone) as an instant; undefined if unreadable. */
export function nextRunInstant(nextRun: string, timeZone: string): Date | undefined {
  try {
    return wallClockToInstant(nextRun, timeZone);
  } catch {
    return undefined;
  }
}
