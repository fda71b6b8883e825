import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScheduledRequest } from '@dlt/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalScheduler, MAX_TIMER_MS, type SchedulerClock } from './local-scheduler.js';
import { localSchedulesFile, ScheduleFileError } from './schedule-file.js';

/** Time stands still until the test moves it; timers are recorded, never run on their own. */
class TestClock implements SchedulerClock {
  readonly timers = new Map<number, { callback: () => void; ms: number }>();
  private nextHandle = 1;
  constructor(public current: Date) {}
  now(): Date {
    return this.current;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.timers.set(handle, { callback, ms });
    return handle;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  only(): { callback: () => void; ms: number } {
    expect(this.timers.size).toBe(1);
    const [timer] = this.timers.values();
    if (!timer) throw new Error('no timer');
    return timer;
  }
  /** Goes off like a real timer: once, and no longer pending. */
  goOff(): void {
    const [entry] = this.timers.entries();
    if (!entry) throw new Error('no timer');
    this.timers.delete(entry[0]);
    entry[1].callback();
  }
}

const request = (label: string): ScheduledRequest => ({
  resource: '/scenarios',
  httpMethod: 'POST',
  body: JSON.stringify({ label }),
});
const label = (r: ScheduledRequest) => (JSON.parse(r.body) as { label: string }).label;

let dir: string;
let file: string;
let clock: TestClock;
let fired: string[];
let logged: string[];
const open = () =>
  LocalScheduler.open({
    file,
    clock,
    fire: async (r) => {
      fired.push(label(r));
    },
    log: (m) => logged.push(m),
  });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dlt-scheduler-'));
  file = localSchedulesFile(dir);
  clock = new TestClock(new Date('2030-03-29T12:00:00Z'));
  fired = [];
  logged = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('one-time schedules', () => {
  it('fire exactly once at their wall-clock time, then are gone when asked', async () => {
    const scheduler = await open();
    // 10:00 in Berlin on 30 March 2030 is 09:00 UTC.
    await scheduler.putOnce({
      name: 't1Scheduled',
      at: '2030-03-30T10:00:00',
      timezone: 'Europe/Berlin',
      request: request('once'),
      deleteAfterFiring: true,
    });
    expect(scheduler.nextDue()).toEqual(new Date('2030-03-30T09:00:00Z'));
    expect(await scheduler.runDue(new Date('2030-03-30T08:59:59Z'))).toEqual([]);
    const at = new Date('2030-03-30T09:00:00Z');
    const [first, second] = await Promise.all([scheduler.runDue(at), scheduler.runDue(at)]);
    expect([...(first ?? []), ...(second ?? [])]).toEqual(['t1Scheduled']);
    expect(await scheduler.runDue(new Date('2030-04-30T00:00:00Z'))).toEqual([]);
    expect(fired).toEqual(['once']);
    expect(scheduler.list()).toEqual([]);
    await scheduler.close();
    expect((await open()).list()).toEqual([]);
  });

  it('are kept, spent, when not deleted after firing, and stay spent after a restart', async () => {
    const scheduler = await open();
    await scheduler.putOnce({
      name: 'keep',
      at: '2030-03-30T10:00:00',
      timezone: 'UTC',
      request: request('kept'),
      deleteAfterFiring: false,
    });
    await scheduler.runDue(new Date('2030-03-30T10:00:00Z'));
    await scheduler.close();
    const again = await open();
    expect(again.list()).toEqual([{ name: 'keep', kind: 'once', nextFire: undefined }]);
    expect(await again.runDue(new Date('2031-01-01T00:00:00Z'))).toEqual([]);
    expect(fired).toEqual(['kept']);
  });
});

describe('cron schedules', () => {
  it('fire at successive occurrences, in the zone, across the DST change', async () => {
    const scheduler = await open();
    await scheduler.putCron({
      name: 't2Scheduled',
      expression: 'cron(0 9 * * ? 2030)',
      timezone: 'Europe/Berlin',
      request: request('cron'),
    });
    const times: string[] = [];
    for (let i = 0; i < 3; i++) {
      const due = scheduler.nextDue();
      if (!due) throw new Error('nothing due');
      clock.current = due;
      expect(await scheduler.runDue()).toEqual(['t2Scheduled']);
      times.push(due.toISOString());
    }
    expect(times).toEqual([
      '2030-03-30T08:00:00.000Z', // 09:00 CET
      '2030-03-31T07:00:00.000Z', // 09:00 CEST
      '2030-04-01T07:00:00.000Z',
    ]);
    expect(fired).toEqual(['cron', 'cron', 'cron']);
  });

  it('respect EndDate', async () => {
    const scheduler = await open();
    await scheduler.putCron({
      name: 't3Scheduled',
      expression: 'cron(0 9 * * ? 2030)',
      timezone: 'Europe/Berlin',
      endDate: '2030-03-31T23:59:59.999+02:00',
      request: request('ending'),
    });
    await scheduler.runDue(new Date('2030-03-30T08:00:00Z'));
    await scheduler.runDue(new Date('2030-03-31T07:00:00Z'));
    expect(scheduler.nextDue()).toBeUndefined();
    expect(await scheduler.runDue(new Date('2030-06-01T00:00:00Z'))).toEqual([]);
    expect(fired).toEqual(['ending', 'ending']);
  });

  it('fire once for occurrences missed while nothing ran, then carry on', async () => {
    const scheduler = await open();
    await scheduler.putCron({
      name: 'late',
      expression: 'cron(0 * * * ? *)',
      timezone: 'UTC',
      request: request('late'),
    });
    expect(await scheduler.runDue(new Date('2030-03-29T17:30:00Z'))).toEqual(['late']);
    expect(scheduler.nextDue()).toEqual(new Date('2030-03-29T18:00:00Z'));
    expect(fired).toEqual(['late']);
  });
});

describe('persistence', () => {
  it('a new instance on the same file has the same schedules and fires them', async () => {
    const first = await open();
    await first.putOnce({
      name: 'a',
      at: '2030-04-01T12:00:00',
      timezone: 'UTC',
      request: request('a'),
      deleteAfterFiring: true,
    });
    await first.putCron({
      name: 'b',
      expression: 'cron(30 6 ? * 2-6 2030)',
      timezone: 'America/New_York',
      endDate: '2030-12-31T23:59:59.999-05:00',
      request: request('b'),
    });
    await first.delete('missing');
    const before = first.list();
    await first.close();

    const second = await open();
    expect(second.list()).toEqual(before);
    expect(before.map((s) => s.nextFire?.toISOString())).toEqual([
      '2030-04-01T12:00:00.000Z',
      '2030-04-01T10:30:00.000Z', // Monday 1 April, 06:30 EDT
    ]);
    expect(await second.runDue(new Date('2030-04-01T12:00:00Z'))).toEqual(['b', 'a']);
    expect(fired).toEqual(['b', 'a']);
    await second.delete('b');
    expect((await open()).list()).toEqual([]);
  });

  it('leaves only the file behind (the temp file is renamed over it)', async () => {
    const scheduler = await open();
    for (let i = 0; i < 5; i++) {
      await scheduler.putCron({
        name: `s${i}`,
        expression: 'cron(0 9 * * ? *)',
        timezone: 'UTC',
        request: request('x'),
      });
    }
    expect(await readdir(dir)).toEqual(['schedules.json']);
    const content = JSON.parse(await readFile(file, 'utf8')) as { version: number; schedules: unknown[] };
    expect(content.version).toBe(1);
    expect(content.schedules).toHaveLength(5);
  });

  it('refuses a damaged file instead of dropping its schedules', async () => {
    await writeFile(file, '{"version":1,"schedules":[');
    await expect(open()).rejects.toThrow(ScheduleFileError);
    await writeFile(
      file,
      JSON.stringify({
        version: 1,
        schedules: [
          {
            kind: 'cron',
            name: 'bad',
            expression: 'cron(nope)',
            timezone: 'UTC',
            request: request('x'),
            after: '2030-01-01T00:00:00Z',
          },
        ],
      }),
    );
    await expect(open()).rejects.toThrow(/schedule bad cannot run/);
  });

  it('refuses schedules that could never fire', async () => {
    const scheduler = await open();
    await expect(
      scheduler.putCron({
        name: 'bad',
        expression: 'cron(0 9 ? * ? *)',
        timezone: 'UTC',
        request: request('x'),
      }),
    ).rejects.toThrow(/Exactly one/);
    await expect(
      scheduler.putOnce({
        name: 'bad',
        at: 'soon',
        timezone: 'UTC',
        request: request('x'),
        deleteAfterFiring: true,
      }),
    ).rejects.toThrow(RangeError);
    expect(scheduler.list()).toEqual([]);
  });
});

describe('the timer', () => {
  it('is armed for the earliest schedule, bounded to 24 h, and fires what is due when it goes off', async () => {
    const scheduler = await open();
    scheduler.start();
    expect(clock.timers.size).toBe(0);
    await scheduler.putOnce({
      name: 'far',
      at: '2031-03-29T12:00:00',
      timezone: 'UTC',
      request: request('far'),
      deleteAfterFiring: true,
    });
    expect(clock.only().ms).toBe(MAX_TIMER_MS);
    await scheduler.putOnce({
      name: 'soon',
      at: '2030-03-29T12:05:00',
      timezone: 'UTC',
      request: request('soon'),
      deleteAfterFiring: true,
    });
    expect(clock.only().ms).toBe(5 * 60_000);

    clock.current = new Date('2030-03-29T12:05:00Z');
    clock.goOff();
    await expect.poll(() => fired).toEqual(['soon']);
    await expect.poll(() => clock.timers.size).toBe(1);
    expect(clock.only().ms).toBe(MAX_TIMER_MS);

    await scheduler.close();
    expect(clock.timers.size).toBe(0);
  });

  it('reports a firing that fails and keeps going', async () => {
    const scheduler = await LocalScheduler.open({
      file,
      clock,
      fire: async (r) => {
        if (label(r) === 'broken') throw new Error('API unavailable');
        fired.push(label(r));
      },
      log: (m) => logged.push(m),
    });
    const at = '2030-03-29T12:00:00';
    await scheduler.putOnce({
      name: 'x1',
      at,
      timezone: 'UTC',
      request: request('broken'),
      deleteAfterFiring: true,
    });
    await scheduler.putOnce({
      name: 'x2',
      at,
      timezone: 'UTC',
      request: request('fine'),
      deleteAfterFiring: true,
    });
    expect(await scheduler.runDue()).toEqual(['x1', 'x2']);
    expect(fired).toEqual(['fine']);
    expect(logged).toEqual(['schedule x1 failed to fire: API unavailable']);
  });
});
