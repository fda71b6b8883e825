import {
  DescribeTasksCommand,
  type DesiredStatus,
  type ECSClient,
  ListTasksCommand,
  type Task,
} from '@aws-sdk/client-ecs';
import { LOAD_TESTER_CONTAINER, type TaskStatus } from '@dlt/shared';
import { chunks } from './aws-errors.js';

/** DescribeTasks accepts at most 100 task ARNs per call. */
export const DESCRIBE_TASKS_MAX = 100;

/**
 * ECS documents that `startedBy`, when given, must be ListTasks' only filter (and rejects it with others
 * such as `family`), so a query is either a run's tasks (desired status RUNNING, the default) or every task
 * of the cluster with one desired status.
 */
export type TaskListFilter = { cluster: string } & ({ startedBy: string } | { desiredStatus: DesiredStatus });

/** Every task ARN ListTasks returns for the filter, across pages. */
export async function listTaskArns(ecs: ECSClient, filter: TaskListFilter): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await ecs.send(
      new ListTasksCommand({
        cluster: filter.cluster,
        ...('startedBy' in filter
          ? { startedBy: filter.startedBy }
          : { desiredStatus: filter.desiredStatus }),
        ...(nextToken ? { nextToken } : {}),
      }),
    );
    arns.push(...(page.taskArns ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return arns;
}

/** The tasks behind `arns`. Tasks ECS no longer knows (stopped long ago) are simply absent. */
export async function describeTasks(
  ecs: ECSClient,
  cluster: string,
  arns: readonly string[],
): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const slice of chunks(arns, DESCRIBE_TASKS_MAX)) {
    const out = await ecs.send(new DescribeTasksCommand({ cluster, tasks: slice }));
    tasks.push(...(out.tasks ?? []));
  }
  return tasks;
}

/** The last segment of `arn:aws:ecs:region:acct:task/cluster/<id>`. */
export function taskIdFromArn(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

export function toTaskStatus(task: Task): TaskStatus {
  const taskId = taskIdFromArn(task.taskArn ?? '');
  if (task.lastStatus === 'STOPPED') {
    const status: TaskStatus = { taskId, phase: 'STOPPED' };
    const exitCode = task.containers?.find((c) => c.name === LOAD_TESTER_CONTAINER)?.exitCode;
    if (exitCode !== undefined) status.exitCode = exitCode;
    if (task.stopCode) status.stopCode = task.stopCode;
    if (task.stoppedReason) status.stoppedReason = task.stoppedReason;
    return status;
  }
  // The container health check passes only once the task has its scenario and scripts (DLT's readiness).
  return { taskId, phase: task.healthStatus === 'HEALTHY' ? 'READY' : 'PENDING' };
}

/** The load-tester container's override environment, as the launcher set it. */
export function overrideEnvironment(task: Task): Record<string, string> {
  const override = task.overrides?.containerOverrides?.find((o) => o.name === LOAD_TESTER_CONTAINER);
  const env: Record<string, string> = {};
  for (const pair of override?.environment ?? []) {
    if (pair.name !== undefined && pair.value !== undefined) env[pair.name] = pair.value;
  }
  return env;
}
