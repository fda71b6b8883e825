import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureLocalCredentials } from '../credentials.js';
import { localApiHandler } from '../local-api.js';
import { type LocalStack, startLocalStack } from '../local-stack.js';
import { signedFetch } from '../test-support.js';

// A task that starts but never becomes ready (it never prints its ready line) must fail the run at the
// readiness timeout, with the reason, and cleanup must leave no process behind.
let stateDir: string;
let stack: LocalStack;
let hangScript: string;
let credentials: { accessKeyId: string; secretAccessKey: string };

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'dlt-readiness-'));
  hangScript = join(stateDir, 'never-ready-worker.mjs');
  // Bounded: it exits by itself after 60 s even if nothing stops it.
  await writeFile(hangScript, 'setTimeout(() => process.exit(0), 60_000);\n');
  stack = await startLocalStack({
    stateDir,
    port: 0,
    log: () => undefined,
    createHandler: (deps) =>
      localApiHandler(deps, {
        orchestration: { workerScript: hangScript, settings: { readinessTimeoutSeconds: 2 } },
      }),
  });
  credentials = await ensureLocalCredentials(stateDir);
});
afterAll(async () => {
  await stack?.close();
  await rm(stateDir, { recursive: true, force: true });
});

function processesRunning(script: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(script)) pids.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

describe('a task that never becomes ready', () => {
  it('fails the run at the readiness timeout with the reason, and leaves nothing running', async () => {
    const res = await signedFetch(`${stack.apiUrl}/scenarios`, {
      method: 'POST',
      credentials,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        testName: 'never ready',
        testDescription: 'readiness timeout',
        testType: 'simple',
        testTaskConfigs: [{ region: 'us-east-1', taskCount: 2, concurrency: 1 }],
        regionalTaskDetails: { 'us-east-1': { dltAvailableTasks: 4 } },
        testScenario: {
          execution: [{ 'hold-for': '1s', scenario: 'never ready' }],
          scenarios: { 'never ready': { requests: [{ url: 'http://127.0.0.1:9/', method: 'GET' }] } },
        },
      }),
    });
    expect(res.status).toBe(200);
    const { testId } = (await res.json()) as { testId: string };
    // The execution launches asynchronously: wait (bounded) until both tasks are up.
    const launched = Date.now() + 10_000;
    while (processesRunning(hangScript).length < 2 && Date.now() < launched) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(processesRunning(hangScript)).toHaveLength(2);

    let row: { status: string; errorReason?: string } = { status: '' };
    const deadline = Date.now() + 30_000;
    while (!['failed', 'complete'].includes(row.status) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      row = (await (
        await signedFetch(`${stack.apiUrl}/scenarios/${testId}`, { credentials })
      ).json()) as typeof row;
    }
    expect(row.status).toBe('failed');
    expect(row.errorReason).toBe('Tasks in us-east-1 were not ready after 2 s: 0 of 2 ready');
    expect(processesRunning(hangScript)).toEqual([]);
    const taskFiles = await readdir(join(stateDir, 'tasks')).catch(() => []);
    expect(taskFiles).toEqual([]);
  });
});
