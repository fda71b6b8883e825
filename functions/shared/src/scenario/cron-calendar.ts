/**
 * Calendar arithmetic for DLT's cron schedules. What actually fires is the AWS 6-field expression EventBridge
 * Scheduler runs (`m h dom mon dow year`), so that is the model: a Linux cron is read through the same
 * day-field rules as its conversion (`linuxCronToAwsFields`). One consequence: when both day-of-month and
 * day-of-week are restricted, Linux cron would run on either, but the AWS schedule (day-of-week `?`) runs on the
 * day of month only, and so do the occurrences here.
 *
 * Occurrences follow EventBridge Scheduler's daylight-saving rules: a wall time skipped when clocks go forward
 * is skipped, a wall time repeated when they go back fires once (its first occurrence).
 */
import { wallClockFormatter, zonedDateTimeToInstant } from './datetime.js';
import { ErrorCodes, ScenarioValidationError } from './errors.js';

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const SATURDAY = 6;
const DAY_MS = 86_400_000;
/** No zone is more than 14 h from UTC: a wall date starting later than this after a limit is past it. */
const MAX_ZONE_OFFSET_MS = 14 * 3_600_000;
/** How far ahead a search looks; Feb 29 comes back within 8 years. */
const SEARCH_DAYS = 366 * 10;

/** Which days a schedule runs on: by day of month, or by day of week (AWS allows one, the other is `?`). */
export type CronDays =
  | { by: 'month-day'; days: ReadonlySet<number>; lastDay: boolean }
  | {
      by: 'week-day';
      /** 0 = Sunday … 6 = Saturday. */
      weekdays: ReadonlySet<number>;
      /** `5L`: the last Friday of the month. */
      lastOf: ReadonlySet<number>;
      /** `5#2`: the second Friday of the month. */
      nth: ReadonlyArray<{ weekday: number; n: number }>;
    };

