import {
  type ECSClient,
  type Failure,
  RunTaskCommand,
  type RunTaskCommandInput,
  StopTaskCommand,
} from '@aws-sdk/client-ecs';
import {
  type LaunchRequest,
  type LaunchResult,
  LOAD_TESTER_CONTAINER,
  type RegionInfra,
  type RegionRunRef,
  startedByForRun,
  TASK_ENV,
  type TaskLauncher,
  type TaskStatus,
} from '@dlt/shared';
import { chunks, describeError } from './aws-errors.js';
import {
  describeTasks,
  listTaskArns,
  overrideEnvironment,
  taskIdFromArn,
  toTaskStatus,
} from './ecs-tasks.js';

/** RunTask starts at most 10 tasks per call. */
export const RUN_TASK_MAX_COUNT = 10;
/** ECS rejects a StopTask reason longer than this. */
export const STOP_REASON_MAX_LENGTH = 255;
/** StopTask calls in flight at once: enough to stop a large run quickly, few enough to stay off the throttle. */
const STOP_CONCURRENCY = 10;
/** Every task our launchers start has `startedBy` = this prefix + its test run id. */
const STARTED_BY_PREFIX = startedByForRun('');

export interface EcsTaskLauncherOptions {
  /** The ECS client of a region (callers cache them). */
  clientFor: (region: string) => ECSClient;
  /** The registered regions, for `listActive`. */
  regions: () => Promise<RegionInfra[]>;
}

/** Runs load-tester tasks as standalone Fargate tasks, found again by their `startedBy`. */
export class EcsTaskLauncher implements TaskLauncher {
  constructor(private readonly options: EcsTaskLauncherOptions) {}

  async launch(request: LaunchRequest): Promise<LaunchResult> {
    const input = this.runTaskInput(request);
    if (typeof input === 'string') return { launched: 0, failures: [input] };
    const ecs = this.options.clientFor(request.region);
    let launched = 0;
    const failures: string[] = [];
    for (const count of batchSizes(request.taskCount)) {
      try {
        const out = await ecs.send(new RunTaskCommand({ ...input, count }));
        launched += out.tasks?.length ?? 0;
        failures.push(...(out.failures ?? []).map(formatFailure));
      } catch (err) {
        // The tasks of earlier batches are running: report them, and let the caller decide (it stops the run).
        failures.push(
          `RunTask failed in ${request.region} after ${launched} of ${request.taskCount} tasks were started; ` +
            `no further tasks were requested: ${describeError(err)}`,
        );
        break;
      }
    }
    return { launched, failures };
  }

  async describe(ref: RegionRunRef): Promise<TaskStatus[]> {
    const cluster = ref.infra.taskCluster;
    if (!cluster) return [];
    const ecs = this.options.clientFor(ref.region);
    const startedBy = startedByForRun(ref.testRunId);
    // ListTasks cannot filter stopped tasks by startedBy (see TaskListFilter): the cluster's recently stopped
    // tasks are described and this run's kept. A task that stops between the two calls is in both lists; the
    // Set keeps one entry for it.
    const running = await listTaskArns(ecs, { cluster, startedBy });
    const stopped = await listTaskArns(ecs, { cluster, desiredStatus: 'STOPPED' });
    const tasks = await describeTasks(ecs, cluster, [...new Set([...running, ...stopped])]);
    return tasks.filter((task) => task.startedBy === startedBy).map(toTaskStatus);
  }

  async stop(ref: RegionRunRef, reason: string): Promise<void> {
    const cluster = ref.infra.taskCluster;
    if (!cluster) return;
    const ecs = this.options.clientFor(ref.region);
    // Only tasks whose desired status is still RUNNING are listed: the others are already on their way down.
    const arns = await listTaskArns(ecs, { cluster, startedBy: startedByForRun(ref.testRunId) });
    const stopReason = reason.slice(0, STOP_REASON_MAX_LENGTH);
    const errors: string[] = [];
    for (const slice of chunks(arns, STOP_CONCURRENCY)) {
      const results = await Promise.allSettled(
        slice.map((task) => ecs.send(new StopTaskCommand({ cluster, task, reason: stopReason }))),
      );
      results.forEach((result, i) => {
        if (result.status === 'rejected') {
          errors.push(`${taskIdFromArn(slice[i] ?? '')}: ${describeError(result.reason)}`);
        }
      });
    }
    if (errors.length > 0) {
      throw new Error(
        `Could not stop ${errors.length} of ${arns.length} tasks of run ${ref.testRunId} in ${ref.region}: ` +
          errors.join('; '),
      );
    }
  }

