import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  decodeArtifact,
  type LaunchRequest,
  type RegionRunRef,
  type TaskStoppedEvent,
  taskEnvironment,
} from '@dlt/shared';
import { completionMarkerKey, startSignalKey, taskArtifactKey, taskConfigKey } from '@dlt/shared/storage';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestStorage, type TestStorage } from '../../../shared/src/storage/test-support.js';
import { LocalTaskLauncher } from './local-launcher.js';

const workerScript = fileURLToPath(new URL('../../../load-tester/dist/worker.js', import.meta.url));
const REGION = 'eu-central-1';
const PREFIX = '2025-02-03T04-05-06_run';

let storage: TestStorage;
let target: Server;
let targetUrl: string;
let targetRequests = 0;
let runCounter = 0;
const launchers: LocalTaskLauncher[] = [];
const strangers: ChildProcess[] = [];

beforeAll(async () => {
  if (!existsSync(workerScript)) {
    throw new Error(`these tests run the built worker; build it first: npx nx run @dlt/load-tester:build`);
  }
  storage = await startTestStorage();
  target = createServer((req, res) => {
    targetRequests++;
    req.resume();
    res.end('ok');
  });
  await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
  targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => target?.close(r));
  await storage?.close();
});
afterEach(async () => {
  await Promise.all(launchers.splice(0).map((l) => l.close()));
  for (const p of strangers.splice(0)) p.kill('SIGKILL');
});

interface Harness {
  launcher: LocalTaskLauncher;
  stateDir: string;
  live: Array<{ ref: RegionRunRef; line: Record<string, unknown> }>;
  stopped: TaskStoppedEvent[];
}

async function harness(): Promise<Harness> {
  const stateDir = await mkdtemp(join(tmpdir(), 'dlt-launcher-'));
  const live: Harness['live'] = [];
  const stopped: TaskStoppedEvent[] = [];
  const launcher = new LocalTaskLauncher({
    workerScript,
    stateDir,
    threadsPerTask: 1,
    baseEnv: {
      DLT_S3_ENDPOINT: storage.standIns.s3Endpoint,
      AWS_ACCESS_KEY_ID: storage.standIns.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: storage.standIns.credentials.secretAccessKey,
      AWS_REGION: storage.standIns.region,
      DLT_START_POLL_MS: '50',
    },
    onLiveLine: (ref, line) => live.push({ ref, line }),
    onTaskStopped: (event) => stopped.push(event),
  });
  launchers.push(launcher);
  return { launcher, stateDir, live, stopped };
}

/** A new run with its own ids; `execution` goes into the region's task config (absent: no config at all). */
async function newRun(taskCount: number, execution?: Record<string, unknown>) {
  runCounter += 1;
  const testId = `lt${runCounter}`;
  const testRunId = `r${runCounter}`;
  const request: LaunchRequest = {
    testId,
    testRunId,
    region: REGION,
    infra: { region: REGION },
    taskCount,
    environment: taskEnvironment({
      mainRegion: storage.standIns.region,
      bucket: storage.names.bucket,
      testId,
      testRunId,
      testType: 'simple',
      fileType: 'none',
      showLive: true,
      taskCount,
      prefix: PREFIX,
      region: REGION,
    }),
  };
  if (execution !== undefined) {
    await storage.objects.putJson(taskConfigKey(testId, REGION), {
      execution: [{ scenario: 's', ...execution }],
      scenarios: { s: { requests: [{ url: `${targetUrl}/x` }] } },
    });
  }
  const ref: RegionRunRef = { testId, testRunId, region: REGION, infra: request.infra };
  return {
    request,
    ref,
    start: () =>
      storage.objects.putJson(startSignalKey(testId, PREFIX, REGION), { startAt: Date.now() + 100 }),
    artifact: async (taskId: string) => {
      const bytes = await storage.objects.get(taskArtifactKey(testId, PREFIX, REGION, taskId));
      return bytes === undefined ? undefined : decodeArtifact(bytes);
    },
    marker: (taskId: string) => storage.objects.getJson(completionMarkerKey(testId, PREFIX, REGION, taskId)),
  };
}

/** Polls until `check` holds; the bound only turns a hang into a failure with a message. */
async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function phases(launcher: LocalTaskLauncher, ref: RegionRunRef): Promise<string[]> {
  return (await launcher.describe(ref)).map((t) => t.phase);
}

async function pidsOf(stateDir: string, testRunId: string): Promise<Record<string, number>> {
  const record = JSON.parse(await readFile(join(stateDir, 'tasks', `${testRunId}.json`), 'utf8')) as {
    tasks: Array<{ taskId: string; pid: number }>;
  };
  return Object.fromEntries(record.tasks.map((t) => [t.taskId, t.pid]));
}

