import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalCredentials } from './credentials.js';
import { localApiHandler } from './local-api.js';
import { type LocalStack, startLocalStack } from './local-stack.js';
import { signedFetch } from './test-support.js';

// The cached stores behind the real API over real HTTP: every write through the API shows in the next list.
let stateDir: string;
let stack: LocalStack;
let credentials: { accessKeyId: string; secretAccessKey: string };

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'dlt-cache-api-'));
  stack = await startLocalStack({
    stateDir,
    port: 0,
    log: () => undefined,
    createHandler: (deps) => localApiHandler(deps),
  });
  credentials = await ensureLocalCredentials(stateDir);
});
afterAll(async () => {
  await stack.close();
  await rm(stateDir, { recursive: true, force: true });
});

const call = async (method: string, path: string, body?: unknown) => {
  const res = await signedFetch(`${stack.apiUrl}${path}`, {
    method,
    credentials,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: res.status, body: (await res.json()) as unknown };
};
const listed = async () =>
  ((await call('GET', '/scenarios')).body as { Items: Array<{ testId: string; testName: string }> }).Items;

describe('GET /scenarios over the local caches', () => {
  it('shows a create, an update and a delete in the very next list', async () => {
    expect(await listed()).toEqual([]);
    const scenario = {
      testName: 'Cached list',
      testDescription: 'saved only',
      testType: 'simple',
      saveOnly: true,
      testTaskConfigs: [{ region: 'us-east-1', taskCount: 1, concurrency: 1 }],
      regionalTaskDetails: { 'us-east-1': { dltAvailableTasks: 4 } },
      testScenario: {
        execution: [{ 'hold-for': '1s', scenario: 'Cached list' }],
        scenarios: { 'Cached list': { requests: [{ url: 'http://127.0.0.1:9/', method: 'GET' }] } },
      },
    };
    const created = await call('POST', '/scenarios', scenario);
    expect(created.status).toBe(200);
    const { testId } = created.body as { testId: string };
    expect((await listed()).map((i) => i.testId)).toEqual([testId]);

    const renamed = await call('POST', '/scenarios', { ...scenario, testId, testName: 'Renamed list' });
    expect(renamed.status).toBe(200);
    expect((await listed()).map((i) => i.testName)).toEqual(['Renamed list']);

    expect((await call('DELETE', `/scenarios/${testId}`)).status).toBe(200);
    expect(await listed()).toEqual([]);
    expect((await call('GET', `/scenarios/${testId}`)).status).toBe(404);
  });
});
