// The local scheduler driving the real API handler over real dynalite + s3rver, as local mode wires them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiHandler, type RunStarter, type RunStartInput } from '@dlt/api';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStorage, type TestStorage } from '../../../shared/src/storage/test-support.js';
import { LocalScheduler, type SchedulerClock } from './local-scheduler.js';
import { localSchedulesFile } from './schedule-file.js';

const clock = {
  current: new Date('2030-03-29T12:00:00Z'),
  now() {
    return this.current;
  },
  setTimeout: () => undefined,
  clearTimeout: () => undefined,
} satisfies SchedulerClock & { current: Date };

const started: RunStartInput[] = [];
const runs: RunStarter = {
  async start(input) {
    started.push(input);
    return { executionId: `exec-${input.testRunId}` };
  },
  async cancel() {},
};

let storage: TestStorage;
let dir: string;
let scheduler: LocalScheduler;
let api: ReturnType<typeof createApiHandler>;

beforeAll(async () => {
  storage = await startTestStorage();
  dir = await mkdtemp(join(tmpdir(), 'dlt-scheduler-api-'));
  scheduler = await LocalScheduler.open({
    file: localSchedulesFile(dir),
    clock,
    fire: async (request) => {
      const res = await api(request as unknown as APIGatewayProxyEvent);
      if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
    },
    log: (message) => {
      throw new Error(`unexpected scheduler log: ${message}`);
    },
  });
  api = createApiHandler({
    scenarios: storage.scenarios,
    history: storage.history,
    objects: storage.objects,
    runs,
    regions: {
      regions: async () => ({ regions: [], url: '' }),
      tasks: async () => [],
      vCPUDetails: async () => ({}),
    },
    stackInfo: async () => ({}),
    scheduler,
    now: () => clock.current,
    logger: { info() {}, warn() {}, error() {} },
  });
});

afterAll(async () => {
  await scheduler?.close();
  await storage?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('cron scheduling end to end, locally', () => {
  it('creates {testId}Create, which creates {testId}Scheduled, which runs the test', async () => {
    const body = {
      testId: 'local1',
      testName: 'Nightly checkout',
      testDescription: 'Scheduled locally',
      testType: 'simple',
      testTaskConfigs: [{ region: 'us-east-1', taskCount: 1, concurrency: 2 }],
      testScenario: {
        execution: [{ 'hold-for': '1m', scenario: 'Nightly checkout' }],
        scenarios: { 'Nightly checkout': { requests: [{ url: 'http://127.0.0.1:9/', method: 'GET' }] } },
      },
      regionalTaskDetails: { 'us-east-1': { dltAvailableTasks: 4 } },
      scheduleStep: 'create',
      cronValue: '0 9 * * *',
      cronExpiryDate: '2030-04-01',
      scheduleTimezone: 'Europe/Berlin',
      recurrence: 'daily',
    };
    const res = await api({
      httpMethod: 'POST',
      path: '/scenarios',
      body: JSON.stringify(body),
    } as unknown as APIGatewayProxyEvent);
    expect(res.statusCode).toBe(200);
    expect(scheduler.list().map((s) => [s.name, s.nextFire?.toISOString()])).toEqual([
      ['local1Create', '2030-03-30T07:59:00.000Z'],
    ]);

    clock.current = new Date('2030-03-30T07:59:00Z');
    expect(await scheduler.runDue()).toEqual(['local1Create']);
    expect(scheduler.list().map((s) => [s.name, s.kind, s.nextFire?.toISOString()])).toEqual([
      ['local1Scheduled', 'cron', '2030-03-30T08:00:00.000Z'],
    ]);
    expect(started).toHaveLength(0);

    const fireTimes: string[] = [];
    for (let due = scheduler.nextDue(); due; due = scheduler.nextDue()) {
      clock.current = due;
      await scheduler.runDue();
      fireTimes.push(due.toISOString());
      const row = await storage.scenarios.get('local1');
      // The run ends before the next one, as a real run would.
      if (row) await storage.scenarios.put({ ...row, status: 'complete' });
    }
    expect(fireTimes).toEqual([
      '2030-03-30T08:00:00.000Z',
      '2030-03-31T07:00:00.000Z',
      '2030-04-01T07:00:00.000Z',
    ]);
    expect(started.map((s) => s.testId)).toEqual(['local1', 'local1', 'local1']);
    expect(await storage.scenarios.get('local1')).toMatchObject({ nextRun: '', cronValue: '0 9 * * *' });
  });
});
