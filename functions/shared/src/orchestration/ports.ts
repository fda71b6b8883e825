/**
 * The ports orchestration drives. Each has an AWS adapter (@dlt/aws-adapters) and a local one
 * (@dlt/local-mode); the orchestration steps (@dlt/orchestration) only see these interfaces.
 */

/** A region's infrastructure as its `region-*` row records it (cluster, subnets, roles…), or a local pool. */
export interface RegionInfra {
  region: string;
  taskCluster?: string;
  subnetA?: string;
  subnetB?: string;
  taskSecurityGroup?: string;
  taskDefinition?: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
  ecsCloudWatchLogGroup?: string;
  [attribute: string]: unknown;
}

/** Identifies one run's tasks in one region. */
export interface RegionRunRef {
  testId: string;
  testRunId: string;
  region: string;
  infra: RegionInfra;
}

export interface LaunchRequest extends RegionRunRef {
  taskCount: number;
  /** The per-test environment every task gets (`taskEnvironment`). Launchers add TASK_INDEX where they can. */
  environment: Record<string, string>;
  /** The hub's task definition, cloned for a spoke region on AWS. */
  hubTaskDefinition?: string;
}

export interface LaunchResult {
  /** Tasks the platform accepted. Fewer than asked is a launch failure the caller reports. */
  launched: number;
  /** Why tasks were not launched (ECS RunTask `failures[]`, a spawn error…). */
  failures: string[];
}

export type TaskPhase = 'PENDING' | 'READY' | 'STOPPED';

export interface TaskStatus {
  taskId: string;
  phase: TaskPhase;
  /** The load-tester container's exit code once STOPPED (137 = killed, 143 = SIGTERM, graceful). */
  exitCode?: number;
  /** ECS `stopCode` (TaskFailedToStart, EssentialContainerExited, UserInitiated…) or a local equivalent. */
  stopCode?: string;
  stoppedReason?: string;
}

export interface TaskLauncher {
  launch(request: LaunchRequest): Promise<LaunchResult>;
  /** Every task launched for this run in this region, in any phase. */
  describe(ref: RegionRunRef): Promise<TaskStatus[]>;
  /** Stops every task of the run in the region (SIGTERM: tasks write partial results). Idempotent. */
  stop(ref: RegionRunRef, reason: string): Promise<void>;
  /** Every task this launcher knows of that is not STOPPED, for the orphan cleanup. */
  listActive(): Promise<Array<RegionRunRef & { taskId: string }>>;
}

/** The state machine's executions: Step Functions on AWS, the in-process runner locally. */
export interface RunExecutions {
  start(name: string, input: unknown): Promise<{ executionId: string }>;
  /** Stops the execution running this test run, if any; false when none was running. */
  stop(testRunId: string, cause: string): Promise<boolean>;
  /** Whether an execution for this test run is still running (the orphan cleanup's test). */
  isRunning(testRunId: string): Promise<boolean>;
}

/** Publishes a message on an MQTT topic: IoT Core's data plane on AWS, the embedded broker locally. */
export interface LivePublisher {
  publish(topic: string, payload: unknown): Promise<void>;
}

/** What a schedule sends when it fires: the API's own POST /scenarios, as DLT's EventBridge target does. */
export interface ScheduledRequest {
  resource: '/scenarios';
  httpMethod: 'POST';
  body: string;
}

export interface OnceSchedule {
  name: string;
  /** Wall-clock time in `timezone`, `YYYY-MM-DDTHH:MM:SS`. */
  at: string;
  timezone: string;
  request: ScheduledRequest;
  /** Delete the schedule once it has fired (EventBridge ActionAfterCompletion DELETE). */
  deleteAfterFiring: boolean;
}

export interface CronSchedule {
  name: string;
  /** The AWS 6-field form, `cron(m h dom mon dow year)`. */
  expression: string;
  timezone: string;
  /** Last instant the schedule may fire, ISO 8601 with offset. */
  endDate?: string;
  request: ScheduledRequest;
}

/** EventBridge Scheduler on AWS, a timer-driven scheduler locally. Names follow DLT: `{testId}Create|Scheduled`. */
export interface Scheduler {
  putOnce(schedule: OnceSchedule): Promise<void>;
  putCron(schedule: CronSchedule): Promise<void>;
  /** Deletes the schedule if it exists. */
  delete(name: string): Promise<void>;
}

/** Invokes another orchestration step asynchronously (Lambda `Event` invoke on AWS, a direct call locally). */
export interface StepInvoker {
  invoke(step: 'test-cleanup' | 'results-parser', payload: unknown): Promise<void>;
}

/**
 * The fields of EventBridge's "ECS Task State Change" event (lastStatus STOPPED) that the task-failure handler
 * reads. The local launcher emits the same shape when a worker process dies. The run is identified from the
 * container overrides' environment (TEST_ID, TEST_RUN_ID, DLT_REGION), which both launchers set.
 */
export interface TaskStoppedEvent {
  source: 'aws.ecs';
  'detail-type': 'ECS Task State Change';
  region: string;
  detail: {
    taskArn: string;
    clusterArn?: string;
    lastStatus: string;
    /** `dlt-{testRunId}` for tasks our launchers start. */
    startedBy?: string;
    stopCode?: string;
    stoppedReason?: string;
    containers: Array<{ name: string; exitCode?: number; reason?: string }>;
    overrides?: {
      containerOverrides?: Array<{ name?: string; environment?: Array<{ name: string; value: string }> }>;
    };
  };
}

/** The load-tester container's name in the task definition (and in local stopped-task events). */
export const LOAD_TESTER_CONTAINER = 'load-tester';

/** ECS `startedBy` (at most 128 chars) for a run's tasks: how launchers find them again. */
export function startedByForRun(testRunId: string): string {
  return `dlt-${testRunId}`;
}
