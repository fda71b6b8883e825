import { renderJunit } from '@dlt/report';
import type { RunRecord } from '@dlt/shared';
import { describe, expect, it } from 'vitest';
import { checkAgainstBaseline, describeCheck, gateCriteria } from './baseline-gate.js';
import { reportFromApiRun } from './report-from-api.js';

/** A DLT-shaped scope: times in seconds, as the results parser stores them. */
function scope(o: { p95Ms: number; avgMs: number; requests?: number; errors?: number; label?: string }) {
  const requests = o.requests ?? 1000;
  const errors = o.errors ?? 0;
  return {
    ...(o.label ? { label: o.label } : {}),
    avg_rt: o.avgMs / 1000,
    p0_0: 0.001,
    p50_0: o.avgMs / 1000,
    p90_0: o.p95Ms / 1000,
    p95_0: o.p95Ms / 1000,
    p99_0: (o.p95Ms * 2) / 1000,
    p99_9: (o.p95Ms * 3) / 1000,
    p100_0: (o.p95Ms * 4) / 1000,
    throughput: requests,
    succ: requests - errors,
    fail: errors,
    bytes: requests * 100,
    testDuration: 10,
    rps: requests / 10,
    errorRate: (errors / requests) * 100,
    statusCodes: { '200': requests - errors, ...(errors ? { '500': errors } : {}) },
    errorMessages: errors ? { 'HTTP 500': errors } : {},
  };
}

function run(id: string, o: Parameters<typeof scope>[0]): RunRecord {
  const total = {
    ...scope(o),
    labels: [scope({ ...o, label: 'home' })],
    tasks: 2,
    dropped: 0,
    startedAt: '2025-01-01T10:00:00.000Z',
    endedAt: '2025-01-01T10:00:10.000Z',
  };
  return {
    testRunId: id,
    status: 'complete',
    startTime: '2025-01-01 10:00:00',
    results: { total, 'us-east-1': total },
  };
}

describe('checkAgainstBaseline', () => {
  it('flags each metric beyond the threshold, and says by how much', () => {
    const gate = checkAgainstBaseline(
      run('new', { p95Ms: 130, avgMs: 52 }),
      run('base', { p95Ms: 100, avgMs: 50 }),
      10,
    );
    expect(gate.regressed).toBe(true);
    const byMetric = Object.fromEntries(gate.checks.map((c) => [c.metric, c]));
    expect(byMetric.p95Ms).toMatchObject({ baseline: 100, current: 130, percent: 30, regressed: true });
    expect(byMetric.avgMs).toMatchObject({ percent: 4, regressed: false });
    expect(byMetric.errorRate).toMatchObject({ regressed: false });
    expect(describeCheck(byMetric.p95Ms!)).toBe('p95 +30% (100 ms → 130 ms)');
  });

  it('ignores sub-millisecond wobble and a stray error, but not an error rate rising from 0', () => {
    const fast = checkAgainstBaseline(
      run('n', { p95Ms: 0.6, avgMs: 0.3 }),
      run('b', { p95Ms: 0.4, avgMs: 0.2 }),
      10,
    );
    expect(fast.regressed).toBe(false);
    const stray = checkAgainstBaseline(
      run('n', { p95Ms: 100, avgMs: 50, requests: 100_000, errors: 1 }),
      run('b', { p95Ms: 100, avgMs: 50 }),
      10,
    );
    expect(stray.regressed).toBe(false);
    const broken = checkAgainstBaseline(
      run('n', { p95Ms: 100, avgMs: 50, errors: 50 }),
      run('b', { p95Ms: 100, avgMs: 50 }),
      10,
    );
    const errors = broken.checks.find((c) => c.metric === 'errorRate')!;
    expect(errors).toMatchObject({ baseline: 0, current: 5, percent: null, regressed: true });
    expect(describeCheck(errors)).toBe('error rate from 0 (0 % → 5 %)');
  });

  it('becomes failing JUnit cases for the regressed metrics only', () => {
    const gate = checkAgainstBaseline(
      run('new', { p95Ms: 200, avgMs: 50 }),
      run('base', { p95Ms: 100, avgMs: 50 }),
      10,
    );
    const report = reportFromApiRun(
      { ...run('new', { p95Ms: 200, avgMs: 50 }), verdict: { result: 'none', criteria: [] } },
      { testName: 'T', testId: 't1', extraCriteria: gateCriteria(gate) },
    );
    expect(report.verdict).toBe('fail');
    const xml = renderJunit(report);
    expect(xml).toMatch(/tests="3" failures="1"/);
    expect(xml).toContain('name="p95 within +10% of baseline base"');
  });
});

describe('reportFromApiRun', () => {
  it('maps DLT seconds to report milliseconds, labels, the stored verdict and the series', () => {
    const row = {
      ...run('r1', { p95Ms: 120, avgMs: 40, errors: 10 }),
      testScenario: { execution: [{ throughput: 50 }] },
      verdict: {
        result: 'fail',
        criteria: [
          {
            criterion: 'p95>100ms',
            passed: false,
            actual: 120,
            threshold: 100,
            unit: 'ms',
            message: 'p95 was 120 ms',
          },
        ],
      },
    };
    const report = reportFromApiRun(
      row,
      { testName: 'Checkout', testId: 't1' },
      {
        startedAt: Date.parse('2025-01-01T10:00:00Z'),
        latencyErrorBound: 'relative error <= 3.13%, resolution 1 us',
        total: {
          t: [1735725600, 1735725601],
          vus: [2, 2],
          requests: [500, 500],
          errors: [5, 5],
          meanMs: [40, null],
          p50Ms: [40, null],
          p90Ms: [110, null],
          p95Ms: [120, null],
          p99Ms: [240, null],
        },
      },
    );
    expect(report).toMatchObject({
      testName: 'Checkout',
      testId: 't1',
      model: 'open',
      targetRps: 50,
      tasks: 2,
      startedAt: '2025-01-01T10:00:00.000Z',
      durationSec: 10,
      verdict: 'fail',
      seriesErrorBound: 'relative error <= 3.13%, resolution 1 us',
    });
    expect(report.total).toMatchObject({ requests: 1000, errors: 10, errorRate: 1, rps: 100 });
    expect(report.total.latencyMs).toMatchObject({ mean: 40, p95: 120, p99: 240, max: 480 });
    expect(Object.keys(report.labels)).toEqual(['home']);
    expect(report.criteria[0]).toMatchObject({ criterion: 'p95>100ms', passed: false, actual: 120 });
    expect(report.series).toEqual([
      { t: 1, vus: 2, rps: 500, errors: 5, latencyMs: { mean: 40, p50: 40, p90: 110, p95: 120, p99: 240 } },
      { t: 2, vus: 2, rps: 500, errors: 5, latencyMs: { mean: 0, p50: 0, p90: 0, p95: 0, p99: 0 } },
    ]);
  });

  it('a run without results (failed at launch) is a failing report of zeros', () => {
    const report = reportFromApiRun(
      { testRunId: 'r2', status: 'failed', startTime: '2025-01-01 10:00:00', results: {} },
      {
        testName: 'T',
        testId: 't',
        extraCriteria: [
          {
            criterion: 'run completed',
            passed: false,
            actual: null,
            threshold: 0,
            unit: '',
            message: 'the run ended failed',
          },
        ],
      },
    );
    expect(report).toMatchObject({
      verdict: 'fail',
      startedAt: '2025-01-01T10:00:00.000Z',
      total: { requests: 0 },
    });
    expect(renderJunit(report)).toMatch(
      /name="run completed"[^>]*>\s*<failure message="the run ended failed"/,
    );
  });
});
