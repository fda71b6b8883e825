/**
 * The per-test environment of a load-tester task: the names DLT's task-runner sets (§3.2), plus ours. The ECS
 * launcher passes it as container overrides, the local launcher as the worker process environment, and the
 * worker's task-host mode reads it back with `readTaskEnvironment`.
 */
export interface TaskEnvironmentInput {
  /** The hub region (`MAIN_STACK_REGION`): where the bucket and tables are. */
  mainRegion: string;
  bucket: string;
  testId: string;
  testRunId: string;
  testType: string;
  fileType: string;
  showLive: boolean;
  taskCount: number;
  prefix: string;
  /** The region the task runs in (its results are grouped under it). */
  region: string;
}

export const TASK_ENV = {
  mainRegion: 'MAIN_STACK_REGION',
  bucket: 'S3_BUCKET',
  testId: 'TEST_ID',
  testRunId: 'TEST_RUN_ID',
  testType: 'TEST_TYPE',
  fileType: 'FILE_TYPE',
  liveData: 'LIVE_DATA_ENABLED',
  taskCount: 'TASK_COUNT',
  prefix: 'PREFIX',
  region: 'DLT_REGION',
  /** Set per task by launchers that can (local); absent on ECS, where tasks in one RunTask call share overrides. */
  taskIndex: 'TASK_INDEX',
  /** Local mode only: the S3 stand-in's endpoint. Absent on AWS. */
  s3Endpoint: 'DLT_S3_ENDPOINT',
} as const;

export function taskEnvironment(input: TaskEnvironmentInput): Record<string, string> {
  return {
    [TASK_ENV.mainRegion]: input.mainRegion,
    [TASK_ENV.bucket]: input.bucket,
    [TASK_ENV.testId]: input.testId,
    [TASK_ENV.testRunId]: input.testRunId,
    [TASK_ENV.testType]: input.testType,
    [TASK_ENV.fileType]: input.fileType,
    // DLT's odd form, kept: the container prefixes its console lines with it.
    [TASK_ENV.liveData]: `live=${input.showLive}`,
    [TASK_ENV.taskCount]: String(input.taskCount),
    [TASK_ENV.prefix]: input.prefix,
    [TASK_ENV.region]: input.region,
  };
}

export class TaskEnvironmentError extends Error {}

export interface TaskEnvironment extends TaskEnvironmentInput {
  taskIndex?: number;
  s3Endpoint?: string;
}

/** Reads and checks a task's environment; the message names every missing or bad variable. */
export function readTaskEnvironment(env: Record<string, string | undefined>): TaskEnvironment {
  const problems: string[] = [];
  const text = (name: string): string => {
    const value = env[name];
    if (value === undefined || value === '') problems.push(`${name} is not set`);
    return value ?? '';
  };
  const count = (name: string, min: number): number => {
    const value = env[name];
    if (value === undefined || !/^\d+$/.test(value) || Number(value) < min) {
      problems.push(`${name} must be an integer >= ${min}, got ${JSON.stringify(value)}`);
      return min;
    }
    return Number(value);
  };
  const out: TaskEnvironment = {
    mainRegion: text(TASK_ENV.mainRegion),
    bucket: text(TASK_ENV.bucket),
    testId: text(TASK_ENV.testId),
    testRunId: text(TASK_ENV.testRunId),
    testType: env[TASK_ENV.testType] || 'simple',
    fileType: env[TASK_ENV.fileType] || 'none',
    showLive: env[TASK_ENV.liveData] === 'live=true',
    taskCount: count(TASK_ENV.taskCount, 1),
    prefix: text(TASK_ENV.prefix),
    region: env[TASK_ENV.region] || env.AWS_REGION || text(TASK_ENV.region),
  };
  if (env[TASK_ENV.taskIndex] !== undefined) {
    out.taskIndex = count(TASK_ENV.taskIndex, 0);
    if (out.taskIndex >= out.taskCount) {
      problems.push(`${TASK_ENV.taskIndex} must be below ${TASK_ENV.taskCount} (${out.taskCount})`);
    }
  }
  if (env[TASK_ENV.s3Endpoint]) out.s3Endpoint = env[TASK_ENV.s3Endpoint];
  if (problems.length > 0) throw new TaskEnvironmentError(`bad task environment: ${problems.join('; ')}`);
  return out;
}
