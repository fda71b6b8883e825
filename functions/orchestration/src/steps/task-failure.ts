import { LOAD_TESTER_CONTAINER, TASK_ENV, type TaskStoppedEvent } from '@dlt/shared';
import type { ScenarioRow, TestStatus } from '@dlt/shared/storage';
import type { OrchestrationDeps } from '../deps.js';
import { healthyPercent } from './region-item.js';

/** DLT's task-failure classes (§3.2), as logged for the "Task Failures" query. */
export type TaskFailureClass = 'bzt_error' | 'oom' | 'infrastructure' | 'container_error' | 'unknown';

export interface TaskFailure {
  failureClass: TaskFailureClass;
  exitCode?: number;
  stopCode?: string;
  stoppedReason?: string;
}

/** 0 = done, 143 = SIGTERM (a stop we asked for): neither is a failure. */
const GRACEFUL_EXIT_CODES: readonly number[] = [0, 143];
const INFRASTRUCTURE_STOP_CODES: readonly string[] = [
  'TaskFailedToStart',
  'ServiceSchedulerInitiated',
  'SpotInterruption',
];
/** Both launchers start our tasks with `startedBy = dlt-{testRunId}` (see `startedByForRun`). */
const OUR_STARTED_BY_PREFIX = 'dlt-';
/** A breach only fails a run that is still under way; later phases are past the point where it matters. */
const BREACHABLE_STATUSES: readonly (TestStatus | undefined)[] = ['provisioning', 'running'];

export interface StoppedTaskRun {
  testId: string;
  testRunId: string;
  region: string;
}

export type TaskFailureOutcome =
  | { outcome: 'ignored'; reason: string }
  | { outcome: 'graceful'; run: StoppedTaskRun }
  | { outcome: 'stale'; run: StoppedTaskRun; currentTestRunId: string | undefined }
  | { outcome: 'counted'; run: StoppedTaskRun; failure: TaskFailure; failures: number; desired: number }
  | {
      outcome: 'breached';
      run: StoppedTaskRun;
      failure: TaskFailure;
      failures: number;
      desired: number;
      errorReason: string;
      /** False when the breach could not be recorded on the scenario row (it was deleted meanwhile). */
      statusUpdated: boolean;
    }
  | { outcome: 'error'; message: string };

/** A stop is graceful when every container exited with 0 or 143. A task with no exit codes did not finish. */
export function isGracefulStop(event: TaskStoppedEvent): boolean {
  const containers = event.detail.containers ?? [];
  return (
    containers.length > 0 &&
    containers.every((c) => c.exitCode !== undefined && GRACEFUL_EXIT_CODES.includes(c.exitCode))
  );
}

/** The scenario attribute naming the run whose tasks breached the healthy threshold (read by the completion poll). */
export const BREACHED_RUN_ATTRIBUTE = 'thresholdBreachedRunId';

/**
 * Classifies a failed stop in the reference's order: exit 2 (Taurus error), 137 (killed, usually out of
 * memory), an infrastructure stop code, any other non-zero exit, else unknown. The load-tester container's exit
 * code is the one that counts; a sidecar's is used only when the load tester has none.
 */
export function classifyTaskFailure(event: TaskStoppedEvent): TaskFailure {
  const { stopCode, stoppedReason, containers = [] } = event.detail;
  const loadTester = containers.find((c) => c.name === LOAD_TESTER_CONTAINER);
  const exitCode =
    loadTester?.exitCode ??
    containers.find((c) => c.exitCode !== undefined && !GRACEFUL_EXIT_CODES.includes(c.exitCode))?.exitCode;
  const failure = (failureClass: TaskFailureClass): TaskFailure => ({
    failureClass,
    ...(exitCode === undefined ? {} : { exitCode }),
    ...(stopCode === undefined ? {} : { stopCode }),
    ...(stoppedReason === undefined ? {} : { stoppedReason }),
  });
  if (exitCode === 2) return failure('bzt_error');
  if (exitCode === 137) return failure('oom');
  if (stopCode !== undefined && INFRASTRUCTURE_STOP_CODES.includes(stopCode))
    return failure('infrastructure');
  if (exitCode !== undefined && exitCode !== 0) return failure('container_error');
  return failure('unknown');
}

/** The run a stopped task belonged to, from the environment our launchers put in its container overrides. */
export function runOfStoppedTask(event: TaskStoppedEvent): StoppedTaskRun | undefined {
  const overrides = event.detail.overrides?.containerOverrides ?? [];
  const ordered = [
    ...overrides.filter((o) => o.name === LOAD_TESTER_CONTAINER),
    ...overrides.filter((o) => o.name !== LOAD_TESTER_CONTAINER),
  ];
  for (const override of ordered) {
    const env = new Map((override.environment ?? []).map((e) => [e.name, e.value]));
    const testId = env.get(TASK_ENV.testId);
    const testRunId = env.get(TASK_ENV.testRunId);
    if (testId && testRunId) return { testId, testRunId, region: env.get(TASK_ENV.region) || event.region };
  }
  return undefined;
}

