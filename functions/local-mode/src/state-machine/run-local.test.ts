import {
  buildStateMachineDefinition,
  type OrchestrationArns,
  RUN_ERROR,
  runExecutionInput,
  STATE,
} from '@dlt/shared';
import { describe, expect, it } from 'vitest';
// The definition's own test fixture: the same ARNs the structure tests use.
import { exampleArns } from '../../../shared/src/orchestration/test-support.js';
import { type LocalTaskHandler, runStateMachineLocally } from './run-local.js';

const ARNS = exampleArns('000000000000');
const REGIONS = ['eu-west-1', 'us-east-1'];
const definition = buildStateMachineDefinition(ARNS);
const input = runExecutionInput({
  testId: 'test-1',
  testRunId: 'run-1',
  prefix: '2026-01-01T00-00-00_run-1',
  testType: 'simple',
  fileType: 'none',
  showLive: false,
  testDuration: 60,
  testTaskConfig: REGIONS.map((region) => ({ region, taskCount: 2 })),
});

type Call = { fn: keyof OrchestrationArns; region?: string; input: Record<string, unknown> };

interface FakeOptions {
  readyAfter?: number;
  completeAfter?: number;
  launch?: (region: string) => void;
  completion?: (region: string, poll: number) => { isComplete: boolean; timedOut: boolean } | undefined;
}

/** In-process stand-ins for the orchestration Lambdas, recording every call. */
function fakes(options: FakeOptions = {}) {
  const calls: Call[] = [];
  const counters = new Map<string, number>();
  const next = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const record = (fn: keyof OrchestrationArns, raw: unknown) => {
    const i = raw as Record<string, unknown>;
    const region = (i.config as { region?: string } | undefined)?.region;
    calls.push({ fn, input: i, ...(region === undefined ? {} : { region }) });
    return { i, region: region ?? '' };
  };
  const handler =
    (
      fn: keyof OrchestrationArns,
      body: (i: Record<string, unknown>, region: string) => unknown,
    ): LocalTaskHandler =>
    async (raw) => {
      const { i, region } = record(fn, raw);
      return body(i, region);
    };

  const handlers: Record<string, LocalTaskHandler> = {
    [ARNS.taskRunner]: handler('taskRunner', (_i, region) => {
      options.launch?.(region);
      return { service: `dlt-test-1-${region}` };
    }),
    [ARNS.readinessCheck]: handler('readinessCheck', (_i, region) => ({
      status: next(`ready:${region}`) >= (options.readyAfter ?? 3) ? 'READY' : 'PENDING',
    })),
    [ARNS.regionalSync]: handler('regionalSync', (i) => {
      const regions = i.regions as Array<{ readiness: { status: string } }>;
      return { allReady: regions.every((r) => r.readiness.status === 'READY'), regions };
    }),
    [ARNS.startCommand]: handler('startCommand', () => ({ started: true })),
    [ARNS.taskStatusChecker]: handler('taskStatusChecker', (_i, region) => {
      const poll = next(`poll:${region}`);
      return (
        options.completion?.(region, poll) ?? {
          isComplete: poll >= (options.completeAfter ?? 3),
          timedOut: false,
        }
      );
    }),
    [ARNS.resultsParser]: handler('resultsParser', () => ({ verdict: 'pass' })),
    [ARNS.testCleanup]: handler('testCleanup', (i) => ({ finalStatus: i.finalStatus })),
  };
  return { calls, handlers };
}

const fast = { waitOverrideMs: 0, retryOverrideMs: 0 };

