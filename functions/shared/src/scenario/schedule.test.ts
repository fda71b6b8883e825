import { describe, expect, it } from 'vitest';
import { ScenarioValidationError } from './errors.js';
import {
  CRON_EXPIRY_REACHED,
  checkRunInterval,
  cronExpiryEnd,
  cronRunState,
  EXPIRY_BEFORE_NEXT_RUN_MESSAGE,
  INTERVAL_TOO_SHORT_MESSAGE,
  linuxCronToAwsCron,
  minimumRunGapSeconds,
  nextRunInstant,
  planCronSchedule,
  planOnceSchedule,
  wallClockToInstant,
} from './schedule.js';

const now = new Date('2030-05-01T10:00:00Z');

function thrown(fn: () => unknown): ScenarioValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScenarioValidationError) return error;
    throw error;
  }
  throw new Error('expected a ScenarioValidationError');
}

describe('linuxCronToAwsCron (year field)', () => {
  it('uses the current year without an expiry or with one in the same year', () => {
    expect(linuxCronToAwsCron('0 9 * * *', { now, timeZone: 'UTC' })).toBe('0 9 * * ? 2030');
    expect(linuxCronToAwsCron('0 9 * * 1-5', { now, timeZone: 'UTC', cronExpiryDate: '2030-12-31' })).toBe(
      '0 9 ? * 2-6 2030',
    );
  });

  it('spans to the expiry year', () => {
    expect(linuxCronToAwsCron('0 17 * * 0', { now, timeZone: 'UTC', cronExpiryDate: '2032-01-15' })).toBe(
      '0 17 ? * 1 2030-2032',
    );
  });

  it("takes the current year on the zone's calendar", () => {
    const newYearsEve = new Date('2030-12-31T20:00:00Z');
    expect(linuxCronToAwsCron('0 9 * * *', { now: newYearsEve, timeZone: 'Asia/Tokyo' })).toBe(
      '0 9 * * ? 2031',
    );
    expect(linuxCronToAwsCron('0 9 * * *', { now: newYearsEve, timeZone: 'UTC' })).toBe('0 9 * * ? 2030');
  });
});

