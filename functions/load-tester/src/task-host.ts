import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { readTaskEnvironment, type TaskEnvironment } from '@dlt/shared';
import {
  completionMarkerKey,
  createStorageClients,
  ObjectStore,
  startSignalKey,
  taskArtifactKey,
  taskConfigKey,
} from '@dlt/shared/storage';
import { fail, line, warn } from './protocol.js';
import { downloadScript } from './script-engines/download.js';
import { runTaskOrFail } from './script-engines/run-or-fail.js';
import { setUpScriptTask } from './script-engines/setup.js';
import {
  isScriptScenario,
  type ScriptTaskPlan,
  scriptPlanFromTaskConfig,
} from './script-engines/task-plan.js';
import { isReplacementStart, STALE_START_SIGNAL_MS, waitForStartSignal } from './start-signal.js';
import { planFromTaskConfig, type TaskConfig, TaskConfigError } from './task-config.js';
import { httpTaskEngine, type TaskEngine, TaskRun } from './task-run.js';
import { TaskStore } from './task-store.js';

export interface TaskHostOptions {
  threads?: number;
  /** Seconds; overrides DLT_START_TIMEOUT_SECONDS. */
  startTimeout?: string;
}

/** Where the ECS health check looks (`test -f /tmp/health_ready`), used on ECS when DLT_READY_FILE is unset. */
const ECS_READY_FILE = '/tmp/health_ready';
const METADATA_TIMEOUT_MS = 5000;

type Env = Record<string, string | undefined>;

function positiveNumber(value: string, name: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    fail(`${name} must be a positive number, got ${JSON.stringify(value)}`);
  }
  return n;
}

/**
 * `{region}-task-{index}` when the launcher numbered the task (local), else the ECS task id from the task
 * metadata endpoint, else a random UUID: unique either way, since results and markers are keyed by it.
 */
