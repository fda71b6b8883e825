import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidNextTokenError, InvalidTimestampError } from './errors.js';
import { decodeNextToken, encodeNextToken, type RunsPage } from './history.js';
import type { HistoryRow } from './rows.js';
import { canTransition, TEST_STATUSES } from './status.js';
import { startTestStorage, type TestStorage } from './test-support.js';
import { toDltTimestamp } from './timestamps.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await startTestStorage();
});
afterAll(() => storage.close());

const BASE = Date.UTC(2025, 0, 1, 0, 0, 0);

/** Run i starts i minutes after BASE; ids are not in time order, so the GSI (not the key) must do the sorting. */
function run(testId: string, i: number, extra: Partial<HistoryRow> = {}): HistoryRow {
  return {
    testId,
    testRunId: `r${String((i * 7919) % 1000).padStart(3, '0')}x${i}`,
    startTime: toDltTimestamp(BASE + i * 60_000),
    endTime: toDltTimestamp(BASE + i * 60_000 + 30_000),
    status: 'complete',
    testScenario: { execution: [{ concurrency: 1 }] },
    results: { total: { throughput: i } },
    succPercent: '100.00',
    ...extra,
  };
}

async function putRuns(testId: string, count: number): Promise<HistoryRow[]> {
  const runs = Array.from({ length: count }, (_, i) => run(testId, i));
  // Written in a scrambled order.
  const order = [...runs].sort((a, b) => (a.testRunId < b.testRunId ? -1 : 1));
  await Promise.all(order.map((r) => storage.history.put(r)));
  return runs;
}

async function allPages(
  testId: string,
  opts: { limit?: number; startTimestamp?: string; endTimestamp?: string },
) {
  const pages: RunsPage[] = [];
  let nextToken: string | null = null;
  do {
    const page: RunsPage = await storage.history.listRuns(testId, { ...opts, nextToken });
    pages.push(page);
    nextToken = page.nextToken;
  } while (nextToken);
  return pages;
}

describe('HistoryStore rows', () => {
  it('puts and gets a run; ifAbsent keeps the first write', async () => {
    const first = run('rows', 1, { status: 'cancelling' });
    expect(await storage.history.put(first, { ifAbsent: true })).toBe(true);
    expect(await storage.history.put({ ...first, status: 'running' }, { ifAbsent: true })).toBe(false);
    expect(await storage.history.get('rows', first.testRunId)).toEqual(first);
    expect(await storage.history.get('rows', 'nope')).toBeUndefined();
  });

  it('counts, and lists every run including those without a startTime', async () => {
    await putRuns('counted', 5);
    await storage.history.put({ testId: 'counted', testRunId: 'no-start', status: 'cancelling' });
    expect(await storage.history.count('counted')).toBe(6);
    expect(await storage.history.count('nobody')).toBe(0);
    const all = await storage.history.listAll('counted');
    expect(all.map((r) => r.startTime)).toEqual([
      toDltTimestamp(BASE + 4 * 60_000),
      toDltTimestamp(BASE + 3 * 60_000),
      toDltTimestamp(BASE + 2 * 60_000),
      toDltTimestamp(BASE + 60_000),
      toDltTimestamp(BASE),
      undefined,
    ]);
    // The sparse GSI has no entry for a run without a startTime.
    expect((await storage.history.listRuns('counted')).items).toHaveLength(5);
  });
});