describe('run interval check', () => {
  it('follows DLT: 2·⌊⌈tasks/10⌉·1.5 + 600⌋ plus ramp-up and hold-for', () => {
    expect(minimumRunGapSeconds(2, 150)).toBe(2 * 601 + 150);
    expect(minimumRunGapSeconds(25, 0)).toBe(2 * 604);
    expect(minimumRunGapSeconds(1000, 3600)).toBe(2 * 750 + 3600);
  });

  it('refuses runs closer than the minimum with DLT text', () => {
    const runs = [new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T01:00:00Z')];
    expect(() => checkRunInterval(runs, 3600)).not.toThrow();
    const error = thrown(() => checkRunInterval(runs, 3601));
    expect(error.toString()).toBe(`InvalidParameter: ${INTERVAL_TOO_SHORT_MESSAGE}`);
    expect(error.message).toBe(
      'The interval between scheduled tests is too short. Please ensure there is enough time between test runs to accommodate the duration of each test.',
    );
  });

  it('rejects an hourly cron for a test that cannot finish within the hour', () => {
    const base = { cronValue: '0 * * * *', timeZone: 'UTC', now, totalTaskCount: 2 };
    expect(() => planCronSchedule({ ...base, testDurationSec: 3600 - 1202 })).not.toThrow();
    expect(() => planCronSchedule({ ...base, testDurationSec: 3600 - 1201 })).toThrow(
      INTERVAL_TOO_SHORT_MESSAGE,
    );
  });

  // 01:30 and 03:30 in Berlin are two hours apart, except on 31 March 2030 when 02:00 does not exist.
  const dstPair = {
    cronValue: '30 1,3 * * *',
    timeZone: 'Europe/Berlin',
    totalTaskCount: 1,
    testDurationSec: 5400, // minimum gap 6602 s: more than the DST day's hour, less than two hours
  };

  it('checks the next ten runs only', () => {
    // Runs 1–10 are 26–30 March; the short gap on 31 March is runs 11–12.
    expect(() => planCronSchedule({ ...dstPair, now: new Date('2030-03-25T12:00:00Z') })).not.toThrow();
  });

  it('sees a gap the daylight-saving change shortens', () => {
    // Now 31 March's pair is runs 9–10.
    expect(() => planCronSchedule({ ...dstPair, now: new Date('2030-03-26T12:00:00Z') })).toThrow(
      INTERVAL_TOO_SHORT_MESSAGE,
    );
  });
});

describe('planCronSchedule', () => {
  const base = { cronValue: '0 9 * * *', totalTaskCount: 2, testDurationSec: 150, now };

  it('plans the first run, the Create time a minute earlier, the AWS expression and the EndDate', () => {
    expect(planCronSchedule({ ...base, timeZone: 'Europe/Berlin', cronExpiryDate: '2031-07-01' })).toEqual({
      firstRun: new Date('2030-05-02T07:00:00Z'),
      nextRun: '2030-05-02 09:00:00',
      createAt: '2030-05-02T08:59:00',
      expression: 'cron(0 9 * * ? 2030-2031)',
      endDate: '2031-07-01T23:59:59.999+02:00',
    });
  });

  it('has no EndDate without an expiry', () => {
    const plan = planCronSchedule({ ...base, timeZone: 'UTC' });
    expect(plan.endDate).toBeUndefined();
    expect(plan.nextRun).toBe('2030-05-02 09:00:00');
  });

  it('counts the whole expiry day', () => {
    const plan = planCronSchedule({ ...base, timeZone: 'UTC', cronExpiryDate: '2030-05-02' });
    expect(plan.nextRun).toBe('2030-05-02 09:00:00');
  });

  it('refuses an expiry before the next run', () => {
    const error = thrown(() => planCronSchedule({ ...base, timeZone: 'UTC', cronExpiryDate: '2030-05-01' }));
    expect(error.toString()).toBe(`InvalidParameter: ${EXPIRY_BEFORE_NEXT_RUN_MESSAGE}`);
    expect(error.message).toBe('Expiry must not be before the next run.');
    // 22:00 on 1 May in Auckland: the next 09:00 is on the 2nd, after the expiry day.
    expect(() =>
      planCronSchedule({ ...base, timeZone: 'Pacific/Auckland', cronExpiryDate: '2030-05-01' }),
    ).toThrow(EXPIRY_BEFORE_NEXT_RUN_MESSAGE);
  });

  it('refuses a cron it cannot run, with the cron error code', () => {
    const error = thrown(() => planCronSchedule({ ...base, cronValue: '*/5 * * * *', timeZone: 'UTC' }));
    expect(error.code).toBe('Invalid Linux cron expression');
  });
});

describe('cronRunState', () => {
  const input = { cronValue: '0 9 * * *', timeZone: 'Europe/Berlin', cronExpiryDate: '2030-05-03' };

  it('gives the next run after now', () => {
    const state = cronRunState({ ...input, now: new Date('2030-05-02T07:00:05Z') });
    expect(state).toMatchObject({ expired: false, nextRun: '2030-05-03 09:00:00' });
    expect(state.expression).toBe('cron(0 9 * * ? 2030)');
    expect(state.endDate).toBe('2030-05-03T23:59:59.999+02:00');
  });

  it("has no next run after the expiry day's last run, and is expired after the day", () => {
    expect(cronRunState({ ...input, now: new Date('2030-05-03T07:00:05Z') })).toMatchObject({
      expired: false,
      nextRun: '',
    });
    expect(cronRunState({ ...input, now: new Date('2030-05-03T21:59:59.999Z') }).expired).toBe(false);
    expect(cronRunState({ ...input, now: new Date('2030-05-03T22:00:00Z') })).toMatchObject({
      expired: true,
      nextRun: '',
    });
    expect(CRON_EXPIRY_REACHED).toBe('Cron Expiry Reached');
  });
});

describe('one-time schedules', () => {
  it('keeps hours and minutes, as DLT does', () => {
    expect(planOnceSchedule('2030-01-05', '14:30:45', 'Europe/Berlin')).toEqual({
      instant: new Date('2030-01-05T13:30:00Z'),
      at: '2030-01-05T14:30:00',
      nextRun: '2030-01-05 14:30:00',
    });
    expect(planOnceSchedule('2030-07-05', '14:30', 'Europe/Berlin').instant).toEqual(
      new Date('2030-07-05T12:30:00Z'),
    );
  });

  it('refuses a malformed date or time', () => {
    expect(() => planOnceSchedule('2030-1-5', '14:30', 'UTC')).toThrow('Invalid date format');
    expect(() => planOnceSchedule('2030-01-05', '2pm', 'UTC')).toThrow('Invalid time format');
  });

  it('reads at() wall-clock times and stored nextRun values in their zone', () => {
    expect(wallClockToInstant('2030-10-27T02:30:00', 'Europe/Berlin')).toEqual(
      new Date('2030-10-27T00:30:00Z'),
    );
    expect(wallClockToInstant('2030-01-05T14:30', 'UTC')).toEqual(new Date('2030-01-05T14:30:00Z'));
    expect(() => wallClockToInstant('tomorrow', 'UTC')).toThrow(RangeError);
    expect(nextRunInstant('2030-01-05 14:30:00', 'America/New_York')).toEqual(
      new Date('2030-01-05T19:30:00Z'),
    );
    expect(nextRunInstant('', 'UTC')).toBeUndefined();
  });

  it('ends an expiry day at 23:59:59.999 on the zone clock', () => {
    expect(cronExpiryEnd('2030-07-01', 'Europe/Berlin')).toEqual(new Date('2030-07-01T21:59:59.999Z'));
    expect(cronExpiryEnd('2030-01-01', 'UTC')).toEqual(new Date('2030-01-01T23:59:59.999Z'));
  });
});
