import { describe, expect, it } from 'vitest';
import { isCalendarDate, isValidTimeZone, zonedDateTimeToInstant } from './datetime.js';

describe('isCalendarDate', () => {
  it('wants an existing YYYY-MM-DD day', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('2025-4-01')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
  });
});

describe('isValidTimeZone', () => {
  it.each(['UTC', 'Europe/Paris', 'America/Argentina/Buenos_Aires', 'America/Port-au-Prince', 'Etc/GMT+5'])(
    'accepts %s',
    (tz) => {
      expect(isValidTimeZone(tz)).toBe(true);
    },
  );

  it.each(['Mars/Olympus', '+05:00', '', 'Europe/Paris '])('refuses %j', (tz) => {
    expect(isValidTimeZone(tz)).toBe(false);
  });
});

describe('zonedDateTimeToInstant', () => {
  it('applies the zone offset, DST included', () => {
    expect(zonedDateTimeToInstant('2025-01-15', '09:00', 'America/New_York').toISOString()).toBe(
      '2025-01-15T14:00:00.000Z',
    );
    expect(zonedDateTimeToInstant('2025-07-15', '09:00:30', 'America/New_York').toISOString()).toBe(
      '2025-07-15T13:00:30.000Z',
    );
    expect(zonedDateTimeToInstant('2025-07-15', '09:00', 'UTC').toISOString()).toBe(
      '2025-07-15T09:00:00.000Z',
    );
    expect(zonedDateTimeToInstant('2025-03-30', '12:00', 'Asia/Kolkata').toISOString()).toBe(
      '2025-03-30T06:30:00.000Z',
    );
  });

  it('lands a time in a spring-forward gap just after it', () => {
    expect(zonedDateTimeToInstant('2025-03-09', '02:30', 'America/New_York').toISOString()).toBe(
      '2025-03-09T07:30:00.000Z',
    );
  });
});

describe('zonedDateTimeToInstant around fall-back', () => {
  it('takes the first of two equal wall times', () => {
    expect(zonedDateTimeToInstant('2025-11-02', '01:30', 'America/New_York').toISOString()).toBe(
      '2025-11-02T05:30:00.000Z',
    );
    expect(zonedDateTimeToInstant('2025-03-09', '03:30', 'America/New_York').toISOString()).toBe(
      '2025-03-09T07:30:00.000Z',
    );
    expect(zonedDateTimeToInstant('2025-03-30', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2025-03-30T01:30:00.000Z',
    );
  });
});

describe('zonedDateTimeToInstant east of Greenwich', () => {
  it('handles both transitions', () => {
    expect(zonedDateTimeToInstant('2025-10-26', '02:30', 'Europe/Berlin').toISOString()).toBe(
      '2025-10-26T00:30:00.000Z',
    );
    expect(zonedDateTimeToInstant('2025-10-26', '03:30', 'Europe/Berlin').toISOString()).toBe(
      '2025-10-26T02:30:00.000Z',
    );
  });
});
