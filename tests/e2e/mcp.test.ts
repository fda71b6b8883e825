// The MCP server end to end: an MCP SDK client spawns `dlt mcp` as its stdio server, which signs its calls
// to a real `dlt local up` (temp state dir) with the standard AWS credential chain pointed at the local profile.
import { type DemoTarget, startDemoTarget } from '@dlt/demo-target';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, cliPath, killStrayClis, repoRoot, tempDir } from './helpers.js';
import { call, type LocalApi, POOL, startLocal } from './local-helpers.js';

let api: LocalApi;
let target: DemoTarget;
let cleanup: () => Promise<void> = async () => undefined;
const clients: Client[] = [];
let testId: string;
let firstRunId: string;

const TERMINAL = new Set(['complete', 'failed', 'cancelled']);

function scenario(name: string, holdFor: string): Record<string, unknown> {
  return {
    testName: name,
    testDescription: 'MCP end-to-end',
    testType: 'simple',
    showLive: false,
    testTaskConfigs: [{ region: POOL, taskCount: 1, concurrency: 2 }],
    regionalTaskDetails: { [POOL]: { dltAvailableTasks: 4 } },
    testScenario: {
      execution: [{ 'ramp-up': '0s', 'hold-for': holdFor, scenario: name }],
      scenarios: {
        [name]: {
          requests: [
            { url: `${target.url}/`, method: 'GET', label: 'home' },
            { url: `${target.url}/delay/5`, method: 'GET', label: 'slow' },
          ],
        },
      },
    },
    criteria: ['p95>5s', 'fail>50%'],
  };
}

