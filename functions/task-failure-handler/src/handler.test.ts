import { LOAD_TESTER_CONTAINER, startedByForRun, TASK_ENV, type TaskStoppedEvent } from '@dlt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  safetyNetHarness,
  startTestStorage,
  type TestStorage,
} from '../../orchestration/src/steps/safety-net-test-support.js';
import { createTaskFailureHandler } from './handler.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await startTestStorage();
});
afterAll(async () => {
  await storage?.close();
});

function event(detailType: string): TaskStoppedEvent {
  return {
    source: 'aws.ecs',
    'detail-type': detailType as TaskStoppedEvent['detail-type'],
    region: 'us-east-1',
    detail: {
      taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/dlt/abc',
      lastStatus: 'STOPPED',
      startedBy: startedByForRun('h-run'),
      containers: [{ name: LOAD_TESTER_CONTAINER, exitCode: 1 }],
      overrides: {
        containerOverrides: [
          {
            name: LOAD_TESTER_CONTAINER,
            environment: [
              { name: TASK_ENV.testId, value: 'h-test' },
              { name: TASK_ENV.testRunId, value: 'h-run' },
            ],
          },
        ],
      },
    },
  };
}

describe('createTaskFailureHandler', () => {
  it('counts a failed task of the current run', async () => {
    await storage.scenarios.put({
      testId: 'h-test',
      status: 'running',
      taskFailureCount: 0,
      desiredTaskCount: 4,
      healthyThreshold: 50,
      currentTestRunId: 'h-run',
    });
    const { deps } = safetyNetHarness(storage);
    const outcome = await createTaskFailureHandler(deps)(event('ECS Task State Change'));
    expect(outcome).toMatchObject({ outcome: 'counted', failures: 1, run: { region: 'us-east-1' } });
    expect((await storage.scenarios.get('h-test'))?.taskFailureCount).toBe(1);
  });

  it('ignores events of another kind', async () => {
    const { deps } = safetyNetHarness(storage);
    const outcome = await createTaskFailureHandler(deps)(event('ECS Container Instance State Change'));
    expect(outcome.outcome).toBe('ignored');
    expect((await storage.scenarios.get('h-test'))?.taskFailureCount).toBe(1);
  });
});
