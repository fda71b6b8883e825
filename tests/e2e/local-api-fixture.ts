// A `dlt local up` process per test file: the built CLI in its own process, a temp state folder, real HTTP on
// 127.0.0.1 with SigV4 signatures from the key pair the stack wrote.
import { afterAll, beforeAll, expect } from 'vitest';
import { assertBuilt, type CliResult, killStrayClis, tempDir } from './helpers.js';
import { call, type LocalApi, scenarioBody, startLocal } from './local-helpers.js';

export const ORCHESTRATION_REASON =
  'Local mode cannot run tests through the API yet: orchestration is not built. Use `dlt run FILE`.';

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
