import { completionPrefix } from '@dlt/shared/storage';
import type { OrchestrationDeps } from '../deps.js';
import { type CompletionOutput, type RegionItem, regionRef, taskCountOf } from './region-item.js';
import { BREACHED_RUN_ATTRIBUTE } from './task-failure.js';

const GRACEFUL_EXIT_CODES = new Set([0, 143]);

/**
 * The task-status-checker step. A region is complete once every task has either left its completion marker or
 * failed (stopped without one), so a run finishes with its survivors. The healthy threshold is judged over the
 * whole run by the task-failure handler, which records a breach; this step then ends the run with that reason. It also
 * ends at the deadline: the start instant + test duration + grace.
 */
export async function checkCompletion(deps: OrchestrationDeps, item: RegionItem): Promise<CompletionOutput> {
  const { testId, testRunId, prefix } = item;
  const region = item.config.region;
  const taskCount = taskCountOf(item.config);

  const scenario = await deps.scenarios.get(testId);
  const markers = await deps.objects.listAll(completionPrefix(testId, prefix, region));
  const completedIds = new Set(markers.map((m) => m.key.slice(m.key.lastIndexOf('/') + 1)));
  const tasks = await deps.launcher.describe(regionRef(item));
  const failed = tasks.filter(
    (t) => t.phase === 'STOPPED' && !completedIds.has(t.taskId) && !GRACEFUL_EXIT_CODES.has(t.exitCode ?? -1),
  ).length;
  const completed = completedIds.size;
  const base = { completed, failed };

  if (scenario?.currentTestRunId === testRunId && scenario[BREACHED_RUN_ATTRIBUTE] === testRunId) {
    const reason = scenario.errorReason || 'Task failure threshold breached';
    return { ...base, isComplete: false, timedOut: true, reason };
  }
  if (scenario?.currentTestRunId === testRunId && scenario.status !== 'running') {
    const reason = scenario.errorReason || `The test is ${scenario.status ?? 'gone'}`;
    return { ...base, isComplete: false, timedOut: true, reason };
  }
  if (completed + failed >= taskCount) return { ...base, isComplete: true, timedOut: false };

  const startAt = item.start?.startAt ?? item.startAt ?? deps.now().getTime();
  const deadline = startAt + (item.testDuration + deps.settings.completionGraceSeconds) * 1000;
  if (deps.now().getTime() > deadline) {
    return { ...base, isComplete: false, timedOut: true, reason: 'Test execution timed out' };
  }
  return { ...base, isComplete: false, timedOut: false };
}
