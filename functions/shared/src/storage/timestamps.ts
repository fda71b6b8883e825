import { InvalidTimestampError } from './errors.js';

/** DLT stores run times as `YYYY-MM-DD HH:MM:SS` in UTC; string order is then time order, which the GSI needs. */
export const DLT_TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

// Date, optionally a time (the stored space separator is accepted too, so converting twice is harmless),
// optional seconds and fraction, optional zone. Only the extended form: the basic form is not used by clients.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/**
 * Parses ISO 8601 strictly. A time without a zone is UTC (DLT's filters are UTC; `Date.parse` would read it
 * as local time), fractions of a second are dropped, and impossible dates such as Feb 30 or 24:00 are refused
 * rather than rolled over.
 */
export function parseIsoTimestamp(value: string): Date {
  const match = ISO_8601.exec(value.trim());
  if (!match) throw new InvalidTimestampError(value);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? '0')) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const zone = match[8];
  const zoneMinutes = offsetMinutes(zone);
  if (hour > 23 || minute > 59 || second > 59 || Math.abs(zoneMinutes) > 18 * 60) {
    throw new InvalidTimestampError(value);
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new InvalidTimestampError(value);
  }
  return new Date(wall - zoneMinutes * 60_000);
}

/** ISO 8601 text, a Date or epoch milliseconds → `YYYY-MM-DD HH:MM:SS` (UTC, seconds truncated). */
export function toDltTimestamp(value: string | Date | number): string {
  const date = typeof value === 'string' ? parseIsoTimestamp(value) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidTimestampError(String(value));
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

/** The stored form back to an instant. */
export function fromDltTimestamp(value: string): Date {
  if (!DLT_TIMESTAMP_PATTERN.test(value)) throw new InvalidTimestampError(value);
  return parseIsoTimestamp(`${value.replace(' ', 'T')}Z`);
}
