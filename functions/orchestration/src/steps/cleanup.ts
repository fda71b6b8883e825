import type { HistoryRow, TerminalStatus } from '@dlt/shared/storage';
import { startSignalKey } from '@dlt/shared/storage';
import type { OrchestrationDeps } from '../deps.js';
import { parseResults } from './parse-results.js';
import type { RegionConfig } from './region-item.js';
import { setRunStatus } from './run-status.js';

export interface CleanupInput {
  testId: string;
  testRunId: string;
  prefix: string;
  testTaskConfig: RegionConfig[];
  finalStatus: TerminalStatus;
  /** The state machine's `$.error` (Error + Cause) on the failure path; the cause becomes the errorReason. */
  error?: { Error?: string; Cause?: string };
  /** Parse what the stopped tasks wrote before writing the status (cancel: DLT drops these results, we keep them). */
  parsePartial?: boolean;
}

export interface CleanupOutput {
  status: TerminalStatus;
  written: boolean;
  tasksLeft: number;
}

/**
 * The test-cleanup step: stops every task of the run in every region, waits (bounded) for them to exit so their
 * partial results land, removes the start signals, and writes the run's terminal status once. Idempotent: the
 * failure handlers and the canceler may call it for a run the state machine already cleaned up.
 */
export async function cleanUpRun(deps: OrchestrationDeps, input: CleanupInput): Promise<CleanupOutput> {
  const { testId, testRunId, prefix } = input;
  const refs = input.testTaskConfig.map((config) => ({
    testId,
    testRunId,
    region: config.region,
    infra: config,
  }));
  const reason =
    input.finalStatus === 'cancelled' ? 'Cancelled by the user' : `Run ${input.finalStatus}: cleaning up`;
  await Promise.all(refs.map((ref) => deps.launcher.stop(ref, reason)));
  const tasksLeft = await waitForStop(deps, refs);
  if (tasksLeft > 0)
    deps.logger.warn('tasks still running after cleanup wait', { testId, testRunId, tasksLeft });

  await Promise.all(
    input.testTaskConfig.map((c) =>
      deps.objects.delete(startSignalKey(testId, prefix, c.region)).catch((error: unknown) => {
        deps.logger.warn('start signal not deleted', { testId, region: c.region, error: String(error) });
      }),
    ),
  );

  if (input.parsePartial ?? input.finalStatus === 'cancelled') {
    try {
      await parseResults(deps, {
        testId,
        testRunId,
        prefix,
        testTaskConfig: input.testTaskConfig,
        executionStart: deps.now().toISOString(),
        partial: true,
      });
    } catch (error) {
      deps.logger.error('partial results not parsed', { testId, testRunId, error: String(error) });
    }
  }

  await ensureHistoryRow(deps, input);
  const errorReason = input.finalStatus === 'failed' ? errorReasonOf(input.error) : undefined;
  const written = await setRunStatus(deps, input, input.finalStatus, {
    end: true,
    ...(errorReason === undefined ? {} : { errorReason }),
  });
  deps.logger.info('run finished', { testId, testRunId, status: input.finalStatus, errorReason });
  return { status: input.finalStatus, written: written.scenario || written.history, tasksLeft };
}

async function waitForStop(
  deps: OrchestrationDeps,
  refs: Parameters<OrchestrationDeps['launcher']['describe']>[0][],
): Promise<number> {
  const deadline = deps.now().getTime() + deps.settings.stopWaitSeconds * 1000;
  for (;;) {
    const states = await Promise.all(refs.map((ref) => deps.launcher.describe(ref)));
    const left = states.flat().filter((t) => t.phase !== 'STOPPED').length;
    if (left === 0 || deps.now().getTime() >= deadline) return left;
    await deps.sleep(Math.min(1000, Math.max(1, deadline - deps.now().getTime())));
  }
}

/** A run that failed before launch has no history row yet; without one it would vanish from the run list. */
async function ensureHistoryRow(deps: OrchestrationDeps, input: CleanupInput): Promise<void> {
  if ((await deps.history.get(input.testId, input.testRunId)) !== undefined) return;
  const scenario = await deps.scenarios.get(input.testId);
  const row: HistoryRow = {
    testId: input.testId,
    testRunId: input.testRunId,
    prefix: input.prefix,
    status: 'queued',
    startTime: scenario?.startTime,
    endTime: '',
    testDescription: scenario?.testDescription,
    testType: scenario?.testType,
    testTaskConfigs: scenario?.testTaskConfigs,
  };
  if (await deps.history.put(row, { ifAbsent: true })) {
    await deps.scenarios.increment(input.testId, 'totalTestRuns');
  }
}

/**
 * The cause as a sentence. A Lambda error's Cause is JSON (`{"errorMessage": …}`); a Fail state's is plain text.
 */
export function errorReasonOf(error: CleanupInput['error']): string {
  const cause = error?.Cause;
  if (cause === undefined || cause === '')
    return error?.Error ? `The run failed (${error.Error})` : 'The run failed';
  try {
    const parsed = JSON.parse(cause) as { errorMessage?: unknown };
    if (typeof parsed.errorMessage === 'string') return parsed.errorMessage;
  } catch {
    // plain text
  }
  return cause;
}