describe('HistoryStore.listRuns', () => {
  let runs: HistoryRow[];
  beforeAll(async () => {
    runs = await putRuns('paged', 45);
    await putRuns('neighbour', 3);
  });

  it('pages 45 runs by 20 as 20/20/5, newest first, without duplicates', async () => {
    const pages = await allPages('paged', { limit: 20 });
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.at(-1)?.nextToken).toBeNull();
    const ids = pages.flatMap((p) => p.items.map((r) => r.testRunId));
    expect(new Set(ids).size).toBe(45);
    expect(ids).toEqual([...runs].reverse().map((r) => r.testRunId));
    expect(pages.flatMap((p) => p.items).every((r) => r.testId === 'paged')).toBe(true);
  });

  it('defaults to 20 per page and returns whole rows', async () => {
    const page = await storage.history.listRuns('paged');
    expect(page.items).toHaveLength(20);
    expect(page.items[0]).toEqual(runs[44]);
  });

  it('encodes next_token as base64(JSON(LastEvaluatedKey)), as DLT does', async () => {
    const page = await storage.history.listRuns('paged', { limit: 3 });
    const key = JSON.parse(Buffer.from(page.nextToken ?? '', 'base64').toString('utf8'));
    const last = page.items[2];
    expect(key).toEqual({ testId: 'paged', testRunId: last?.testRunId, startTime: last?.startTime });
    expect(encodeNextToken(key)).toBe(page.nextToken);
  });

  it('filters on startTime with ISO 8601 bounds (inclusive), across pages', async () => {
    // Runs 10..34 start between these instants; the bounds are given in another zone.
    const startTimestamp = new Date(BASE + 10 * 60_000).toISOString().replace('Z', '+00:00');
    const endTimestamp = '2025-01-01T02:34:00+02:00'; // 00:34 UTC
    const pages = await allPages('paged', { limit: 10, startTimestamp, endTimestamp });
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5]);
    const ids = pages.flatMap((p) => p.items.map((r) => r.testRunId));
    expect(ids).toEqual(
      runs
        .slice(10, 35)
        .reverse()
        .map((r) => r.testRunId),
    );

    const from = await allPages('paged', { limit: 100, startTimestamp: '2025-01-01T00:40:00Z' });
    expect(from.flatMap((p) => p.items).map((r) => r.results)).toEqual(
      [44, 43, 42, 41, 40].map((n) => ({ total: { throughput: n } })),
    );

    const until = await allPages('paged', { limit: 100, endTimestamp: '2025-01-01T00:02:59.999Z' });
    expect(until.flatMap((p) => p.items.map((r) => r.startTime))).toEqual([
      '2025-01-01 00:02:00',
      '2025-01-01 00:01:00',
      '2025-01-01 00:00:00',
    ]);
  });

  it('answers bounds the wrong way round with an empty page', async () => {
    expect(
      await storage.history.listRuns('paged', {
        startTimestamp: '2025-01-01T00:30:00Z',
        endTimestamp: '2025-01-01T00:10:00Z',
      }),
    ).toEqual({ items: [], nextToken: null });
  });

  it('refuses a bad limit or timestamp', async () => {
    for (const limit of [0, 101, 1.5, -3]) {
      await expect(storage.history.listRuns('paged', { limit })).rejects.toThrow(RangeError);
    }
    await expect(storage.history.listRuns('paged', { startTimestamp: 'last tuesday' })).rejects.toThrow(
      InvalidTimestampError,
    );
  });

  it('refuses tokens it did not issue for this test', async () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    const good = (await storage.history.listRuns('paged', { limit: 2 })).nextToken ?? '';
    const bad = [
      '!!!',
      'abc',
      `${good}x`,
      b64('not json'),
      b64('[1,2]'),
      b64('null'),
      b64('"text"'),
      b64(JSON.stringify({ testId: 'paged', testRunId: 'x' })),
      b64(JSON.stringify({ testId: 'paged', testRunId: 'x', startTime: 5 })),
      b64(JSON.stringify({ testId: 'paged', testRunId: 'x', startTime: 's', extra: 'y' })),
      b64(JSON.stringify({ testId: 'neighbour', testRunId: 'x', startTime: '2025-01-01 00:00:00' })),
    ];
    for (const nextToken of bad) {
      await expect(storage.history.listRuns('paged', { nextToken }), nextToken).rejects.toThrow(
        InvalidNextTokenError,
      );
    }
    expect(() => decodeNextToken(good, 'neighbour')).toThrow(/another test/);
  });

  it('treats a token reused outside its time range as invalid', async () => {
    const nextToken = (await storage.history.listRuns('paged', { limit: 2 })).nextToken;
    const reused = storage.history.listRuns('paged', { nextToken, endTimestamp: '2025-01-01T00:02:00Z' });
    await expect(reused).rejects.toThrow(InvalidNextTokenError);
  });

  it('never repeats or skips a run, whatever the page size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 46 }), async (limit) => {
        const ids = (await allPages('paged', { limit })).flatMap((p) => p.items.map((r) => r.testRunId));
        expect(ids).toEqual([...runs].reverse().map((r) => r.testRunId));
      }),
      { numRuns: 12 },
    );
  });
});

