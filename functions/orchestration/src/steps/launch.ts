import { taskEnvironment } from '@dlt/shared';
import type { HistoryRow } from '@dlt/shared/storage';
import type { OrchestrationDeps } from '../deps.js';
import { type LaunchOutput, type RegionItem, regionRef, taskCountOf } from './region-item.js';
import { setRunStatus } from './run-status.js';

export class LaunchError extends Error {
  override name = 'LaunchError';
}

/**
 * The task-runner step: records the run, marks it provisioning and launches the region's tasks with the
 * per-test environment. Launching fewer tasks than asked fails the region; cleanup stops the ones that started.
 */
export async function launchRegion(deps: OrchestrationDeps, item: RegionItem): Promise<LaunchOutput> {
  const { testId, testRunId, prefix } = item;
  const region = item.config.region;
  const taskCount = taskCountOf(item.config);
  const scenario = await deps.scenarios.get(testId);
  if (scenario === undefined) throw new LaunchError(`Test ${testId} no longer exists`);
  if (scenario.currentTestRunId !== testRunId) {
    throw new LaunchError(`Run ${testRunId} is no longer the current run of test ${testId}`);
  }
  await recordRun(deps, item, scenario);
  await setRunStatus(deps, item, 'provisioning');

  const environment = taskEnvironment({
    mainRegion: deps.settings.mainRegion,
    bucket: deps.settings.bucket,
    testId,
    testRunId,
    testType: item.testType,
    fileType: item.fileType,
    showLive: item.showLive,
    taskCount,
    prefix,
    region,
  });
  const hub = item.config.taskDefinition === undefined ? await hubTaskDefinition(deps) : undefined;
  const launchedAt = deps.now().getTime();
  const result = await deps.launcher.launch({
    ...regionRef(item),
    taskCount,
    environment,
    ...(hub === undefined ? {} : { hubTaskDefinition: hub }),
  });
  deps.logger.info('tasks launched', {
    testId,
    testRunId,
    region,
    asked: taskCount,
    launched: result.launched,
  });
  if (result.launched < taskCount) {
    const why = result.failures.length > 0 ? `: ${result.failures.slice(0, 3).join('; ')}` : '';
    throw new LaunchError(`Launched ${result.launched} of ${taskCount} tasks in ${region}${why}`);
  }
  return { launched: result.launched, launchedAt };
}

/** The run's history row, written once by whichever region gets there first (DLT counts the run then). */
async function recordRun(
  deps: OrchestrationDeps,
  item: RegionItem,
  scenario: NonNullable<Awaited<ReturnType<OrchestrationDeps['scenarios']['get']>>>,
): Promise<void> {
  const row: HistoryRow = {
    testId: item.testId,
    testRunId: item.testRunId,
    prefix: item.prefix,
    status: 'queued',
    startTime: scenario.startTime,
    endTime: '',
    testDescription: scenario.testDescription,
    testType: scenario.testType,
    testTaskConfigs: scenario.testTaskConfigs,
    testScenario: parseScenario(scenario.testScenario),
    scheduleTimezone: scenario.scheduleTimezone,
    ...(scenario.criteria === undefined ? {} : { criteria: scenario.criteria }),
  };
  if (await deps.history.put(row, { ifAbsent: true })) {
    await deps.scenarios.increment(item.testId, 'totalTestRuns');
  }
}

function parseScenario(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** A spoke region has no task definition of its own: the hub's is cloned (DLT §8). */
async function hubTaskDefinition(deps: OrchestrationDeps): Promise<string | undefined> {
  const rows = await deps.scenarios.listRegions();
  const hub = rows.find((r) => typeof r.taskDefinition === 'string' && r.taskDefinition !== '');
  return hub?.taskDefinition;
}
