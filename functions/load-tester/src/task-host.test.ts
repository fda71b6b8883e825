import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DemoTarget, startDemoTarget } from '@dlt/demo-target';
import { decodeArtifact, taskEnvironment } from '@dlt/shared';
import { completionMarkerKey, startSignalKey, taskArtifactKey, taskConfigKey } from '@dlt/shared/storage';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestStorage, type TestStorage } from '../../shared/src/storage/test-support.js';
import { assertWorkerBuilt, killStrayWorkers, startWorker, type WorkerRun } from './test-support.js';

const REGION = 'eu-west-1';
const PREFIX = '2025-01-01T00-00-00_run';

let storage: TestStorage;
let target: DemoTarget;
let tmp: string;
let testCounter = 0;

beforeAll(async () => {
  assertWorkerBuilt();
  storage = await startTestStorage();
  target = await startDemoTarget();
  tmp = await mkdtemp(join(tmpdir(), 'dlt-task-host-'));
});
afterAll(async () => {
  await target?.close();
  await storage?.close();
});
beforeEach(() => target.resetStats());
afterEach(() => killStrayWorkers());

function config(execution: Record<string, unknown>) {
  return {
    execution: [{ scenario: 's', ...execution }],
    scenarios: { s: { requests: [{ url: `${target.url}/hello` }] } },
  };
}

/** A fresh test id per test, so no test sees another's objects. */
function newTest() {
  testCounter += 1;
  const testId = `test${testCounter}`;
  const testRunId = `run${testCounter}`;
  const env: Record<string, string> = {
    ...taskEnvironment({
      mainRegion: storage.standIns.region,
      bucket: storage.names.bucket,
      testId,
      testRunId,
      testType: 'simple',
      fileType: 'none',
      showLive: true,
      taskCount: 1,
      prefix: PREFIX,
      region: REGION,
    }),
    TASK_INDEX: '0',
    DLT_S3_ENDPOINT: storage.standIns.s3Endpoint,
    AWS_ACCESS_KEY_ID: storage.standIns.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: storage.standIns.credentials.secretAccessKey,
    DLT_START_POLL_MS: '50',
  };
  const taskId = `${REGION}-task-0`;
  return {
    testId,
    env,
    taskId,
    putConfig: (c: unknown) => storage.objects.putJson(taskConfigKey(testId, REGION), c),
    signalKey: startSignalKey(testId, PREFIX, REGION),
    artifactKey: taskArtifactKey(testId, PREFIX, REGION, taskId),
    markerKey: completionMarkerKey(testId, PREFIX, REGION, taskId),
  };
}

const run = (env: Record<string, string>, extra: string[] = []): WorkerRun =>
  startWorker(['--task-env', '--threads', '1', ...extra], env);

