import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioRow } from './rows.js';
import { canTransition, TEST_STATUSES, type TestStatus } from './status.js';
import { startTestStorage, type TestStorage } from './test-support.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await startTestStorage();
});
afterAll(() => storage.close());

let seq = 0;
/** A fresh testId per test, so tests never see each other's rows. */
function newId(): string {
  seq += 1;
  return `t${seq}`;
}

function scenario(testId: string, extra: Partial<ScenarioRow> = {}): ScenarioRow {
  return {
    testId,
    testName: `Test ${testId}`,
    testDescription: 'a description',
    testType: 'simple',
    fileType: 'none',
    testTaskConfigs: [{ region: 'us-east-1', taskCount: 2, concurrency: '10' }],
    testScenario: JSON.stringify({ execution: [{ concurrency: 10, 'hold-for': '1m' }] }),
    status: 'created',
    tags: ['smoke'],
    ...extra,
  };
}

describe('ScenarioStore rows', () => {
  it('puts and gets a row unchanged, dropping undefined fields', async () => {
    const id = newId();
    const row = scenario(id, { showLive: true, healthyThreshold: 90, results: { total: { succ: 3 } } });
    expect(await storage.scenarios.put({ ...row, errorReason: undefined })).toEqual({ ok: true });
    const read = await storage.scenarios.get(id);
    expect(read).toEqual(row);
    expect(read && 'errorReason' in read).toBe(false);
  });

  it('returns undefined for a missing scenario and for region rows', async () => {
    expect(await storage.scenarios.get('missing')).toBeUndefined();
    await storage.scenarios.putRegion({ region: 'eu-west-3', taskCluster: 'c' });
    expect(await storage.scenarios.get('region-eu-west-3')).toBeUndefined();
  });

  it('refuses a testId that would overwrite a region row', async () => {
    await expect(storage.scenarios.put(scenario('region-us-east-1'))).rejects.toThrow(/reserved/);
    await expect(storage.scenarios.updateStatus('region-us-east-1', 'failed')).rejects.toThrow(/reserved/);
  });

  it('put with ifStatusIn writes over a finished or missing row and reports a busy one', async () => {
    const idle = [...['complete', 'cancelled', 'failed', 'scheduled', 'created']] as TestStatus[];
    const id = newId();
    expect(await storage.scenarios.put(scenario(id, { status: 'running' }), { ifStatusIn: idle })).toEqual({
      ok: true,
    });
    expect(await storage.scenarios.put(scenario(id, { status: 'queued' }), { ifStatusIn: idle })).toEqual({
      ok: false,
      reason: 'refused',
      currentStatus: 'running',
    });
    await storage.scenarios.updateStatus(id, 'complete');
    expect(await storage.scenarios.put(scenario(id, { status: 'queued' }), { ifStatusIn: idle })).toEqual({
      ok: true,
    });
    expect((await storage.scenarios.get(id))?.status).toBe('queued');
  });

  it('deletes, reports a missing row, and keeps a running one when asked to', async () => {
    const id = newId();
    await storage.scenarios.put(scenario(id, { status: 'running' }));
    expect(await storage.scenarios.delete(id, { ifStatusIn: ['complete'] })).toEqual({
      ok: false,
      reason: 'refused',
      currentStatus: 'running',
    });
    expect(await storage.scenarios.get(id)).toBeDefined();
    expect(await storage.scenarios.delete(id)).toEqual({ ok: true });
    expect(await storage.scenarios.get(id)).toBeUndefined();
    expect(await storage.scenarios.delete(id)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('updates other fields of an existing row only, never the status', async () => {
    const id = newId();
    await storage.scenarios.put(scenario(id, { nextRun: 'x' }));
    const results = { total: { throughput: 10 }, 'us-east-1': { throughput: 10 } };
    expect(await storage.scenarios.update(id, { set: { results, nextRun: undefined } })).toEqual({
      ok: true,
    });
    const read = await storage.scenarios.get(id);
    expect(read?.results).toEqual(results);
    expect(read && 'nextRun' in read).toBe(false);
    expect(await storage.scenarios.update('nope', { set: { results } })).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await storage.scenarios.get('nope')).toBeUndefined();
    await expect(storage.scenarios.update(id, { set: { status: 'running' } })).rejects.toThrow(
      /updateStatus/,
    );
    await expect(storage.scenarios.update(id, { set: { testId: 'x' } })).rejects.toThrow(/key attribute/);
  });

  it('increments counters atomically, from absent', async () => {
    const id = newId();
    await storage.scenarios.put(scenario(id));
    const values = await Promise.all(
      Array.from({ length: 10 }, () => storage.scenarios.increment(id, 'totalTestRuns')),
    );
    expect(values.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await storage.scenarios.increment(id, 'taskFailureCount', 2)).toBe(2);
    expect(await storage.scenarios.increment('nope', 'totalTestRuns')).toBeUndefined();
  });
});

describe('ScenarioStore baseline', () => {
  it('sets, replaces and clears the baseline, reporting the previous one', async () => {
    const id = newId();
    await storage.scenarios.put(scenario(id));
    expect(await storage.scenarios.setBaseline(id, 'run1')).toEqual({
      ok: true,
      previousBaselineId: undefined,
    });
    expect(await storage.scenarios.setBaseline(id, 'run2')).toEqual({ ok: true, previousBaselineId: 'run1' });
    expect((await storage.scenarios.get(id))?.baselineId).toBe('run2');
    expect(await storage.scenarios.clearBaseline(id)).toEqual({ ok: true, previousBaselineId: 'run2' });
    expect(await storage.scenarios.clearBaseline(id)).toEqual({ ok: true, previousBaselineId: undefined });
    expect((await storage.scenarios.get(id))?.baselineId).toBeUndefined();
  });

  it('does not create a row for a missing scenario', async () => {
    expect(await storage.scenarios.setBaseline('ghost', 'r')).toEqual({ ok: false, reason: 'not-found' });
    expect(await storage.scenarios.clearBaseline('ghost')).toEqual({ ok: false, reason: 'not-found' });
    expect(await storage.scenarios.get('ghost')).toBeUndefined();
  });
});

describe('ScenarioStore.updateStatus', () => {
  it('writes extra fields with the status; undefined removes; setIfMissing keeps the first value', async () => {
    const id = newId();
    await storage.scenarios.put(scenario(id, { status: 'running', errorReason: 'stale' }));
    expect(await storage.scenarios.updateStatus(id, 'parsing results', { errorReason: undefined })).toEqual({
      ok: true,
      previousStatus: 'running',
    });
    expect(await storage.scenarios.get(id)).not.toHaveProperty('errorReason');
    await storage.scenarios.updateStatus(id, 'cleaning up', {}, { setIfMissing: { errorReason: 'first' } });
    await storage.scenarios.updateStatus(
      id,
      'failed',
      { endTime: '2025-01-01 00:00:10' },
      { setIfMissing: { errorReason: 'second' } },
    );
    const read = await storage.scenarios.get(id);
    expect(read).toMatchObject({ status: 'failed', endTime: '2025-01-01 00:00:10', errorReason: 'first' });
  });

  it('reports a missing scenario without creating it', async () => {
    expect(await storage.scenarios.updateStatus('absent', 'running')).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await storage.scenarios.get('absent')).toBeUndefined();
  });

  it('a refused write changes nothing, extra fields included', async () => {
    const id = newId();
    await storage.scenarios.put(scenario(id, { status: 'complete', endTime: 'e1' }));
    expect(
      await storage.scenarios.updateStatus(id, 'failed', { endTime: 'e2', errorReason: 'late' }),
    ).toEqual({
      ok: false,
      reason: 'refused',
      currentStatus: 'complete',
    });
    expect(await storage.scenarios.get(id)).toMatchObject({ status: 'complete', endTime: 'e1' });
    expect(await storage.scenarios.get(id)).not.toHaveProperty('errorReason');
  });

  it('follows canTransition for every (from, to) pair, including rows without a status', async () => {
    const froms = [undefined, ...TEST_STATUSES];
    const pairs = froms.flatMap((from) => TEST_STATUSES.map((to) => ({ from, to, id: newId() })));
    expect(pairs).toHaveLength(12 * 11);
    await Promise.all(
      pairs.map(async ({ from, to, id }) => {
        await storage.scenarios.put(scenario(id, { status: from }));
        const result = await storage.scenarios.updateStatus(id, to);
        const allowed = canTransition(from, to);
        expect(result).toEqual(
          allowed
            ? { ok: true, previousStatus: from }
            : { ok: false, reason: 'refused', currentStatus: from },
        );
        expect((await storage.scenarios.get(id))?.status).toBe(allowed ? to : from);
      }),
    );
  });

  it('matches the model over random sequences of writes drawn from the status list', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...TEST_STATUSES), { minLength: 1, maxLength: 12 }),
        async (writes) => {
          const id = newId();
          await storage.scenarios.put(scenario(id, { status: 'queued' }));
          let model: TestStatus = 'queued';
          for (const to of writes) {
            const result = await storage.scenarios.updateStatus(id, to);
            expect(result.ok).toBe(canTransition(model, to));
            if (result.ok) model = to;
          }
          expect((await storage.scenarios.get(id))?.status).toBe(model);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('lets exactly one of two racing terminal writes win', async () => {
    for (let i = 0; i < 10; i++) {
      const id = newId();
      await storage.scenarios.put(scenario(id, { status: 'running' }));
      const [a, b] = await Promise.all([
        storage.scenarios.updateStatus(id, 'complete'),
        storage.scenarios.updateStatus(id, 'failed'),
      ]);
      expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
      expect((await storage.scenarios.get(id))?.status).toBe(a.ok ? 'complete' : 'failed');
    }
  });
});

describe('ScenarioStore.list and regions', () => {
  // A store of its own: the list reads the whole table.
  let own: TestStorage;
  beforeAll(async () => {
    own = await startTestStorage();
    const rows: ScenarioRow[] = [
      scenario('old', { startTime: '2024-01-01 00:00:00', tags: ['smoke', 'api'], totalTestRuns: 4 }),
      scenario('new', { startTime: '2025-06-01 12:00:00', tags: ['nightly-load'] }),
      scenario('mid', { startTime: '2025-01-01 08:30:00', tags: undefined, nextRun: '2025-07-01 09:00:00' }),
      scenario('saved-b', { startTime: undefined, tags: [] }),
      scenario('saved-a', { startTime: undefined, tags: ['api'] }),
    ];
    for (const row of rows) await own.scenarios.put(row);
    await own.scenarios.putRegion({ region: 'us-east-1', taskCluster: 'hub', version: 'v4.2.3' });
    await own.scenarios.putRegion({ region: 'eu-west-1', taskCluster: 'spoke', taskDefinition: undefined });
    await own.scenarios.putRegion({ region: 'ap-south-1', taskCluster: '' });
    await own.scenarios.putRegion({ region: 'local', pool: 'laptop' });
  });
  afterAll(() => own.close());

  it('lists scenarios only, newest first, never-started last, with the projection and its defaults', async () => {
    const list = await own.scenarios.list();
    expect(list.map((s) => s.testId)).toEqual(['new', 'mid', 'old', 'saved-a', 'saved-b']);
    expect(list.find((s) => s.testId === 'mid')).toEqual({
      testId: 'mid',
      testName: 'Test mid',
      testDescription: 'a description',
      status: 'created',
      startTime: '2025-01-01 08:30:00',
      nextRun: '2025-07-01 09:00:00',
      tags: [],
      totalTestRuns: 0,
    });
    expect(list.find((s) => s.testId === 'old')?.totalTestRuns).toBe(4);
    for (const summary of list) expect(summary).not.toHaveProperty('testScenario');
  });

  it('filters by tags with OR, after normalising the query', async () => {
    expect((await own.scenarios.list({ tags: ['api'] })).map((s) => s.testId)).toEqual(['old', 'saved-a']);
    expect((await own.scenarios.list({ tags: ['  Nightly Load ', 'SMOKE'] })).map((s) => s.testId)).toEqual([
      'new',
      'old',
    ]);
    expect(await own.scenarios.list({ tags: ['absent'] })).toEqual([]);
    // Nothing usable left after normalising: no filter, as with no tags.
    expect(await own.scenarios.list({ tags: ['***', ' '] })).toHaveLength(5);
  });

  it('lists registered regions, hiding blanked stacks unless asked', async () => {
    const regions = await own.scenarios.listRegions();
    expect(regions).toEqual([
      { region: 'eu-west-1', taskCluster: 'spoke' },
      { region: 'local', pool: 'laptop' },
      { region: 'us-east-1', taskCluster: 'hub', version: 'v4.2.3' },
    ]);
    expect((await own.scenarios.listRegions({ includeRemoved: true })).map((r) => r.region)).toEqual([
      'ap-south-1',
      'eu-west-1',
      'local',
      'us-east-1',
    ]);
    expect(await own.scenarios.getRegion('us-east-1')).toEqual({
      region: 'us-east-1',
      taskCluster: 'hub',
      version: 'v4.2.3',
    });
  });

  it('re-registers and deletes a region', async () => {
    await own.scenarios.putRegion({ region: 'sa-east-1', taskCluster: 'a' });
    await own.scenarios.putRegion({ region: 'sa-east-1', taskCluster: 'b' });
    expect((await own.scenarios.getRegion('sa-east-1'))?.taskCluster).toBe('b');
    await own.scenarios.deleteRegion('sa-east-1');
    expect(await own.scenarios.getRegion('sa-east-1')).toBeUndefined();
  });
});

beforeEach(() => {
  // Keeps ids unique across fast-check runs and tests alike.
  seq += 1000;
});