describe('LocalTaskLauncher', () => {
  it('runs a region as worker processes: ready, started by the signal, results in S3', async () => {
    const h = await harness();
    const run = await newRun(2, { concurrency: 2, iterations: 10 });
    targetRequests = 0;
    expect(await h.launcher.launch(run.request)).toEqual({ launched: 2, failures: [] });
    await waitFor(
      'both tasks ready',
      async () => (await phases(h.launcher, run.ref)).join() === 'READY,READY',
    );

    expect((await h.launcher.listActive()).map((t) => t.taskId).sort()).toEqual([
      `${REGION}-task-0`,
      `${REGION}-task-1`,
    ]);
    const pids = await pidsOf(h.stateDir, run.request.testRunId);
    expect(Object.keys(pids).sort()).toEqual([`${REGION}-task-0`, `${REGION}-task-1`]);

    await run.start();
    await waitFor(
      'both tasks stopped',
      async () => (await phases(h.launcher, run.ref)).join() === 'STOPPED,STOPPED',
    );
    const statuses = await h.launcher.describe(run.ref);
    for (const s of statuses) expect(s).toMatchObject({ exitCode: 0, stopCode: 'EssentialContainerExited' });

    expect(targetRequests).toBe(40);
    for (const taskId of [`${REGION}-task-0`, `${REGION}-task-1`]) {
      const artifact = await run.artifact(taskId);
      expect(artifact).toMatchObject({ taskId, partial: false, testRunId: run.request.testRunId });
      expect(artifact!.byLabel[0]!.requests).toBe(20);
      expect(await run.marker(taskId)).toMatchObject({ taskId, requests: 20, partial: false });
    }
    expect(h.live.length).toBeGreaterThan(0);
    for (const { ref, line } of h.live) {
      expect(ref).toMatchObject({ testId: run.ref.testId, testRunId: run.ref.testRunId, region: REGION });
      expect(line).toMatchObject({ type: 'live', testId: run.ref.testId, region: REGION });
    }
    expect(h.stopped).toEqual([]);
    expect(await h.launcher.listActive()).toEqual([]);
    await h.launcher.close();
    // No live task is left, so nothing is left to record either.
    expect(existsSync(join(h.stateDir, 'tasks', `${run.request.testRunId}.json`))).toBe(false);
  });

  it('reports a killed worker as a stopped-task event with exit code 137 and the run environment', async () => {
    const h = await harness();
    const run = await newRun(2, { concurrency: 1, iterations: 1 });
    await h.launcher.launch(run.request);
    await waitFor(
      'both tasks ready',
      async () => (await phases(h.launcher, run.ref)).join() === 'READY,READY',
    );
    const victim = `${REGION}-task-1`;
    process.kill((await pidsOf(h.stateDir, run.request.testRunId))[victim]!, 'SIGKILL');
    await waitFor('the stopped-task event', () => h.stopped.length === 1);

    const event = h.stopped[0]!;
    expect(event).toMatchObject({
      source: 'aws.ecs',
      'detail-type': 'ECS Task State Change',
      region: REGION,
      detail: {
        taskArn: `local:task/${run.request.testRunId}/${victim}`,
        lastStatus: 'STOPPED',
        startedBy: `dlt-${run.request.testRunId}`,
        stopCode: 'EssentialContainerExited',
        containers: [{ name: 'load-tester', exitCode: 137 }],
      },
    });
    const override = event.detail.overrides!.containerOverrides![0]!;
    expect(override.name).toBe('load-tester');
    const env = Object.fromEntries(override.environment!.map((e) => [e.name, e.value]));
    expect(env).toEqual({ ...run.request.environment, TASK_INDEX: '1' });
    expect(env.AWS_SECRET_ACCESS_KEY).toBeUndefined();

    const statuses = await h.launcher.describe(run.ref);
    expect(statuses.map((s) => [s.phase, s.exitCode])).toEqual([
      ['READY', undefined],
      ['STOPPED', 137],
    ]);
    await waitFor(
      'the pid file to drop the dead worker',
      async () => (await pidsOf(h.stateDir, run.request.testRunId))[victim] === undefined,
    );
  });

  it('stop() ends a running region with SIGTERM: partial results and exit 143', async () => {
    const h = await harness();
    const run = await newRun(1, { concurrency: 2, 'hold-for': '60s' });
    await h.launcher.launch(run.request);
    await waitFor('ready', async () => (await phases(h.launcher, run.ref)).join() === 'READY');
    await run.start();
    await waitFor('a live line', () => h.live.length > 0);
    await h.launcher.stop(run.ref, 'Test cancelled by user');
    await h.launcher.stop(run.ref, 'Test cancelled by user');
    await waitFor('stopped', async () => (await phases(h.launcher, run.ref)).join() === 'STOPPED');

    expect(await h.launcher.describe(run.ref)).toEqual([
      {
        taskId: `${REGION}-task-0`,
        phase: 'STOPPED',
        exitCode: 143,
        stopCode: 'UserInitiated',
        stoppedReason: 'Test cancelled by user',
      },
    ]);
    expect((await run.artifact(`${REGION}-task-0`))?.partial).toBe(true);
    expect(await run.marker(`${REGION}-task-0`)).toMatchObject({ partial: true });
    expect(h.stopped).toEqual([]);
  });

  it('marks a task that dies before it is ready as TaskFailedToStart', async () => {
    const h = await harness();
    const run = await newRun(1);
    await h.launcher.launch(run.request);
    await waitFor('stopped', async () => (await phases(h.launcher, run.ref)).join() === 'STOPPED');
    const [status] = await h.launcher.describe(run.ref);
    expect(status).toMatchObject({ exitCode: 2, stopCode: 'TaskFailedToStart' });
    expect(status?.stoppedReason).toContain(`no task config at s3://${storage.names.bucket}/`);
    expect(h.stopped.map((e) => [e.detail.stopCode, e.detail.containers[0]?.exitCode])).toEqual([
      ['TaskFailedToStart', 2],
    ]);
  });

  it('kills the workers an abandoned launcher left behind, and nothing else', async () => {
    const abandoned = await harness();
    const run = await newRun(1, { concurrency: 1, iterations: 1 });
    await abandoned.launcher.launch(run.request);
    await waitFor('ready', async () => (await phases(abandoned.launcher, run.ref)).join() === 'READY');
    const pid = (await pidsOf(abandoned.stateDir, run.request.testRunId))[`${REGION}-task-0`]!;

    // A process that is alive but is not a worker, recorded as if its pid had been reused.
    const stranger = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    strangers.push(stranger);
    await new Promise((r) => stranger.once('spawn', r));
    await mkdir(join(abandoned.stateDir, 'tasks'), { recursive: true });
    await writeFile(
      join(abandoned.stateDir, 'tasks', 'old-run.json'),
      JSON.stringify({
        workerScript,
        tasks: [{ testId: 'old', testRunId: 'old-run', region: REGION, taskId: 'x', pid: stranger.pid }],
      }),
    );

    const handled = await LocalTaskLauncher.killLeftovers(abandoned.stateDir, workerScript);
    expect(handled).toEqual([
      {
        testId: run.ref.testId,
        testRunId: run.ref.testRunId,
        region: REGION,
        taskId: `${REGION}-task-0`,
        pid,
      },
    ]);
    await waitFor(
      'the worker to exit',
      async () => (await phases(abandoned.launcher, run.ref)).join() === 'STOPPED',
    );
    expect((await abandoned.launcher.describe(run.ref))[0]?.exitCode).toBe(143);
    expect(stranger.exitCode).toBeNull();
    expect(stranger.signalCode).toBeNull();
    expect(existsSync(join(abandoned.stateDir, 'tasks', 'old-run.json'))).toBe(false);
    // Nothing left: a second sweep finds nothing.
    expect(await LocalTaskLauncher.killLeftovers(abandoned.stateDir, workerScript)).toEqual([]);
  });

  it('close() SIGKILLs a worker that ignores SIGTERM once the grace is over', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'dlt-launcher-'));
    const stubborn = join(stateDir, 'stubborn-worker.mjs');
    await writeFile(
      stubborn,
      "process.on('SIGTERM', () => {});\nconsole.log(JSON.stringify({ type: 'ready' }));\nsetInterval(() => {}, 1000);\n",
    );
    const stopped: TaskStoppedEvent[] = [];
    const launcher = new LocalTaskLauncher({
      workerScript: stubborn,
      stateDir,
      baseEnv: {},
      closeGraceMs: 200,
      onTaskStopped: (e) => stopped.push(e),
    });
    launchers.push(launcher);
    const run = await newRun(1);
    await launcher.launch(run.request);
    await waitFor('ready', async () => (await phases(launcher, run.ref)).join() === 'READY');
    await launcher.close();
    expect(await launcher.describe(run.ref)).toMatchObject([{ phase: 'STOPPED', exitCode: 137 }]);
    expect(stopped.map((e) => e.detail.containers[0]?.exitCode)).toEqual([137]);
    expect(existsSync(join(stateDir, 'tasks', `${run.request.testRunId}.json`))).toBe(false);
    expect(await launcher.launch(run.request)).toMatchObject({ launched: 0 });
  });

  it('fails the launch with a clear message when the worker is not built', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'dlt-launcher-'));
    const launcher = new LocalTaskLauncher({
      workerScript: join(stateDir, 'missing.js'),
      stateDir,
      baseEnv: {},
    });
    launchers.push(launcher);
    const run = await newRun(2);
    const result = await launcher.launch(run.request);
    expect(result.launched).toBe(0);
    expect(result.failures[0]).toMatch(/worker is not built .*missing\.js is missing/);
    expect(await launcher.describe(run.ref)).toEqual([]);
  });
});
