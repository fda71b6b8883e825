import { runExecutionInput } from '@dlt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safetyNetHarness, startTestStorage, type TestStorage } from './safety-net-test-support.js';
import { type ExecutionStatusChangeEvent, handleExecutionFailed } from './sfn-failure.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await startTestStorage();
});
afterAll(async () => {
  await storage?.close();
});

const input = runExecutionInput({
  testId: 'sfn-test',
  testRunId: 'sfn-run',
  prefix: '2025-03-04T05-06-07_sfn-run',
  testType: 'simple',
  fileType: 'none',
  showLive: false,
  testDuration: 60,
  testTaskConfig: [
    { region: 'us-east-1', taskCount: 2, concurrency: 5, taskCluster: 'dlt-cluster' },
    { region: 'eu-west-1', taskCount: 1, concurrency: 5 },
  ],
});

function statusChange(
  status: string,
  extra: Partial<ExecutionStatusChangeEvent['detail']> = {},
): ExecutionStatusChangeEvent {
  return {
    source: 'aws.states',
    'detail-type': 'Step Functions Execution Status Change',
    detail: {
      executionArn: 'arn:aws:states:us-east-1:123456789012:execution:dlt:sfn-run',
      status,
      input: JSON.stringify(input),
      ...extra,
    },
  };
}

describe('handleExecutionFailed', () => {
  it('hands an aborted run to cleanup as cancelled', async () => {
    const { deps, invoker } = safetyNetHarness(storage);
    const outcome = await handleExecutionFailed(deps, statusChange('ABORTED'));
    expect(outcome.outcome).toBe('cleanup-invoked');
    expect(invoker.calls).toEqual([
      {
        step: 'test-cleanup',
        payload: {
          testId: 'sfn-test',
          testRunId: 'sfn-run',
          prefix: '2025-03-04T05-06-07_sfn-run',
          testTaskConfig: input.testTaskConfig,
          finalStatus: 'cancelled',
          error: { Error: 'ABORTED', Cause: "The run's state machine execution was stopped." },
        },
      },
    ]);
  });

  it('hands a failed run to cleanup as failed, with the execution error', async () => {
    const { deps, invoker } = safetyNetHarness(storage);
    await handleExecutionFailed(
      deps,
      statusChange('FAILED', { error: 'Dlt.RunFailed', cause: 'Completion monitoring failed' }),
    );
    expect(invoker.calls).toHaveLength(1);
    expect(invoker.calls[0]?.payload).toMatchObject({
      finalStatus: 'failed',
      error: { Error: 'Dlt.RunFailed', Cause: 'Completion monitoring failed' },
    });
  });

  it('treats a timed-out execution as failed', async () => {
    const { deps, invoker } = safetyNetHarness(storage);
    await handleExecutionFailed(deps, statusChange('TIMED_OUT', { error: null, cause: null }));
    expect(invoker.calls[0]?.payload).toMatchObject({
      finalStatus: 'failed',
      error: { Error: 'TIMED_OUT', Cause: "The run's state machine execution timed out." },
    });
  });

  it('ignores a successful or running execution', async () => {
    const { deps, invoker } = safetyNetHarness(storage);
    expect(await handleExecutionFailed(deps, statusChange('SUCCEEDED'))).toEqual({
      outcome: 'ignored',
      status: 'SUCCEEDED',
    });
    expect((await handleExecutionFailed(deps, statusChange('RUNNING'))).outcome).toBe('ignored');
    expect(invoker.calls).toHaveLength(0);
  });

  it('logs and returns when the input cannot be read', async () => {
    const { deps, invoker, logger } = safetyNetHarness(storage);
    const notJson = await handleExecutionFailed(deps, statusChange('FAILED', { input: '{oops' }));
    expect(notJson).toEqual({ outcome: 'unparseable', problem: 'the execution input is not JSON' });
    const noRun = await handleExecutionFailed(deps, statusChange('FAILED', { input: '{"testId":"x"}' }));
    expect(noRun).toEqual({ outcome: 'unparseable', problem: 'the execution input lacks testRunId, prefix' });
    const noInput = await handleExecutionFailed(deps, statusChange('FAILED', { input: null }));
    expect(noInput.outcome).toBe('unparseable');
    expect(invoker.calls).toHaveLength(0);
    expect(logger.events('SfnFailureUnparseable')).toHaveLength(3);
  });
});
