import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidTimestampError } from './errors.js';
import { DLT_TIMESTAMP_PATTERN, fromDltTimestamp, toDltTimestamp } from './timestamps.js';

describe('toDltTimestamp', () => {
  it.each([
    ['2025-01-31T13:45:07Z', '2025-01-31 13:45:07'],
    ['2025-01-31T13:45:07.999Z', '2025-01-31 13:45:07'],
    ['2025-01-31T13:45:07,5Z', '2025-01-31 13:45:07'],
    ['2025-01-31T13:45Z', '2025-01-31 13:45:00'],
    ['2025-01-31', '2025-01-31 00:00:00'],
    ['2025-01-31T13:45:07+02:00', '2025-01-31 11:45:07'],
    ['2025-01-31T01:00:00+0230', '2025-01-30 22:30:00'],
    ['2025-01-31T23:30:00-01', '2025-02-01 00:30:00'],
    ['2024-12-31T23:59:59-05:00', '2025-01-01 04:59:59'],
    ['2025-01-31t13:45:07z', '2025-01-31 13:45:07'],
    ['2024-02-29T12:00:00Z', '2024-02-29 12:00:00'],
    ['  2025-01-31T13:45:07Z ', '2025-01-31 13:45:07'],
  ])('%s → %s', (input, expected) => {
    expect(toDltTimestamp(input)).toBe(expected);
  });

  it('reads a time without a zone as UTC, never as the local zone', () => {
    expect(toDltTimestamp('2025-06-01T10:00:00')).toBe('2025-06-01 10:00:00');
  });

  it('accepts its own output, so converting twice changes nothing', () => {
    expect(toDltTimestamp(toDltTimestamp('2025-06-01T10:00:00.123+01:00'))).toBe('2025-06-01 09:00:00');
  });

  it('takes a Date or epoch milliseconds', () => {
    expect(toDltTimestamp(new Date(Date.UTC(2025, 0, 2, 3, 4, 5, 678)))).toBe('2025-01-02 03:04:05');
    expect(toDltTimestamp(0)).toBe('1970-01-01 00:00:00');
  });

  it.each([
    '',
    'yesterday',
    '2025-02-30T00:00:00Z',
    '2025-13-01',
    '2025-01-01T24:00:00Z',
    '2025-01-01T12:60:00Z',
    '2025-01-01T12:00:60Z',
    '2025-01-01T12:00:00+19:00',
    '20250101T120000Z',
    '2025-1-1',
    '1700000000',
    '2025-01-01T12',
  ])('refuses %j', (input) => {
    expect(() => toDltTimestamp(input)).toThrow(InvalidTimestampError);
  });

  it('refuses an invalid Date', () => {
    expect(() => toDltTimestamp(new Date(Number.NaN))).toThrow(InvalidTimestampError);
  });

  it('matches Date for every instant, and string order is time order (what the GSI relies on)', () => {
    const instant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const sa = toDltTimestamp(new Date(a).toISOString());
        const sb = toDltTimestamp(new Date(b).toISOString());
        expect(sa).toMatch(DLT_TIMESTAMP_PATTERN);
        expect(fromDltTimestamp(sa).getTime()).toBe(Math.floor(a / 1000) * 1000);
        if (Math.floor(a / 1000) < Math.floor(b / 1000)) expect(sa < sb).toBe(true);
      }),
    );
  });

  it('gives the same instant whatever offset the same moment is written in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15),
        (ms, offset) => {
          const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(toDltTimestamp(`${local}${zone}`)).toBe(toDltTimestamp(new Date(ms)));
        },
      ),
    );
  });
});

describe('fromDltTimestamp', () => {
  it('reads the stored form as UTC', () => {
    expect(fromDltTimestamp('2025-01-31 13:45:07').toISOString()).toBe('2025-01-31T13:45:07.000Z');
  });

  it.each(['2025-01-31T13:45:07Z', '2025-01-31 13:45', '2025-02-30 00:00:00'])('refuses %j', (input) => {
    expect(() => fromDltTimestamp(input)).toThrow(InvalidTimestampError);
  });
});