export async function resolveTaskId(task: TaskEnvironment, env: Env): Promise<string> {
  if (task.taskIndex !== undefined) return `${task.region}-task-${task.taskIndex}`;
  const metadata = env.ECS_CONTAINER_METADATA_URI_V4;
  if (metadata) {
    try {
      const res = await fetch(`${metadata}/task`, { signal: AbortSignal.timeout(METADATA_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const arn = ((await res.json()) as { TaskARN?: unknown }).TaskARN;
      const id = typeof arn === 'string' ? arn.split('/').pop() : undefined;
      if (id) return id;
      throw new Error('the answer has no TaskARN');
    } catch (err) {
      warn(
        `cannot read the ECS task id from ${metadata}/task (${(err as Error).message}); using a random id`,
      );
    }
  }
  return randomUUID();
}

/**
 * The Fargate container's lifecycle, also run by the local launcher: everything comes from the environment
 * (`TASK_ENV`) and S3. Config → ready (line + ready file) → start signal → load → artifact → completion marker.
 */
export async function runTaskHost(opts: TaskHostOptions, env: Env = process.env): Promise<never> {
  let settings: TaskEnvironment;
  try {
    settings = readTaskEnvironment(env);
  } catch (err) {
    fail((err as Error).message);
  }
  const { testId, testRunId, region, prefix, taskCount } = settings;
  const pollMs = positiveNumber(env.DLT_START_POLL_MS ?? '1000', 'DLT_START_POLL_MS');
  const timeoutSec = positiveNumber(
    opts.startTimeout ?? env.DLT_START_TIMEOUT_SECONDS ?? '600',
    opts.startTimeout === undefined ? 'DLT_START_TIMEOUT_SECONDS' : '--start-timeout',
  );
  let keys: { config: string; signal: string };
  try {
    keys = { config: taskConfigKey(testId, region), signal: startSignalKey(testId, prefix, region) };
  } catch (err) {
    fail(`bad task environment: ${(err as Error).message}`);
  }

  const clients = createStorageClients({
    region: settings.mainRegion,
    ...(settings.s3Endpoint === undefined ? {} : { s3Endpoint: settings.s3Endpoint }),
  });
  const objects = new ObjectStore(clients.s3, settings.bucket);
  const store = new TaskStore(objects);
  // ECS tasks of one RunTask share their overrides, so they cannot be numbered: they all take phase 0 of the
  // open-model split (the rate is still divided by TASK_COUNT).
  const taskIndex = settings.taskIndex ?? 0;
  const taskId = await resolveTaskId(settings, env);

  let text: string | undefined;
  try {
    text = await store.readText(keys.config);
  } catch (err) {
    fail(`cannot download the task config: ${(err as Error).message}`);
  }
  if (text === undefined) {
    fail(`no task config at ${store.url(keys.config)}: the test's config for ${region} was never written`);
  }
  let plan: { kind: 'http'; engine: TaskEngine } | { kind: 'script'; plan: ScriptTaskPlan };
  try {
    const config = JSON.parse(text) as TaskConfig;
    plan = isScriptScenario(config)
      ? { kind: 'script', plan: scriptPlanFromTaskConfig(config, taskCount) }
      : {
          kind: 'http',
          engine: httpTaskEngine(planFromTaskConfig(config, taskCount, taskIndex), opts.threads, taskCount),
        };
  } catch (err) {
    if (err instanceof TaskConfigError || err instanceof SyntaxError) {
      fail(`bad task config ${store.url(keys.config)}: ${err.message}`);
    }
    throw err;
  }
  let engine: TaskEngine;
  if (plan.kind === 'script') {
    const script = plan.plan;
    try {
      engine = await setUpScriptTask(script, () => downloadScript(objects, store, script, testId));
    } catch (err) {
      fail((err as Error).message);
    }
  } else engine = plan.engine;

  const identity = { testId, testRunId, region, taskId, taskIndex, taskCount };
  const task = new TaskRun(engine, identity);
  const readyFile = env.DLT_READY_FILE || (env.ECS_CONTAINER_METADATA_URI_V4 ? ECS_READY_FILE : undefined);
  if (readyFile !== undefined) {
    try {
      await writeFile(readyFile, `${taskId}\n`);
    } catch (err) {
      fail(`cannot write the ready file ${readyFile}: ${(err as Error).message}`);
    }
  }
  // After the file, so whoever reads the line can rely on the file being there too.
  task.printReady();

  let signal: Awaited<ReturnType<typeof waitForStartSignal>>;
  try {
    signal = await waitForStartSignal(
      { kind: 'probe', name: store.url(keys.signal), probe: () => store.probeStartSignal(keys.signal) },
      { timeoutMs: timeoutSec * 1000, pollMs, signal: task.stopSignal },
    );
  } catch (err) {
    if (task.stopped) fail((err as Error).message, 143);
    const lastError = store.lastPollError === undefined ? '' : ` (last S3 error: ${store.lastPollError})`;
    fail(`${(err as Error).message} at ${store.url(keys.signal)}${lastError}`, 3);
  }

  const markerKey = completionMarkerKey(testId, prefix, region, taskId);
  if (isReplacementStart(signal)) {
    const ageSec = Math.round((Date.now() - (signal.signalTime ?? 0)) / 1000);
    const reason = `the start signal is ${ageSec} s old (over ${STALE_START_SIGNAL_MS / 1000} s): this task replaces one that already ran, so it adds no load`;
    warn(reason);
    await deliver(store, markerKey, {
      taskId,
      partial: false,
      endedAt: Date.now(),
      requests: 0,
      skipped: 'replacement task',
    });
    line({ type: 'skipped', taskId, reason });
    process.exit(0);
  }

  const finished = await runTaskOrFail(task, signal.startAt);
  const artifactKey = taskArtifactKey(testId, prefix, region, taskId);
  try {
    // The artifact first: a marker promises that the task's results are there.
    await store.upload(artifactKey, finished.bytes, 'application/octet-stream');
  } catch (err) {
    fail(`results lost: ${(err as Error).message}`, 4);
  }
  const { partial, endedAt, requests, peakRssBytes } = finished;
  await deliver(store, markerKey, { taskId, partial, endedAt, requests });
  line({ type: 'done', taskId, artifact: store.url(artifactKey), partial, requests, peakRssBytes });
  process.exit(partial ? 143 : 0);
}

async function deliver(store: TaskStore, markerKey: string, marker: Record<string, unknown>): Promise<void> {
  try {
    await store.upload(markerKey, JSON.stringify(marker), 'application/json');
  } catch (err) {
    fail(`completion marker lost: ${(err as Error).message}`, 4);
  }
}
