import type { OrchestrationDeps } from '../deps.js';
import type { CleanupInput } from './cleanup.js';
import type { RegionConfig } from './region-item.js';
import { setRunStatus } from './run-status.js';

export interface CancelInput {
  testId: string;
  /** The run to cancel; defaults to the scenario's current run. */
  testRunId?: string;
}

export interface CancelOutput {
  testRunId?: string;
  executionStopped: boolean;
  cleanupStarted: boolean;
}

/**
 * The task-canceler step: stops the execution, marks the run `cancelling`, and hands the rest to cleanup
 * (asynchronously, as DLT does): stop the tasks, keep their partial results, end in `cancelled`.
 */
export async function cancelRun(deps: OrchestrationDeps, input: CancelInput): Promise<CancelOutput> {
  const scenario = await deps.scenarios.get(input.testId);
  const testRunId =
    input.testRunId ??
    (typeof scenario?.currentTestRunId === 'string' ? scenario.currentTestRunId : undefined);
  if (scenario === undefined || testRunId === undefined) {
    deps.logger.warn('cancel: no run to cancel', { testId: input.testId });
    return { executionStopped: false, cleanupStarted: false };
  }
  const executionStopped = await deps.executions.stop(testRunId, 'User cancelled via API');
  const run = { testId: input.testId, testRunId };
  await setRunStatus(deps, run, 'cancelling');

  const history = await deps.history.get(input.testId, testRunId);
  const prefix = typeof history?.prefix === 'string' ? history.prefix : undefined;
  if (prefix === undefined) {
    // Nothing was launched (the run never got past the queue): there is nothing to stop or parse.
    await setRunStatus(deps, run, 'cancelled', { end: true });
    return { testRunId, executionStopped, cleanupStarted: false };
  }
  const cleanup: CleanupInput = {
    testId: input.testId,
    testRunId,
    prefix,
    testTaskConfig: await withInfra(deps, regionsOf(scenario.testTaskConfigs)),
    finalStatus: 'cancelled',
    parsePartial: true,
  };
  await deps.invoker.invoke('test-cleanup', cleanup);
  return { testRunId, executionStopped, cleanupStarted: true };
}

function regionsOf(configs: unknown): RegionConfig[] {
  if (!Array.isArray(configs)) return [];
  return configs.filter((c): c is RegionConfig => typeof c?.region === 'string');
}

/** Cleanup stops tasks per region, and on AWS needs each region's cluster from its `region-*` row. */
async function withInfra(deps: OrchestrationDeps, configs: RegionConfig[]): Promise<RegionConfig[]> {
  return Promise.all(
    configs.map(async (c) => ({ ...((await deps.scenarios.getRegion(c.region)) ?? {}), ...c })),
  );
}
