import type { ExecutionStatusChangeEvent } from '@dlt/orchestration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  safetyNetHarness,
  startTestStorage,
  type TestStorage,
} from '../../orchestration/src/steps/safety-net-test-support.js';
import { createSfnFailureHandler } from './handler.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await startTestStorage();
});
afterAll(async () => {
  await storage?.close();
});

const input = JSON.stringify({
  testId: 'h-test',
  testRunId: 'h-run',
  prefix: '2025-03-04T05-06-07_h-run',
  testTaskConfig: [{ region: 'us-east-1', taskCount: 1, concurrency: 1 }],
});

function event(detailType: string, status: string): ExecutionStatusChangeEvent {
  return { source: 'aws.states', 'detail-type': detailType, detail: { status, input } };
}

describe('createSfnFailureHandler', () => {
  it('invokes cleanup for a timed-out execution', async () => {
    const { deps, invoker } = safetyNetHarness(storage);
    const handler = createSfnFailureHandler(deps);
    const outcome = await handler(event('Step Functions Execution Status Change', 'TIMED_OUT'));
    expect(outcome.outcome).toBe('cleanup-invoked');
    expect(invoker.calls).toMatchObject([
      { step: 'test-cleanup', payload: { testRunId: 'h-run', finalStatus: 'failed' } },
    ]);
  });

  it('ignores events of another kind', async () => {
    const { deps, invoker } = safetyNetHarness(storage);
    const outcome = await createSfnFailureHandler(deps)(
      event('Step Functions State Machine Change', 'FAILED'),
    );
    expect(outcome.outcome).toBe('ignored');
    expect(invoker.calls).toHaveLength(0);
  });
});
