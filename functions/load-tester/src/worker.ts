#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { TASK_ENV } from '@dlt/shared';
import { runFileHost } from './file-host.js';
import { fail } from './protocol.js';
import { runTaskHost } from './task-host.js';

/**
 * The load-tester task: the Fargate container's command and the local worker process.
 * Lifecycle: read config → ready → wait for the start signal → run → artifact → completion marker.
 * Two hosts: files (`--config`/`--out`, what `dlt run` uses) and the task environment plus S3 (`--task-env`,
 * what ECS and the local launcher use). stdout carries one JSON object per line; see README.md.
 */
const USAGE = `usage: dlt-load-tester --config FILE --out DIR [--test-id ID] [--run-id ID] [--region NAME]
       [--task-index N] [--task-count N] [--start-signal FILE|URL|now] [--start-timeout SEC] [--threads N]
   or: dlt-load-tester --task-env [--start-timeout SEC] [--threads N]
       (settings from the environment: S3_BUCKET, TEST_ID, TEST_RUN_ID, PREFIX, ... see README.md)`;

/** Options that only make sense with files; the task environment carries their equivalents. */
const FILE_ONLY = [
  'config',
  'out',
  'test-id',
  'run-id',
  'region',
  'task-index',
  'task-count',
  'start-signal',
];

function parse() {
  return parseArgs({
    options: {
      'task-env': { type: 'boolean' },
      config: { type: 'string' },
      out: { type: 'string' },
      'test-id': { type: 'string' },
      'run-id': { type: 'string' },
      region: { type: 'string' },
      'task-index': { type: 'string' },
      'task-count': { type: 'string' },
      'start-signal': { type: 'string' },
      'start-timeout': { type: 'string' },
      threads: { type: 'string' },
    },
    strict: true,
  });
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  const v = args.values;
  let threads: number | undefined;
  if (v.threads !== undefined) {
    threads = Number(v.threads);
    if (!Number.isInteger(threads) || threads < 0)
      fail(`--threads must be an integer >= 0, got ${v.threads}`);
  }

  // A container started with no arguments but a task environment is the Fargate task.
  const taskEnv = v['task-env'] === true || (v.config === undefined && !!process.env[TASK_ENV.bucket]);
  if (taskEnv) {
    const clash = FILE_ONLY.filter((name) => v[name as keyof typeof v] !== undefined);
    if (clash.length > 0) {
      fail(`--task-env takes its settings from the environment; drop --${clash.join(', --')}\n${USAGE}`);
    }
    await runTaskHost({
      ...(threads === undefined ? {} : { threads }),
      ...(v['start-timeout'] === undefined ? {} : { startTimeout: v['start-timeout'] }),
    });
  }

  if (v.config === undefined || v.out === undefined) fail(USAGE);
  await runFileHost({
    config: v.config,
    out: v.out,
    ...(v['test-id'] === undefined ? {} : { testId: v['test-id'] }),
    ...(v['run-id'] === undefined ? {} : { runId: v['run-id'] }),
    ...(v.region === undefined ? {} : { region: v.region }),
    ...(v['task-index'] === undefined ? {} : { taskIndex: v['task-index'] }),
    ...(v['task-count'] === undefined ? {} : { taskCount: v['task-count'] }),
    ...(v['start-signal'] === undefined ? {} : { startSignal: v['start-signal'] }),
    ...(v['start-timeout'] === undefined ? {} : { startTimeout: v['start-timeout'] }),
    ...(threads === undefined ? {} : { threads }),
  });
}

main().catch((err) => fail(`unexpected failure: ${(err as Error).stack ?? err}`, 1));
