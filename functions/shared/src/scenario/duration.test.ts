import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DURATION_UNITS,
  DurationError,
  durationIssue,
  formatDuration,
  normalizeTimeUnit,
  parseDurationSeconds,
} from './duration.js';

describe('durationIssue (the schema rule)', () => {
  it.each<string | number>(['30s', '0s', '3600s', '1440m', '168h', '30d', 0, 90])(
    'accepts %j for ramp-up',
    (value) => {
      expect(durationIssue(value, 'ramp-up', true)).toBeUndefined();
    },
  );

  it.each([
    ['3601s', 'ramp-up: value 3601 exceeds maximum of 3600 seconds'],
    ['1441m', 'ramp-up: value 1441 exceeds maximum of 1440 minutes'],
    ['169h', 'ramp-up: value 169 exceeds maximum of 168 hours'],
    ['31d', 'ramp-up: value 31 exceeds maximum of 30 days'],
    ['1m30s', 'ramp-up must be in format: number followed by s, m, h, or d'],
    ['30', 'ramp-up must be in format: number followed by s, m, h, or d'],
    [' 30s', 'ramp-up must be in format: number followed by s, m, h, or d'],
    ['30S', 'ramp-up must be in format: number followed by s, m, h, or d'],
    [-1, 'ramp-up must be a non-negative number'],
    [1.5, 'Invalid input'],
    [true, 'Invalid input'],
  ])('ramp-up %j → %s', (value, message) => {
    expect(durationIssue(value, 'ramp-up', true)).toBe(message);
  });

  it('requires hold-for to be greater than zero', () => {
    expect(durationIssue('0m', 'hold-for', false)).toBe('hold-for must be greater than 0');
    expect(durationIssue(0, 'hold-for', false)).toBe('hold-for must be a positive number');
    expect(durationIssue('1s', 'hold-for', false)).toBeUndefined();
  });
});

describe('parseDurationSeconds', () => {
  it('parses the strict grammar and plain integers', () => {
    expect(parseDurationSeconds('30s')).toBe(30);
    expect(parseDurationSeconds('10m')).toBe(600);
    expect(parseDurationSeconds('2h')).toBe(7200);
    expect(parseDurationSeconds('1d')).toBe(86400);
    expect(parseDurationSeconds(45)).toBe(45);
    expect(parseDurationSeconds('45')).toBe(45);
  });

  it('throws a typed error with the field in the message', () => {
    const attempt = () => parseDurationSeconds('2w', { field: 'hold-for' });
    expect(attempt).toThrow(DurationError);
    expect(attempt).toThrow('hold-for must be in format: number followed by s, m, h, or d');
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: 'InvalidParameter', statusCode: 400, field: 'hold-for' });
    }
    expect(() => parseDurationSeconds('0s', { field: 'hold-for', allowZero: false })).toThrow(
      'hold-for must be greater than 0',
    );
    expect(() => parseDurationSeconds(Number.NaN)).toThrow('Invalid duration value.');
  });

  it('parses compound Taurus durations when asked', () => {
    expect(parseDurationSeconds('1m30s', { syntax: 'taurus' })).toBe(90);
    expect(parseDurationSeconds(' 1 h 1 s ', { syntax: 'taurus' })).toBe(3601);
    expect(parseDurationSeconds('1500ms', { syntax: 'taurus' })).toBe(1.5);
    expect(parseDurationSeconds('31d', { syntax: 'taurus' })).toBe(31 * 86400);
    expect(() => parseDurationSeconds('0s', { syntax: 'taurus', allowZero: false })).toThrow(
      'must be greater than 0',
    );
  });
});

describe('normalizeTimeUnit (DLT validateTimeUnit)', () => {
  it('drops whitespace and re-prints numbers', () => {
    expect(normalizeTimeUnit(' 1 m 30 s', 'ramp-up', 0)).toBe('1m30s');
    expect(normalizeTimeUnit('010s', 'hold-for', 1)).toBe('10s');
    expect(normalizeTimeUnit('500ms', 'hold-for', 1)).toBe('500ms');
    expect(normalizeTimeUnit('60', 'hold-for', 1)).toBe(60);
    expect(normalizeTimeUnit(0, 'ramp-up', 0)).toBe(0);
  });

  it('InvalidParameter: Invalid <key> value.', () => {
    expect(() => normalizeTimeUnit('m', 'hold-for', 1)).toThrow('Invalid hold-for value.');
    expect(() => normalizeTimeUnit('', 'hold-for', 1)).toThrow('Invalid hold-for value.');
    expect(() => normalizeTimeUnit('1m3', 'hold-for', 1)).toThrow('Invalid hold-for value.');
  });

  it('InvalidParameter: <key> should be positive number equal to or greater than <min>.', () => {
    expect(() => normalizeTimeUnit(0, 'hold-for', 1)).toThrow(
      'hold-for should be positive number equal to or greater than 1.',
    );
    expect(() => normalizeTimeUnit('0m30s', 'hold-for', 1)).toThrow(
      'hold-for should be positive number equal to or greater than 1.',
    );
    expect(() => normalizeTimeUnit('-5s', 'ramp-up', 0)).toThrow(
      'ramp-up should be positive number equal to or greater than 0.',
    );
  });

  it('InvalidParameter: <key> unit should be one of these: ms, s, m, h, d.', () => {
    expect(() => normalizeTimeUnit('2w', 'ramp-up', 0)).toThrow(
      'ramp-up unit should be one of these: ms, s, m, h, d.',
    );
    expect(() => normalizeTimeUnit('2S', 'ramp-up', 0)).toThrow(
      'ramp-up unit should be one of these: ms, s, m, h, d.',
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [45, '45s'],
    [90, '90s'],
    [120, '2m'],
    [3600, '1h'],
    [3601, '1h1s'],
    [86400, '1d'],
    [31 * 86400, '31d'],
    [1.5, '1s500ms'],
  ])('%d → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('refuses negative or non-finite input', () => {
    expect(() => formatDuration(-1)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('round trips', () => {
  const strictDuration = fc
    .constantFrom(...(Object.keys(DURATION_UNITS) as Array<keyof typeof DURATION_UNITS>))
    .chain((unit) => fc.integer({ min: 0, max: DURATION_UNITS[unit].max }).map((n) => `${n}${unit}`));

  it('any strict duration formats to a strict duration of the same length', () => {
    fc.assert(
      fc.property(strictDuration, (text) => {
        const seconds = parseDurationSeconds(text);
        const formatted = formatDuration(seconds);
        expect(durationIssue(formatted, 'ramp-up', true)).toBeUndefined();
        expect(parseDurationSeconds(formatted)).toBe(seconds);
      }),
    );
  });

  it('any whole number of seconds survives format → Taurus parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86400 }), (seconds) => {
        expect(parseDurationSeconds(formatDuration(seconds), { syntax: 'taurus' })).toBe(seconds);
      }),
    );
  });

  it('millisecond resolution survives format → Taurus parse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (ms) => {
        expect(parseDurationSeconds(formatDuration(ms / 1000), { syntax: 'taurus' })).toBe(ms / 1000);
      }),
    );
  });
});
