// `dlt local up` killed with SIGKILL mid-run, then started again on the same state folder: the run is ended with
// a reason, never left running, and its leftover workers are stopped.
import { readdirSync, readFileSync } from 'node:fs';
import { type DemoTarget, startDemoTarget } from '@dlt/demo-target';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertBuilt, killStrayClis, tempDir } from './helpers.js';
import { call, type LocalApi, POOL, startLocal } from './local-helpers.js';

let target: DemoTarget;
let api: LocalApi | undefined;
let dir: { dir: string; cleanup(): Promise<void> };

beforeAll(async () => {
  assertBuilt();
  target = await startDemoTarget();
  dir = await tempDir();
});
afterAll(async () => {
  try {
    await api?.stop();
    await target?.close();
  } finally {
    killStrayClis();
    await dir?.cleanup();
  }
});

function workersOf(testId: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(`TEST_ID=${testId}`)) {
        pids.push(Number(entry));
      }
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

async function status(local: LocalApi, testId: string): Promise<Record<string, unknown>> {
  const res = await call(local, 'GET', `/scenarios/${testId}`);
  expect(res.status, res.text).toBe(200);
  return res.body as Record<string, unknown>;
}

it('reconciles a run interrupted by SIGKILL on the next start: failed with a reason, no worker left', async () => {
  const first = await startLocal(dir.dir);
  api = first;
  const res = await call(first, 'POST', '/scenarios', {
    body: {
      testName: 'interrupted',
      testDescription: 'killed mid-run',
      testType: 'simple',
      testTaskConfigs: [{ region: POOL, taskCount: 2, concurrency: 1 }],
      regionalTaskDetails: { [POOL]: { dltAvailableTasks: 4 } },
      testScenario: {
        execution: [{ 'ramp-up': '0s', 'hold-for': '30s', scenario: 'interrupted' }],
        scenarios: { interrupted: { requests: [{ url: `${target.url}/delay/5`, method: 'GET' }] } },
      },
    },
  });
  expect(res.status, res.text).toBe(200);
  const { testId } = res.body as { testId: string };
  const deadline = Date.now() + 30_000;
  while ((await status(first, testId)).status !== 'running') {
    if (Date.now() > deadline) throw new Error('the run never reached running');
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(workersOf(testId)).toHaveLength(2);

  first.cli.child.kill('SIGKILL');
  await first.cli.result.catch(() => undefined);
  api = undefined;
  // Nothing drives the run now: its workers are orphans and the row still says running.

  const second = await startLocal(dir.dir);
  api = second;
  const row = await status(second, testId);
  expect(row.status).toBe('failed');
  expect(row.errorReason).toMatch(/^Local mode stopped while the test was running/);
  expect(workersOf(testId)).toEqual([]);
  const runs = await call(second, 'GET', `/scenarios/${testId}/testruns`);
  expect((runs.body as { testRuns: Array<{ status: string }> }).testRuns.map((r) => r.status)).toEqual([
    'failed',
  ]);
});