describe('task host (--task-env)', () => {
  it('downloads its config, becomes ready, starts on the signal and uploads artifact then marker', async () => {
    const t = newTest();
    await t.putConfig(config({ concurrency: 2, iterations: 5 }));
    const readyFile = join(tmp, 'ready-1');
    const worker = run({ ...t.env, DLT_READY_FILE: readyFile });

    const ready = await worker.waitForLine('ready');
    expect(ready).toMatchObject({ taskId: t.taskId, taskIndex: 0, testId: t.testId, region: REGION });
    expect(await readFile(readyFile, 'utf8')).toBe(`${t.taskId}\n`);
    // Ready but not started: nothing may reach the target before the signal.
    expect(target.stats().requests).toBe(0);

    const startAt = Date.now() + 100;
    await storage.objects.putJson(t.signalKey, { startAt });
    expect(await worker.exited).toBe(0);

    expect(target.stats().requests).toBe(10);
    const artifact = decodeArtifact((await storage.objects.get(t.artifactKey))!);
    expect(artifact).toMatchObject({
      testId: t.testId,
      testRunId: t.env.TEST_RUN_ID,
      region: REGION,
      taskId: t.taskId,
      startedAt: startAt,
      partial: false,
    });
    expect(artifact.byLabel[0]!.requests).toBe(10);
    const marker = (await storage.objects.getJson(t.markerKey)) as Record<string, unknown>;
    expect(marker).toMatchObject({ taskId: t.taskId, partial: false, requests: 10 });
    expect(marker.endedAt).toBe(artifact.endedAt);

    const live = worker.lines.filter((l) => l.type === 'live');
    expect(live.length).toBeGreaterThan(0);
    for (const l of live) expect(l).toMatchObject({ testId: t.testId, region: REGION, taskId: t.taskId });
    expect(worker.lines.at(-1)).toMatchObject({
      type: 'done',
      requests: 10,
      partial: false,
      artifact: `s3://${storage.names.bucket}/${t.artifactKey}`,
    });
  });

  it('treats an empty start signal (DLT marker) as "start now"', async () => {
    const t = newTest();
    await t.putConfig(config({ concurrency: 1, iterations: 3 }));
    const worker = run(t.env);
    await worker.waitForLine('ready');
    await storage.objects.put(t.signalKey, '');
    expect(await worker.exited).toBe(0);
    expect(target.stats().requests).toBe(3);
    expect(decodeArtifact((await storage.objects.get(t.artifactKey))!).byLabel[0]!.requests).toBe(3);
    expect(await storage.objects.getJson(t.markerKey)).toMatchObject({ requests: 3, partial: false });
  });

  it('writes only a completion marker when the signal is stale (a replacement task)', async () => {
    const t = newTest();
    await t.putConfig(config({ concurrency: 1, iterations: 3 }));
    await storage.objects.putJson(t.signalKey, { startAt: Date.now() - 60_000 });
    const worker = run(t.env);
    expect(await worker.exited).toBe(0);
    expect(target.stats().requests).toBe(0);
    expect(await storage.objects.get(t.artifactKey)).toBeUndefined();
    expect(await storage.objects.getJson(t.markerKey)).toMatchObject({
      taskId: t.taskId,
      partial: false,
      requests: 0,
    });
    expect(worker.lines.map((l) => l.type)).toEqual(['ready', 'skipped']);
  });

  it('exits 2 naming the key when the config is missing', async () => {
    const t = newTest();
    const worker = run(t.env);
    expect(await worker.exited).toBe(2);
    expect(worker.stderr()).toContain(
      `no task config at s3://${storage.names.bucket}/${taskConfigKey(t.testId, REGION)}`,
    );
    expect(worker.lines.some((l) => l.type === 'ready')).toBe(false);
  });

  it('exits 2 naming every missing variable when the environment is incomplete', async () => {
    const t = newTest();
    const { TEST_ID: _id, PREFIX: _prefix, ...env } = t.env;
    const worker = run(env);
    expect(await worker.exited).toBe(2);
    expect(worker.stderr()).toMatch(/TEST_ID is not set.*PREFIX is not set/);
  });

  it('is chosen without --task-env when there is no --config and S3_BUCKET is set', async () => {
    const t = newTest();
    await t.putConfig(config({ concurrency: 1, iterations: 2 }));
    const worker = startWorker(['--threads', '0'], t.env);
    await worker.waitForLine('ready');
    await storage.objects.put(t.signalKey, '');
    expect(await worker.exited).toBe(0);
    expect(await storage.objects.getJson(t.markerKey)).toMatchObject({ requests: 2 });
  });

  it('on SIGTERM mid-run uploads a partial artifact and marker, then exits 143', async () => {
    const t = newTest();
    await t.putConfig(config({ concurrency: 2, 'hold-for': '60s' }));
    const worker = run(t.env);
    await worker.waitForLine('ready');
    await storage.objects.putJson(t.signalKey, { startAt: Date.now() });
    await worker.waitForLine('live');
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(143);

    const artifact = decodeArtifact((await storage.objects.get(t.artifactKey))!);
    expect(artifact.partial).toBe(true);
    const sent = target.stats().requests;
    expect(sent).toBeGreaterThan(0);
    // In-flight requests are waited for, so the task counted every request the target saw.
    expect(artifact.byLabel[0]!.requests).toBe(sent);
    expect(await storage.objects.getJson(t.markerKey)).toMatchObject({ partial: true, requests: sent });
  });

  it('on SIGTERM while waiting for the signal exits 143 without results', async () => {
    const t = newTest();
    await t.putConfig(config({ concurrency: 1, iterations: 1 }));
    const worker = run(t.env);
    await worker.waitForLine('ready');
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(143);
    expect(await storage.objects.get(t.artifactKey)).toBeUndefined();
    expect(await storage.objects.get(t.markerKey)).toBeUndefined();
  });

  it('exits 3 when no signal arrives in time', async () => {
    const t = newTest();
    await t.putConfig(config({ concurrency: 1, iterations: 1 }));
    const worker = run({ ...t.env, DLT_START_TIMEOUT_SECONDS: '0.3' });
    expect(await worker.exited).toBe(3);
    expect(worker.stderr()).toContain(
      `no start signal after 0.3 s at s3://${storage.names.bucket}/${t.signalKey}`,
    );
  });

  it('takes the ECS task id from the task metadata endpoint when it has no TASK_INDEX', async () => {
    const t = newTest();
    await t.putConfig(config({ concurrency: 1, iterations: 2 }));
    const metadata = createServer((req, res) => {
      if (req.url === '/v4/abc/task') {
        res.end(JSON.stringify({ TaskARN: 'arn:aws:ecs:eu-west-1:123456789012:task/dlt/0f1e2d3c4b5a' }));
      } else res.writeHead(404).end();
    });
    const url = await listen(metadata);
    try {
      const { TASK_INDEX: _index, ...env } = t.env;
      const readyFile = join(tmp, 'ready-ecs');
      const worker = run({
        ...env,
        ECS_CONTAINER_METADATA_URI_V4: `${url}/v4/abc`,
        DLT_READY_FILE: readyFile,
      });
      expect(await worker.waitForLine('ready')).toMatchObject({ taskId: '0f1e2d3c4b5a', taskIndex: 0 });
      expect(existsSync(readyFile)).toBe(true);
      await storage.objects.put(t.signalKey, '');
      expect(await worker.exited).toBe(0);
      expect(
        await storage.objects.getJson(completionMarkerKey(t.testId, PREFIX, REGION, '0f1e2d3c4b5a')),
      ).toMatchObject({ taskId: '0f1e2d3c4b5a', requests: 2 });
    } finally {
      metadata.close();
    }
  });

  it('exits 4 when its results cannot be uploaded', async () => {
    const t = newTest();
    await t.putConfig(config({ concurrency: 1, iterations: 2 }));
    const proxy = readOnlyS3Proxy(new URL(storage.standIns.s3Endpoint));
    const endpoint = await listen(proxy);
    try {
      const worker = run({ ...t.env, DLT_S3_ENDPOINT: endpoint });
      await worker.waitForLine('ready');
      await storage.objects.put(t.signalKey, '');
      expect(await worker.exited).toBe(4);
      expect(worker.stderr()).toContain(
        `results lost: uploading s3://${storage.names.bucket}/${t.artifactKey}`,
      );
      expect(worker.lines.at(-1)).toMatchObject({ type: 'error' });
      expect(await storage.objects.get(t.markerKey)).toBeUndefined();
    } finally {
      proxy.close();
    }
  });
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Passes reads through to the S3 stand-in and refuses every write, as a bucket policy could. */
function readOnlyS3Proxy(upstream: URL): Server {
  return createServer((req, res) => {
    if (req.method === 'PUT' || req.method === 'POST') {
      req.resume();
      req.on('end', () => {
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end(
          '<Error><Code>AccessDenied</Code><Message>Writes refused by the test proxy</Message></Error>',
        );
      });
      return;
    }
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
}
