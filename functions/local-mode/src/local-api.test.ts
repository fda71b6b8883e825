import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalCredentials } from './credentials.js';
import { localApiHandler } from './local-api.js';
import { type LocalStack, startLocalStack } from './local-stack.js';
import { signedFetch } from './test-support.js';

// The real API handler behind the real local host, over real HTTP with SigV4: what `dlt local up` serves.
let stateDir: string;
let stack: LocalStack;
let credentials: { accessKeyId: string; secretAccessKey: string };

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'dlt-local-api-'));
  stack = await startLocalStack({
    stateDir,
    port: 0,
    regions: ['us-east-1', 'eu-west-1'],
    log: () => undefined,
    createHandler: (deps) => localApiHandler(deps),
  });
  credentials = await ensureLocalCredentials(stateDir);
});
afterAll(async () => {
  await stack.close();
  await rm(stateDir, { recursive: true, force: true });
});

const call = (method: string, path: string, body?: unknown) =>
  signedFetch(`${stack.apiUrl}${path}`, {
    method,
    credentials,
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });

const scenario = {
  testName: 'Local API flow',
  testDescription: 'create, read, list and delete through the local host',
  testType: 'simple',
  testTaskConfigs: [{ region: 'eu-west-1', taskCount: 1, concurrency: 2 }],
  regionalTaskDetails: { 'eu-west-1': { dltAvailableTasks: 4 } },
  testScenario: {
    execution: [{ 'hold-for': '1s', scenario: 'Local API flow' }],
    scenarios: { 'Local API flow': { requests: [{ url: 'http://127.0.0.1:9/', method: 'GET' }] } },
  },
};

describe('the API through dlt local up', () => {
  it('lists the local pools as regions', async () => {
    const res = await call('GET', '/regions');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { regions: Array<{ region: string }> };
    expect(body.regions.map((r) => r.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('creates a scenario, runs it to the end through the real state machine, lists and deletes it', async () => {
    const created = await call('POST', '/scenarios', scenario);
    expect(created.status).toBe(200);
    const { testId } = (await created.json()) as { testId: string };

    // Nothing listens on port 9: every request fails, and the run still completes with those errors counted.
    let detail: { testName: string; status: string; errorReason?: string; results?: Record<string, unknown> };
    const deadline = Date.now() + 30_000;
    do {
      await new Promise((r) => setTimeout(r, 200));
      detail = (await (await call('GET', `/scenarios/${testId}?history=false`)).json()) as typeof detail;
    } while (!['complete', 'failed'].includes(detail.status) && Date.now() < deadline);
    expect(detail.testName).toBe('Local API flow');
    expect(detail.status, detail.errorReason).toBe('complete');
    const total = detail.results?.total as { fail: number; succ: number };
    expect(total.fail).toBeGreaterThan(0);
    expect(total.succ).toBe(0);

    const list = (await (await call('GET', '/scenarios')).json()) as { Items: Array<{ testId: string }> };
    expect(list.Items.map((i) => i.testId)).toContain(testId);

    expect((await call('DELETE', `/scenarios/${testId}`)).status).toBe(200);
    expect((await call('GET', `/scenarios/${testId}`)).status).toBe(404);
  });

  it('answers DLT errors through the host, and 403 without a signature', async () => {
    const bad = await call('POST', '/scenarios', { ...scenario, testName: 'ab' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatch(/^INVALID_REQUEST_BODY: .*testName/);
    const unsigned = await fetch(`${stack.apiUrl}/scenarios`);
    expect(unsigned.status).toBe(403);
    expect(await unsigned.json()).toEqual({ message: 'Missing Authentication Token' });
  });
});
