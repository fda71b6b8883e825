import { describe, expect, it } from 'vitest';
import { analyzeRun } from './analyze.js';
import type { Finding, FindingKind } from './finding.js';
import { repeat, run, series } from './test-support.js';

const kinds = (findings: Finding[], kind: FindingKind) => findings.filter((f) => f.kind === kind);

describe('analyzeRun: the run itself', () => {
  it('reports a failed run as critical with its reason, a cancelled one as a warning, a complete one not at all', () => {
    const failed = analyzeRun(
      run('r', { requests: 10 }, {}, { status: 'failed', errorReason: 'Task failure threshold breached' }),
    );
    expect(kinds(failed.findings, 'run-status')).toEqual([
      expect.objectContaining({
        severity: 'critical',
        message: 'the run failed: Task failure threshold breached',
      }),
    ]);
    const cancelled = analyzeRun(run('r', { requests: 10 }, {}, { status: 'cancelled' }));
    expect(kinds(cancelled.findings, 'run-status')[0]?.severity).toBe('warning');
    expect(kinds(analyzeRun(run('r', {})).findings, 'run-status')).toEqual([]);
  });

  it('says when results are partial or were stored without labels', () => {
    const partial = analyzeRun(
      run('r', { extra: { partial: true } }, {}, { resultsNote: 'labels left out' }),
    );
    expect(kinds(partial.findings, 'partial-results').map((f) => f.severity)).toEqual(['warning', 'info']);
    expect(kinds(analyzeRun(run('r', { extra: { partial: false } })).findings, 'partial-results')).toEqual(
      [],
    );
  });

  it('grades the error rate: 0.5 % nothing, 2 % a warning, 10 % critical, naming the codes', () => {
    expect(kinds(analyzeRun(run('r', { requests: 1000, errors: 5 })).findings, 'error-rate')).toEqual([]);
    const warn = kinds(analyzeRun(run('r', { requests: 1000, errors: 20 })).findings, 'error-rate');
    expect(warn).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(warn[0]!.message).toBe('2% of requests failed (20 of 1000); most frequent: 500 ×20');
    expect(
      kinds(analyzeRun(run('r', { requests: 1000, errors: 100 })).findings, 'error-rate')[0]?.severity,
    ).toBe('critical');
  });

  it('reports dropped open-model arrivals: any is a warning, more than 5 % critical', () => {
    expect(
      kinds(analyzeRun(run('r', { requests: 1000, extra: { dropped: 0 } })).findings, 'dropped-iterations'),
    ).toEqual([]);
    const some = kinds(
      analyzeRun(run('r', { requests: 990, extra: { dropped: 10 } })).findings,
      'dropped-iterations',
    );
    expect(some).toEqual([
      expect.objectContaining({ severity: 'warning', evidence: expect.objectContaining({ droppedPct: 1 }) }),
    ]);
    const many = kinds(
      analyzeRun(run('r', { requests: 900, extra: { dropped: 100 } })).findings,
      'dropped-iterations',
    );
    expect(many[0]?.severity).toBe('critical');
  });

  it("compares an open model's achieved rate per region with its target, allowing for the ramp", () => {
    const scenario = { execution: [{ throughput: 100, 'ramp-up': '20s', 'hold-for': '40s' }] };
    // Expected mean: 100 × (40 + 10) / 60 = 83.3 req/s.
    const ok = run('r', {}, { 'us-east-1': { requests: 4900, durationSec: 60 } }, { testScenario: scenario });
    expect(kinds(analyzeRun(ok).findings, 'throughput-shortfall')).toEqual([]);
    const short = run(
      'r',
      {},
      { 'us-east-1': { requests: 3000, durationSec: 60 }, 'eu-west-1': { requests: 4200, durationSec: 60 } },
      { testScenario: JSON.stringify(scenario) },
    );
    const found = kinds(analyzeRun(short).findings, 'throughput-shortfall');
    // Critical findings come first.
    expect(found.map((f) => [f.subject.name, f.severity])).toEqual([
      ['us-east-1', 'critical'],
      ['eu-west-1', 'warning'],
    ]);
    expect(found[0]!.evidence).toMatchObject({ targetRps: 100, achievedRps: 50, expectedMeanRps: 83.333 });
    // A closed model has no target.
    const closed = run(
      'r',
      {},
      { 'us-east-1': { requests: 10 } },
      { testScenario: { execution: [{ concurrency: 5 }] } },
    );
    expect(kinds(analyzeRun(closed).findings, 'throughput-shortfall')).toEqual([]);
  });

  it('reports a generator near its memory limit only when the results carry its peak memory', () => {
    const mib = 2 ** 20;
    const near = run('r', {}, { 'us-east-1': { extra: { peakRssBytes: 900 * mib, threads: 4 } } });
    expect(
      kinds(analyzeRun(near, { thresholds: { taskMemoryBytes: 1024 * mib } }).findings, 'generator-memory'),
    ).toEqual([
      expect.objectContaining({ severity: 'warning', subject: { scope: 'region', name: 'us-east-1' } }),
    ]);
    const far = run(
      'r',
      {},
      { 'us-east-1': { extra: { peakRssBytes: 300 * mib, taskMemoryBytes: 1024 * mib } } },
    );
    expect(kinds(analyzeRun(far).findings, 'generator-memory')).toEqual([]);
    expect(
      kinds(
        analyzeRun(run('r', {}, { 'us-east-1': {} }), { thresholds: { taskMemoryBytes: mib } }).findings,
        'generator-memory',
      ),
    ).toEqual([]);
  });

  it('has nothing to say about a healthy run, and nothing but its status about one without results', () => {
    const healthy = analyzeRun(run('r', { requests: 1000 }));
    expect(healthy).toEqual({
      testRunId: 'r',
      criteria: 'none',
      counts: { critical: 0, warning: 0, info: 0 },
      findings: [],
    });
    const running = analyzeRun({ testRunId: 'r', status: 'running', results: {} });
    expect(running.findings).toEqual([]);
  });
});