/** A parsed schedule, in wall-clock terms of whatever zone it is evaluated in. */
export interface CronSpec {
  minutes: readonly number[];
  hours: readonly number[];
  /** 1–12. */
  months: ReadonlySet<number>;
  days: CronDays;
  /** Inclusive; absent means every year. */
  years?: { from: number; to: number };
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function unsupported(message: string): ScenarioValidationError {
  return new ScenarioValidationError(ErrorCodes.invalidCron, message);
}

/**
 * DLT's Linux→AWS rules for the five fields (the year is the caller's): when one of day-of-month/day-of-week is
 * `*` it becomes `?`, otherwise day-of-week becomes `?`; day-of-week numbers shift by one (0/7 → 1) except the
 * `#n` after a day. A field that already is `?` is kept, so `? *` does not turn into AWS's invalid `? ?`.
 */
export function linuxCronToAwsFields(linuxCron: string): string {
  const fields = linuxCron.trim().split(/\s+/);
  if (fields.length !== 5) throw unsupported('Expected format: 0 * * * *');
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields as [string, string, string, string, string];
  let awsDayOfMonth = dayOfMonth;
  let awsDayOfWeek = dayOfWeek;
  if (dayOfMonth === '?' || dayOfWeek === '?') {
    // Already in AWS form.
  } else if (dayOfMonth === '*' && dayOfWeek !== '*') {
    awsDayOfMonth = '?';
  } else {
    awsDayOfWeek = '?';
  }
  awsDayOfWeek = awsDayOfWeek
    .split(',')
    .map((part) => {
      const [days = '', nth] = part.split('#');
      const shifted = days.replace(/\d+/g, (digits) => {
        const value = Number(digits);
        return String(value === 0 || value === 7 ? 1 : value + 1);
      });
      return nth === undefined ? shifted : `${shifted}#${nth}`;
    })
    .join(',');
  return `${minute} ${hour} ${awsDayOfMonth} ${month} ${awsDayOfWeek}`;
}

interface FieldRule {
  name: string;
  min: number;
  max: number;
  /** Names for min, min+1, … (months, weekdays). */
  names?: readonly string[];
}

const MINUTE: FieldRule = { name: 'minute', min: 0, max: 59 };
const HOUR: FieldRule = { name: 'hour', min: 0, max: 23 };
const DAY_OF_MONTH: FieldRule = { name: 'day-of-month', min: 1, max: 31 };
const MONTH: FieldRule = { name: 'month', min: 1, max: 12, names: MONTH_NAMES };
/** AWS numbering: 1 = Sunday … 7 = Saturday. */
const AWS_DAY_OF_WEEK: FieldRule = { name: 'day-of-week', min: 1, max: 7, names: WEEKDAY_NAMES };
const YEAR: FieldRule = { name: 'year', min: 1970, max: 2199 };

function tokenValue(token: string, rule: FieldRule): number {
  const named = rule.names?.indexOf(token.toUpperCase()) ?? -1;
  if (named >= 0) return rule.min + named;
  if (/^\d+$/.test(token)) return Number(token);
  throw unsupported(`'${token}' is not a valid ${rule.name} value.`);
}

/** One comma-separated item: `*`, `v`, `a-b`, each optionally `/step` (`v/step` runs to the field's end). */
function expandItem(item: string, rule: FieldRule, into: Set<number>): void {
  const [range = '', stepText, extra] = item.split('/');
  if (extra !== undefined || (stepText !== undefined && !/^\d+$/.test(stepText))) {
    throw unsupported(`'${item}' is not a valid ${rule.name} item.`);
  }
  const step = stepText === undefined ? 1 : Number(stepText);
  if (step < 1) throw unsupported(`Invalid step '${item}' in ${rule.name}: the step must be at least 1.`);
  let low: number;
  let high: number;
  if (range === '*') {
    low = rule.min;
    high = rule.max;
  } else if (range.includes('-')) {
    const [from = '', to = '', more] = range.split('-');
    if (more !== undefined) throw unsupported(`'${item}' is not a valid ${rule.name} range.`);
    low = from === '*' ? rule.min : tokenValue(from, rule);
    high = to === '*' ? rule.max : tokenValue(to, rule);
  } else {
    low = tokenValue(range, rule);
    high = stepText === undefined ? low : rule.max;
  }
  if (low < rule.min || high > rule.max || low > high) {
    throw unsupported(`'${item}' is out of range for ${rule.name} (${rule.min}-${rule.max}).`);
  }
  for (let value = low; value <= high; value += step) into.add(value);
}

function expandField(field: string, rule: FieldRule): number[] {
  const values = new Set<number>();
  for (const item of field.split(',')) expandItem(item, rule, values);
  return [...values].sort((a, b) => a - b);
}

function parseMonthDays(field: string): CronDays {
  const days = new Set<number>();
  let lastDay = false;
  for (const item of field.split(',')) {
    if (item === 'L') lastDay = true;
    else if (/[LW]/.test(item)) throw unsupported(`Day of month '${item}' is not supported.`);
    else expandItem(item, DAY_OF_MONTH, days);
  }
  return { by: 'month-day', days, lastDay };
}

/** AWS day-of-week items (1 = Sunday); stored 0-based. A lone `L` is the last day of the week, Saturday. */
function parseWeekDays(field: string): CronDays {
  const weekdays = new Set<number>();
  const lastOf = new Set<number>();
  const nth: Array<{ weekday: number; n: number }> = [];
  for (const item of field.split(',')) {
    const nthMatch = /^([^#]+)#([1-5])$/.exec(item);
    if (item === 'L') {
      weekdays.add(SATURDAY);
    } else if (nthMatch) {
      nth.push({ weekday: tokenValue(nthMatch[1] ?? '', AWS_DAY_OF_WEEK) - 1, n: Number(nthMatch[2]) });
    } else if (/^[^-/,]+L$/.test(item)) {
      lastOf.add(tokenValue(item.slice(0, -1), AWS_DAY_OF_WEEK) - 1);
    } else {
      // Anything else with L or # in it (`MON-FRIL`, `*L`) fails here as an unknown value.
      for (const day of expandField(item, AWS_DAY_OF_WEEK)) weekdays.add(day - 1);
    }
  }
  return { by: 'week-day', weekdays, lastOf, nth };
}

/** `cron(m h dom mon dow year)` or the six fields alone, as EventBridge Scheduler reads them. */
export function parseAwsCron(expression: string): CronSpec {
  const inner = /^cron\((.*)\)$/.exec(expression.trim())?.[1] ?? expression;
  const fields = inner.trim().split(/\s+/);
  if (fields.length !== 6) throw unsupported(`'${expression}' is not a 6-field AWS cron expression.`);
  const [minute, hour, dayOfMonth, month, dayOfWeek, year] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    throw unsupported("Exactly one of day-of-month and day-of-week must be '?' in an AWS cron expression.");
  }
  const spec: CronSpec = {
    minutes: expandField(minute, MINUTE),
    hours: expandField(hour, HOUR),
    months: new Set(expandField(month, MONTH)),
    days: dayOfMonth === '?' ? parseWeekDays(dayOfWeek) : parseMonthDays(dayOfMonth),
  };
  if (year !== '*') {
    const years = expandField(year, YEAR);
    spec.years = { from: years[0] ?? YEAR.min, to: years[years.length - 1] ?? YEAR.max };
  }
  return spec;
}

/** DLT's 5-field Linux cron, read through the conversion's day rules, in every year. */
export function parseLinuxCron(linuxCron: string): CronSpec {
  return parseAwsCron(`${linuxCronToAwsFields(linuxCron)} *`);
}

function dayMatches(days: CronDays, year: number, month: number, day: number, weekday: number): boolean {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (days.by === 'month-day') return days.days.has(day) || (days.lastDay && day === lastDay);
  if (days.weekdays.has(weekday)) return true;
  if (days.lastOf.has(weekday) && day + 7 > lastDay) return true;
  return days.nth.some((n) => n.weekday === weekday && Math.ceil(day / 7) === n.n);
}

/** The wall clock of `instant` in `timeZone`. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD HH:MM:SS` (or with `T`) on the wall clock of `timeZone`: DLT's `nextRun`, the `at()` time. */
export function formatZonedDateTime(instant: Date, timeZone: string, separator: ' ' | 'T' = ' '): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}${separator}${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/** ISO 8601 with the zone's offset at that instant and milliseconds, e.g. `2030-03-31T23:59:59.999+02:00`. */
export function formatZonedIso(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const ms = ((instant.getTime() % 1000) + 1000) % 1000;
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms);
  const offsetMinutes = Math.round((wall - instant.getTime()) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${formatZonedDateTime(instant, timeZone, 'T')}.${pad(ms, 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The instant of a wall time, or undefined when the zone skips it (clocks going forward). */
function wallInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): Date | undefined {
  const instant = zonedDateTimeToInstant(
    `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    `${pad(hour)}:${pad(minute)}`,
    timeZone,
  );
  const back = zonedParts(instant, timeZone);
  const same = back.year === year && back.month === month && back.day === day;
  return same && back.hour === hour && back.minute === minute ? instant : undefined;
}

/** The first occurrence strictly after `after` and not after `notAfter`, or undefined when there is none. */
export function nextOccurrence(
  spec: CronSpec,
  timeZone: string,
  after: Date,
  notAfter?: Date,
): Date | undefined {
  const start = zonedParts(after, timeZone);
  const limit = notAfter?.getTime() ?? Number.POSITIVE_INFINITY;
  let dayStart = Date.UTC(start.year, start.month - 1, start.day);
  for (let i = 0; i <= SEARCH_DAYS; i++, dayStart += DAY_MS) {
    if (dayStart - MAX_ZONE_OFFSET_MS > limit) return undefined;
    const date = new Date(dayStart);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    if (spec.years && year > spec.years.to) return undefined;
    if (spec.years && year < spec.years.from) continue;
    if (!spec.months.has(month) || !dayMatches(spec.days, year, month, day, date.getUTCDay())) continue;
    for (const hour of spec.hours) {
      for (const minute of spec.minutes) {
        const instant = wallInstant(year, month, day, hour, minute, timeZone);
        if (!instant || instant.getTime() <= after.getTime()) continue;
        return instant.getTime() > limit ? undefined : instant;
      }
    }
  }
  return undefined;
}

/** Up to `count` successive occurrences after `after`, none later than `notAfter`. */
export function nextOccurrences(
  spec: CronSpec,
  timeZone: string,
  after: Date,
  count: number,
  notAfter?: Date,
): Date[] {
  const found: Date[] = [];
  let cursor = after;
  while (found.length < count) {
    const next = nextOccurrence(spec, timeZone, cursor, notAfter);
    if (!next) break;
    found.push(next);
    cursor = next;
  }
  return found;
}
