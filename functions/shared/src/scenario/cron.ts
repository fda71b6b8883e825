/**
 * The 5-field Linux cron subset DLT schedules accept (§7):
 *  minute        one value 0–59 (so at most one run an hour)
 *  hour          `*`, `*​/N`, a value 0–23, a range, a value or range with `/N`, comma lists of those
 *  day-of-month  `?`, or lists of `*` | `L` | 1–31 | a range, each optionally with `/N`
 *  month         lists of 1–12 (leading 0 allowed) or JAN–DEC, optionally a range, optionally with `/N`
 *  day-of-week   `?`, `L`, `D#1`–`D#5`, or lists of D, `DL`, `D-D` (with optional `L`s) and `L`,
 *                where D is `*`, 0–6 or SUN–SAT (no steps, no 7)
 * Names are case-insensitive; `L` and `?` are not.
 */

const FIELD_NAMES = ['minute', 'hour', 'day-of-month', 'month', 'day-of-week'] as const;
type CronField = (typeof FIELD_NAMES)[number];

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const anyCase = (word: string): string =>
  [...word].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join('');
const oneOf = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`;

const HOUR = oneOf('[01]?\\d', '2[0-3]');
const DAY = oneOf('[1-9]', '[12]\\d', '3[01]');
const MONTH = oneOf('\\*', '0?[1-9]', '1[0-2]', ...MONTHS.map(anyCase));
const WEEKDAY = oneOf('\\*', '[0-6]', ...WEEKDAYS.map(anyCase));
const STEP = '(?:/\\d+)?';

const MINUTE_FIELD = /^[0-5]?\d$/;
const HOUR_ITEM = new RegExp(`^${oneOf('\\*(?:/\\d+)?', `${HOUR}(?:-${HOUR})?${STEP}`)}$`);
const DAY_ITEM = new RegExp(`^${oneOf('\\*', 'L', `${DAY}(?:-${DAY})?`)}${STEP}$`);
const MONTH_ITEM = new RegExp(`^${MONTH}(?:-${MONTH})?${STEP}$`);
const WEEKDAY_NTH = new RegExp(`^${WEEKDAY}#[1-5]$`);
const WEEKDAY_FIRST = new RegExp(`^${WEEKDAY}L?(?:-${WEEKDAY}L?)?$`);
const WEEKDAY_ITEM = new RegExp(`^${oneOf('L', `${WEEKDAY}L?(?:-${WEEKDAY}L?)?`)}$`);

const FIELD_MESSAGES: Readonly<Record<CronField, string>> = {
  minute: 'Minutes must be a single value (0-59). Step values and lists are not supported.',
  hour: 'Hours must be *, a value (0-23), a step value (*/N or h/N), or a comma-separated list.',
  'day-of-month':
    "Day of month must be *, ?, L, a value (1-31), or a range/list (e.g., 1-5, 1,5). Use '/N' to increment by N.",
  month:
    "Month must be *, a value (1-12), name prefix (JAN-DEC), or a range/list (e.g., 1-5, 1,5). Use '/N' to increment by N.",
  'day-of-week':
    'Day of week must be *, ?, L, a value (0-6), name prefix (SUN-SAT), or a range/list (e.g., 1-5, 0,6).',
};

/** The schema-level message (DLT's, for any expression outside the grammar above). */
export const CRON_FORMAT_MESSAGE =
  'Invalid cron expression format. Hours support step values and lists. Day-of-week supports ranges and lists.';

const allItems = (field: string, item: RegExp): boolean => field.split(',').every((part) => item.test(part));

function fieldMatches(name: CronField, field: string): boolean {
  switch (name) {
    case 'minute':
      return MINUTE_FIELD.test(field);
    case 'hour':
      return allItems(field, HOUR_ITEM);
    case 'day-of-month':
      return field === '?' || allItems(field, DAY_ITEM);
    case 'month':
      return allItems(field, MONTH_ITEM);
    case 'day-of-week': {
      if (field === '?' || field === 'L' || WEEKDAY_NTH.test(field)) return true;
      const [first = '', ...rest] = field.split(',');
      return WEEKDAY_FIRST.test(first) && rest.every((part) => WEEKDAY_ITEM.test(part));
    }
  }
}

/** True when `value` is five single-space-separated fields in the grammar (the schema's strict check). */
export function isCronSyntaxValid(value: string): boolean {
  const fields = value.split(' ');
  return (
    fields.length === FIELD_NAMES.length &&
    FIELD_NAMES.every((name, i) => fieldMatches(name, fields[i] ?? ''))
  );
}

const numericValue = (token: string, names: readonly string[]): number | undefined => {
  const named = names.indexOf(token.toUpperCase());
  if (named >= 0) return names === MONTHS ? named + 1 : named;
  return /^\d+$/.test(token) ? Number(token) : undefined;
};

/** Problems the grammar lets through but no scheduler can run: reversed ranges, zero steps, `? ?`. */
function semanticIssue(fields: readonly string[]): string | undefined {
  for (const [index, field] of fields.entries()) {
    const name = FIELD_NAMES[index];
    const names = name === 'month' ? MONTHS : WEEKDAYS;
    for (const part of field.split(',')) {
      const [range = '', step] = part.split('/');
      if (step !== undefined && Number(step) < 1) {
        return `Invalid step '${part}' in ${name}: the step must be at least 1.`;
      }
      // A trailing L on a weekday means "last", not part of the number.
      const bounds = range
        .split('-')
        .map((bound) => (name === 'day-of-week' ? bound.replace(/L$/, '') : bound));
      if (bounds.length !== 2) continue;
      const start = numericValue(bounds[0] ?? '', names);
      const end = numericValue(bounds[1] ?? '', names);
      if (start !== undefined && end !== undefined && start > end) {
        return `Invalid range '${part}' in ${name}: the start must not be after the end.`;
      }
    }
  }
  if (fields[2] === '?' && fields[4] === '?') return "Day of month and day of week cannot both be '?'.";
  return undefined;
}

/**
 * DLT's business-level cron check: '' when the expression is usable, else the message of the first failing
 * field (or of the first semantic problem). Runs of whitespace separate fields here, as in DLT.
 */
export function validateCronExpression(value: string): string {
  const fields = value.trim().split(/\s+/);
  if (fields.length !== FIELD_NAMES.length) return 'Expected format: 0 * * * *';
  for (const [index, name] of FIELD_NAMES.entries()) {
    if (!fieldMatches(name, fields[index] ?? '')) return FIELD_MESSAGES[name];
  }
  return semanticIssue(fields) ?? '';
}
