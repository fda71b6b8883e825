import type { ScenarioRow } from '@dlt/shared/storage';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fire, firingBody, type ScheduleHarness, startScheduleHarness } from './schedule-test-support.js';
import { call, simpleBody, startHarness } from './test-support.js';

let h: ScheduleHarness;
beforeAll(async () => {
  h = await startScheduleHarness(new Date('2030-03-29T12:00:00Z'));
});
afterAll(async () => h.close());
beforeEach(() => {
  h.clock.now = new Date('2030-03-29T12:00:00Z');
});

async function stored(testId: string): Promise<ScenarioRow> {
  const row = await h.scenarios.get(testId);
  if (!row) throw new Error(`no row ${testId}`);
  return row;
}

/** What the state machine would eventually do: the run ends and the scenario is idle again. */
async function finishRun(testId: string): Promise<void> {
  await h.scenarios.put({ ...(await stored(testId)), status: 'complete' });
}

function cronBody(testId: string, overrides: Record<string, unknown> = {}) {
  return simpleBody({
    testId,
    scheduleStep: 'create',
    cronValue: '0 9 * * *',
    cronExpiryDate: '2030-04-02',
    scheduleTimezone: 'Europe/Berlin',
    recurrence: 'daily',
    ...overrides,
  });
}

describe('run once', () => {
  it('saves the scenario as scheduled and creates {testId}Scheduled, deleted after it fires', async () => {
    const body = simpleBody({
      testId: 'once1',
      scheduleStep: 'start',
      scheduleDate: '2030-04-05',
      scheduleTime: '14:30',
      scheduleTimezone: 'Europe/Berlin',
    });
    const res = await call(h, 'POST', '/scenarios', { body });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ testId: 'once1', status: 'scheduled', nextRun: '2030-04-05 14:30:00' });
    expect(await stored('once1')).toMatchObject({
      status: 'scheduled',
      nextRun: '2030-04-05 14:30:00',
      scheduleTimezone: 'Europe/Berlin',
      cronValue: '',
    });

    const schedule = h.scheduler.once('once1Scheduled');
    expect(schedule).toMatchObject({
      at: '2030-04-05T14:30:00',
      timezone: 'Europe/Berlin',
      deleteAfterFiring: true,
    });
    expect(schedule.request).toMatchObject({ resource: '/scenarios', httpMethod: 'POST' });
    const fired = firingBody(schedule.request);
    expect(fired).toMatchObject({
      testId: 'once1',
      testName: body.testName,
      scheduleTimezone: 'Europe/Berlin',
    });
    expect(fired).not.toHaveProperty('scheduleStep');
    expect(fired).not.toHaveProperty('scheduleDate');
    expect(fired).not.toHaveProperty('scheduleTime');
    expect(h.scheduler.schedules.has('once1Create')).toBe(false);
    expect(h.runs.started.filter((r) => r.testId === 'once1')).toHaveLength(0);
  });

  it('runs the test when the schedule fires, and has no next run afterwards', async () => {
    await call(h, 'POST', '/scenarios', {
      body: simpleBody({
        testId: 'once2',
        scheduleStep: 'start',
        scheduleDate: '2030-04-05',
        scheduleTime: '14:30',
      }),
    });
    h.clock.now = new Date('2030-04-05T14:30:02Z');
    const res = await fire(h, h.scheduler.once('once2Scheduled').request);
    expect(res).toMatchObject({ status: 200, body: { testId: 'once2', status: 'queued' } });
    expect(h.runs.started.filter((r) => r.testId === 'once2')).toHaveLength(1);
    expect(await stored('once2')).toMatchObject({ status: 'queued', nextRun: '' });
  });

  it('refuses to schedule a running test', async () => {
    await call(h, 'POST', '/scenarios', { body: simpleBody({ testId: 'once3' }) });
    const res = await call(h, 'POST', '/scenarios', {
      body: simpleBody({
        testId: 'once3',
        scheduleStep: 'start',
        scheduleDate: '2030-04-05',
        scheduleTime: '14:30',
      }),
    });
    expect(res.status).toBe(409);
    expect(h.scheduler.schedules.has('once3Scheduled')).toBe(false);
  });
});

