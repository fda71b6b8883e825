import { RUN_REPORT_SCHEMA, type RunReport } from '@dlt/report';
import {
  dltScopeResults,
  encodeSeries,
  histogramSettings,
  Recorder,
  RunResults,
  type RunTimeSeries,
  summarize,
  TASK_ARTIFACT_SCHEMA,
  type TaskArtifact,
  TIMESERIES_SCHEMA,
  timeSeriesColumns,
} from '@dlt/shared';
import { runOutputKeys, runPrefix } from '@dlt/shared/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { event, type Harness, startHarness } from './test-support.js';

let h: Harness;
const TEST = 'report1';
const RUN = 'run-done';
const T0 = 1_900_000_000;
const PREFIX = runPrefix(RUN, new Date(T0 * 1000));
const LABELS = ['GET /', 'POST /cart'];
const NAME = 'Checkout <load> & "peak"';

/** One task's artifact recorded through the real Recorder: 3 seconds, two labels, some 500s and a timeout. */
function artifact(): TaskArtifact {
  const r = new Recorder(LABELS);
  for (let i = 0; i < 600; i++) {
    const status = i % 50 === 0 ? 500 : i === 7 ? 0 : 200;
    r.record(
      i % 3 === 0 ? 1 : 0,
      2_000 + ((i * 7919) % 40_000),
      status,
      512,
      T0 + (i % 3),
      status === 0 ? 'timeout' : undefined,
    );
  }
  const encoded = r.encode();
  return {
    schema: TASK_ARTIFACT_SCHEMA,
    testId: TEST,
    testRunId: RUN,
    region: 'us-east-1',
    taskId: 'task-0',
    taskIndex: 0,
    engine: 'http',
    startedAt: T0 * 1000,
    endedAt: (T0 + 3) * 1000,
    partial: false,
    model: 'closed',
    maxVus: 4,
    threads: 1,
    peakRssBytes: 1,
    histogram: histogramSettings(),
    labels: encoded.labels,
    byLabel: encoded.byLabel,
    dropped: encoded.dropped,
    series: encodeSeries(r.drainSeconds(Number.MAX_SAFE_INTEGER, 4)),
  };
}

const merged = new RunResults().add(artifact());
const VERDICT = {
  result: 'fail',
  partial: false,
  criteria: [
    {
      criterion: 'p95>10ms',
      passed: false,
      actual: 40.1,
      threshold: 10,
      unit: 'ms',
      message: 'p95 was 40.1 ms',
      failsRun: true,
    },
  ],
};

beforeAll(async () => {
  h = await startHarness();
  await h.scenarios.put({ testId: TEST, testName: NAME, status: 'complete' });
  await h.history.put({
    testId: TEST,
    testRunId: RUN,
    prefix: PREFIX,
    status: 'complete',
    startTime: '2030-03-17 17:46:40',
    testScenario: { execution: [{ concurrency: 4, 'hold-for': '3s', scenario: 's' }] },
    results: { 'us-east-1': dltScopeResults(merged), total: dltScopeResults(merged) },
    verdict: VERDICT,
  });
  const series: RunTimeSeries = {
    schema: TIMESERIES_SCHEMA,
    testId: TEST,
    testRunId: RUN,
    intervalSec: 1,
    startedAt: merged.startedAt,
    endedAt: merged.endedAt,
    partial: false,
    latencyErrorBound: 'relative error <= 6.25%, resolution 1 us',
    total: timeSeriesColumns(merged),
    regions: {},
  };
  await h.objects.putJson(runOutputKeys(TEST, PREFIX).timeseries, series);
  await h.history.put({ testId: TEST, testRunId: 'run-running', status: 'running', prefix: 'x' });
  await h.history.put({ testId: TEST, testRunId: 'run-failed', status: 'failed', prefix: 'y' });
});
afterAll(async () => h.close());

const path = (run: string) => `/scenarios/${TEST}/testruns/${run}/report`;