describe('HistoryStore deletes', () => {
  it('deletes 60 runs in batches, skipping unknown ids and duplicates, leaving other tests alone', async () => {
    const runs = await putRuns('bulk', 60);
    await putRuns('bystander', 2);
    const ids = runs.map((r) => r.testRunId);
    const submitted = await storage.history.deleteRuns('bulk', [
      ...ids,
      'unknown-1',
      ids[0] ?? '',
      ids[1] ?? '',
    ]);
    expect(submitted).toBe(61);
    expect(await storage.history.count('bulk')).toBe(0);
    expect(await storage.history.count('bystander')).toBe(2);
    expect(await storage.history.deleteRuns('bulk', [])).toBe(0);
  });

  it('deletes part of a test’s runs', async () => {
    const runs = await putRuns('partial', 30);
    await storage.history.deleteRuns(
      'partial',
      runs.filter((_, i) => i % 3 === 0).map((r) => r.testRunId),
    );
    const left = await storage.history.listAll('partial');
    expect(left).toHaveLength(20);
    expect(left.every((r) => Number(r.testRunId.split('x')[1]) % 3 !== 0)).toBe(true);
  });

  it('deleteAllForTest removes every run, with or without a startTime', async () => {
    await putRuns('doomed', 27);
    await storage.history.put({ testId: 'doomed', testRunId: 'no-start' });
    expect(await storage.history.deleteAllForTest('doomed')).toBe(28);
    expect(await storage.history.count('doomed')).toBe(0);
    expect(await storage.history.deleteAllForTest('doomed')).toBe(0);
  });
});

describe('HistoryStore.updateStatus', () => {
  it('applies the same rule as the scenario row, for every pair', async () => {
    const froms = [undefined, ...TEST_STATUSES];
    await Promise.all(
      froms.flatMap((from, f) =>
        TEST_STATUSES.map(async (to, t) => {
          const row: HistoryRow = { testId: 'status', testRunId: `p${f}-${t}`, status: from };
          await storage.history.put(row);
          const result = await storage.history.updateStatus('status', row.testRunId, to, { endTime: 'e' });
          expect(result.ok).toBe(canTransition(from, to));
          const read = await storage.history.get('status', row.testRunId);
          expect(read?.status).toBe(result.ok ? to : from);
          expect(read?.endTime).toBe(result.ok ? 'e' : undefined);
        }),
      ),
    );
  });

  it('reports a missing run without creating it; keeps the first errorReason', async () => {
    expect(await storage.history.updateStatus('status', 'ghost', 'failed')).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await storage.history.get('status', 'ghost')).toBeUndefined();
    await storage.history.put({ testId: 'status', testRunId: 'err', status: 'running' });
    await storage.history.updateStatus(
      'status',
      'err',
      'cancelling',
      {},
      { setIfMissing: { errorReason: 'a' } },
    );
    await storage.history.updateStatus(
      'status',
      'err',
      'cancelled',
      {},
      { setIfMissing: { errorReason: 'b' } },
    );
    expect(await storage.history.get('status', 'err')).toMatchObject({
      status: 'cancelled',
      errorReason: 'a',
    });
  });
});
