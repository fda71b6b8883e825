import { completionMarkerKey, startSignalKey, toDltTimestamp } from '@dlt/shared/storage';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type StepHarness, startStepHarness } from '../test-support.js';
import { cancelRun } from './cancel.js';
import { cleanUpRun, errorReasonOf } from './cleanup.js';
import { checkCompletion } from './completion.js';
import { LaunchError, launchRegion } from './launch.js';
import { checkReadiness } from './readiness.js';
import type { RegionItem } from './region-item.js';
import { regionalSync } from './regional-sync.js';
import { sendStartCommand } from './start-command.js';

let h: StepHarness;
let n = 0;
let testId: string;
const testRunId = 'run0000001';
const prefix = `2026-11-27T10-00-00_${testRunId}`;

beforeAll(async () => {
  h = await startStepHarness();
});
afterAll(() => h.close());

beforeEach(async () => {
  n += 1;
  testId = `test${n}`;
  h.launcher.limit = Number.POSITIVE_INFINITY;
  await h.storage.scenarios.put({
    testId,
    testName: 'steps',
    testType: 'simple',
    status: 'queued',
    startTime: '2026-11-27 10:00:00',
    currentTestRunId: testRunId,
    healthyThreshold: 90,
    desiredTaskCount: 2,
    testTaskConfigs: [{ region: 'us-east-1', taskCount: 2, concurrency: 5 }],
    testScenario: JSON.stringify({ execution: [{ 'hold-for': '10s' }] }),
  });
});

function item(over: Partial<RegionItem> = {}): RegionItem {
  return {
    testId,
    testRunId,
    prefix,
    testType: 'simple',
    fileType: 'none',
    showLive: false,
    testDuration: 10,
    pollIntervalSeconds: 10,
    config: { region: 'us-east-1', taskCount: 2, concurrency: 5 },
    ...over,
  };
}
const ref = () => ({ testRunId, region: 'us-east-1' });

describe('launchRegion', () => {
  it('records the run, marks it provisioning and launches with the task environment', async () => {
    const out = await launchRegion(h.deps, item());
    expect(out).toEqual({ launched: 2, launchedAt: h.clock.now });
    const request = h.launcher.launches.at(-1)!;
    expect(request).toMatchObject({ testId, testRunId, region: 'us-east-1', taskCount: 2 });
    expect(request.environment).toMatchObject({
      TEST_ID: testId,
      TEST_RUN_ID: testRunId,
      PREFIX: prefix,
      TASK_COUNT: '2',
      DLT_REGION: 'us-east-1',
      LIVE_DATA_ENABLED: 'live=false',
      S3_BUCKET: h.storage.names.bucket,
    });
    expect((await h.storage.scenarios.get(testId))?.status).toBe('provisioning');
    const run = await h.storage.history.get(testId, testRunId);
    expect(run).toMatchObject({
      status: 'provisioning',
      prefix,
      testScenario: { execution: [{ 'hold-for': '10s' }] },
    });
    expect((await h.storage.scenarios.get(testId))?.totalTestRuns).toBe(1);
    // A second region does not count the run twice.
    await launchRegion(h.deps, item({ config: { region: 'eu-west-1', taskCount: 1, concurrency: 1 } }));
    expect((await h.storage.scenarios.get(testId))?.totalTestRuns).toBe(1);
  });

  it('fails the region when fewer tasks start than asked, naming the reason', async () => {
    h.launcher.limit = 1;
    await expect(launchRegion(h.deps, item())).rejects.toThrow(
      new LaunchError('Launched 1 of 2 tasks in us-east-1: RESOURCE:FARGATE capacity unavailable'),
    );
  });

  it('refuses a run that is no longer the current one', async () => {
    await expect(launchRegion(h.deps, item({ testRunId: 'other' }))).rejects.toThrow(
      /no longer the current run/,
    );
    expect(h.launcher.launches.filter((l) => l.testRunId === 'other')).toEqual([]);
  });
});

