import type { OrchestrationDeps } from '../deps.js';
import {
  healthyPercent,
  type ReadinessOutput,
  type RegionItem,
  regionRef,
  taskCountOf,
} from './region-item.js';

/**
 * The readiness-check step. READY once every task that is still alive has reported ready and the ones that died
 * stay within the healthy threshold; FAILED when too many died or the readiness timeout passed; else PENDING.
 */
export async function checkReadiness(deps: OrchestrationDeps, item: RegionItem): Promise<ReadinessOutput> {
  const taskCount = taskCountOf(item.config);
  const tasks = await deps.launcher.describe(regionRef(item));
  const ready = tasks.filter((t) => t.phase === 'READY').length;
  const stoppedTasks = tasks.filter((t) => t.phase === 'STOPPED');
  const stopped = stoppedTasks.length;
  const threshold = await healthyThreshold(deps, item.testId);
  const region = item.config.region;

  if (healthyPercent(taskCount, stopped) < threshold) {
    const first = stoppedTasks[0];
    const why = first?.stoppedReason ? ` (${first.stoppedReason})` : '';
    return {
      status: 'FAILED',
      ready,
      stopped,
      reason: `${stopped} of ${taskCount} tasks in ${region} stopped before they were ready${why}`,
    };
  }
  if (ready > 0 && ready + stopped >= taskCount) return { status: 'READY', ready, stopped };

  const launchedAt = item.launch?.launchedAt ?? deps.now().getTime();
  const waitedSeconds = (deps.now().getTime() - launchedAt) / 1000;
  if (waitedSeconds > deps.settings.readinessTimeoutSeconds) {
    return {
      status: 'FAILED',
      ready,
      stopped,
      reason: `Tasks in ${region} were not ready after ${deps.settings.readinessTimeoutSeconds} s: ${ready} of ${taskCount} ready`,
    };
  }
  return { status: 'PENDING', ready, stopped };
}

export async function healthyThreshold(deps: OrchestrationDeps, testId: string): Promise<number> {
  const row = await deps.scenarios.get(testId);
  const value = Number(row?.healthyThreshold);
  return row?.healthyThreshold !== undefined && Number.isFinite(value) && value >= 0 && value <= 100
    ? value
    : deps.settings.defaultHealthyThreshold;
}
