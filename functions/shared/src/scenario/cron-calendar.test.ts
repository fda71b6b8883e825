import { describe, expect, it } from 'vitest';
import {
  formatZonedDateTime,
  formatZonedIso,
  linuxCronToAwsFields,
  nextOccurrence,
  nextOccurrences,
  parseAwsCron,
  parseLinuxCron,
} from './cron-calendar.js';
import { ScenarioValidationError } from './errors.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const after = (text: string) => new Date(text);

describe('linuxCronToAwsFields (DLT day-field rules)', () => {
  it.each([
    ['0 * * * *', '0 * * * ?'],
    ['0 9 * * *', '0 9 * * ?'],
    ['0 8 * * 1-5', '0 8 ? * 2-6'],
    ['0 17 * * 0', '0 17 ? * 1'],
    ['0 11 1 * *', '0 11 1 * ?'],
    ['0 0 1,15 * 1', '0 0 1,15 * ?'],
    ['0 0 * * 0,6', '0 0 ? * 1,7'],
    ['0 0 * * MON-FRI', '0 0 ? * MON-FRI'],
    ['0 0 * * 5#2', '0 0 ? * 6#2'],
    ['0 0 * * FRI#3', '0 0 ? * FRI#3'],
    ['0 0 * * 5L', '0 0 ? * 6L'],
    ['0 0 L * *', '0 0 L * ?'],
    ['0 0 ? * 3', '0 0 ? * 4'],
    ['0 0 15 * ?', '0 0 15 * ?'],
    ['15 */2 1-10/3 JAN-MAR *', '15 */2 1-10/3 JAN-MAR ?'],
  ])('%s → %s', (linux, aws) => {
    expect(linuxCronToAwsFields(linux)).toBe(aws);
  });
});

describe('nextOccurrence across daylight-saving changes', () => {
  // Europe/Berlin 2030: clocks go forward on Sunday 31 March at 02:00, back on Sunday 27 October at 03:00.
  it('skips a wall time that does not exist on the spring-forward day', () => {
    const spec = parseLinuxCron('30 2 * * *');
    expect(iso(nextOccurrences(spec, 'Europe/Berlin', after('2030-03-29T12:00:00Z'), 3))).toEqual([
      '2030-03-30T01:30:00.000Z', // 02:30 CET
      '2030-04-01T00:30:00.000Z', // 02:30 CEST; 31 March has no 02:30
      '2030-04-02T00:30:00.000Z',
    ]);
  });

  it('fires a repeated wall time once on the fall-back day', () => {
    const spec = parseLinuxCron('30 2 * * *');
    expect(iso(nextOccurrences(spec, 'Europe/Berlin', after('2030-10-25T12:00:00Z'), 3))).toEqual([
      '2030-10-26T00:30:00.000Z', // 02:30 CEST
      '2030-10-27T00:30:00.000Z', // the first 02:30 only
      '2030-10-28T01:30:00.000Z', // 02:30 CET
    ]);
  });

  it('keeps the wall-clock hour while the UTC hour moves', () => {
    const spec = parseLinuxCron('0 9 * * *');
    const runs = nextOccurrences(spec, 'Europe/Berlin', after('2030-03-30T12:00:00Z'), 2);
    expect(iso(runs)).toEqual(['2030-03-31T07:00:00.000Z', '2030-04-01T07:00:00.000Z']);
    expect(runs.map((d) => formatZonedDateTime(d, 'Europe/Berlin'))).toEqual([
      '2030-03-31 09:00:00',
      '2030-04-01 09:00:00',
    ]);
    const before = nextOccurrence(spec, 'Europe/Berlin', after('2030-03-29T12:00:00Z'));
    expect(before?.toISOString()).toBe('2030-03-30T08:00:00.000Z');
  });

  it('runs an hourly schedule 23 times on the short day and 25 wall hours once each on the long day', () => {
    const spec = parseLinuxCron('0 * * * *');
    const shortDay = nextOccurrences(spec, 'Europe/Berlin', after('2030-03-30T22:59:00Z'), 30).filter((d) =>
      formatZonedDateTime(d, 'Europe/Berlin').startsWith('2030-03-31'),
    );
    expect(shortDay).toHaveLength(23);
    const longDay = nextOccurrences(spec, 'Europe/Berlin', after('2030-10-26T21:59:00Z'), 30).filter((d) =>
      formatZonedDateTime(d, 'Europe/Berlin').startsWith('2030-10-27'),
    );
    expect(longDay).toHaveLength(24);
    expect(new Set(longDay.map((d) => formatZonedDateTime(d, 'Europe/Berlin'))).size).toBe(24);
  });

  it('works in a southern-hemisphere zone too (America/Santiago goes back in April)', () => {
    const spec = parseLinuxCron('0 12 * * *');
    const runs = nextOccurrences(spec, 'America/Santiago', after('2030-04-05T00:00:00Z'), 3);
    expect(runs.map((d) => formatZonedDateTime(d, 'America/Santiago'))).toEqual([
      '2030-04-05 12:00:00',
      '2030-04-06 12:00:00',
      '2030-04-07 12:00:00',
    ]);
    expect(runs[0]?.getUTCHours()).not.toBe(runs[2]?.getUTCHours());
  });
});

