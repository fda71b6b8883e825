import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type Harness, simpleBody, startHarness } from './test-support.js';

let h: Harness;
const TEST = 'runs1';
const runId = (i: number) => `run${String(i).padStart(7, '0')}`;

beforeAll(async () => {
  h = await startHarness();
  await call(h, 'POST', '/scenarios', { body: simpleBody({ testId: TEST, saveOnly: true }) });
  for (let i = 0; i < 25; i++) {
    await h.history.put({
      testId: TEST,
      testRunId: runId(i),
      startTime: `2030-01-${String(i + 1).padStart(2, '0')} 10:00:00`,
      endTime: `2030-01-${String(i + 1).padStart(2, '0')} 10:02:00`,
      status: 'complete',
      results: {
        total: {
          throughput: 1200,
          succ: 1190,
          fail: 10,
          testDuration: 120,
          avg_rt: 0.25,
          p99_9: 1.5,
          bytes: 2400,
        },
      },
    });
  }
});
afterAll(async () => h.close());

type Page = {
  testRuns: Record<string, unknown>[];
  pagination: { limit: number; next_token: string | null; total_count: number };
};

describe('GET /scenarios/{testId}/testruns', () => {
  it('pages through more than 20 runs, newest first', async () => {
    const first = (await call(h, 'GET', `/scenarios/${TEST}/testruns`)).body as Page;
    expect(first.testRuns).toHaveLength(20);
    expect(first.testRuns[0]).toMatchObject({
      testRunId: runId(24),
      status: 'complete',
      scheduleTimezone: 'UTC',
      requests: 1200,
      success: 1190,
      errors: 10,
      requestsPerSecond: 10,
      avgResponseTime: 250,
      avgBandwidth: 20,
      percentiles: expect.objectContaining({ p99_9: 1500, p0: 0 }),
    });
    expect(first.pagination).toMatchObject({ limit: 20, total_count: 25 });
    expect(first.pagination.next_token).toEqual(expect.any(String));
    const second = (
      await call(h, 'GET', `/scenarios/${TEST}/testruns`, {
        query: { next_token: first.pagination.next_token as string },
      })
    ).body as Page;
    expect(second.testRuns.map((r) => r.testRunId)).toEqual([4, 3, 2, 1, 0].map(runId));
  });

  it('filters by time, returns the latest, and checks its parameters', async () => {
    const filtered = (
      await call(h, 'GET', `/scenarios/${TEST}/testruns`, {
        query: {
          start_timestamp: '2030-01-03T00:00:00Z',
          end_timestamp: '2030-01-05T23:59:59Z',
          limit: '10',
        },
      })
    ).body as Page;
    expect(filtered.testRuns.map((r) => r.testRunId)).toEqual([4, 3, 2].map(runId));
    const latest = (await call(h, 'GET', `/scenarios/${TEST}/testruns`, { query: { latest: 'true' } })).body;
    expect(latest).toMatchObject({
      testRuns: [{ testRunId: runId(24) }],
      pagination: { limit: 1, next_token: null, total_count: 1 },
    });
    expect(await call(h, 'GET', `/scenarios/${TEST}/testruns`, { query: { limit: '101' } })).toMatchObject({
      status: 400,
      body: 'INVALID_QUERY_PARAMETER: limit: must be an integer between 1 and 100',
    });
    expect(
      await call(h, 'GET', `/scenarios/${TEST}/testruns`, { query: { start_timestamp: 'yesterday' } }),
    ).toMatchObject({
      status: 400,
      body: 'INVALID_QUERY_PARAMETER: start_timestamp: Invalid ISO 8601 timestamp',
    });
    const bad = await call(h, 'GET', `/scenarios/${TEST}/testruns`, { query: { next_token: 'bm9wZQ==' } });
    expect(bad).toMatchObject({
      status: 400,
      body: expect.stringMatching(/^INVALID_QUERY_PARAMETER: next_token: /),
    });
  });

  it('returns one raw run, or 404 TESTRUN_NOT_FOUND', async () => {
    expect((await call(h, 'GET', `/scenarios/${TEST}/testruns/${runId(3)}`)).body).toMatchObject({
      testId: TEST,
      testRunId: runId(3),
      results: { total: expect.any(Object) },
    });
    expect(await call(h, 'GET', `/scenarios/${TEST}/testruns/missing1`)).toMatchObject({
      status: 404,
      body: `TESTRUN_NOT_FOUND: Test run missing1 not found for test ${TEST}`,
    });
  });
});

