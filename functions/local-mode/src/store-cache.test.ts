import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { HistoryStore, type ScenarioRow, ScenarioStore } from '@dlt/shared/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStorage, type TestStorage } from '../../shared/src/storage/test-support.js';
import {
  CachedHistoryStore,
  CachedScenarioStore,
  HISTORY_CACHED_READS,
  HISTORY_WRITES,
  SCENARIO_CACHED_READS,
  SCENARIO_WRITES,
} from './store-cache.js';

let storage: TestStorage;
let scenarios: CachedScenarioStore;
let history: CachedHistoryStore;

beforeAll(async () => {
  storage = await startTestStorage();
  scenarios = new CachedScenarioStore(storage.clients.ddb, storage.names.scenariosTable);
  history = new CachedHistoryStore(storage.clients.ddb, storage.names.historyTable);
});
afterAll(async () => storage?.close());

const row = (testId: string, extra: Partial<ScenarioRow> = {}): ScenarioRow => ({
  testId,
  testName: `Scenario ${testId}`,
  status: 'complete',
  tags: ['shop'],
  ...extra,
});

function methodsOf(prototype: object): string[] {
  return Object.getOwnPropertyNames(prototype).filter(
    (name) => name !== 'constructor' && typeof (prototype as Record<string, unknown>)[name] === 'function',
  );
}

describe('the caches cover every store method', () => {
  // A write method added to a store later must be classified here, or the cache would serve stale reads.
  it.each([
    [
      'ScenarioStore',
      ScenarioStore,
      CachedScenarioStore,
      SCENARIO_WRITES,
      SCENARIO_CACHED_READS,
      ['changeBaseline', 'scanAll'],
    ],
    [
      'HistoryStore',
      HistoryStore,
      CachedHistoryStore,
      HISTORY_WRITES,
      HISTORY_CACHED_READS,
      ['queryAll', 'batchDelete'],
    ],
  ] as const)('%s', (_name, base, cached, writes, reads, internal) => {
    const known = new Set<string>([...writes, ...reads, ...internal]);
    expect(methodsOf(base.prototype).filter((m) => !known.has(m))).toEqual([]);
    const overridden = new Set(methodsOf(cached.prototype));
    expect([...writes, ...reads].filter((m) => !overridden.has(m))).toEqual([]);
  });
});

describe('CachedScenarioStore', () => {
  it('shows every write in the next list and get', async () => {
    await scenarios.put(row('cache-a', { status: 'running' }));
    expect((await scenarios.list()).map((s) => s.testId)).toEqual(['cache-a']);

    await scenarios.put(row('cache-b', { tags: ['other'] }));
    expect((await scenarios.list()).map((s) => s.testId).sort()).toEqual(['cache-a', 'cache-b']);
    expect((await scenarios.list({ tags: ['other'] })).map((s) => s.testId)).toEqual(['cache-b']);

    expect(await scenarios.updateStatus('cache-a', 'complete')).toMatchObject({ ok: true });
    expect((await scenarios.list()).find((s) => s.testId === 'cache-a')?.status).toBe('complete');
    expect((await scenarios.get('cache-a'))?.status).toBe('complete');

    await scenarios.increment('cache-a', 'totalTestRuns');
    expect((await scenarios.list()).find((s) => s.testId === 'cache-a')?.totalTestRuns).toBe(1);

    await scenarios.update('cache-a', { set: { testName: 'Renamed' } });
    expect((await scenarios.get('cache-a'))?.testName).toBe('Renamed');

    await scenarios.delete('cache-b');
    expect((await scenarios.list()).map((s) => s.testId)).toEqual(['cache-a']);
    expect(await scenarios.get('cache-b')).toBeUndefined();

    await scenarios.putRegion({ region: 'eu-west-1' });
    expect((await scenarios.listRegions()).map((r) => r.region)).toContain('eu-west-1');
    await scenarios.deleteRegion('eu-west-1');
    expect(await scenarios.getRegion('eu-west-1')).toBeUndefined();
  });

  it('serves repeated reads without going back to the table', async () => {
    await scenarios.put(row('cache-c'));
    await scenarios.list();
    // Written behind the cache's back (what nothing in local mode does): the cached list does not see it.
    await storage.scenarios.put(row('cache-hidden'));
    expect((await scenarios.list()).map((s) => s.testId)).not.toContain('cache-hidden');
    // Any write through the cache makes the next read go to the table again.
    await scenarios.update('cache-c', { set: { testDescription: 'x' } });
    expect((await scenarios.list()).map((s) => s.testId)).toContain('cache-hidden');
  });

  it('never keeps a list read that raced a write', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const real = storage.clients.ddb;
    // The scan reads the table at once, but its answer is held until the write below has finished.
    const slowScans = {
      send: async (command: unknown) => {
        const out = await real.send(command as never);
        if (command instanceof ScanCommand) await held;
        return out;
      },
    } as unknown as typeof real;
    const racing = new CachedScenarioStore(slowScans, storage.names.scenariosTable);
    const inFlight = racing.list();
    await new Promise((r) => setTimeout(r, 50));
    await racing.put(row('cache-raced'));
    release();
    expect((await inFlight).map((s) => s.testId)).not.toContain('cache-raced');
    expect((await racing.list()).map((s) => s.testId)).toContain('cache-raced');
  });

  it('hands out copies and frozen summaries, so a caller cannot change what the next one sees', async () => {
    await scenarios.put(row('cache-d'));
    const got = await scenarios.get('cache-d');
    got!.testName = 'changed by a caller';
    expect((await scenarios.get('cache-d'))?.testName).toBe('Scenario cache-d');
    const list = await scenarios.list();
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(() => list.pop()).toThrow(TypeError);
    expect(() => {
      (list[0] as { testName?: string }).testName = 'x';
    }).toThrow(TypeError);
    // One instance until a write, so the API can serialize it once.
    expect(await scenarios.list()).toBe(list);
    await scenarios.update('cache-d', { set: { testDescription: 'y' } });
    expect(await scenarios.list()).not.toBe(list);
  });
});

describe('CachedHistoryStore', () => {
  it('shows every write in the next count, listAll and get', async () => {
    expect(await history.count('hist-a')).toBe(0);
    await history.put({ testId: 'hist-a', testRunId: 'r1', status: 'running' });
    expect(await history.count('hist-a')).toBe(1);
    expect((await history.listAll('hist-a')).map((r) => r.status)).toEqual(['running']);
    await history.updateStatus('hist-a', 'r1', 'complete');
    expect((await history.get('hist-a', 'r1'))?.status).toBe('complete');
    await history.update('hist-a', 'r1', { set: { succPercent: '99.00' } });
    expect((await history.listAll('hist-a'))[0]?.succPercent).toBe('99.00');
    await history.deleteAllForTest('hist-a');
    expect(await history.count('hist-a')).toBe(0);
    expect(await history.get('hist-a', 'r1')).toBeUndefined();
  });
});
