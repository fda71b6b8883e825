import { describe, expect, it } from 'vitest';
import { buildRunReportFromHistory, hasStoredResults, metricsFromDltStats } from './from-history.js';
import { renderHtmlReport } from './html.js';
import { renderJsonReport } from './json.js';

describe('buildRunReportFromHistory', () => {
  it('converts DLT seconds to milliseconds and falls back to rc for rows without statusCodes', () => {
    const m = metricsFromDltStats(
      {
        throughput: 10,
        fail: 2,
        p0_0: 0.0012345,
        avg_rt: 0.05,
        p50_0: 0.04,
        p100_0: 0.3,
        rc: [{ code: '503', count: 2 }],
      },
      5,
    );
    expect(m).toMatchObject({ requests: 10, errors: 2, errorRate: 20, rps: 2, statusCodes: { '503': 2 } });
    expect(m.latencyMs).toMatchObject({ min: 1.2345, mean: 50, p50: 40, max: 300 });
  });

  it('survives a row with results but none of the optional parts, and still renders', () => {
    const run = { testId: 't1', testRunId: 'r1', status: 'complete', results: { total: {} } };
    expect(hasStoredResults(run)).toBe(true);
    expect(hasStoredResults({ testId: 't', testRunId: 'r' })).toBe(false);
    const report = buildRunReportFromHistory({ run });
    expect(report).toMatchObject({
      testName: 't1',
      tasks: 0,
      series: [],
      criteria: [],
      verdict: 'pass',
      model: 'closed',
    });
    expect(renderJsonReport(report)).toContain('"schema": "dlt.run-report.v1"');
    expect(renderHtmlReport(report)).toContain('<!doctype html>');
  });

  it('reads the open model, a failed status, partial results and the series', () => {
    const report = buildRunReportFromHistory({
      run: {
        testId: 't2',
        testRunId: 'r2',
        status: 'failed',
        testScenario: { execution: [{ throughput: 40 }] },
        results: {
          total: { throughput: 3, partial: true, startedAt: '2030-01-01T00:00:00.000Z', testDuration: 2 },
        },
        verdict: { result: 'none', criteria: [] },
      },
      series: {
        startedAt: Date.parse('2030-01-01T00:00:00.500Z'),
        latencyErrorBound: 'coarse',
        total: {
          t: [1893456000, 1893456001],
          vus: [1, 2],
          requests: [1, 2],
          errors: [0, 1],
          rps: [1, 2],
          bytes: [0, 0],
          meanMs: [5, null],
          p50Ms: [5, null],
          p90Ms: [5, null],
          p95Ms: [5, null],
          p99Ms: [5, null],
          maxMs: [5, null],
        },
      },
    });
    expect(report).toMatchObject({
      model: 'open',
      targetRps: 40,
      verdict: 'fail',
      partial: true,
      seriesErrorBound: 'coarse',
    });
    expect(report.series).toEqual([
      { t: 1, vus: 1, rps: 1, errors: 0, latencyMs: { mean: 5, p50: 5, p90: 5, p95: 5, p99: 5 } },
      { t: 2, vus: 2, rps: 2, errors: 1, latencyMs: { mean: 0, p50: 0, p90: 0, p95: 0, p99: 0 } },
    ]);
    expect(report.endedAt).toBe('2030-01-01T00:00:02.000Z');
  });
});
