import type { RegionRunRef } from '@dlt/shared';
import { type TestStatus, toDltTimestamp } from '@dlt/shared/storage';
import type { OrchestrationDeps } from '../deps.js';

export const ORPHAN_STOP_REASON = 'Orphaned: no running execution';
export const ORPHAN_ERROR_REASON =
  'The run was orphaned: its tasks were still active but no execution was running it, so they were stopped.';

/** The statuses of a run in progress; only these are moved to failed. A schedule or a saved edit is not a run. */
const IN_PROGRESS_STATUSES: readonly (TestStatus | undefined)[] = [
  'queued',
  'provisioning',
  'running',
  'parsing results',
  'cleaning up',
];

export interface OrphanCleanupResult {
  /** Runs with active tasks that were examined. */
  checked: number;
  /** Runs whose execution was no longer running. */
  orphanedRuns: number;
  /** Regions whose tasks were stopped. */
  stoppedRegions: number;
  /** Checks, stops and status writes that failed; each is logged. */
  failures: number;
}

interface ActiveRun {
  testId: string;
  testRunId: string;
  /** One ref per region (tasks of a run in one region share it). */
  regions: Map<string, RegionRunRef>;
}

function groupByRun(active: Array<RegionRunRef & { taskId: string }>): ActiveRun[] {
  const runs = new Map<string, ActiveRun>();
  for (const { taskId: _taskId, ...ref } of active) {
    let run = runs.get(ref.testRunId);
    if (run === undefined) {
      run = { testId: ref.testId, testRunId: ref.testRunId, regions: new Map() };
      runs.set(ref.testRunId, run);
    }
    if (!run.regions.has(ref.region)) run.regions.set(ref.region, ref);
  }
  return [...runs.values()];
}

/** Where a cancel was under way, its conclusion is the honest end; anything else in progress failed. */
function finalStatusFor(current: TestStatus | undefined): TestStatus | undefined {
  if (current === 'cancelling') return 'cancelled';
  return IN_PROGRESS_STATUSES.includes(current) ? 'failed' : undefined;
}

/**
 * The orphan cleanup (safety layer 3, hourly): stops the tasks of every run whose execution is gone, so a
 * crashed or lost execution cannot leave tasks generating load and cost, and ends the run's status if it still
 * shows as in progress. A failing check, stop or write is counted and logged and the sweep goes on.
 */
export async function cleanUpOrphans(deps: OrchestrationDeps): Promise<OrphanCleanupResult> {
  const runs = groupByRun(await deps.launcher.listActive());
  const result: OrphanCleanupResult = {
    checked: runs.length,
    orphanedRuns: 0,
    stoppedRegions: 0,
    failures: 0,
  };
  const fail = (message: string, fields: Record<string, unknown>, error: unknown) => {
    result.failures += 1;
    deps.logger.error(message, {
      event: 'OrphanCleanupFailure',
      ...fields,
      error: error instanceof Error ? error.message : String(error),
    });
  };

  for (const run of runs) {
    const ids = { testId: run.testId, testRunId: run.testRunId };
    let running: boolean;
    try {
      running = await deps.executions.isRunning(run.testRunId);
    } catch (error) {
      fail('could not tell whether the run is still executing', ids, error);
      continue;
    }
    if (running) continue;

    result.orphanedRuns += 1;
    deps.logger.warn('orphaned run found', {
      event: 'OrphanedRun',
      ...ids,
      regions: [...run.regions.keys()],
    });
    for (const ref of run.regions.values()) {
      try {
        await deps.launcher.stop(ref, ORPHAN_STOP_REASON);
        result.stoppedRegions += 1;
      } catch (error) {
        fail('could not stop orphaned tasks', { ...ids, region: ref.region }, error);
      }
    }
    try {
      await endOrphanedRun(deps, run);
    } catch (error) {
      fail('could not end the orphaned run status', ids, error);
    }
  }

  deps.logger.info('orphan cleanup done', { event: 'OrphanCleanup', ...result });
  return result;
}

async function endOrphanedRun(deps: OrchestrationDeps, run: ActiveRun): Promise<void> {
  const set = { endTime: toDltTimestamp(deps.now()) };
  const opts = { setIfMissing: { errorReason: ORPHAN_ERROR_REASON } };
  const row = await deps.scenarios.get(run.testId);
  // A newer run of the scenario owns its row now; only the orphan's own history row is ended then.
  const scenarioTo = row?.currentTestRunId === run.testRunId ? finalStatusFor(row.status) : undefined;
  if (scenarioTo !== undefined) {
    const written = await deps.scenarios.updateStatus(run.testId, scenarioTo, set, opts);
    deps.logger.info('orphaned run status', { testId: run.testId, to: scenarioTo, updated: written.ok });
  }
  const history = await deps.history.get(run.testId, run.testRunId);
  const historyTo = finalStatusFor(history?.status);
  if (historyTo !== undefined) {
    await deps.history.updateStatus(run.testId, run.testRunId, historyTo, set, opts);
  }
}
