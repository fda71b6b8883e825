/**
 * Durations for `ramp-up` / `hold-for`.
 *
 * DLT has two grammars and we keep both, each where DLT applies it:
 *  - strict (the request schema): a string `^\d+[smhd]$` under a per-unit ceiling (s≤3600, m≤1440, h≤168,
 *    d≤30), or an integer number of seconds. This is the gate every body passes, so it decides acceptance.
 *    `durationIssue` gives the schema its DLT message; `parseDurationSeconds` (default syntax) parses it and
 *    also takes a digit-only string as seconds, as DLT's later steps do.
 *  - Taurus-like (`validateTimeUnit`): whitespace removed, then number+unit pairs (`1m30s`) with units
 *    ms/s/m/h/d, or a bare number. In DLT it runs after the schema, so for API bodies it only normalises
 *    (`010s` → `10s`); `normalizeTimeUnit` reproduces it. `parseDurationSeconds(v, { syntax: 'taurus' })`
 *    builds on it for inputs that never meet the schema (CLI flags, stored Taurus files).
 * DLT's run-start quirk (only `s`/`m` understood when computing the test duration) is not reproduced: h and d
 * durations that pass validation are honoured.
 */
import { ErrorCodes, ScenarioValidationError } from './errors.js';

export type DurationUnit = 's' | 'm' | 'h' | 'd';
export type DurationSyntax = 'strict' | 'taurus';

export const DURATION_UNITS: Readonly<Record<DurationUnit, { seconds: number; max: number; name: string }>> =
  {
    s: { seconds: 1, max: 3600, name: 'seconds' },
    m: { seconds: 60, max: 1440, name: 'minutes' },
    h: { seconds: 3600, max: 168, name: 'hours' },
    d: { seconds: 86400, max: 30, name: 'days' },
  };

const STRICT_PATTERN = /^(\d+)([smhd])$/;
const DIGITS = /^\d+$/;
const TAURUS_UNIT_MS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** Thrown by the parsers; `code` is DLT's `InvalidParameter` so it can be surfaced unchanged. */
export class DurationError extends ScenarioValidationError {
  readonly field: string;

  constructor(field: string, message: string) {
    super(ErrorCodes.invalidParameter, message);
    this.field = field;
  }
}

/**
 * The strict rule with DLT's wording, or undefined when `value` is acceptable. `allowZero` is true for
 * ramp-up (≥0) and false for hold-for (>0).
 */
export function durationIssue(value: unknown, field: string, allowZero: boolean): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'Invalid input';
    if (allowZero && value < 0) return `${field} must be a non-negative number`;
    if (!allowZero && value <= 0) return `${field} must be a positive number`;
    return undefined;
  }
  if (typeof value !== 'string') return 'Invalid input';
  const match = STRICT_PATTERN.exec(value);
  if (!match) return `${field} must be in format: number followed by s, m, h, or d`;
  const amount = Number.parseInt(match[1] ?? '', 10);
  const unit = DURATION_UNITS[match[2] as DurationUnit];
  if (!allowZero && amount === 0) return `${field} must be greater than 0`;
  if (amount > unit.max) return `${field}: value ${amount} exceeds maximum of ${unit.max} ${unit.name}`;
  return undefined;
}

export interface ParseDurationOptions {
  /** Name used in error messages; defaults to `duration`. */
  field?: string;
  /** false for hold-for-like fields that must be > 0. Defaults to true. */
  allowZero?: boolean;
  syntax?: DurationSyntax;
}

/** Seconds in a duration. Strict syntax by default; see the module comment for `taurus`. */
export function parseDurationSeconds(value: string | number, options: ParseDurationOptions = {}): number {
  const field = options.field ?? 'duration';
  const allowZero = options.allowZero ?? true;
  if (options.syntax === 'taurus') {
    const seconds = timeUnitSeconds(normalizeTimeUnit(value, field, 0));
    if (!allowZero && seconds <= 0) throw new DurationError(field, `${field} must be greater than 0`);
    return seconds;
  }
  const candidate = typeof value === 'string' && DIGITS.test(value) ? Number(value) : value;
  const issue = durationIssue(candidate, field, allowZero);
  if (issue !== undefined) {
    throw new DurationError(field, issue === 'Invalid input' ? `Invalid ${field} value.` : issue);
  }
  return strictSeconds(candidate);
}