describe('checkReadiness', () => {
  it('is PENDING, then READY once every task is ready', async () => {
    const launch = await launchRegion(h.deps, item());
    expect(await checkReadiness(h.deps, item({ launch }))).toMatchObject({ status: 'PENDING', ready: 0 });
    h.launcher.set(ref(), 0, { phase: 'READY' });
    expect(await checkReadiness(h.deps, item({ launch }))).toMatchObject({ status: 'PENDING', ready: 1 });
    h.launcher.set(ref(), 1, { phase: 'READY' });
    expect(await checkReadiness(h.deps, item({ launch }))).toEqual({ status: 'READY', ready: 2, stopped: 0 });
  });

  it('fails when dead tasks breach the healthy threshold, with the stop reason', async () => {
    const launch = await launchRegion(h.deps, item());
    h.launcher.set(ref(), 0, { phase: 'STOPPED', exitCode: 2, stoppedReason: 'bad task config' });
    const out = await checkReadiness(h.deps, item({ launch }));
    expect(out).toEqual({
      status: 'FAILED',
      ready: 0,
      stopped: 1,
      reason: '1 of 2 tasks in us-east-1 stopped before they were ready (bad task config)',
    });
  });

  it('fails at the readiness timeout', async () => {
    const launch = await launchRegion(h.deps, item());
    h.launcher.set(ref(), 0, { phase: 'READY' });
    h.clock.advance((h.deps.settings.readinessTimeoutSeconds + 1) * 1000);
    expect(await checkReadiness(h.deps, item({ launch }))).toMatchObject({
      status: 'FAILED',
      reason: 'Tasks in us-east-1 were not ready after 1800 s: 1 of 2 ready',
    });
  });
});

describe('regionalSync and sendStartCommand', () => {
  it('marks the run running and gives every region one start instant', async () => {
    await launchRegion(h.deps, item());
    const ready = { status: 'READY' as const, ready: 2, stopped: 0 };
    const regions = [
      item({ readiness: ready }),
      item({ readiness: ready, config: { region: 'eu-west-1', taskCount: 1, concurrency: 1 } }),
    ];
    const out = await regionalSync(h.deps, { testId, testRunId, regions });
    expect(out.allReady).toBe(true);
    expect(out.startAt).toBe(h.clock.now + h.deps.settings.startLeadMs);
    expect(out.regions.map((r) => r.startAt)).toEqual([out.startAt, out.startAt]);
    expect((await h.storage.scenarios.get(testId))?.status).toBe('running');
    expect((await h.storage.history.get(testId, testRunId))?.status).toBe('running');

    const start = await sendStartCommand(h.deps, out.regions[0]!);
    expect(start).toEqual({ startAt: out.startAt });
    expect(await h.storage.objects.getJson(startSignalKey(testId, prefix, 'us-east-1'))).toEqual({
      startAt: out.startAt,
    });
  });

  it('names the regions that are not ready and leaves the status alone', async () => {
    const out = await regionalSync(h.deps, {
      testId,
      testRunId,
      regions: [item({ readiness: { status: 'FAILED', ready: 0, stopped: 2, reason: 'x' } })],
    });
    expect(out).toMatchObject({ allReady: false, failedRegions: ['us-east-1'] });
    expect((await h.storage.scenarios.get(testId))?.status).toBe('queued');
  });
});

describe('checkCompletion', () => {
  async function running(): Promise<RegionItem> {
    const launch = await launchRegion(h.deps, item());
    await h.storage.scenarios.updateStatus(testId, 'running');
    return item({ launch, start: { startAt: h.clock.now } });
  }
  const marker = (taskId: string) =>
    h.storage.objects.put(completionMarkerKey(testId, prefix, 'us-east-1', taskId), '{}');

  it('is complete once every task left its marker', async () => {
    const it0 = await running();
    expect(await checkCompletion(h.deps, it0)).toMatchObject({
      isComplete: false,
      timedOut: false,
      completed: 0,
    });
    await marker('us-east-1-task-0');
    await marker('us-east-1-task-1');
    expect(await checkCompletion(h.deps, it0)).toEqual({
      isComplete: true,
      timedOut: false,
      completed: 2,
      failed: 0,
    });
  });

  it('counts a task that died without a marker as failed and finishes with the survivors', async () => {
    const it0 = await running();
    await marker('us-east-1-task-0');
    h.launcher.set(ref(), 1, { phase: 'STOPPED', exitCode: 137 });
    expect(await checkCompletion(h.deps, it0)).toMatchObject({ isComplete: true, completed: 1, failed: 1 });
  });

  it('stops when the run is no longer running, with the stored reason', async () => {
    const it0 = await running();
    await h.storage.scenarios.updateStatus(testId, 'failed', {
      errorReason: 'Task failure threshold breached: 2/2',
    });
    expect(await checkCompletion(h.deps, it0)).toMatchObject({
      timedOut: true,
      reason: 'Task failure threshold breached: 2/2',
    });
  });

  it('ends the run when the task-failure handler recorded a breach for it', async () => {
    const it0 = await running();
    await h.storage.scenarios.update(testId, {
      set: { thresholdBreachedRunId: testRunId, errorReason: 'Task failure threshold breached: 1/2' },
    });
    expect(await checkCompletion(h.deps, it0)).toMatchObject({
      isComplete: false,
      timedOut: true,
      reason: 'Task failure threshold breached: 1/2',
    });
  });

  it('times out after the duration plus the grace', async () => {
    const it0 = await running();
    h.clock.advance((10 + h.deps.settings.completionGraceSeconds) * 1000);
    expect(await checkCompletion(h.deps, it0)).toMatchObject({ timedOut: false });
    h.clock.advance(1);
    expect(await checkCompletion(h.deps, it0)).toMatchObject({
      timedOut: true,
      reason: 'Test execution timed out',
    });
  });
});

