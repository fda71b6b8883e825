// Runs through the API in local mode: `dlt local up` with two pools, the real state machine and step handlers,
// worker processes against the demo target on 127.0.0.1.
import { readdirSync, readFileSync } from 'node:fs';
import { type DemoTarget, startDemoTarget } from '@dlt/demo-target';
import { presignLiveUrl } from '@dlt/local-mode';
import { connectAsync } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, killStrayClis, tempDir } from './helpers.js';
import { call, type LocalApi, POOL, startLocal } from './local-helpers.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
let api: LocalApi;
let target: DemoTarget;
let cleanup: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  assertBuilt();
  target = await startDemoTarget();
  const tmp = await tempDir();
  cleanup = tmp.cleanup;
  api = await startLocal(tmp.dir, { regions: REGIONS });
});
afterAll(async () => {
  try {
    await api?.stop();
    await target?.close();
  } finally {
    killStrayClis();
    await cleanup();
  }
});

function runBody(name: string, criteria: string[], over: Record<string, unknown> = {}) {
  return {
    testName: name,
    testDescription: 'orchestration e2e',
    testType: 'simple',
    showLive: false,
    testTaskConfigs: REGIONS.map((region) => ({ region, taskCount: 2, concurrency: 2 })),
    regionalTaskDetails: Object.fromEntries(REGIONS.map((r) => [r, { dltAvailableTasks: 8 }])),
    testScenario: {
      execution: [{ 'ramp-up': '0s', 'hold-for': '2s', scenario: name }],
      scenarios: {
        [name]: {
          requests: [
            { url: `${target.url}/`, method: 'GET' },
            { url: `${target.url}/delay/20`, method: 'GET' },
          ],
        },
      },
    },
    criteria,
    ...over,
  };
}

const TERMINAL = new Set(['complete', 'failed', 'cancelled']);