describe('analyzeRun: against a baseline', () => {
  const baseline = run(
    'base',
    {
      p95Ms: 100,
      avgMs: 60,
      p99Ms: 150,
      requests: 1000,
      errors: 0,
      labels: { home: { p95Ms: 50 }, pay: { p95Ms: 200 } },
    },
    { 'us-east-1': { p95Ms: 100, requests: 1000 } },
  );

  it('flags a latency regression per label, region and total, graded by the worst of mean, p95 and p99', () => {
    const slower = run(
      'new',
      {
        p95Ms: 160,
        avgMs: 60,
        p99Ms: 150,
        requests: 1000,
        labels: { home: { p95Ms: 55 }, pay: { p95Ms: 260 } },
      },
      { 'us-east-1': { p95Ms: 130, avgMs: 60, p99Ms: 150, requests: 1000 } },
    );
    const a = analyzeRun(slower, { baseline });
    expect(a.baselineRunId).toBe('base');
    const regressions = kinds(a.findings, 'regression');
    expect(regressions.map((f) => [f.subject.scope, f.subject.name, f.severity])).toEqual(
      expect.arrayContaining([
        ['total', 'total', 'critical'],
        ['label', 'pay', 'warning'],
        ['region', 'us-east-1', 'warning'],
      ]),
    );
    // home rose 10 %: under the 20 % threshold.
    expect(regressions.find((f) => f.subject.name === 'home')).toBeUndefined();
    expect(regressions.find((f) => f.subject.scope === 'total')!.message).toBe(
      'the whole run: p95 rose 60% against baseline base (100 ms → 160 ms)',
    );
  });

  it('ignores large percentages of tiny latencies, and a run compared with itself', () => {
    const tinyBase = run('b', { p95Ms: 1, avgMs: 0.5, p99Ms: 2 });
    const tiny = run('n', { p95Ms: 3, avgMs: 1.5, p99Ms: 6 });
    expect(kinds(analyzeRun(tiny, { baseline: tinyBase }).findings, 'regression')).toEqual([]);
    expect(analyzeRun(baseline, { baseline }).findings).toEqual([]);
  });

  it('flags an error-rate increase in percentage points and a throughput drop', () => {
    const worse = run('new', {
      p95Ms: 100,
      avgMs: 60,
      p99Ms: 150,
      requests: 700,
      errors: 21,
      labels: { home: { p95Ms: 50 }, pay: { p95Ms: 200 } },
    });
    const r = kinds(analyzeRun(worse, { baseline }).findings, 'regression').filter(
      (f) => f.subject.scope === 'total',
    );
    expect(r.map((f) => [f.evidence.metric, f.severity])).toEqual([
      ['errorRate', 'warning'],
      ['rps', 'warning'],
    ]);
    expect(r[1]!.message).toBe('the whole run: throughput fell 30% against baseline base (100 → 70 req/s)');
  });

  it('notes a baseline label without requests now, but not when the row has no labels at all', () => {
    const missing = run('new', { p95Ms: 100, avgMs: 60, p99Ms: 150, labels: { home: { p95Ms: 50 } } });
    expect(kinds(analyzeRun(missing, { baseline }).findings, 'missing-label')).toEqual([
      expect.objectContaining({ severity: 'warning', subject: { scope: 'label', name: 'pay' } }),
    ]);
    const truncated = run('new', { p95Ms: 100, avgMs: 60, p99Ms: 150 });
    expect(kinds(analyzeRun(truncated, { baseline }).findings, 'missing-label')).toEqual([]);
  });

  it('reports a clear p95 improvement as information', () => {
    const faster = run('new', {
      p95Ms: 50,
      avgMs: 60,
      p99Ms: 150,
      labels: { home: { p95Ms: 50 }, pay: { p95Ms: 200 } },
    });
    expect(kinds(analyzeRun(faster, { baseline }).findings, 'improvement')).toEqual([
      expect.objectContaining({
        severity: 'info',
        message: 'p95 fell 50% against baseline base (100 ms → 50 ms)',
      }),
    ]);
    const same = run('new', {
      p95Ms: 95,
      avgMs: 60,
      p99Ms: 150,
      labels: { home: { p95Ms: 50 }, pay: { p95Ms: 200 } },
    });
    expect(kinds(analyzeRun(same, { baseline }).findings, 'improvement')).toEqual([]);
  });
});

