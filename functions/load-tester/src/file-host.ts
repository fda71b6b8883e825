import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fail, line } from './protocol.js';
import { prepareLocalScript } from './script-engines/prepare.js';
import { runTaskOrFail } from './script-engines/run-or-fail.js';
import { setUpScriptTask } from './script-engines/setup.js';
import {
  isScriptScenario,
  type ScriptTaskPlan,
  scriptPlanFromTaskConfig,
} from './script-engines/task-plan.js';
import { parseStartSignalSource, waitForStartSignal } from './start-signal.js';
import { planFromTaskConfig, type TaskConfig, TaskConfigError } from './task-config.js';
import { httpTaskEngine, type TaskEngine, TaskRun } from './task-run.js';

export interface FileHostOptions {
  config: string;
  out: string;
  testId?: string;
  runId?: string;
  region?: string;
  taskIndex?: string;
  taskCount?: string;
  startSignal?: string;
  startTimeout?: string;
  threads?: number;
}

/**
 * The local host `dlt run` uses: config from a file, start signal from a file or URL, results written to a
 * folder (`<out>/<taskId>.json.gz`, then `<out>/completion/<taskId>`).
 */
export async function runFileHost(opts: FileHostOptions): Promise<never> {
  const taskIndex = Number(opts.taskIndex ?? process.env.DLT_TASK_INDEX ?? 0);
  const taskCount = Number(opts.taskCount ?? process.env.DLT_TASK_COUNT ?? 1);
  if (
    !Number.isInteger(taskIndex) ||
    !Number.isInteger(taskCount) ||
    taskCount < 1 ||
    taskIndex >= taskCount
  ) {
    fail(`--task-index must be in 0..task-count-1 (got ${taskIndex} of ${taskCount})`);
  }
  const testId = opts.testId ?? process.env.TEST_ID ?? 'local';
  const testRunId = opts.runId ?? process.env.TEST_RUN_ID ?? 'run';
  const region = opts.region ?? process.env.DLT_REGION ?? 'local';
  const taskId = `${region}-task-${taskIndex}`;

  let plan: { kind: 'http'; engine: TaskEngine } | { kind: 'script'; plan: ScriptTaskPlan };
  try {
    const config = JSON.parse(await readFile(opts.config, 'utf8')) as TaskConfig;
    plan = isScriptScenario(config)
      ? { kind: 'script', plan: scriptPlanFromTaskConfig(config, taskCount) }
      : {
          kind: 'http',
          engine: httpTaskEngine(planFromTaskConfig(config, taskCount, taskIndex), opts.threads, taskCount),
        };
  } catch (err) {
    if (err instanceof TaskConfigError || err instanceof SyntaxError)
      fail(`bad task config ${opts.config}: ${err.message}`);
    fail(`cannot read task config ${opts.config}: ${(err as Error).message}`);
  }
  let engine: TaskEngine;
  if (plan.kind === 'script') {
    const script = plan.plan;
    // A relative script path is relative to the config file, as in Taurus.
    const configDir = dirname(resolve(opts.config));
    try {
      engine = await setUpScriptTask(script, () => prepareLocalScript(script, configDir));
    } catch (err) {
      fail((err as Error).message);
    }
  } else engine = plan.engine;

  const task = new TaskRun(engine, { testId, testRunId, region, taskId, taskIndex, taskCount });
  await mkdir(join(opts.out, 'completion'), { recursive: true });
  task.printReady();

  let startAt: number;
  try {
    const source = parseStartSignalSource(opts.startSignal);
    const timeoutMs = Number(opts.startTimeout ?? 600) * 1000;
    ({ startAt } = await waitForStartSignal(source, { timeoutMs, signal: task.stopSignal }));
  } catch (err) {
    fail((err as Error).message, task.stopped ? 143 : 3);
  }

  const finished = await runTaskOrFail(task, startAt);
  const file = join(opts.out, `${taskId}.json.gz`);
  // Write then rename, so a reader never sees half an artifact.
  await writeFile(`${file}.tmp`, finished.bytes);
  await rename(`${file}.tmp`, file);
  await writeFile(
    join(opts.out, 'completion', taskId),
    JSON.stringify({ taskId, partial: finished.partial, endedAt: finished.endedAt }),
  );
  line({
    type: 'done',
    taskId,
    artifact: file,
    partial: finished.partial,
    requests: finished.requests,
    peakRssBytes: finished.peakRssBytes,
  });
  process.exit(finished.partial ? 143 : 0);
}
