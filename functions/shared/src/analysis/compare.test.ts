import { describe, expect, it } from 'vitest';
import { compareRuns } from './compare.js';
import { run } from './test-support.js';

describe('compareRuns', () => {
  const a = run(
    'runA',
    {
      p95Ms: 100,
      avgMs: 50,
      requests: 1000,
      errors: 10,
      durationSec: 10,
      labels: { home: { p95Ms: 80 }, pay: { p95Ms: 200 } },
    },
    { 'eu-west-1': { p95Ms: 90, requests: 400 }, 'us-east-1': { p95Ms: 110, requests: 600 } },
  );
  const b = run(
    'runB',
    {
      p95Ms: 150,
      avgMs: 40,
      requests: 2000,
      errors: 0,
      durationSec: 10,
      labels: { home: { p95Ms: 40 }, cart: { p95Ms: 10 } },
    },
    { 'us-east-1': { p95Ms: 150, requests: 2000 } },
  );

  it('gives every metric in total with absolute and percent changes against the first run', () => {
    const c = compareRuns([a, b]);
    expect(c.baseRunId).toBe('runA');
    expect(c.runs.map((r) => r.testRunId)).toEqual(['runA', 'runB']);
    const m = c.total.metrics;
    expect(m.p95Ms.values).toEqual([100, 150]);
    expect(m.p95Ms.changes).toEqual([
      { absolute: 0, percent: 0 },
      { absolute: 50, percent: 50 },
    ]);
    expect(m.avgMs.changes[1]).toEqual({ absolute: -10, percent: -20 });
    expect(m.rps.values).toEqual([100, 200]);
    expect(m.rps.changes[1]).toEqual({ absolute: 100, percent: 100 });
    expect(m.errorRate.values).toEqual([1, 0]);
    expect(m.errorRate.changes[1]).toEqual({ absolute: -1, percent: -100 });
    expect(m.requests.values).toEqual([1000, 2000]);
    expect(Object.keys(m)).toEqual([
      'avgMs',
      'p50Ms',
      'p90Ms',
      'p95Ms',
      'p99Ms',
      'rps',
      'errorRate',
      'requests',
    ]);
  });

  it('compares labels and regions over their union, with nulls and notes where a run lacks one', () => {
    const c = compareRuns([a, b]);
    expect(c.labels.map((l) => l.subject.name)).toEqual(['home', 'pay', 'cart']);
    const home = c.labels[0]!;
    expect(home.subject).toEqual({ scope: 'label', name: 'home' });
    expect(home.metrics.p95Ms.changes[1]).toEqual({ absolute: -40, percent: -50 });
    const pay = c.labels[1]!;
    expect(pay.metrics.p95Ms.values).toEqual([200, null]);
    expect(pay.metrics.p95Ms.changes[1]).toEqual({ absolute: null, percent: null });
    expect(c.regions.map((r) => r.subject.name)).toEqual(['eu-west-1', 'us-east-1']);
    expect(c.regions[1]!.metrics.p95Ms.changes[1]!.percent).toBeCloseTo(36.36, 2);
    expect(c.notes).toEqual(
      expect.arrayContaining([
        'label "pay" is absent from run runB',
        'label "cart" is absent from run runA',
        'region "eu-west-1" is absent from run runB',
      ]),
    );
  });

  it('keeps percent null when the base is zero, and 0 when both are', () => {
    const zero = run('z', { requests: 1000, errors: 0 });
    const some = run('s', { requests: 1000, errors: 50 });
    const c = compareRuns([zero, some, zero]);
    expect(c.total.metrics.errorRate.changes).toEqual([
      { absolute: 0, percent: 0 },
      { absolute: 5, percent: null },
      { absolute: 0, percent: 0 },
    ]);
  });

  it("reads rows without this product's fields (DLT rows) by deriving rps and the error rate", () => {
    const dlt = run('dlt', { requests: 500, errors: 5, durationSec: 5 });
    const total = dlt.results!.total as Record<string, unknown>;
    delete total.rps;
    delete total.errorRate;
    const c = compareRuns([dlt]);
    expect(c.total.metrics.rps.values).toEqual([100]);
    expect(c.total.metrics.errorRate.values).toEqual([1]);
  });

  it('shows a run without results as nulls and says why', () => {
    const running: Parameters<typeof compareRuns>[0][number] = {
      testRunId: 'live',
      status: 'running',
      results: {},
    };
    const c = compareRuns([a, running]);
    expect(c.total.metrics.p95Ms.values).toEqual([100, null]);
    expect(c.notes).toContain('run live has no results (status running); its figures are null');
    // A run without results is not reported once per label as well.
    expect(c.notes.filter((n) => n.includes('live'))).toHaveLength(1);
  });

  it('has no latency for a scope without requests', () => {
    const c = compareRuns([run('empty', { requests: 0 })]);
    expect(c.total.metrics.p95Ms.values).toEqual([null]);
    expect(c.total.metrics.errorRate.values).toEqual([0]);
  });

  it('needs at least one run', () => {
    expect(() => compareRuns([])).toThrow(RangeError);
  });
});
