// The task host with a script test: the built worker (dist/worker.js; build first) downloads the config and the
// zipped locustfile from s3rver, unpacks it with the shared extractor, runs a real Locust against a loopback
// target, and uploads the artifact.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeArtifact, taskEnvironment } from '@dlt/shared';
import { scriptKey, startSignalKey, taskArtifactKey, taskConfigKey } from '@dlt/shared/storage';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { zipOf } from '../../../shared/src/scripts/test-zips.js';
import { startTestStorage, type TestStorage } from '../../../shared/src/storage/test-support.js';
import { assertWorkerBuilt, killStrayWorkers, startWorker } from '../test-support.js';
import { findOnPath } from './engine-process.js';

const REGION = 'eu-west-1';
const PREFIX = '2025-01-01T00-00-00_run';
const haveLocust = (await findOnPath('locust')) !== undefined;

let storage: TestStorage;
let server: Server;
let url: string;
let received = 0;

beforeAll(async () => {
  assertWorkerBuilt();
  storage = await startTestStorage();
  server = createServer((_req, res) => {
    received++;
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server?.close(() => r()));
  await storage?.close();
});
afterEach(() => killStrayWorkers());

function environment(testId: string): Record<string, string> {
  return {
    ...taskEnvironment({
      mainRegion: storage.standIns.region,
      bucket: storage.names.bucket,
      testId,
      testRunId: `${testId}-run`,
      testType: 'locust',
      fileType: 'zip',
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
    DLT_SCRIPT_ADAPTER: 'direct',
  };
}

const LOCUSTFILE = `from locust import HttpUser, task, constant
from helpers import PATH

class V(HttpUser):
    wait_time = constant(0.01)

    @task
    def home(self):
        self.client.get(PATH, name="home")
`;

function config(testId: string) {
  return {
    execution: [{ executor: 'locust', scenario: 's', concurrency: 2, 'hold-for': '2s', taskCount: 1 }],
    scenarios: { s: { script: `${testId}.zip`, 'default-address': url } },
  };
}

describe.skipIf(!haveLocust)('task host with a zipped Locust script', () => {
  it('downloads and unpacks the zip, runs it and uploads the artifact', async () => {
    const testId = 'script1';
    const zip = await zipOf([
      { name: 'bundle/', directory: true },
      { name: 'bundle/locustfile.py', data: LOCUSTFILE },
      { name: 'bundle/helpers.py', data: 'PATH = "/from-zip"\n' },
    ]);
    await storage.objects.put(scriptKey('locust', testId, 'zip'), zip);
    await storage.objects.putJson(taskConfigKey(testId, REGION), config(testId));
    received = 0;
    const worker = startWorker(['--task-env'], environment(testId), 90_000);
    await worker.waitForLine('ready', 30_000);
    await storage.objects.putJson(startSignalKey(testId, PREFIX, REGION), { startAt: Date.now() + 100 });
    expect(await worker.exited, worker.stderr()).toBe(0);
    const artifact = decodeArtifact(
      (await storage.objects.get(taskArtifactKey(testId, PREFIX, REGION, `${REGION}-task-0`)))!,
    );
    expect(artifact.engine).toBe('locust');
    expect(artifact.labels).toEqual(['home']);
    expect(artifact.byLabel[0]!.requests).toBe(received);
    expect(received).toBeGreaterThan(10);
  }, 60_000);

  it('fails with exit 2 naming the key when the script was never uploaded', async () => {
    const testId = 'script2';
    await storage.objects.putJson(taskConfigKey(testId, REGION), config(testId));
    const worker = startWorker(['--task-env'], environment(testId));
    expect(await worker.exited).toBe(2);
    expect(worker.stderr()).toContain(
      `no script at s3://${storage.names.bucket}/${scriptKey('locust', testId, 'zip')}`,
    );
    expect(worker.lines.some((l) => l.type === 'ready')).toBe(false);
  });

  it('fails with exit 2 and the extractor message when the zip has no locustfile', async () => {
    const testId = 'script3';
    await storage.objects.put(
      scriptKey('locust', testId, 'zip'),
      await zipOf([{ name: 'other.py', data: 'print(1)\n' }]),
    );
    await storage.objects.putJson(taskConfigKey(testId, REGION), config(testId));
    const worker = startWorker(['--task-env'], environment(testId));
    expect(await worker.exited).toBe(2);
    expect(worker.stderr()).toMatch(new RegExp(`dlt-load-tester: cannot use ${testId}\\.zip: .*locustfile`));
  });
});