describe('cron schedule', () => {
  it('create → Create fires → recurring schedule → runs fire and nextRun advances across the DST change', async () => {
    const create = await call(h, 'POST', '/scenarios', { body: cronBody('cron1') });
    expect(create.status).toBe(200);
    expect(await stored('cron1')).toMatchObject({
      status: 'scheduled',
      nextRun: '2030-03-30 09:00:00',
      cronValue: '0 9 * * *',
      cronExpiryDate: '2030-04-02',
      scheduleRecurrence: 'daily',
      scheduleTimezone: 'Europe/Berlin',
    });
    const createSchedule = h.scheduler.once('cron1Create');
    expect(createSchedule).toMatchObject({
      at: '2030-03-30T08:59:00',
      timezone: 'Europe/Berlin',
      deleteAfterFiring: true,
    });
    expect(firingBody(createSchedule.request)).toMatchObject({
      testId: 'cron1',
      scheduleStep: 'start',
      cronValue: '0 9 * * *',
      cronExpiryDate: '2030-04-02',
    });
    expect(h.scheduler.schedules.has('cron1Scheduled')).toBe(false);

    // 08:59 CET: the Create schedule fires (EventBridge then deletes it).
    h.clock.now = new Date('2030-03-30T07:59:00Z');
    h.scheduler.schedules.delete('cron1Create');
    expect((await fire(h, createSchedule.request)).status).toBe(200);
    const recurring = h.scheduler.cron('cron1Scheduled');
    expect(recurring).toMatchObject({
      expression: 'cron(0 9 * * ? 2030)',
      timezone: 'Europe/Berlin',
      endDate: '2030-04-02T23:59:59.999+02:00',
    });
    const runBody = firingBody(recurring.request);
    expect(runBody).toMatchObject({ testId: 'cron1', cronValue: '0 9 * * *' });
    expect(runBody).not.toHaveProperty('scheduleStep');
    expect(await stored('cron1')).toMatchObject({ status: 'scheduled', nextRun: '2030-03-30 09:00:00' });
    expect(h.runs.started.filter((r) => r.testId === 'cron1')).toHaveLength(0);

    // 09:00 CET on 30 March: the first run.
    h.clock.now = new Date('2030-03-30T08:00:03Z');
    expect(await fire(h, recurring.request)).toMatchObject({ status: 200, body: { status: 'queued' } });
    expect(h.runs.started.filter((r) => r.testId === 'cron1')).toHaveLength(1);
    // 31 March is the day clocks go forward: 09:00 CEST is 07:00 UTC.
    expect(await stored('cron1')).toMatchObject({ status: 'queued', nextRun: '2030-03-31 09:00:00' });

    await finishRun('cron1');
    h.clock.now = new Date('2030-03-31T07:00:02Z');
    expect((await fire(h, recurring.request)).status).toBe(200);
    expect(h.runs.started.filter((r) => r.testId === 'cron1')).toHaveLength(2);
    expect(await stored('cron1')).toMatchObject({
      nextRun: '2030-04-01 09:00:00',
      cronValue: '0 9 * * *',
      cronExpiryDate: '2030-04-02',
    });

    // The expiry day's last run has no successor.
    await finishRun('cron1');
    h.clock.now = new Date('2030-04-02T07:00:02Z');
    await fire(h, recurring.request);
    expect(await stored('cron1')).toMatchObject({ status: 'queued', nextRun: '' });
  });

  it('after the expiry a fired run does not start, reports "Cron Expiry Reached" and deletes both schedules', async () => {
    await call(h, 'POST', '/scenarios', { body: cronBody('cron2') });
    h.clock.now = new Date('2030-03-30T07:59:00Z');
    await fire(h, h.scheduler.once('cron2Create').request);
    const recurring = h.scheduler.cron('cron2Scheduled');

    // The day after 2 April in Berlin.
    h.clock.now = new Date('2030-04-02T22:00:00Z');
    const res = await fire(h, recurring.request);
    expect(res).toEqual({ status: 200, body: 'Cron Expiry Reached' });
    expect(h.runs.started.filter((r) => r.testId === 'cron2')).toHaveLength(0);
    expect(h.scheduler.schedules.has('cron2Scheduled')).toBe(false);
    expect(h.scheduler.schedules.has('cron2Create')).toBe(false);
    expect(h.scheduler.calls).toEqual(
      expect.arrayContaining(['delete cron2Create', 'delete cron2Scheduled']),
    );
    expect(await stored('cron2')).toMatchObject({ status: 'scheduled', nextRun: '' });
  });

  it('lets a manual run of a cron scenario through, keeping its schedule', async () => {
    await call(h, 'POST', '/scenarios', { body: cronBody('cron3') });
    h.clock.now = new Date('2030-03-30T12:00:00Z');
    const res = await call(h, 'POST', '/scenarios', { body: simpleBody({ testId: 'cron3' }) });
    expect(res.status).toBe(200);
    expect(await stored('cron3')).toMatchObject({
      status: 'queued',
      cronValue: '0 9 * * *',
      scheduleTimezone: 'Europe/Berlin',
      nextRun: '2030-03-31 09:00:00',
    });
  });

  it('refuses a test too long for the interval, with DLT text, and creates nothing', async () => {
    const body = cronBody('cron4', {
      cronValue: '0 * * * *',
      testScenario: {
        execution: [{ 'hold-for': '50m', scenario: 'Checkout load' }],
        scenarios: { 'Checkout load': { requests: [{ url: 'https://shop.example.com/', method: 'GET' }] } },
      },
    });
    const res = await call(h, 'POST', '/scenarios', { body });
    expect(res).toEqual({
      status: 400,
      headers: expect.anything(),
      body:
        'InvalidParameter: The interval between scheduled tests is too short. Please ensure there is enough time ' +
        'between test runs to accommodate the duration of each test.',
    });
    expect(await h.scenarios.get('cron4')).toBeUndefined();
    expect(h.scheduler.schedules.has('cron4Create')).toBe(false);
  });

  it('refuses an expiry before the next run', async () => {
    const res = await call(h, 'POST', '/scenarios', {
      body: cronBody('cron5', { cronExpiryDate: '2030-03-29' }),
    });
    expect(res).toMatchObject({
      status: 400,
      body: 'InvalidParameter: Expiry must not be before the next run.',
    });
    expect(await h.scenarios.get('cron5')).toBeUndefined();
  });

  it('refuses a legacy recurrence without cron', async () => {
    const res = await call(h, 'POST', '/scenarios', {
      body: simpleBody({
        scheduleStep: 'start',
        scheduleDate: '2030-04-05',
        scheduleTime: '10:00',
        recurrence: 'weekly',
      }),
    });
    expect(res.status).toBe(501);
  });
});

