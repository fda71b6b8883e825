import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DemoTarget, startDemoTarget } from '@dlt/demo-target';
import type { RunReport } from '@dlt/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localApiHandler } from './local-api.js';
import { type LocalStack, startLocalStack } from './local-stack.js';
import type { SessionCredentials } from './session-credentials.js';
import { signedFetch } from './test-support.js';

// A real run through `dlt local up`'s stack (state machine, worker processes, results parser) against the demo
// target, then its report over signed HTTP, signed the way the console signs: with login session credentials.
let stateDir: string;
let stack: LocalStack;
let target: DemoTarget;
let session: SessionCredentials;

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'dlt-local-report-'));
  target = await startDemoTarget();
  stack = await startLocalStack({
    stateDir,
    port: 0,
    log: () => undefined,
    createHandler: (deps) => localApiHandler(deps),
  });
  const token = stack.loginUrl.split('#token=')[1];
  const login = await fetch(`${stack.url}/auth/login`, { method: 'POST', body: JSON.stringify({ token }) });
  session = (await login.json()) as SessionCredentials;
});
afterAll(async () => {
  await stack?.close();
  await target?.close();
  await rm(stateDir, { recursive: true, force: true });
});

const call = (path: string, init: { method?: string; body?: unknown } = {}) =>
  signedFetch(`${stack.apiUrl}${path}`, {
    method: init.method ?? 'GET',
    credentials: session,
    ...(init.body === undefined
      ? {}
      : { body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } }),
  });

describe('run reports through local mode', () => {
  it('serves the JSON and HTML report of a finished run, and 409 before it has results', async () => {
    const created = await call('/scenarios', {
      method: 'POST',
      body: {
        testName: 'Report e2e',
        testDescription: 'a short run whose report is fetched',
        testType: 'simple',
        testTaskConfigs: [{ region: 'us-east-1', taskCount: 1, concurrency: 2 }],
        regionalTaskDetails: { 'us-east-1': { dltAvailableTasks: 4 } },
        testScenario: {
          execution: [{ 'hold-for': '2s', scenario: 'Report e2e' }],
          scenarios: { 'Report e2e': { requests: [{ url: `${target.url}/`, method: 'GET' }] } },
        },
        criteria: ['p99>60s'],
      },
    });
    expect(created.status).toBe(200);
    const { testId } = (await created.json()) as { testId: string };

    let detail: { status: string; currentTestRunId?: string; errorReason?: string };
    let sawConflict = false;
    const deadline = Date.now() + 60_000;
    do {
      await new Promise((r) => setTimeout(r, 200));
      detail = (await (await call(`/scenarios/${testId}?history=false`)).json()) as typeof detail;
      if (detail.currentTestRunId && !['complete', 'failed'].includes(detail.status)) {
        const early = await call(`/scenarios/${testId}/testruns/${detail.currentTestRunId}/report`);
        // The results may land between the two calls; only a 409 or a 200 is acceptable.
        expect([200, 409]).toContain(early.status);
        if (early.status === 409) {
          sawConflict = true;
          expect(await early.json()).toMatch(/^NOT_TERMINAL: /);
        }
      }
    } while (!['complete', 'failed'].includes(detail.status) && Date.now() < deadline);
    expect(detail.status, detail.errorReason).toBe('complete');
    expect(sawConflict).toBe(true);
    const runId = detail.currentTestRunId!;

    const json = await call(`/scenarios/${testId}/testruns/${runId}/report`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const report = (await json.json()) as RunReport;
    const run = (await (await call(`/scenarios/${testId}/testruns/${runId}`)).json()) as {
      results: { total: { throughput: number } };
    };
    expect(report).toMatchObject({ schema: 'dlt.run-report.v1', testName: 'Report e2e', testId, tasks: 1 });
    expect(report.total.requests).toBe(run.results.total.throughput);
    expect(report.total.requests).toBeGreaterThan(0);
    expect(report.verdict).toBe('pass');
    expect(report.criteria.map((c) => c.criterion)).toEqual(['p99>60s']);
    expect(report.series.length).toBeGreaterThan(0);

    const html = await call(`/scenarios/${testId}/testruns/${runId}/report?format=html&download=true`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toBe(`attachment; filename="${testId}-${runId}.html"`);
    const page = await html.text();
    expect(page).toContain('Report e2e');
    expect(page).toContain('<svg');
  }, 90_000);
});
