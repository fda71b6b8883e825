import type { TestStatus } from '@dlt/shared/storage';
import { toDltTimestamp } from '@dlt/shared/storage';
import type { OrchestrationDeps } from '../deps.js';

/**
 * Moves the scenario and the run's history row to `to` together, each under the guarded transition rule. The
 * scenario is only touched while this run is its current one: a stale step must not move a newer run.
 */
export async function setRunStatus(
  deps: OrchestrationDeps,
  run: { testId: string; testRunId: string },
  to: TestStatus,
  opts: { errorReason?: string; end?: boolean } = {},
): Promise<{ scenario: boolean; history: boolean }> {
  const set: Record<string, unknown> = opts.end ? { endTime: toDltTimestamp(deps.now()) } : {};
  const setIfMissing = opts.errorReason === undefined ? {} : { errorReason: opts.errorReason };
  const row = await deps.scenarios.get(run.testId);
  let scenario = false;
  if (row !== undefined && row.currentTestRunId === run.testRunId) {
    const result = await deps.scenarios.updateStatus(run.testId, to, set, { setIfMissing });
    scenario = result.ok;
    if (!result.ok) deps.logger.info('scenario status kept', { ...run, to, current: row.status });
  }
  const history = await deps.history.updateStatus(run.testId, run.testRunId, to, set, { setIfMissing });
  return { scenario, history: history.ok };
}