describe('DELETE /scenarios/{testId}', () => {
  it('deletes both schedules with the scenario', async () => {
    await call(h, 'POST', '/scenarios', { body: cronBody('gone1') });
    expect(h.scheduler.schedules.has('gone1Create')).toBe(true);
    expect(await call(h, 'DELETE', '/scenarios/gone1')).toMatchObject({ status: 200, body: 'success' });
    expect(h.scheduler.schedules.has('gone1Create')).toBe(false);
    expect(h.scheduler.calls).toEqual(
      expect.arrayContaining(['delete gone1Create', 'delete gone1Scheduled']),
    );
  });

  it('keeps the schedules of a running test it refuses to delete', async () => {
    await call(h, 'POST', '/scenarios', { body: cronBody('busy1') });
    await h.scenarios.put({ ...(await stored('busy1')), status: 'running' });
    expect((await call(h, 'DELETE', '/scenarios/busy1')).status).toBe(409);
    expect(h.scheduler.schedules.has('busy1Create')).toBe(true);
  });
});

describe("EventBridge Scheduler's direct invocation", () => {
  it('reads {resource, httpMethod, body} as POST /scenarios', async () => {
    const res = await fire(h, {
      resource: '/scenarios',
      httpMethod: 'POST',
      body: JSON.stringify(simpleBody({ testId: 'direct1' })),
    });
    expect(res).toMatchObject({ status: 200, body: { testId: 'direct1', status: 'queued' } });
    expect(h.runs.started.filter((r) => r.testId === 'direct1')).toHaveLength(1);
  });

  it('answers 405 for a resource it does not serve, naming it', async () => {
    const res = await h.api({ resource: '/nowhere', httpMethod: 'POST', body: '{}' } as never);
    expect(res.statusCode).toBe(405);
    expect(JSON.parse(res.body)).toBe(
      'METHOD_NOT_ALLOWED: Method: POST not supported for this resource: /nowhere',
    );
  });
});

describe('without a scheduler', () => {
  it('answers 501 and stores nothing', async () => {
    const plain = await startHarness();
    try {
      const res = await call(plain, 'POST', '/scenarios', { body: cronBody('nosched1') });
      expect(res).toMatchObject({
        status: 501,
        body: 'NOT_IMPLEMENTED: scheduling arrives with orchestration',
      });
      expect(await plain.scenarios.get('nosched1')).toBeUndefined();
    } finally {
      await plain.close();
    }
  });
});