export function thresholdBreachReason(failures: number, desired: number, healthyThreshold: number): string {
  return `Task failure threshold breached: ${failures}/${desired} tasks failed (healthy threshold: ${healthyThreshold}%)`;
}

/** The run's total task count; rows written before `desiredTaskCount` existed fall back to the configs. */
function desiredTaskCount(row: ScenarioRow): number {
  if (typeof row.desiredTaskCount === 'number' && row.desiredTaskCount > 0) return row.desiredTaskCount;
  return (row.testTaskConfigs ?? []).reduce((sum, c) => {
    const count = Number(c.taskCount);
    return Number.isFinite(count) && count > 0 ? sum + count : sum;
  }, 0);
}

/**
 * The task-failure handler: counts a load-tester task that stopped abnormally against its run and fails the run
 * once too few tasks remain healthy; the completion poll then sees the status and ends the run.
 *
 * Never throws: EventBridge would retry, counting the same stop twice. Problems are logged instead.
 */
export async function handleTaskStopped(
  deps: OrchestrationDeps,
  event: TaskStoppedEvent,
): Promise<TaskFailureOutcome> {
  try {
    return await countStoppedTask(deps, event);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.logger.error('task failure handling failed', {
      event: 'TaskFailureHandlerError',
      taskArn: event?.detail?.taskArn,
      error: message,
    });
    return { outcome: 'error', message };
  }
}

async function countStoppedTask(
  deps: OrchestrationDeps,
  event: TaskStoppedEvent,
): Promise<TaskFailureOutcome> {
  const { detail } = event;
  if (detail.lastStatus !== 'STOPPED') return { outcome: 'ignored', reason: `task is ${detail.lastStatus}` };
  if (!detail.startedBy?.startsWith(OUR_STARTED_BY_PREFIX)) {
    return { outcome: 'ignored', reason: 'not a load-tester task' };
  }
  const run = runOfStoppedTask(event);
  if (run === undefined) {
    deps.logger.warn('stopped task has no run environment', { taskArn: detail.taskArn });
    return { outcome: 'ignored', reason: 'no TEST_ID/TEST_RUN_ID in the container overrides' };
  }
  if (isGracefulStop(event)) return { outcome: 'graceful', run };

  const row = await deps.scenarios.get(run.testId);
  if (row === undefined) return { outcome: 'ignored', reason: `test ${run.testId} no longer exists` };
  // A late event from an older run must neither count against nor fail the run now in progress.
  if (row.currentTestRunId !== run.testRunId) {
    const currentTestRunId = typeof row.currentTestRunId === 'string' ? row.currentTestRunId : undefined;
    deps.logger.info('stopped task belongs to an older run', { ...run, currentTestRunId });
    return { outcome: 'stale', run, currentTestRunId };
  }

  const failures = await deps.scenarios.increment(run.testId, 'taskFailureCount');
  if (failures === undefined) return { outcome: 'ignored', reason: `test ${run.testId} no longer exists` };
  const failure = classifyTaskFailure(event);
  const desired = desiredTaskCount(row);
  const healthyThreshold =
    typeof row.healthyThreshold === 'number' ? row.healthyThreshold : deps.settings.defaultHealthyThreshold;
  deps.logger.warn('load-tester task failed', {
    event: 'TaskFailure',
    ...run,
    taskArn: detail.taskArn,
    ...failure,
    failures,
    desired,
    healthyThreshold,
  });

  const counted: TaskFailureOutcome = { outcome: 'counted', run, failure, failures, desired };
  if (!BREACHABLE_STATUSES.includes(row.status)) return counted;
  if (desired <= 0) {
    deps.logger.warn('run has no desired task count; threshold not checked', { ...run });
    return counted;
  }
  if (healthyPercent(desired, failures) >= healthyThreshold) return counted;

  const errorReason = thresholdBreachReason(failures, desired, healthyThreshold);
  // The breach is recorded, not turned into `failed` here: the completion poll sees it and ends the run through
  // cleanup, which stops the tasks, keeps their results and writes the terminal status once. DLT's first
  // errorReason of a run wins.
  const scenarioUpdate = await deps.scenarios.update(run.testId, {
    set: { [BREACHED_RUN_ATTRIBUTE]: run.testRunId },
    setIfMissing: { errorReason },
  });
  const scenario = { ok: scenarioUpdate.ok };
  const history = {
    ok: await deps.history.update(run.testId, run.testRunId, { setIfMissing: { errorReason } }),
  };
  deps.logger.error('task failure threshold breached', {
    event: 'TaskFailureThresholdBreached',
    ...run,
    failures,
    desired,
    healthyThreshold,
    scenarioUpdated: scenario.ok,
    historyUpdated: history.ok,
  });
  return { outcome: 'breached', run, failure, failures, desired, errorReason, statusUpdated: scenario.ok };
}