describe('day rules', () => {
  it('runs Monday to Friday only', () => {
    // 2030-01-05 is a Saturday.
    const runs = nextOccurrences(parseLinuxCron('0 8 * * 1-5'), 'UTC', after('2030-01-05T00:00:00Z'), 6);
    expect(runs.map((d) => d.getUTCDay())).toEqual([1, 2, 3, 4, 5, 1]);
  });

  it('reads SUN-SAT names and 0 as Sunday', () => {
    const sunday = nextOccurrence(parseLinuxCron('0 17 * * 0'), 'UTC', after('2030-01-01T00:00:00Z'));
    const named = nextOccurrence(parseLinuxCron('0 17 * * sun'), 'UTC', after('2030-01-01T00:00:00Z'));
    expect(sunday?.toISOString()).toBe('2030-01-06T17:00:00.000Z');
    expect(named?.toISOString()).toBe(sunday?.toISOString());
  });

  it('understands L, nL and n#k', () => {
    const lastDay = nextOccurrences(parseLinuxCron('0 0 L * *'), 'UTC', after('2032-01-15T00:00:00Z'), 2);
    expect(iso(lastDay)).toEqual(['2032-01-31T00:00:00.000Z', '2032-02-29T00:00:00.000Z']);
    const lastFriday = nextOccurrence(parseLinuxCron('0 0 * * 5L'), 'UTC', after('2030-01-01T00:00:00Z'));
    expect(lastFriday?.toISOString()).toBe('2030-01-25T00:00:00.000Z');
    const secondFriday = nextOccurrence(parseLinuxCron('0 0 * * 5#2'), 'UTC', after('2030-01-01T00:00:00Z'));
    expect(secondFriday?.toISOString()).toBe('2030-01-11T00:00:00.000Z');
  });

  it('uses the day of month alone when both day fields are restricted, as the AWS schedule does', () => {
    const runs = nextOccurrences(parseLinuxCron('0 0 1 * 1'), 'UTC', after('2030-01-01T12:00:00Z'), 2);
    expect(iso(runs)).toEqual(['2030-02-01T00:00:00.000Z', '2030-03-01T00:00:00.000Z']);
  });

  it('expands hour steps, ranges and month names', () => {
    const spec = parseLinuxCron('15 9-17/4 * FEB *');
    expect(spec.hours).toEqual([9, 13, 17]);
    expect(spec.minutes).toEqual([15]);
    expect([...spec.months]).toEqual([2]);
  });
});

describe('AWS expressions and limits', () => {
  it('stops at the last year of the year field', () => {
    const spec = parseAwsCron('cron(0 9 * * ? 2030)');
    expect(nextOccurrence(spec, 'UTC', after('2030-12-31T08:00:00Z'))?.toISOString()).toBe(
      '2030-12-31T09:00:00.000Z',
    );
    expect(nextOccurrence(spec, 'UTC', after('2030-12-31T10:00:00Z'))).toBeUndefined();
    const range = parseAwsCron('0 9 * * ? 2030-2031');
    expect(nextOccurrence(range, 'UTC', after('2030-12-31T10:00:00Z'))?.toISOString()).toBe(
      '2031-01-01T09:00:00.000Z',
    );
  });

  it('waits for the first year of the year field', () => {
    const spec = parseAwsCron('0 9 1 1 ? 2032');
    expect(nextOccurrence(spec, 'UTC', after('2030-06-01T00:00:00Z'))?.toISOString()).toBe(
      '2032-01-01T09:00:00.000Z',
    );
  });

  it('reads AWS day-of-week numbering (1 = Sunday)', () => {
    const spec = parseAwsCron('cron(0 8 ? * 2-6 *)');
    const runs = nextOccurrences(spec, 'UTC', after('2030-01-05T00:00:00Z'), 5);
    expect(runs.map((d) => d.getUTCDay())).toEqual([1, 2, 3, 4, 5]);
  });

  it('returns nothing past notAfter, and nothing for a date that never comes', () => {
    const spec = parseLinuxCron('0 9 * * *');
    expect(nextOccurrence(spec, 'UTC', after('2030-01-01T10:00:00Z'), after('2030-01-02T08:59:59Z'))).toBe(
      undefined,
    );
    expect(
      nextOccurrences(spec, 'UTC', after('2030-01-01T00:00:00Z'), 10, after('2030-01-03T23:59:59Z')),
    ).toHaveLength(3);
    expect(
      nextOccurrence(parseLinuxCron('0 0 31 2 *'), 'UTC', after('2030-01-01T00:00:00Z')),
    ).toBeUndefined();
  });

  it('refuses expressions it cannot run, with a validation error', () => {
    expect(() => parseAwsCron('cron(0 9 * * * *)')).toThrow(ScenarioValidationError);
    expect(() => parseAwsCron('cron(0 9 ? * ? *)')).toThrow(/Exactly one of day-of-month and day-of-week/);
    expect(() => parseAwsCron('0 9 15W * ? *')).toThrow(/not supported/);
    expect(() => parseLinuxCron('0 0 ? * mon-friL')).toThrow(ScenarioValidationError);
    expect(() => parseLinuxCron('0 0 * *')).toThrow('Expected format: 0 * * * *');
  });
});

describe('formatting', () => {
  it('formats ISO 8601 with the zone offset and milliseconds', () => {
    expect(formatZonedIso(new Date('2030-07-01T21:59:59.999Z'), 'Europe/Berlin')).toBe(
      '2030-07-01T23:59:59.999+02:00',
    );
    expect(formatZonedIso(new Date('2030-01-01T04:59:59.999Z'), 'America/New_York')).toBe(
      '2029-12-31T23:59:59.999-05:00',
    );
    expect(formatZonedIso(new Date('2030-01-01T00:00:00.000Z'), 'UTC')).toBe('2030-01-01T00:00:00.000+00:00');
    expect(formatZonedIso(new Date('2030-01-01T00:00:00.000Z'), 'Asia/Kolkata')).toBe(
      '2030-01-01T05:30:00.000+05:30',
    );
  });
});
