import { describe, expect, it } from 'vitest';
import { parseLiveLine } from './live-line.js';
import { type LiveEntry, splitPayload, toLivePayload } from './payload.js';
import { liveLine } from './test-support.js';

const T0 = 1_714_564_800;

describe('toLivePayload', () => {
  it("builds DLT's payload, one entry per task and second, keyed by region", () => {
    const lines = [
      liveLine({
        taskId: 't0',
        t: T0,
        vus: 5,
        requests: 4,
        errors: 1,
        second: { latenciesMs: [[100, 100, 100, 300]], errors: [1] },
      }),
      liveLine({ taskId: 't1', t: T0, vus: 5, requests: 2, second: { latenciesMs: [[50], [150]] } }),
    ];
    const payload = toLivePayload('abc123', 'eu-west-1', lines);
    expect(Object.keys(payload)).toEqual(['eu-west-1']);
    const [first, second] = payload['eu-west-1']!;
    expect(first).toEqual({
      testId: 'abc123',
      vu: 5,
      succ: 3,
      fail: 1,
      avgRt: 0.15,
      timestamp: T0 * 1000,
      p95: expect.any(Number),
      rps: 4,
    } satisfies LiveEntry);
    // Per-second histograms are coarse (6.25 % relative error).
    expect(first!.p95).toBeGreaterThan(0.3 * 0.93);
    expect(first!.p95).toBeLessThanOrEqual(0.3);
    // Labels of one task add up.
    expect(second).toMatchObject({ succ: 2, fail: 0, rps: 2, avgRt: 0.1 });
  });

  it("counts each second from the line's own `second`, not the cumulative counters", () => {
    const lines = [
      liveLine({
        taskId: 't0',
        t: T0,
        requests: 10,
        errors: 2,
        second: { latenciesMs: [Array(10).fill(20)], errors: [2] },
      }),
      liveLine({
        taskId: 't0',
        t: T0 + 1,
        requests: 13,
        errors: 2,
        second: { latenciesMs: [Array(3).fill(20)] },
      }),
      liveLine({ taskId: 't0', t: T0 + 2, requests: 13, errors: 2, second: { latenciesMs: [[]] } }),
    ];
    const entries = toLivePayload('x', 'us-east-1', lines)['us-east-1']!;
    expect(entries.map((e) => [e.succ, e.fail, e.rps])).toEqual([
      [8, 2, 10],
      [3, 0, 3],
      [0, 0, 0],
    ]);
    expect(entries[2]).toMatchObject({ avgRt: 0, p95: 0, timestamp: (T0 + 2) * 1000 });
  });

  it('takes raw stdout text as well as parsed objects', () => {
    const line = liveLine({ taskId: 't0', t: T0, requests: 1, second: { latenciesMs: [[10]] } });
    const payload = toLivePayload('x', 'r', [
      JSON.stringify(line),
      `2024-05-01T12:00:00Z ${JSON.stringify(line)}`,
    ]);
    expect(payload.r).toHaveLength(2);
  });

  it('skips everything that is not a well-formed live line', () => {
    const good = liveLine({ taskId: 't0', t: T0, requests: 1, second: { latenciesMs: [[10]] } });
    const corrupt = structuredClone(good) as { second: { l: unknown[][] } };
    corrupt.second.l[0]![1] = 5; // five requests, one bucketed latency
    const lines = [
      { type: 'ready', taskId: 't0', taskIndex: 0 },
      { type: 'started', taskId: 't0', startAt: 1 },
      { type: 'done', taskId: 't0', requests: 1 },
      'dlt-load-tester: bad task config',
      '{"type":"live", truncated',
      { ...good, requests: 'many' },
      { ...good, second: { t: T0, vus: 1 } },
      { ...good, testId: 42 },
      corrupt,
      null,
      7,
    ];
    expect(parseLiveLine(good)).toBeDefined();
    expect(toLivePayload('x', 'r', lines)).toEqual({});
    expect(toLivePayload('x', 'r', [...lines, good]).r).toHaveLength(1);
  });
});

describe('splitPayload', () => {
  it('keeps a normal batch in one message and splits a huge one, entries and regions intact', () => {
    const entry = (n: number): LiveEntry => ({
      testId: 'x',
      vu: n,
      succ: 0,
      fail: 0,
      avgRt: 0,
      timestamp: 0,
      p95: 0,
      rps: 0,
    });
    const payload = { a: [entry(1), entry(2), entry(3)], b: [entry(4), entry(5)] };
    expect(splitPayload(payload)).toEqual([payload]);
    const parts = splitPayload(payload, 2);
    expect(parts).toEqual([{ a: [entry(1), entry(2)] }, { a: [entry(3)], b: [entry(4)] }, { b: [entry(5)] }]);
    expect(splitPayload({})).toEqual([]);
  });
});