async function waitFor(id: string, done: (status: string) => boolean, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = (await call(api, 'GET', `/scenarios/${id}`, { query: { history: 'false' } })).body as {
      status: string;
    };
    if (done(row.status)) return row.status;
    if (Date.now() > deadline) throw new Error(`test ${id} still ${row.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function latestRunId(id: string): Promise<string> {
  const res = await call(api, 'GET', `/scenarios/${id}/testruns`, { query: { latest: 'true' } });
  return (res.body as { testRuns: Array<{ testRunId: string }> }).testRuns[0]!.testRunId;
}

/** `dlt mcp ...` as an MCP client's stdio server. */
async function mcpClient(args: string[], env: Record<string, string> = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [cliPath, 'mcp', ...args],
    cwd: repoRoot,
    env,
    stderr: 'pipe',
  });
  const client = new Client({ name: 'e2e', version: '1' });
  await client.connect(transport);
  clients.push(client);
  return client;
}

const chainEnv = () => ({
  AWS_SHARED_CREDENTIALS_FILE: `${api.stateDir}/credentials`,
  AWS_PROFILE: 'dlt-local',
  AWS_REGION: 'us-east-1',
});

async function tool(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

const text = (r: CallToolResult) => (r.content[0] as { text: string }).text;

async function ok<T = Record<string, unknown>>(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<T> {
  const res = await tool(client, name, args);
  expect(res.isError, `${name}: ${text(res)}`).toBeFalsy();
  return JSON.parse(text(res)) as T;
}

async function fails(
  client: Client,
  name: string,
  args: Record<string, unknown>,
  message: RegExp,
): Promise<void> {
  const res = await tool(client, name, args);
  expect(res.isError, `${name} ${JSON.stringify(args)} should fail: ${text(res)}`).toBe(true);
  expect(text(res)).toMatch(message);
}

beforeAll(async () => {
  assertBuilt();
  target = await startDemoTarget();
  const tmp = await tempDir();
  cleanup = tmp.cleanup;
  api = await startLocal(tmp.dir);
  const res = await call(api, 'POST', '/scenarios', { body: scenario('mcp e2e', '2s') });
  expect(res.status, res.text).toBe(200);
  testId = (res.body as { testId: string }).testId;
  expect(await waitFor(testId, (s) => TERMINAL.has(s))).toBe('complete');
  firstRunId = await latestRunId(testId);
}, 120_000);

afterAll(async () => {
  try {
    for (const c of clients) await c.close().catch(() => undefined);
    await api?.stop();
    await target?.close();
  } finally {
    killStrayClis();
    await cleanup();
  }
});

describe('dlt mcp over stdio against dlt local up', () => {
  it('serves every read tool with valid input', async () => {
    const c = await mcpClient(['--endpoint', api.apiUrl], chainEnv());
    const names = (await c.listTools()).tools.map((t) => t.name);
    expect(names).toEqual([
      'list_scenarios',
      'get_scenario_details',
      'list_test_runs',
      'get_test_run',
      'get_latest_test_run',
      'get_baseline_test_run',
      'get_test_run_artifacts',
      'get_run_timeseries',
      'compare_runs',
      'analyze_run',
    ]);

    const list = await ok<{ Items: Array<{ testId: string }> }>(c, 'list_scenarios');
    expect(list.Items.map((i) => i.testId)).toContain(testId);
    expect(await ok(c, 'get_scenario_details', { test_id: testId })).toMatchObject({
      testId,
      testName: 'mcp e2e',
    });
    const runs = await ok<{ testRuns: Array<{ testRunId: string; requests: number }> }>(c, 'list_test_runs', {
      test_id: testId,
      limit: 5,
    });
    expect(runs.testRuns.map((r) => r.testRunId)).toEqual([firstRunId]);
    expect(runs.testRuns[0]!.requests).toBeGreaterThan(0);
    const since = await ok<{ testRuns: unknown[] }>(c, 'list_test_runs', {
      test_id: testId,
      start_timestamp: new Date(Date.now() - 3600_000).toISOString(),
    });
    expect(since.testRuns).toHaveLength(1);

    const run = await ok<{
      testRunId: string;
      results: { total: { throughput: number; labels: Array<{ label: string }> } };
    }>(c, 'get_test_run', { test_id: testId, test_run_id: firstRunId });
    expect(run.results.total.throughput).toBeGreaterThan(0);
    expect(run.results.total.labels.map((l) => l.label).sort()).toEqual(['home', 'slow']);
    expect((await ok<{ testRunId: string }>(c, 'get_latest_test_run', { test_id: testId })).testRunId).toBe(
      firstRunId,
    );
    expect(await ok(c, 'get_baseline_test_run', { test_id: testId })).toMatchObject({
      testId,
      baselineId: null,
    });

    const artifacts = await ok<{ testRunPath: string; artifacts: Array<{ name: string; url: string }> }>(
      c,
      'get_test_run_artifacts',
      { test_id: testId, test_run_id: firstRunId },
    );
    expect(artifacts.testRunPath).toMatch(new RegExp(`^results/${testId}/.*${firstRunId}$`));
    expect(artifacts.artifacts.map((a) => a.name)).toEqual(
      expect.arrayContaining(['merged/timeseries.json']),
    );

    const series = await ok<{ stepSec: number; total: { t: number[]; requests: number[] } }>(
      c,
      'get_run_timeseries',
      {
        test_id: testId,
        test_run_id: firstRunId,
      },
    );
    const requests = series.total.requests.reduce((a, b) => a + b, 0);
    expect(requests).toBe(run.results.total.throughput);
    const coarse = await ok<{ stepSec: number; regions: Record<string, { requests: number[] }> }>(
      c,
      'get_run_timeseries',
      {
        test_id: testId,
        test_run_id: firstRunId,
        region: POOL,
        step_sec: 2,
      },
    );
    expect(coarse.stepSec).toBe(2);
    expect(coarse.regions[POOL]!.requests.reduce((a, b) => a + b, 0)).toBe(requests);

    const analysis = await ok<{ testRunId: string; criteria: string; findings: Array<{ kind: string }> }>(
      c,
      'analyze_run',
      {
        test_id: testId,
      },
    );
    expect(analysis).toMatchObject({ testRunId: firstRunId, criteria: 'pass' });
    expect(analysis.findings.filter((f) => f.kind === 'criteria')).toHaveLength(2);
    const judged = await ok<{ criteria: string }>(c, 'analyze_run', {
      test_id: testId,
      test_run_id: firstRunId,
      criteria: ['p95 of slow>1ms'],
    });
    // Criteria are failure conditions: the /delay/5 label's p95 is above 1 ms.
    expect(judged.criteria).toBe('fail');
  });

  it('answers invalid input and unknown tests with clear tool errors', async () => {
    const c = await mcpClient(['--endpoint', api.apiUrl], chainEnv());
    const unknown = 'unknown123';
    for (const name of [
      'get_scenario_details',
      'list_test_runs',
      'get_latest_test_run',
      'get_baseline_test_run',
    ]) {
      await fails(c, name, { test_id: unknown }, new RegExp(`^${name}: .*${unknown}`));
      await fails(c, name, { test_id: 12 }, new RegExp(`^${name}: invalid input: test_id: `));
    }
    for (const name of ['get_test_run', 'get_test_run_artifacts', 'get_run_timeseries']) {
      await fails(c, name, { test_id: testId, test_run_id: unknown }, new RegExp(`^${name}: .*${unknown}`));
      await fails(
        c,
        name,
        { test_id: testId, test_run_id: ['x'] },
        new RegExp(`^${name}: invalid input: test_run_id: `),
      );
    }
    await fails(c, 'list_test_runs', { test_id: testId, limit: 'five' }, /limit: /);
    await fails(
      c,
      'compare_runs',
      { test_id: testId, test_run_ids: [firstRunId, unknown] },
      new RegExp(`compare_runs: .*${unknown}`),
    );
    await fails(c, 'compare_runs', { test_id: testId, test_run_ids: firstRunId }, /test_run_ids: /);
    await fails(
      c,
      'analyze_run',
      { test_id: testId, test_run_id: unknown },
      new RegExp(`analyze_run: .*${unknown}`),
    );
    await fails(c, 'analyze_run', { test_id: testId, criteria: 'p95>1s' }, /criteria: /);
    await fails(
      c,
      'get_run_timeseries',
      { test_id: testId, test_run_id: firstRunId, region: 'mars-north-1' },
      /no series for region mars-north-1; its regions are: us-east-1/,
    );
    await fails(
      c,
      'start_test',
      { test_id: testId },
      /start_test changes state and is disabled.*--allow-writes/,
    );
    await fails(c, 'cancel_test', { test_id: testId }, /--allow-writes/);
  });

  it('finds the running local stack from --state-dir when no endpoint is given', async () => {
    const c = await mcpClient(['--state-dir', api.stateDir]);
    const list = await ok<{ Items: Array<{ testId: string }> }>(c, 'list_scenarios');
    expect(list.Items.map((i) => i.testId)).toContain(testId);
  });

  it('with --allow-writes: start_test re-runs a scenario, then compare_runs and analyze_run use both runs', async () => {
    const c = await mcpClient(['--endpoint', api.apiUrl, '--allow-writes'], chainEnv());
    const names = (await c.listTools()).tools.map((t) => t.name);
    expect(names.slice(-2)).toEqual(['start_test', 'cancel_test']);

    const baseline = await call(api, 'PUT', `/scenarios/${testId}/baseline`, {
      body: { testRunId: firstRunId },
    });
    expect(baseline.status, baseline.text).toBe(200);
    const started = await ok<{ testId: string; testRunId: string; status: string }>(c, 'start_test', {
      test_id: testId,
    });
    expect(started).toMatchObject({ testId, status: 'queued' });
    expect(started.testRunId).not.toBe(firstRunId);
    expect(await waitFor(testId, (s) => TERMINAL.has(s))).toBe('complete');
    expect(await latestRunId(testId)).toBe(started.testRunId);

    const comparison = await ok<{
      baseRunId: string;
      total: { metrics: { requests: { values: number[] } } };
      labels: Array<{ subject: { name: string } }>;
    }>(c, 'compare_runs', { test_id: testId, test_run_ids: [firstRunId, started.testRunId] });
    expect(comparison.baseRunId).toBe(firstRunId);
    expect(comparison.total.metrics.requests.values.every((v) => v > 0)).toBe(true);
    expect(comparison.labels.map((l) => l.subject.name).sort()).toEqual(['home', 'slow']);
    const analysis = await ok<{ testRunId: string; baselineRunId: string }>(c, 'analyze_run', {
      test_id: testId,
    });
    expect(analysis).toMatchObject({ testRunId: started.testRunId, baselineRunId: firstRunId });

    await fails(c, 'start_test', {}, /exactly one of 'test_id'.*or 'scenario'/);
    await fails(c, 'start_test', { test_id: 'unknown123' }, /start_test: .*unknown123/);
    await fails(c, 'cancel_test', { test_id: testId }, /is not running \(status complete\)/);
  });

  it('with --allow-writes: start_test creates and starts a scenario body, cancel_test cancels it', async () => {
    const c = await mcpClient(['--endpoint', api.apiUrl, '--allow-writes'], chainEnv());
    const started = await ok<{ testId: string; status: string }>(c, 'start_test', {
      scenario: scenario('mcp long', '60s'),
    });
    expect(started.status).toBe('queued');
    await waitFor(started.testId, (s) => {
      if (TERMINAL.has(s)) throw new Error(`the long test ended early: ${s}`);
      return s === 'running';
    });
    const cancelled = await ok<{ testId: string; result: string }>(c, 'cancel_test', {
      test_id: started.testId,
    });
    expect(cancelled).toEqual({ testId: started.testId, result: 'test cancelling' });
    expect(await waitFor(started.testId, (s) => TERMINAL.has(s))).toBe('cancelled');
  });
});
