import { cleanUpRun, type OrchestrationDeps, type RegionConfig } from '@dlt/orchestration';
import type { TestStatus } from '@dlt/shared/storage';
import { LocalTaskLauncher } from './local-launcher.js';

/** Statuses of a run some process was driving. Saved, scheduled and finished scenarios are left alone. */
const ACTIVE: readonly TestStatus[] = [
  'queued',
  'provisioning',
  'running',
  'parsing results',
  'cleaning up',
  'cancelling',
];

export interface ReconcileResult {
  testId: string;
  testRunId?: string;
  status: TestStatus;
}

/**
 * After `dlt local up` died mid-run (SIGKILL, power loss), nothing drives its runs any more: the execution lived
 * in the dead process. On the next start every such run is ended: leftover workers are stopped (they save
 * partial results on SIGTERM), whatever results reached storage are parsed, and the run is marked failed with
 * the reason (or cancelled, if a cancel was under way). Nothing stays `running`, and no saved result is lost.
 */
export async function reconcileInterruptedRuns(
  deps: OrchestrationDeps,
  opts: { stateDir: string; workerScript: string },
): Promise<ReconcileResult[]> {
  const killed = await LocalTaskLauncher.killLeftovers(opts.stateDir, opts.workerScript);
  if (killed.length > 0) deps.logger.warn('stopped leftover workers', { count: killed.length });

  const ended: ReconcileResult[] = [];
  for (const summary of await deps.scenarios.list()) {
    if (summary.status === undefined || !ACTIVE.includes(summary.status)) continue;
    const row = await deps.scenarios.get(summary.testId);
    const testRunId = typeof row?.currentTestRunId === 'string' ? row.currentTestRunId : undefined;
    const finalStatus = summary.status === 'cancelling' ? 'cancelled' : 'failed';
    const history = testRunId === undefined ? undefined : await deps.history.get(summary.testId, testRunId);
    const prefix = typeof history?.prefix === 'string' ? history.prefix : undefined;
    if (testRunId === undefined || prefix === undefined) {
      // Never launched: nothing to stop or parse.
      await deps.scenarios.updateStatus(
        summary.testId,
        finalStatus,
        {},
        { setIfMissing: { errorReason: REASON } },
      );
    } else {
      const configs = Array.isArray(row?.testTaskConfigs) ? (row.testTaskConfigs as RegionConfig[]) : [];
      await cleanUpRun(deps, {
        testId: summary.testId,
        testRunId,
        prefix,
        testTaskConfig: configs,
        finalStatus,
        parsePartial: true,
        error: { Error: 'Dlt.Interrupted', Cause: REASON },
      });
    }
    ended.push({ testId: summary.testId, ...(testRunId ? { testRunId } : {}), status: finalStatus });
  }
  return ended;
}

const REASON =
  'Local mode stopped while the test was running; the run was ended on the next start with the results its tasks saved';