describe('analyzeRun: the per-second series', () => {
  const base = run('r', {});

  it('finds the second latency stepped up at steady load, with the windows before and after', () => {
    const seconds = [...repeat(20, () => ({ p95Ms: 20 })), ...repeat(20, () => ({ p95Ms: 60 }))];
    const a = analyzeRun(base, { timeseries: { total: series(seconds) } });
    const [trend] = kinds(a.findings, 'latency-trend');
    expect(trend).toMatchObject({ severity: 'critical', subject: { scope: 'total', name: 'total' } });
    expect(trend!.evidence).toMatchObject({
      changeAt: 1_767_225_620,
      before: { p95Ms: 20 },
      after: { p95Ms: 60 },
      ratio: 3,
    });
  });

  it('does not call latency that grows with a ramp of virtual users, or noise, a trend', () => {
    const ramp = repeat(30, (i) => ({ vus: i + 1, p95Ms: 10 + 2 * i }));
    expect(
      kinds(analyzeRun(base, { timeseries: { total: series(ramp) } }).findings, 'latency-trend'),
    ).toEqual([]);
    const noise = repeat(40, (i) => ({ p95Ms: i % 2 === 0 ? 20 : 24 }));
    expect(
      kinds(analyzeRun(base, { timeseries: { total: series(noise) } }).findings, 'latency-trend'),
    ).toEqual([]);
  });

  it('reports a trend per region when there are several', () => {
    const flat = series(repeat(30, () => ({ p95Ms: 20 })));
    const rising = series([...repeat(15, () => ({ p95Ms: 20 })), ...repeat(15, () => ({ p95Ms: 35 }))]);
    const a = analyzeRun(base, {
      timeseries: { total: flat, regions: { 'eu-west-1': rising, 'us-east-1': flat } },
    });
    expect(kinds(a.findings, 'latency-trend').map((f) => [f.subject.name, f.severity])).toEqual([
      ['eu-west-1', 'warning'],
    ]);
  });

  it('finds the second errors started, graded in percentage points, ignoring a handful of errors', () => {
    const failing = [...repeat(20, () => ({ errors: 0 })), ...repeat(20, () => ({ errors: 30 }))];
    const [trend] = kinds(
      analyzeRun(base, { timeseries: { total: series(failing) } }).findings,
      'error-trend',
    );
    expect(trend).toMatchObject({
      severity: 'critical',
      evidence: { changeAt: 1_767_225_620, before: { errorRate: 0 }, after: { errorRate: 30 } },
    });
    const few = [
      ...repeat(20, () => ({ errors: 0 })),
      ...repeat(20, (i) => ({ errors: i < 3 ? 1 : 0, requests: 10 })),
    ];
    expect(kinds(analyzeRun(base, { timeseries: { total: series(few) } }).findings, 'error-trend')).toEqual(
      [],
    );
  });

  it('sees throughput plateau while users and latency rise, and not when throughput follows the users', () => {
    const plateau = repeat(30, (i) => ({
      vus: 10 + 2 * i,
      requests: i < 10 ? 100 + 5 * i : 150,
      meanMs: 20 + 5 * i,
    }));
    const [found] = kinds(
      analyzeRun(base, { timeseries: { total: series(plateau) } }).findings,
      'throughput-plateau',
    );
    expect(found).toMatchObject({ severity: 'warning', kind: 'throughput-plateau' });
    expect(found!.evidence).toMatchObject({ first: { seconds: 9 }, last: { seconds: 9 } });
    const scaling = repeat(30, (i) => ({ vus: 10 + 2 * i, requests: 10 * (10 + 2 * i), meanMs: 20 + 5 * i }));
    expect(
      kinds(analyzeRun(base, { timeseries: { total: series(scaling) } }).findings, 'throughput-plateau'),
    ).toEqual([]);
  });
});

