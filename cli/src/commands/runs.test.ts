import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  historyRow,
  SCENARIO_YAML,
  startTestStack,
  type TestStack,
} from '../api-client/test-support.js';
import { runsCommand, summaryFromHistory } from './runs.js';
import { scenariosCommand } from './scenarios.js';

let t: TestStack;
let testId: string;
let emptyId: string;

async function createScenario(): Promise<string> {
  const file = join(t.root, 'scenario.yaml');
  await writeFile(file, SCENARIO_YAML);
  const res = await call(scenariosCommand, [
    'create',
    file,
    '--save-only',
    '--state-dir',
    t.stateDir,
    '--format',
    'json',
  ]);
  return (JSON.parse(res.out) as { testId: string }).testId;
}

beforeAll(async () => {
  t = await startTestStack('dlt-cli-runs-');
  testId = await createScenario();
  emptyId = await createScenario();
  // Runs cannot be made through the API until orchestration exists; they go in as the results parser writes them.
  for (const [id, minute] of [
    ['run-a', 1],
    ['run-b', 2],
    ['run-c', 3],
  ] as const) {
    await t.deps.history.put(historyRow(testId, id, minute));
  }
});
afterAll(async () => {
  await t.close();
});

const runs = (argv: string[], env: NodeJS.ProcessEnv = {}) =>
  call(runsCommand, [...argv, '--state-dir', t.stateDir], env);