describe('runStateMachineLocally with the run definition', () => {
  it('runs 2 regions through launch, readiness, barrier, start, polling, parse and cleanup', async () => {
    const { calls, handlers } = fakes({ readyAfter: 3, completeAfter: 4 });
    const result = await runStateMachineLocally(definition, input, handlers, fast);

    expect(result.status).toBe('succeeded');
    for (const region of REGIONS) {
      expect(calls.filter((c) => c.region === region).map((c) => c.fn)).toEqual([
        'taskRunner',
        'readinessCheck',
        'readinessCheck',
        'readinessCheck',
        'startCommand',
        'taskStatusChecker',
        'taskStatusChecker',
        'taskStatusChecker',
        'taskStatusChecker',
      ]);
    }
    const order = calls.map((c) => c.fn);
    const barrier = order.indexOf('regionalSync');
    expect(order.filter((fn) => fn === 'regionalSync')).toHaveLength(1);
    expect(order.lastIndexOf('readinessCheck')).toBeLessThan(barrier);
    expect(order.indexOf('startCommand')).toBeGreaterThan(barrier);
    expect(order.slice(-2)).toEqual(['resultsParser', 'testCleanup']);
    expect(calls.at(-1)?.input).toMatchObject({ finalStatus: 'complete', testId: 'test-1' });

    const parser = calls.find((c) => c.fn === 'resultsParser');
    expect(parser?.input).toMatchObject({
      testId: 'test-1',
      testRunId: 'run-1',
      regions: REGIONS.map((region) => ({ region, completion: { isComplete: true } })),
    });
    expect(result.status === 'succeeded' && result.output).toMatchObject({
      results: { verdict: 'pass' },
      cleanup: { finalStatus: 'complete' },
    });
  });

  it('cleans up and fails when a handler throws in one region', async () => {
    const { calls, handlers } = fakes({
      launch: (region) => {
        if (region === 'us-east-1') throw new Error('RunTask: capacity unavailable');
      },
    });
    const result = await runStateMachineLocally(definition, input, handlers, fast);

    expect(result).toEqual({
      status: 'failed',
      error: RUN_ERROR.launchFailed,
      cause: expect.stringContaining('capacity unavailable'),
    });
    const cleanups = calls.filter((c) => c.fn === 'testCleanup');
    expect(cleanups).toHaveLength(1);
    expect(cleanups[0]?.input).toMatchObject({
      finalStatus: 'failed',
      error: { Error: RUN_ERROR.launchFailed },
    });
    expect(calls.map((c) => c.fn)).not.toContain('startCommand');
    // Only the failure path's partial parse, once.
    expect(calls.filter((c) => c.fn === 'resultsParser').map((c) => c.input.partial)).toEqual([true]);
  });

  it('takes the deadline path through cleanup to failed when the status checker reports a timeout', async () => {
    const { calls, handlers } = fakes({
      completion: (region, poll) =>
        region === 'eu-west-1' && poll >= 2
          ? { isComplete: false, timedOut: true, reason: 'Test execution timed out' }
          : undefined,
      completeAfter: Number.POSITIVE_INFINITY,
    });
    const result = await runStateMachineLocally(definition, input, handlers, fast);

    expect(result).toMatchObject({
      status: 'failed',
      error: RUN_ERROR.runTimedOut,
      cause: 'Test execution timed out',
    });
    const cleanups = calls.filter((c) => c.fn === 'testCleanup');
    expect(cleanups).toHaveLength(1);
    expect(cleanups[0]?.input).toMatchObject({ finalStatus: 'failed' });
    // Only the failure path's partial parse, once.
    expect(calls.filter((c) => c.fn === 'resultsParser').map((c) => c.input.partial)).toEqual([true]);
  });

  it('fails at the barrier when a region is not ready', async () => {
    const { calls, handlers } = fakes();
    handlers[STATE.regionalSync] = async () => ({
      allReady: false,
      failedRegions: ['us-east-1'],
      regions: [],
    });
    const result = await runStateMachineLocally(definition, input, handlers, fast);

    expect(result).toMatchObject({ status: 'failed', error: RUN_ERROR.regionsNotReady });
    expect(calls.map((c) => c.fn)).not.toContain('startCommand');
    expect(calls.filter((c) => c.fn === 'testCleanup')).toHaveLength(1);
  });

  it('refuses to run with a Task that has no local handler, rather than calling AWS', async () => {
    const { handlers } = fakes();
    delete handlers[ARNS.resultsParser];
    await expect(runStateMachineLocally(definition, input, handlers, fast)).rejects.toThrow(
      STATE.parseResults,
    );
  });
});