describe('analyzeRun: criteria', () => {
  const measured = run('r', {
    p95Ms: 80,
    avgMs: 40,
    requests: 1000,
    errors: 20,
    labels: { pay: { p95Ms: 300, requests: 100 } },
  });

  it('judges criteria texts on the stored results: failures critical, passes information', () => {
    const a = analyzeRun(measured, { criteria: ['p95>50ms', 'fail>5%', 'p95 of pay>250ms'] });
    expect(a.criteria).toBe('fail');
    const c = kinds(a.findings, 'criteria');
    expect(c.map((f) => [f.evidence.criterion, f.severity, f.subject.name])).toEqual([
      ['p95>50ms', 'critical', 'total'],
      ['p95 of pay>250ms', 'critical', 'pay'],
      ['fail>5%', 'info', 'total'],
    ]);
    expect(analyzeRun(measured, { criteria: ['p95>100ms', 'avg-rt>1s'] }).criteria).toBe('pass');
  });

  it('judges timeframe criteria on the series, and says which criteria cannot be judged', () => {
    const slowTail = series([...repeat(10, () => ({ p95Ms: 20 })), ...repeat(12, () => ({ p95Ms: 90 }))]);
    const a = analyzeRun(measured, { timeseries: { total: slowTail }, criteria: ['p95>50ms for 10s'] });
    expect(a.criteria).toBe('fail');
    expect(kinds(a.findings, 'criteria')[0]).toMatchObject({
      severity: 'critical',
      evidence: { longestStreakSec: 12 },
    });
    const cannot = analyzeRun(measured, { criteria: ['p75>10ms', 'p95 of pay>1ms for 5s'] });
    expect(cannot.criteria).toBe('fail');
    expect(kinds(cannot.findings, 'criteria').map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(kinds(cannot.findings, 'criteria')[0]!.message).toContain('cannot be judged here');
  });

  it('reports criteria that do not parse as critical', () => {
    const a = analyzeRun(measured, { criteria: ['p95>>1'] });
    expect(a.criteria).toBe('fail');
    expect(kinds(a.findings, 'criteria')[0]).toMatchObject({
      severity: 'critical',
      evidence: { invalid: true },
    });
  });

  it('reports the stored verdict when no criteria are given', () => {
    const judged = run(
      'r',
      {},
      {},
      {
        verdict: {
          result: 'fail',
          partial: false,
          criteria: [
            {
              criterion: 'p99 of pay>800ms',
              passed: false,
              actual: 900,
              threshold: 800,
              unit: 'ms',
              message: 'p99 of pay was 900 ms: FAILED',
              failsRun: true,
            },
            {
              criterion: 'fail>1%',
              passed: true,
              actual: 0,
              threshold: 1,
              unit: '%',
              message: 'passed',
              failsRun: false,
            },
          ],
        },
      },
    );
    const a = analyzeRun(judged);
    expect(a.criteria).toBe('fail');
    expect(kinds(a.findings, 'criteria').map((f) => [f.severity, f.subject.name])).toEqual([
      ['critical', 'pay'],
      ['info', 'total'],
    ]);
  });

  it('orders findings critical first and counts them', () => {
    const a = analyzeRun(run('r', { requests: 1000, errors: 20 }, {}, { status: 'failed' }), {
      criteria: ['fail>50%'],
    });
    expect(a.findings.map((f) => f.severity)).toEqual(['critical', 'warning', 'info']);
    expect(a.counts).toEqual({ critical: 1, warning: 1, info: 1 });
  });
});