async function get(run: string, query?: Record<string, string>) {
  const res = await h.api(event('GET', path(run), query ? { query } : {}));
  return { status: res.statusCode, headers: res.headers ?? {}, body: res.body };
}

describe('GET /scenarios/{testId}/testruns/{testRunId}/report', () => {
  it('answers the dlt.run-report.v1 JSON built from the stored results and series', async () => {
    const res = await get(RUN);
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(res.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(res.headers['Content-Disposition']).toBeUndefined();
    const report = JSON.parse(res.body) as RunReport;
    expect(report).toMatchObject({
      schema: RUN_REPORT_SCHEMA,
      testName: NAME,
      testId: TEST,
      startedAt: new Date(T0 * 1000).toISOString(),
      tasks: 1,
      model: 'closed',
      verdict: 'fail',
      criteria: [{ criterion: 'p95>10ms', passed: false, actual: 40.1, threshold: 10, unit: 'ms' }],
      workers: [],
    });
    // The same figures `dlt run` computes from the merged results (ms rounded differently, hence closeTo).
    const expected = summarize(merged.total, merged.durationSec);
    expect(report.total.requests).toBe(600);
    expect(report.total.errors).toBe(expected.errors);
    expect(report.total.statusCodes).toEqual(expected.statusCodes);
    for (const key of ['min', 'mean', 'p50', 'p95', 'p99', 'max'] as const) {
      expect(report.total.latencyMs[key]).toBeCloseTo(expected.latencyMs[key], 2);
    }
    expect(Object.keys(report.labels)).toEqual(LABELS);
    expect(report.labels['POST /cart']?.requests).toBe(200);
    expect(report.series.map((p) => [p.t, p.rps])).toEqual([
      [1, 200],
      [2, 200],
      [3, 200],
    ]);
    expect(report.seriesErrorBound).toBe('relative error <= 6.25%, resolution 1 us');
  });

  it('answers the self-contained HTML report, as a download when asked', async () => {
    const res = await get(RUN, { format: 'html', download: 'true' });
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(res.headers['Content-Disposition']).toBe(`attachment; filename="${TEST}-${RUN}.html"`);
    expect(res.body.startsWith('<!doctype html>')).toBe(true);
    // The name is escaped, not injected.
    expect(res.body).toContain('Checkout &lt;load&gt; &amp; &quot;peak&quot;');
    expect(res.body).not.toContain('<load>');
    expect(res.body).not.toMatch(/<script|https?:\/\//i);
  });

  it('tells an unknown test, an unknown run, a running run and a run without results apart', async () => {
    expect(await get(RUN).then((r) => r.status)).toBe(200);
    const noTest = await h.api(event('GET', `/scenarios/nope/testruns/${RUN}/report`));
    expect(noTest).toMatchObject({
      statusCode: 404,
      body: JSON.stringify('TEST_NOT_FOUND: Test nope not found'),
    });
    const noRun = await get('nope');
    expect(noRun).toMatchObject({
      status: 404,
      body: JSON.stringify(`TESTRUN_NOT_FOUND: Test run nope not found for test ${TEST}`),
    });
    const running = await get('run-running');
    expect(running.status).toBe(409);
    expect(JSON.parse(running.body)).toMatch(/^NOT_TERMINAL: Test run run-running .* \(status: running\)/);
    const failed = await get('run-failed');
    expect(failed.status).toBe(404);
    expect(JSON.parse(failed.body)).toMatch(/^RESULTS_NOT_FOUND: Test run run-failed .* ended \(failed\)/);
  });

  it('refuses an unknown format or query parameter', async () => {
    const bad = await get(RUN, { format: 'pdf' });
    expect(bad).toMatchObject({
      status: 400,
      body: JSON.stringify('INVALID_QUERY_PARAMETER: format: Invalid option: expected one of "json"|"html"'),
    });
    const extra = await get(RUN, { region: 'us-east-1' });
    expect(extra.status).toBe(400);
  });
});