describe('baseline', () => {
  it('sets, reads, protects and clears the baseline', async () => {
    expect((await call(h, 'GET', `/scenarios/${TEST}/baseline`)).body).toEqual({
      testId: TEST,
      baselineId: null,
      message: 'No baseline set for this test',
    });
    expect(await call(h, 'DELETE', `/scenarios/${TEST}/baseline`)).toMatchObject({
      status: 400,
      body: `NO_BASELINE_SET: No baseline is set for test ${TEST}`,
    });
    expect(
      await call(h, 'PUT', `/scenarios/${TEST}/baseline`, { body: { testRunId: runId(5), x: 1 } }),
    ).toMatchObject({
      status: 400,
      body: "INVALID_REQUEST_BODY: value: Unrecognized key(s) in object: 'x'",
    });
    expect(
      await call(h, 'PUT', `/scenarios/${TEST}/baseline`, { body: { testRunId: 'nothere1' } }),
    ).toMatchObject({
      status: 404,
      body: `TESTRUN_NOT_FOUND: Test run nothere1 not found for test ${TEST}`,
    });

    const set = await call(h, 'PUT', `/scenarios/${TEST}/baseline`, { body: { testRunId: runId(5) } });
    expect(set.body).toMatchObject({
      testId: TEST,
      baselineId: runId(5),
      message: 'Baseline set successfully',
    });
    const reset = await call(h, 'PUT', `/scenarios/${TEST}/baseline`, { body: { testRunId: runId(6) } });
    expect(reset.body).toMatchObject({ baselineId: runId(6), previousBaselineId: runId(5) });

    const got = (await call(h, 'GET', `/scenarios/${TEST}/baseline`)).body;
    expect(got).toMatchObject({
      baselineId: runId(6),
      testRunDetails: { testRunId: runId(6), status: 'complete' },
    });
    const lean = (await call(h, 'GET', `/scenarios/${TEST}/baseline`, { query: { data: 'false' } })).body;
    expect(lean).not.toHaveProperty('testRunDetails');

    expect(
      await call(h, 'DELETE', `/scenarios/${TEST}/testruns`, { body: [runId(6), runId(7)] }),
    ).toMatchObject({
      status: 409,
      body: `BASELINE_CONFLICT: Test run ${runId(6)} is the baseline of test ${TEST}. Clear the baseline before deleting it.`,
    });
    expect(await h.history.get(TEST, runId(7))).toBeDefined();

    expect((await call(h, 'DELETE', `/scenarios/${TEST}/baseline`)).body).toEqual({
      message: 'Baseline cleared successfully',
      testId: TEST,
      details: { previousBaselineId: runId(6) },
    });
  });
});

describe('DELETE /scenarios/{testId}/testruns', () => {
  it('deletes the known ids, skips unknown ones, and checks the body', async () => {
    const res = await call(h, 'DELETE', `/scenarios/${TEST}/testruns`, {
      body: [runId(0), runId(1), 'unknown1'],
    });
    expect(res).toMatchObject({ status: 200, body: { deletedCount: 2 } });
    expect(await h.history.get(TEST, runId(0))).toBeUndefined();
    expect(await call(h, 'DELETE', `/scenarios/${TEST}/testruns`, { body: [] })).toMatchObject({
      status: 400,
      body: 'INVALID_REQUEST_BODY: value: Array must contain at least 1 element',
    });
    expect(await call(h, 'DELETE', `/scenarios/${TEST}/testruns`, { body: { ids: [] } })).toMatchObject({
      status: 400,
      body: 'INVALID_REQUEST_BODY: value: Invalid input: expected array',
    });
  });
});
