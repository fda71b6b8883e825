import { taskConfigKey } from '@dlt/shared/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_RUN_ATTRIBUTE } from './create-test.js';
import { call, type Harness, simpleBody, startHarness } from './test-support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

type Row = Record<string, unknown>;

describe('create → get → list → cancel → delete', () => {
  it('runs the whole lifecycle', async () => {
    const created = await call(h, 'POST', '/scenarios', { body: simpleBody({ testId: 'flow1' }) });
    expect(created.status).toBe(200);
    const row = created.body as Row;
    expect(row).toMatchObject({
      testId: 'flow1',
      status: 'queued',
      startTime: '2030-01-02 03:04:05',
      endTime: '',
      results: {},
      taskFailureCount: 0,
      desiredTaskCount: 2,
      healthyThreshold: 90,
      tags: ['checkout'],
      fileType: 'none',
    });
    expect(typeof row.testScenario).toBe('string');
    const testRunId = row[CURRENT_RUN_ATTRIBUTE] as string;
    expect(testRunId).toMatch(/^[A-Za-z0-9]{10}$/);

    expect(h.runs.started.at(-1)).toMatchObject({
      testId: 'flow1',
      testRunId,
      prefix: `2030-01-02T03-04-05_${testRunId}`,
      testType: 'simple',
      fileType: 'none',
      showLive: false,
      testDuration: 150,
      testTaskConfig: [{ region: 'us-east-1', taskCount: 2, concurrency: 10 }],
    });
    const config = (await h.objects.getJson(taskConfigKey('flow1', 'us-east-1'))) as Row & {
      execution: Row[];
    };
    expect(config.execution[0]).toMatchObject({ taskCount: 2, concurrency: 10, 'hold-for': '2m' });
    expect(config.reporting).toEqual([expect.objectContaining({ module: 'final-stats' })]);

    const got = await call(h, 'GET', '/scenarios/flow1');
    expect(got.body).toMatchObject({
      testId: 'flow1',
      testScenario: { execution: [expect.objectContaining({ 'hold-for': '2m' })] },
      totalTestRuns: 0,
      history: [],
    });
    const noHistory = (await call(h, 'GET', '/scenarios/flow1', { query: { history: 'false' } })).body as Row;
    expect(noHistory.history).toBeUndefined();

    const list = (await call(h, 'GET', '/scenarios', { query: { tags: 'CHECKOUT,other' } })).body as {
      Items: Row[];
    };
    expect(list.Items.map((i) => i.testId)).toContain('flow1');
    const none = (await call(h, 'GET', '/scenarios', { query: { tags: 'nomatch' } })).body as {
      Items: Row[];
    };
    expect(none.Items).toEqual([]);

    expect(await call(h, 'DELETE', '/scenarios/flow1')).toMatchObject({
      status: 409,
      body: 'TEST_RUNNING: Test flow1 is queued. Wait for it to finish or cancel it first.',
    });

    expect(await call(h, 'POST', '/scenarios/flow1', { body: { action: 'stop' } })).toMatchObject({
      status: 200,
      body: 'test cancelling',
    });
    expect(h.runs.cancelled).toContainEqual({ testId: 'flow1', testRunId });
    expect((await h.scenarios.get('flow1'))?.status).toBe('cancelling');

    await h.scenarios.updateStatus('flow1', 'cancelled');
    await h.history.put({
      testId: 'flow1',
      testRunId,
      startTime: '2030-01-02 03:04:05',
      status: 'cancelled',
    });
    expect(await call(h, 'DELETE', '/scenarios/flow1')).toMatchObject({ status: 200, body: 'success' });
    expect(await h.scenarios.get('flow1')).toBeUndefined();
    expect(await h.history.count('flow1')).toBe(0);
    expect(await call(h, 'GET', '/scenarios/flow1')).toMatchObject({
      status: 404,
      body: 'TEST_NOT_FOUND: Test flow1 not found',
    });
  });
});

describe('POST /scenarios variants', () => {
  it('generates a 10-char testId when none is sent', async () => {
    const res = await call(h, 'POST', '/scenarios', { body: simpleBody() });
    expect((res.body as Row).testId).toMatch(/^[A-Za-z0-9]{10}$/);
  });

  it('saveOnly stores a new scenario as created, without a run or task config', async () => {
    const before = h.runs.started.length;
    const res = await call(h, 'POST', '/scenarios', {
      body: simpleBody({ testId: 'save1', saveOnly: true }),
    });
    expect(res.body).toMatchObject({ testId: 'save1', status: 'created' });
    expect(h.runs.started.length).toBe(before);
    expect(await h.objects.head(taskConfigKey('save1', 'us-east-1'))).toBeUndefined();
    // Cancelling an idle test changes nothing.
    expect((await call(h, 'POST', '/scenarios/save1')).body).toBe('test cancelling');
    expect((await h.scenarios.get('save1'))?.status).toBe('created');
  });

  it('re-runs a finished scenario, keeping its baseline and counters', async () => {
    await call(h, 'POST', '/scenarios', { body: simpleBody({ testId: 'rerun1' }) });
    await h.scenarios.updateStatus('rerun1', 'complete', { errorReason: 'old' });
    await h.scenarios.setBaseline('rerun1', 'base123456');
    const res = await call(h, 'POST', '/scenarios', {
      body: simpleBody({ testId: 'rerun1', testDescription: 'second run' }),
    });
    expect(res.body).toMatchObject({
      status: 'queued',
      testDescription: 'second run',
      baselineId: 'base123456',
    });
    expect((res.body as Row).errorReason).toBeUndefined();
    expect(h.runs.started.filter((r) => r.testId === 'rerun1')).toHaveLength(2);
  });

  it('refuses to update, save or re-run an active scenario', async () => {
    await call(h, 'POST', '/scenarios', { body: simpleBody({ testId: 'busy1' }) });
    await h.scenarios.updateStatus('busy1', 'running');
    for (const saveOnly of [true, false]) {
      expect(
        await call(h, 'POST', '/scenarios', { body: simpleBody({ testId: 'busy1', saveOnly }) }),
      ).toMatchObject({
        status: 409,
        body: 'TEST_RUNNING: Test busy1 is running. Wait for it to finish or cancel it first.',
      });
    }
    const got = (await call(h, 'GET', '/scenarios/busy1')).body as Row;
    expect(got.tasksPerRegion).toEqual([{ region: 'us-east-1', running: 0, pending: 0, desired: 0 }]);
  });

  it('answers the validator errors with DLT codes', async () => {
    expect(await call(h, 'POST', '/scenarios', { body: simpleBody({ testName: 'x' }) })).toMatchObject({
      status: 400,
      body: expect.stringMatching(/^INVALID_REQUEST_BODY: testName: /),
    });
    const tooMany = simpleBody({
      testTaskConfigs: [{ region: 'us-east-1', taskCount: 101, concurrency: 1 }],
    });
    expect(await call(h, 'POST', '/scenarios', { body: tooMany })).toMatchObject({
      status: 400,
      body: 'InvalidParameter: Task count should be positive number between 1 to 100.',
    });
  });

  it('marks the scenario failed when the run cannot start', async () => {
    h.runs.failNext = true;
    const res = await call(h, 'POST', '/scenarios', { body: simpleBody({ testId: 'nostart' }) });
    expect(res).toMatchObject({ status: 500, body: 'InternalError: Internal server error' });
    expect(await h.scenarios.get('nostart')).toMatchObject({ status: 'failed' });
  });
});