  async listActive(): Promise<Array<RegionRunRef & { taskId: string }>> {
    const regions = (await this.options.regions()).filter((infra) => infra.taskCluster);
    const results = await Promise.allSettled(regions.map((infra) => this.activeIn(infra)));
    const errors = results.flatMap((r, i) =>
      r.status === 'rejected' ? [`${regions[i]?.region}: ${describeError(r.reason)}`] : [],
    );
    // A partial list would let the orphan cleanup believe a region is clean; better to fail loudly.
    if (errors.length > 0) throw new Error(`Could not list the running tasks of ${errors.join('; ')}`);
    return results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
  }

  private async activeIn(infra: RegionInfra): Promise<Array<RegionRunRef & { taskId: string }>> {
    const cluster = infra.taskCluster ?? '';
    const ecs = this.options.clientFor(infra.region);
    const arns = await listTaskArns(ecs, { cluster, desiredStatus: 'RUNNING' });
    const tasks = await describeTasks(ecs, cluster, arns);
    return tasks
      .filter((task) => task.startedBy?.startsWith(STARTED_BY_PREFIX))
      .map((task) => {
        const env = overrideEnvironment(task);
        return {
          taskId: taskIdFromArn(task.taskArn ?? ''),
          testRunId: (task.startedBy ?? '').slice(STARTED_BY_PREFIX.length),
          // Every task the launcher starts carries TEST_ID; an empty one marks a task of unknown origin.
          testId: env[TASK_ENV.testId] ?? '',
          region: env[TASK_ENV.region] || infra.region,
          infra,
        };
      });
  }

  /** The RunTask input shared by every batch, or why the region cannot launch. */
  private runTaskInput(request: LaunchRequest): Omit<RunTaskCommandInput, 'count'> | string {
    const { infra, region } = request;
    if (!Number.isInteger(request.taskCount) || request.taskCount < 1) {
      return `Cannot launch ${request.taskCount} tasks in ${region}: the task count must be a positive integer.`;
    }
    if (!infra.taskCluster) return `Region ${region} has no ECS cluster registered; no tasks were launched.`;
    const taskDefinition = infra.taskDefinition || request.hubTaskDefinition;
    if (!taskDefinition) {
      return `Region ${region} has no task definition registered and no hub task definition was given; no tasks were launched.`;
    }
    const subnets = [infra.subnetA, infra.subnetB].filter((s): s is string => Boolean(s));
    if (subnets.length === 0) return `Region ${region} has no subnets registered; no tasks were launched.`;
    return {
      cluster: infra.taskCluster,
      taskDefinition,
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets,
          securityGroups: infra.taskSecurityGroup ? [infra.taskSecurityGroup] : [],
          // Public subnets need a public IP to pull the image and reach S3 without a NAT gateway; private
          // subnets (the regional module's NAT option, registered as DISABLED) must not ask for one.
          assignPublicIp: infra.assignPublicIp === 'DISABLED' ? 'DISABLED' : 'ENABLED',
        },
      },
      overrides: {
        containerOverrides: [
          {
            name: LOAD_TESTER_CONTAINER,
            environment: Object.entries(request.environment).map(([name, value]) => ({ name, value })),
          },
        ],
      },
      startedBy: startedByForRun(request.testRunId),
      tags: [
        { key: 'TestId', value: request.testId },
        { key: 'TestRunId', value: request.testRunId },
      ],
      enableECSManagedTags: true,
      propagateTags: 'TASK_DEFINITION',
    };
  }
}

/** 25 → [10, 10, 5]. */
export function batchSizes(taskCount: number): number[] {
  const sizes: number[] = [];
  for (let left = taskCount; left > 0; left -= RUN_TASK_MAX_COUNT)
    sizes.push(Math.min(left, RUN_TASK_MAX_COUNT));
  return sizes;
}

function formatFailure(failure: Failure): string {
  const detail = failure.detail ? ` (${failure.detail})` : '';
  return `${failure.arn ?? 'unknown resource'}: ${failure.reason ?? 'no reason given'}${detail}`;
}