describe('cleanUpRun', () => {
  it('stops the tasks, removes the start signal and writes the terminal status once', async () => {
    await launchRegion(h.deps, item());
    await h.storage.objects.putJson(startSignalKey(testId, prefix, 'us-east-1'), { startAt: 1 });
    const input = {
      testId,
      testRunId,
      prefix,
      testTaskConfig: [{ region: 'us-east-1', taskCount: 2, concurrency: 5 }],
      finalStatus: 'failed' as const,
      error: { Error: 'Lambda.Unknown', Cause: JSON.stringify({ errorMessage: 'Launched 1 of 2 tasks' }) },
    };
    const out = await cleanUpRun(h.deps, input);
    expect(out).toEqual({ status: 'failed', written: true, tasksLeft: 0 });
    expect(h.launcher.stops.at(-1)?.ref).toMatchObject({ testRunId, region: 'us-east-1' });
    expect(await h.storage.objects.head(startSignalKey(testId, prefix, 'us-east-1'))).toBeUndefined();
    const row = await h.storage.scenarios.get(testId);
    expect(row).toMatchObject({ status: 'failed', errorReason: 'Launched 1 of 2 tasks' });
    expect(row?.endTime).toBe(toDltTimestamp(h.deps.now()));
    expect(await h.storage.history.get(testId, testRunId)).toMatchObject({ status: 'failed' });

    // A second cleanup (the failure handler's) changes nothing.
    const again = await cleanUpRun(h.deps, { ...input, finalStatus: 'complete', error: undefined });
    expect(again.written).toBe(false);
    expect((await h.storage.scenarios.get(testId))?.status).toBe('failed');
  });

  it('records a run that failed before launch in the history', async () => {
    await cleanUpRun(h.deps, {
      testId,
      testRunId,
      prefix,
      testTaskConfig: [{ region: 'us-east-1', taskCount: 2, concurrency: 5 }],
      finalStatus: 'failed',
      error: { Error: 'Dlt.RegionsNotReady', Cause: 'Not every region was ready at the barrier' },
    });
    expect(await h.storage.history.get(testId, testRunId)).toMatchObject({
      status: 'failed',
      errorReason: 'Not every region was ready at the barrier',
    });
  });

  it('reads Lambda and Fail-state causes', () => {
    expect(errorReasonOf({ Cause: '{"errorMessage":"boom","errorType":"Error"}' })).toBe('boom');
    expect(errorReasonOf({ Cause: 'plain words' })).toBe('plain words');
    expect(errorReasonOf({ Error: 'States.Timeout' })).toBe('The run failed (States.Timeout)');
    expect(errorReasonOf(undefined)).toBe('The run failed');
  });
});

describe('cancelRun', () => {
  it('stops the execution, marks cancelling and hands cleanup the partial parse', async () => {
    await launchRegion(h.deps, item());
    h.running.add(testRunId);
    const out = await cancelRun(h.deps, { testId });
    expect(out).toEqual({ testRunId, executionStopped: true, cleanupStarted: true });
    expect((await h.storage.scenarios.get(testId))?.status).toBe('cancelling');
    expect(h.invoked.at(-1)).toEqual({
      step: 'test-cleanup',
      payload: expect.objectContaining({
        testId,
        testRunId,
        prefix,
        finalStatus: 'cancelled',
        parsePartial: true,
      }),
    });
  });

  it('cancels a run that never launched at once', async () => {
    const out = await cancelRun(h.deps, { testId });
    expect(out.cleanupStarted).toBe(false);
    expect((await h.storage.scenarios.get(testId))?.status).toBe('cancelled');
  });
});
