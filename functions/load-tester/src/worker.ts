#!/usr/bin/env node
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  encodeArtifact,
  encodeSeries,
  histogramSettings,
  latencySummaryMs,
  TASK_ARTIFACT_SCHEMA,
  type TaskArtifact,
} from '@dlt/shared';
import { HttpEngine } from './engine/http-engine.js';
import { planDurationSec } from './engine/plan.js';
import { parseStartSignalSource, waitForStartSignal } from './start-signal.js';
import { planFromTaskConfig, type TaskConfig, TaskConfigError } from './task-config.js';

/**
 * The load-tester task: the Fargate container's command and the local worker process.
 * Lifecycle: read config → ready → wait for the start signal → run → artifact → completion marker.
 * stdout carries one JSON object per line (ready, live once a second, done); see README.md.
 */
const USAGE = `usage: dlt-load-tester --config FILE --out DIR [--test-id ID] [--run-id ID] [--region NAME]
       [--task-index N] [--task-count N] [--start-signal FILE|URL|now] [--start-timeout SEC] [--threads N]`;

function line(obj: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(obj)}\n`);
}

function fail(message: string, code = 2): never {
  process.stderr.write(`dlt-load-tester: ${message}\n`);
  line({ type: 'error', message });
  process.exit(code);
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  const v = args.values;
  if (v.config === undefined || v.out === undefined) fail(USAGE);
  const taskIndex = Number(v['task-index'] ?? process.env.DLT_TASK_INDEX ?? 0);
  const taskCount = Number(v['task-count'] ?? process.env.DLT_TASK_COUNT ?? 1);
  if (
    !Number.isInteger(taskIndex) ||
    !Number.isInteger(taskCount) ||
    taskCount < 1 ||
    taskIndex >= taskCount
  ) {
    fail(`--task-index must be in 0..task-count-1 (got ${taskIndex} of ${taskCount})`);
  }
  const testId = v['test-id'] ?? process.env.TEST_ID ?? 'local';
  const testRunId = v['run-id'] ?? process.env.TEST_RUN_ID ?? 'run';
  const region = v.region ?? process.env.DLT_REGION ?? 'local';
  const taskId = `${region}-task-${taskIndex}`;

  let plan: ReturnType<typeof planFromTaskConfig>;
  try {
    const config = JSON.parse(await readFile(v.config, 'utf8')) as TaskConfig;
    plan = planFromTaskConfig(config, taskCount, taskIndex);
  } catch (err) {
    if (err instanceof TaskConfigError || err instanceof SyntaxError)
      fail(`bad task config ${v.config}: ${err.message}`);
    fail(`cannot read task config ${v.config}: ${(err as Error).message}`);
  }

  const threads = v.threads === undefined ? undefined : Number(v.threads);
  const engine = new HttpEngine(plan, threads === undefined ? {} : { threads });
  const stopController = new AbortController();
  let stopped = false;
  const onStop = () => {
    if (stopped) return;
    stopped = true;
    stopController.abort();
    engine.stop(2000);
  };
  process.on('SIGTERM', onStop);
  process.on('SIGINT', onStop);

  await mkdir(join(v.out, 'completion'), { recursive: true });
  line({
    type: 'ready',
    taskId,
    taskIndex,
    labels: plan.requests.map((r) => r.label),
    durationSec: planDurationSec(plan),
  });

  let startAt: number;
  try {
    const source = parseStartSignalSource(v['start-signal']);
    const timeoutMs = Number(v['start-timeout'] ?? 600) * 1000;
    ({ startAt } = await waitForStartSignal(source, { timeoutMs, signal: stopController.signal }));
  } catch (err) {
    fail((err as Error).message, stopped ? 143 : 3);
  }

  let peakRss = process.memoryUsage.rss();
  const rssTimer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 250);
  const model = plan.ratePerSec === undefined ? 'closed' : 'open';
  line({ type: 'started', taskId, startAt, model });
  const result = await engine.run(startAt, ({ encoded, total }) => {
    const l = latencySummaryMs(total);
    line({
      type: 'live',
      taskId,
      t: encoded.t,
      vus: encoded.vus,
      requests: total.requests,
      errors: total.errors,
      bytes: total.bytes,
      meanMs: l.mean,
      p50Ms: l.p50,
      p95Ms: l.p95,
      p99Ms: l.p99,
      second: encoded,
    });
  });
  clearInterval(rssTimer);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const endedAt = Date.now();

  const artifact: TaskArtifact = {
    schema: TASK_ARTIFACT_SCHEMA,
    testId,
    testRunId,
    region,
    taskId,
    taskIndex,
    engine: 'http',
    startedAt: startAt,
    endedAt,
    partial: stopped,
    model,
    maxVus: plan.vus,
    threads: result.threads,
    peakRssBytes: peakRss,
    histogram: histogramSettings(),
    labels: result.labels,
    byLabel: result.byLabel,
    dropped: result.dropped,
    series: encodeSeries(result.seconds),
  };
  if (plan.ratePerSec !== undefined) artifact.targetRps = plan.ratePerSec / taskCount;
  const file = join(v.out, `${taskId}.json.gz`);
  // Write then rename, so a reader never sees half an artifact.
  await writeFile(`${file}.tmp`, encodeArtifact(artifact));
  await rename(`${file}.tmp`, file);
  await writeFile(join(v.out, 'completion', taskId), JSON.stringify({ taskId, partial: stopped, endedAt }));
  const requests = result.byLabel.reduce((n, c) => n + c.requests, 0);
  line({ type: 'done', taskId, artifact: file, partial: stopped, requests, peakRssBytes: peakRss });
  process.exit(stopped ? 143 : 0);
}

function parse() {
  return parseArgs({
    options: {
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

main().catch((err) => fail(`unexpected failure: ${(err as Error).stack ?? err}`, 1));
