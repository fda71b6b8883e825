// A `dlt local up` process per test file: the built CLI in its own process, a temp state folder, real HTTP on
// 127.0.0.1 with SigV4 signatures from the key pair the stack wrote.
import { afterAll, beforeAll, expect } from 'vitest';
import { assertBuilt, type CliResult, killStrayClis, tempDir } from './helpers.js';
import { call, type LocalApi, scenarioBody, startLocal } from './local-helpers.js';

export interface Row {
  testId: string;
  testName: string;
  status: string;
  [key: string]: unknown;
}

export interface LocalApiFixture {
  readonly api: LocalApi;
  /** Stops the process and starts a new one on the same state folder; returns how the first one ended. */
  restart(): Promise<CliResult>;
}

/** Registers the hooks that start and stop local mode around the calling test file. */
export function useLocalApi(): LocalApiFixture {
  let api: LocalApi | undefined;
  let cleanup: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    assertBuilt();
    const tmp = await tempDir();
    cleanup = tmp.cleanup;
    api = await startLocal(tmp.dir);
  });
  afterAll(async () => {
    try {
      await api?.stop();
    } finally {
      killStrayClis();
      await cleanup();
    }
  });
  return {
    get api() {
      if (api === undefined) throw new Error('local mode is not running');
      return api;
    },
    async restart() {
      const current = this.api;
      api = undefined;
      const stopped = await current.stop();
      api = await startLocal(current.stateDir);
      return stopped;
    },
  };
}

/** POST /scenarios with saveOnly; returns the stored row. */
export async function saveScenario(api: LocalApi, overrides: Record<string, unknown> = {}): Promise<Row> {
  const res = await call(api, 'POST', '/scenarios', { body: scenarioBody({ saveOnly: true, ...overrides }) });
  expect(res.status, res.text).toBe(200);
  return res.body as Row;
}

export async function getScenario(
  api: LocalApi,
  testId: string,
  query?: Record<string, string>,
): Promise<Record<string, unknown>> {
  const res = await call(api, 'GET', `/scenarios/${testId}`, query ? { query } : {});
  expect(res.status, res.text).toBe(200);
  return res.body as Record<string, unknown>;
}

/** Polls GET /scenarios/{testId} until the run ends (bounded). */
export async function waitForTerminal(
  api: LocalApi,
  testId: string,
  timeoutMs = 45_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await getScenario(api, testId);
    if (['complete', 'failed', 'cancelled'].includes(String(row.status))) return row;
    if (Date.now() > deadline) throw new Error(`test ${testId} still ${row.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