/** Polls the scenario until it reaches a terminal status (bounded). */
async function waitForEnd(testId: string, timeoutMs = 60_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await call(api, 'GET', `/scenarios/${testId}`);
    expect(res.status, res.text).toBe(200);
    const row = res.body as Record<string, unknown>;
    if (TERMINAL.has(String(row.status))) return row;
    if (Date.now() > deadline) throw new Error(`test ${testId} still ${row.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function waitForStatus(testId: string, status: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = (await call(api, 'GET', `/scenarios/${testId}`)).body as Record<string, unknown>;
    if (row.status === status) return;
    if (TERMINAL.has(String(row.status))) throw new Error(`test ended ${row.status}: ${row.errorReason}`);
    if (Date.now() > deadline) throw new Error(`test ${testId} never reached ${status} (is ${row.status})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function latestRun(testId: string): Promise<Record<string, unknown>> {
  const res = await call(api, 'GET', `/scenarios/${testId}/testruns`, { query: { latest: 'true' } });
  expect(res.status, res.text).toBe(200);
  const body = res.body as { testRuns: Array<{ testRunId: string }> };
  const id = body.testRuns[0]?.testRunId;
  expect(id).toBeDefined();
  const run = await call(api, 'GET', `/scenarios/${testId}/testruns/${id}`);
  expect(run.status, run.text).toBe(200);
  return run.body as Record<string, unknown>;
}

type Scope = Record<string, unknown> & { throughput: number; succ: number; fail: number; labels: Scope[] };

describe('a run through the API in local mode', () => {
  it('runs 2 regions x 2 tasks to complete with exact counts, per-region and total results, series and verdict', async () => {
    target.resetStats();
    const res = await call(api, 'POST', '/scenarios', {
      body: runBody('orchestrated', ['avg-rt>5s', 'fail>50%']),
    });
    expect(res.status, res.text).toBe(200);
    const { testId } = res.body as { testId: string };

    const row = await waitForEnd(testId);
    expect(row.status, String(row.errorReason)).toBe('complete');
    const run = await latestRun(testId);
    const results = run.results as Record<string, Scope>;
    const total = results.total!;
    const stats = target.stats();

    // Every request the tasks counted reached the target, and nothing else did.
    expect(total.throughput).toBe(stats.requests);
    expect(total.throughput).toBeGreaterThan(0);
    expect(total.fail).toBe(0);
    for (const region of REGIONS) expect(results[region]?.throughput).toBeGreaterThan(0);
    expect(REGIONS.reduce((n, r) => n + results[r]!.throughput, 0)).toBe(total.throughput);
    expect(run.completeTasks).toEqual({ 'us-east-1': 2, 'eu-west-1': 2 });
    const delayed = total.labels.find((l) => String(l.label).includes('/delay/20'))!;
    expect(delayed.throughput).toBe(stats.byPath['/delay/20']);
    // The target holds these 20 ms; the histogram is within 0.39 % of the sample it stands for.
    expect(Number(delayed.p50_0)).toBeGreaterThanOrEqual(0.02 * (1 - 0.0039));

    // Taurus criteria name the failure: neither avg-rt>5s nor fail>50% happened.
    expect(run.verdict).toMatchObject({ result: 'pass' });

    // The per-second series survives the run.
    const series = await call(api, 'GET', `/scenarios/${testId}/testruns/${run.testRunId}/timeseries`);
    expect(series.status, series.text).toBe(200);
    expect(JSON.stringify(series.body)).toContain('p95');
  });

  it('stores a failing verdict with the criterion that failed', async () => {
    const res = await call(api, 'POST', '/scenarios', { body: runBody('strict', ['avg-rt>1ms']) });
    expect(res.status, res.text).toBe(200);
    const { testId } = res.body as { testId: string };
    const row = await waitForEnd(testId);
    expect(row.status, String(row.errorReason)).toBe('complete');
    const run = await latestRun(testId);
    expect(run.verdict).toMatchObject({ result: 'fail' });
    expect(JSON.stringify(run.verdict)).toContain('avg-rt>1ms');
  });

  it('cancels mid-test: cancelled, partial results kept, no worker left', async () => {
    const body = runBody('cancel me', [], {
      testScenario: {
        execution: [{ 'ramp-up': '0s', 'hold-for': '60s', scenario: 'cancel me' }],
        scenarios: { 'cancel me': { requests: [{ url: `${target.url}/delay/5`, method: 'GET' }] } },
      },
    });
    const res = await call(api, 'POST', '/scenarios', { body });
    expect(res.status, res.text).toBe(200);
    const { testId } = res.body as { testId: string };
    await waitForStatus(testId, 'running');
    await new Promise((r) => setTimeout(r, 1500));
    const cancel = await call(api, 'POST', `/scenarios/${testId}`);
    expect(cancel.status, cancel.text).toBe(200);
    const row = await waitForEnd(testId);
    expect(row.status).toBe('cancelled');
    const run = await latestRun(testId);
    expect((run.results as Record<string, Scope>).total!.throughput).toBeGreaterThan(0);
    expect(workersOf(testId)).toEqual([]);
  });
});

describe('reliability in local mode', () => {
  const longRun = (name: string, over: Record<string, unknown> = {}) =>
    runBody(name, [], {
      testScenario: {
        execution: [{ 'ramp-up': '0s', 'hold-for': '4s', scenario: name }],
        scenarios: { [name]: { requests: [{ url: `${target.url}/delay/5`, method: 'GET' }] } },
      },
      ...over,
    });

  async function startAndKillOne(body: Record<string, unknown>): Promise<string> {
    const res = await call(api, 'POST', '/scenarios', { body });
    expect(res.status, res.text).toBe(200);
    const { testId } = res.body as { testId: string };
    await waitForStatus(testId, 'running');
    await new Promise((r) => setTimeout(r, 1000));
    const pids = workersOf(testId);
    expect(pids).toHaveLength(4);
    process.kill(pids[0]!, 'SIGKILL');
    return testId;
  }

  it('a worker killed mid-test is counted as failed; the run finishes with the survivors', async () => {
    const testId = await startAndKillOne(longRun('survivors', { healthyThreshold: 70 }));
    const row = await waitForEnd(testId);
    expect(row.status, String(row.errorReason)).toBe('complete');
    expect(row.taskFailureCount).toBe(1);
    const run = await latestRun(testId);
    const done = Object.values(run.completeTasks as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(done).toBe(3);
    expect((run.results as Record<string, Scope>).total!.throughput).toBeGreaterThan(0);
  });

  it('a worker killed mid-test fails the run once the healthy threshold is breached, with the reason', async () => {
    const testId = await startAndKillOne(longRun('breach'));
    const row = await waitForEnd(testId);
    expect(row.status).toBe('failed');
    expect(row.errorReason).toBe(
      'Task failure threshold breached: 1/4 tasks failed (healthy threshold: 90%)',
    );
    expect(workersOf(testId)).toEqual([]);
  });

  it('publishes live data on dlt/{testId} to a subscriber signed with the local credentials', async () => {
    const info = (await call(api, 'GET', '/stack-info')).body as { live_data_endpoint: string };
    const url = presignLiveUrl(info.live_data_endpoint, api.credentials, POOL);
    const client = await connectAsync(url, { reconnectPeriod: 0, connectTimeout: 5000 });
    try {
      const messages: Array<Record<string, unknown[]>> = [];
      client.on('message', (_topic, payload) => messages.push(JSON.parse(payload.toString())));
      const res = await call(api, 'POST', '/scenarios', { body: longRun('live', { showLive: true }) });
      const { testId } = res.body as { testId: string };
      await client.subscribeAsync(`dlt/${testId}`);
      await waitForEnd(testId);
      expect(messages.length).toBeGreaterThan(0);
      const entry = messages.flatMap((m) => Object.values(m).flat())[0] as Record<string, unknown>;
      expect(entry).toMatchObject({ testId });
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining(['vu', 'succ', 'fail', 'avgRt', 'timestamp', 'p95', 'rps']),
      );
    } finally {
      await client.endAsync();
    }
  });
});

/** Worker processes still alive for this test (their environment names it). */
function workersOf(testId: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0');
      if (environ.includes(`TEST_ID=${testId}`)) pids.push(Number(entry));
    } catch {
      // gone, or not ours
    }
  }
  return pids;
}
