import { LOAD_TESTER_CONTAINER, startedByForRun, TASK_ENV, type TaskStoppedEvent } from '@dlt/shared';
import { ScenarioStore, type TestStatus } from '@dlt/shared/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safetyNetHarness, startTestStorage, type TestStorage } from './safety-net-test-support.js';
import {
  BREACHED_RUN_ATTRIBUTE,
  classifyTaskFailure,
  handleTaskStopped,
  isGracefulStop,
  runOfStoppedTask,
} from './task-failure.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await startTestStorage();
});
afterAll(async () => {
  await storage?.close();
});

let seq = 0;
interface SeedOptions {
  status?: TestStatus;
  desired?: number;
  healthyThreshold?: number;
  currentTestRunId?: string;
}
/** A scenario row as the API leaves it at run start, plus the run's history row. */
async function seedRun(opts: SeedOptions = {}) {
  seq += 1;
  const testId = `tf-test-${seq}`;
  const testRunId = `tf-run-${seq}`;
  await storage.scenarios.put({
    testId,
    status: opts.status ?? 'running',
    taskFailureCount: 0,
    desiredTaskCount: opts.desired ?? 10,
    ...(opts.healthyThreshold === undefined ? {} : { healthyThreshold: opts.healthyThreshold }),
    currentTestRunId: opts.currentTestRunId ?? testRunId,
  });
  await storage.history.put({ testId, testRunId, status: opts.status ?? 'running' });
  return { testId, testRunId };
}

function stoppedEvent(
  run: { testId: string; testRunId: string },
  opts: { exitCode?: number; stopCode?: string; startedBy?: string } = {},
): TaskStoppedEvent {
  return {
    source: 'aws.ecs',
    'detail-type': 'ECS Task State Change',
    region: 'us-east-1',
    detail: {
      taskArn: `arn:aws:ecs:us-east-1:123456789012:task/dlt/${run.testRunId}-x`,
      lastStatus: 'STOPPED',
      startedBy: opts.startedBy ?? startedByForRun(run.testRunId),
      stopCode: opts.stopCode ?? 'EssentialContainerExited',
      containers: [
        { name: LOAD_TESTER_CONTAINER, ...(opts.exitCode === undefined ? {} : { exitCode: opts.exitCode }) },
      ],
      overrides: {
        containerOverrides: [
          {
            name: LOAD_TESTER_CONTAINER,
            environment: [
              { name: TASK_ENV.testId, value: run.testId },
              { name: TASK_ENV.testRunId, value: run.testRunId },
              { name: TASK_ENV.region, value: 'eu-west-1' },
            ],
          },
        ],
      },
    },
  };
}

describe('classifying a stopped task', () => {
  const run = { testId: 't', testRunId: 'r' };
  it('follows the reference classes', () => {
    expect(classifyTaskFailure(stoppedEvent(run, { exitCode: 2 })).failureClass).toBe('bzt_error');
    expect(classifyTaskFailure(stoppedEvent(run, { exitCode: 137 })).failureClass).toBe('oom');
    expect(classifyTaskFailure(stoppedEvent(run, { stopCode: 'TaskFailedToStart' })).failureClass).toBe(
      'infrastructure',
    );
    expect(classifyTaskFailure(stoppedEvent(run, { stopCode: 'SpotInterruption' })).failureClass).toBe(
      'infrastructure',
    );
    expect(classifyTaskFailure(stoppedEvent(run, { exitCode: 1 })).failureClass).toBe('container_error');
    expect(classifyTaskFailure(stoppedEvent(run)).failureClass).toBe('unknown');
  });

  it('treats only 0 and 143 from every container as graceful', () => {
    expect(isGracefulStop(stoppedEvent(run, { exitCode: 0 }))).toBe(true);
    expect(isGracefulStop(stoppedEvent(run, { exitCode: 143 }))).toBe(true);
    expect(isGracefulStop(stoppedEvent(run, { exitCode: 1 }))).toBe(false);
    expect(isGracefulStop(stoppedEvent(run))).toBe(false);
  });

  it('reads the run from the container overrides', () => {
    expect(runOfStoppedTask(stoppedEvent(run))).toEqual({ testId: 't', testRunId: 'r', region: 'eu-west-1' });
  });
});