describe('dlt runs against dlt local up', () => {
  it('lists runs newest first as an aligned table, and as the raw API page', async () => {
    const res = await runs(['list', testId]);
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
    const lines = res.out.split('\n');
    expect(lines[0]).toMatch(/^RUN ID +START +STATUS +REQUESTS +RPS +ERRORS +AVG MS +P95 +P99$/);
    expect(lines.slice(1, 4).map((l) => l.split(/ +/)[0])).toEqual(['run-c', 'run-b', 'run-a']);
    expect(lines[1]).toMatch(
      /^run-c +2025-01-01 10:03:00 +complete +3,003 +100\.1 +13 +12\.5 +25\.0 +50\.0$/,
    );
    // Right-aligned numbers end under their header.
    expect(lines[1]?.length).toBe(lines[0]?.length);
    expect(res.out).toContain('\n3 shown, 3 runs in all\n');
    expect(res.out).not.toContain('next page');

    const json = JSON.parse((await runs(['list', testId, '--format', 'json'])).out) as {
      testRuns: Array<{ testRunId: string; requestsPerSecond: number }>;
      pagination: { total_count: number };
    };
    expect(json.testRuns.map((r) => r.testRunId)).toEqual(['run-c', 'run-b', 'run-a']);
    expect(json.pagination.total_count).toBe(3);
  });

  it('pages with --limit and --next-token, and filters with --from/--to', async () => {
    const first = await runs(['list', testId, '--limit', '2']);
    const token = /--next-token (\S+)$/m.exec(first.out)?.[1];
    expect(token).toBeDefined();
    expect(first.out).toContain('2 shown, 3 runs in all');
    const second = await runs(['list', testId, '--limit', '2', '--next-token', token ?? '']);
    expect(second.out.split('\n')[1]).toMatch(/^run-a /);
    expect(second.out).not.toContain('next page');

    const ranged = await runs([
      'list',
      testId,
      '--from',
      '2025-01-01T10:02:00Z',
      '--to',
      '2025-01-01T10:02:30Z',
    ]);
    expect(ranged.out.split('\n').filter((l) => l.startsWith('run-'))).toHaveLength(1);
    expect(ranged.out).toMatch(/^run-b /m);

    const bad = await runs(['list', testId, '--limit', '0']);
    expect(bad).toMatchObject({ code: 2, out: '' });
    expect(bad.err).toBe('dlt: INVALID_QUERY_PARAMETER: limit: must be an integer between 1 and 100\n');
    const badToken = await runs(['list', testId, '--next-token', 'bm9wZQ==']);
    expect(badToken.code).toBe(2);
    expect(badToken.err).toMatch(/^dlt: INVALID_QUERY_PARAMETER: next_token: /);
  });

  it('gets one run and the latest run', async () => {
    const got = await runs(['get', testId, 'run-b']);
    expect(got.code).toBe(0);
    expect(got.out).toMatch(/^run id +run-b$/m);
    expect(got.out).toMatch(/^requests +3,002$/m);
    expect(got.out).toMatch(/^p99 ms +50\.0$/m);
    const raw = JSON.parse((await runs(['get', testId, 'run-b', '--format', 'json'])).out) as HistoryLike;
    expect(raw.results.total.throughput).toBe(3002);

    const latest = await runs(['latest', testId]);
    expect(latest.code).toBe(0);
    expect(latest.out.split('\n')).toHaveLength(3);
    expect(latest.out).toMatch(/^run-c /m);

    const none = await runs(['latest', emptyId]);
    expect(none).toEqual({ code: 1, out: '', err: `dlt: test ${emptyId} has no runs yet\n` });
  });

  it('answers unknown tests and runs with exit 1 and the API error', async () => {
    expect(await runs(['get', testId, 'run-z'])).toEqual({
      code: 1,
      out: '',
      err: `dlt: TESTRUN_NOT_FOUND: Test run run-z not found for test ${testId}\n`,
    });
    const missing = await runs(['list', 'nosuchtest']);
    expect(missing).toEqual({ code: 1, out: '', err: 'dlt: TEST_NOT_FOUND: Test nosuchtest not found\n' });
    expect((await runs(['baseline', 'set', testId, 'run-z'])).code).toBe(1);
  });

  it('sets, shows and clears the baseline', async () => {
    expect(await runs(['baseline', 'get', testId])).toMatchObject({
      code: 0,
      out: `no baseline set for test ${testId}\n`,
    });
    expect((await runs(['baseline', 'set', testId, 'run-a'])).out).toBe(
      `baseline of test ${testId} set to run run-a\n`,
    );
    expect((await runs(['baseline', 'set', testId, 'run-b'])).out).toBe(
      `baseline of test ${testId} set to run run-b (was run-a)\n`,
    );
    const shown = await runs(['baseline', 'get', testId]);
    expect(shown.out).toMatch(/^baseline +run-b\nstart +2025-01-01 10:02:00\nstatus +complete\n$/);
    const json = JSON.parse((await runs(['baseline', 'get', testId, '--format', 'json'])).out) as {
      baselineId: string;
    };
    expect(json.baselineId).toBe('run-b');

    expect(await runs(['baseline', 'clear', testId])).toEqual({
      code: 0,
      out: `baseline of test ${testId} cleared (was run-b)\n`,
      err: '',
    });
    const again = await runs(['baseline', 'clear', testId]);
    expect(again).toEqual({
      code: 2,
      out: '',
      err: `dlt: NO_BASELINE_SET: No baseline is set for test ${testId}\n`,
    });
  });

  it('refuses bad usage with exit 2', async () => {
    for (const argv of [
      [],
      ['nope'],
      ['list'],
      ['get', testId],
      ['baseline'],
      ['baseline', 'drop', testId],
    ]) {
      const res = await runs(argv);
      expect(res.code, argv.join(' ')).toBe(2);
      expect(res.err, argv.join(' ')).toMatch(/^dlt: /);
    }
    expect((await call(runsCommand, ['baseline', 'set', '--help'])).out).toContain('usage: dlt runs');
  });
});

interface HistoryLike {
  results: { total: { throughput: number } };
}

describe('summaryFromHistory', () => {
  it('derives the list figures from a raw run, treating missing results as zero', () => {
    const s = summaryFromHistory(historyRow('t', 'r', 5));
    expect(s).toMatchObject({
      requests: 3005,
      errors: 15,
      avgResponseTime: 12.5,
      percentiles: { p95: 25, p99: 50 },
    });
    expect(s.requestsPerSecond).toBeCloseTo(3005 / 30);
    expect(summaryFromHistory({ testRunId: 'r' })).toMatchObject({
      requests: 0,
      requestsPerSecond: 0,
      status: 'complete',
    });
  });
});