function strictSeconds(value: string | number): number {
  if (typeof value === 'number') return value;
  const match = STRICT_PATTERN.exec(value);
  if (!match) {
    throw new DurationError('duration', 'duration must be in format: number followed by s, m, h, or d');
  }
  return Number.parseInt(match[1] ?? '', 10) * DURATION_UNITS[match[2] as DurationUnit].seconds;
}

/**
 * DLT's `validateTimeUnit`, message for message: drops whitespace, keeps a bare number as an integer, otherwise
 * rewrites every number+unit pair with the number re-printed by parseInt (`010s` → `10s`, `1.5m` → `1m`) and
 * checks each number against `min` (so for hold-for, `0m30s` is refused like DLT does).
 */
export function normalizeTimeUnit(value: unknown, key: string, min: number): string | number {
  const compact = typeof value === 'string' ? value.replace(/\s/g, '') : value;
  if (typeof compact === 'number' || (typeof compact === 'string' && DIGITS.test(compact))) {
    const seconds = Number(compact);
    if (!Number.isFinite(seconds)) throw new DurationError(key, `Invalid ${key} value.`);
    const whole = Math.trunc(seconds);
    if (whole < min) {
      throw new DurationError(key, `${key} should be positive number equal to or greater than ${min}.`);
    }
    return whole;
  }
  if (typeof compact !== 'string') throw new DurationError(key, `Invalid ${key} value.`);
  const parts = compact.match(/[a-z]+|[^a-z]+/gi) ?? [];
  if (parts.length === 0 || parts.length % 2 !== 0) throw new DurationError(key, `Invalid ${key} value.`);
  let result = '';
  for (let i = 0; i < parts.length; i += 2) {
    const amount = parts[i] ?? '';
    const unit = parts[i + 1] ?? '';
    const whole = Number.parseInt(amount, 10);
    if (Number.isNaN(Number(amount)) || Number.isNaN(whole) || whole < min) {
      throw new DurationError(key, `${key} should be positive number equal to or greater than ${min}.`);
    }
    if (!Object.hasOwn(TAURUS_UNIT_MS, unit)) {
      throw new DurationError(key, `${key} unit should be one of these: ms, s, m, h, d.`);
    }
    result += `${whole}${unit}`;
  }
  return result;
}

/** Seconds in a value `normalizeTimeUnit` returned (a bare number is seconds; `ms` gives fractions). */
export function timeUnitSeconds(normalized: string | number): number {
  if (typeof normalized === 'number') return normalized;
  let totalMs = 0;
  for (const [, amount, unit] of normalized.matchAll(/(\d+)([a-z]+)/g)) {
    totalMs += Number(amount) * (TAURUS_UNIT_MS[unit ?? ''] ?? Number.NaN);
  }
  if (!Number.isFinite(totalMs)) throw new DurationError('duration', 'Invalid duration value.');
  return totalMs / 1000;
}

/**
 * The strict single-unit form when one exists (largest exact unit under its ceiling: 120 → `2m`), otherwise a
 * compound Taurus form (`3601` → `1h1s`, `1.5` → `1s500ms`). Either form parses back to the same seconds with
 * the `taurus` syntax; the first also with the strict one.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`Cannot format duration ${seconds}`);
  const totalMs = Math.round(seconds * 1000);
  if (totalMs === 0) return '0s';
  if (totalMs % 1000 === 0) {
    const whole = totalMs / 1000;
    for (const unit of ['d', 'h', 'm', 's'] as const) {
      const { seconds: size, max } = DURATION_UNITS[unit];
      if (whole % size === 0 && whole / size <= max) return `${whole / size}${unit}`;
    }
  }
  let rest = totalMs;
  let out = '';
  for (const unit of ['d', 'h', 'm', 's', 'ms'] as const) {
    const size = TAURUS_UNIT_MS[unit] ?? 1;
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (amount > 0) out += `${amount}${unit}`;
  }
  return out;
}