describe('handleTaskStopped', () => {
  it('skips a graceful stop without counting it', async () => {
    const { deps } = safetyNetHarness(storage);
    const run = await seedRun();
    const outcome = await handleTaskStopped(deps, stoppedEvent(run, { exitCode: 143 }));
    expect(outcome.outcome).toBe('graceful');
    const row = await storage.scenarios.get(run.testId);
    expect(row?.taskFailureCount).toBe(0);
    expect(row?.status).toBe('running');
  });

  it('ignores tasks it did not start', async () => {
    const { deps } = safetyNetHarness(storage);
    const run = await seedRun();
    const outcome = await handleTaskStopped(
      deps,
      stoppedEvent(run, { exitCode: 1, startedBy: 'ecs-svc/123' }),
    );
    expect(outcome.outcome).toBe('ignored');
    expect((await storage.scenarios.get(run.testId))?.taskFailureCount).toBe(0);
  });

  it('counts one failure under the threshold and leaves the status alone', async () => {
    const { deps, logger } = safetyNetHarness(storage);
    const run = await seedRun({ desired: 10, healthyThreshold: 90 });
    const outcome = await handleTaskStopped(deps, stoppedEvent(run, { exitCode: 1 }));
    expect(outcome).toMatchObject({ outcome: 'counted', failures: 1, desired: 10 });
    const row = await storage.scenarios.get(run.testId);
    expect(row?.taskFailureCount).toBe(1);
    expect(row?.status).toBe('running');
    expect(row?.errorReason).toBeUndefined();
    expect(logger.events('TaskFailure')[0]?.extra).toMatchObject({
      testId: run.testId,
      testRunId: run.testRunId,
      region: 'eu-west-1',
      failureClass: 'container_error',
      exitCode: 1,
    });
  });

  it('records a breach on the second failure of ten tasks at a 90% threshold, leaving the status to cleanup', async () => {
    const { deps } = safetyNetHarness(storage);
    const run = await seedRun({ desired: 10, healthyThreshold: 90 });
    expect((await handleTaskStopped(deps, stoppedEvent(run, { exitCode: 137 }))).outcome).toBe('counted');
    const second = await handleTaskStopped(deps, stoppedEvent(run, { exitCode: 137 }));
    const reason = 'Task failure threshold breached: 2/10 tasks failed (healthy threshold: 90%)';
    expect(second).toMatchObject({ outcome: 'breached', errorReason: reason, statusUpdated: true });
    const row = await storage.scenarios.get(run.testId);
    expect(row).toMatchObject({
      status: 'running',
      errorReason: reason,
      taskFailureCount: 2,
      [BREACHED_RUN_ATTRIBUTE]: run.testRunId,
    });
    expect(await storage.history.get(run.testId, run.testRunId)).toMatchObject({
      status: 'running',
      errorReason: reason,
    });
  });

  it('uses the default threshold when the scenario has none', async () => {
    const { deps } = safetyNetHarness(storage);
    const run = await seedRun({ desired: 2, status: 'provisioning' });
    const outcome = await handleTaskStopped(deps, stoppedEvent(run, { stopCode: 'TaskFailedToStart' }));
    expect(outcome).toMatchObject({
      outcome: 'breached',
      errorReason: `Task failure threshold breached: 1/2 tasks failed (healthy threshold: ${deps.settings.defaultHealthyThreshold}%)`,
    });
    expect(await storage.scenarios.get(run.testId)).toMatchObject({
      status: 'provisioning',
      [BREACHED_RUN_ATTRIBUTE]: run.testRunId,
    });
  });

  it('ignores a late event from an older run', async () => {
    const { deps } = safetyNetHarness(storage);
    const run = await seedRun({ desired: 1, currentTestRunId: 'newer-run' });
    const outcome = await handleTaskStopped(deps, stoppedEvent(run, { exitCode: 1 }));
    expect(outcome).toMatchObject({ outcome: 'stale', currentTestRunId: 'newer-run' });
    const row = await storage.scenarios.get(run.testId);
    expect(row).toMatchObject({ status: 'running', taskFailureCount: 0 });
    expect((await storage.history.get(run.testId, run.testRunId))?.status).toBe('running');
  });

  it('never overwrites a terminal status', async () => {
    const { deps } = safetyNetHarness(storage);
    const run = await seedRun({ desired: 1, status: 'complete' });
    const outcome = await handleTaskStopped(deps, stoppedEvent(run, { exitCode: 1 }));
    expect(outcome).toMatchObject({ outcome: 'counted', failures: 1 });
    const row = await storage.scenarios.get(run.testId);
    expect(row?.status).toBe('complete');
    expect(row?.errorReason).toBeUndefined();
    expect((await storage.history.get(run.testId, run.testRunId))?.status).toBe('complete');
  });

  it('logs instead of throwing when the store fails', async () => {
    const broken = new ScenarioStore(storage.clients.ddb, 'no-such-table');
    const { deps, logger } = safetyNetHarness(storage, { scenarios: broken });
    const run = { testId: 'tf-missing', testRunId: 'tf-missing-run' };
    const outcome = await handleTaskStopped(deps, stoppedEvent(run, { exitCode: 1 }));
    expect(outcome.outcome).toBe('error');
    expect(logger.events('TaskFailureHandlerError')).toHaveLength(1);
  });

  it('logs instead of throwing on a malformed event', async () => {
    const { deps, logger } = safetyNetHarness(storage);
    const outcome = await handleTaskStopped(deps, {} as TaskStoppedEvent);
    expect(outcome.outcome).toBe('error');
    expect(logger.events('TaskFailureHandlerError')).toHaveLength(1);
  });
});
