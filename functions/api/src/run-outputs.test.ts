import { runOutputKeys, runPrefix, taskArtifactKey } from '@dlt/shared/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACT_URL_SECONDS, type RunArtifact } from './run-outputs.js';
import { call, type Harness, startHarness } from './test-support.js';

let h: Harness;
const TEST = 'outputs1';
const STARTED = new Date('2030-01-02T03:04:05Z');
const PREFIX = runPrefix('run-with-prefix', STARTED);
const SERIES = {
  schema: 'dlt.timeseries.v1',
  testId: TEST,
  testRunId: 'run-with-prefix',
  intervalSec: 1,
  total: { t: [1, 2], requests: [10, 12], p95Ms: [3.5, null] },
  regions: {},
};

beforeAll(async () => {
  h = await startHarness();
  await h.history.put({
    testId: TEST,
    testRunId: 'run-with-prefix',
    startTime: '2030-01-02 03:04:05',
    status: 'complete',
    prefix: PREFIX,
  });
  // A row from before launch wrote `prefix`: the folder follows from the start time.
  await h.history.put({
    testId: TEST,
    testRunId: 'run-without-prefix',
    startTime: '2030-01-03 00:00:00',
    status: 'complete',
  });
  await h.history.put({ testId: TEST, testRunId: 'run-running', status: 'running', prefix: 'elsewhere' });
  await h.objects.putJson(runOutputKeys(TEST, PREFIX).timeseries, SERIES);
  const derived = runPrefix('run-without-prefix', new Date('2030-01-03T00:00:00Z'));
  await h.objects.putJson(runOutputKeys(TEST, derived).timeseries, {
    ...SERIES,
    testRunId: 'run-without-prefix',
  });
});
afterAll(async () => h.close());

describe('GET /scenarios/{testId}/testruns/{testRunId}/timeseries', () => {
  it('answers the stored series as it is', async () => {
    const res = await call(h, 'GET', `/scenarios/${TEST}/testruns/run-with-prefix/timeseries`);
    expect(res.status).toBe(200);
    expect(res.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(res.body).toEqual(SERIES);
  });

  it('finds the folder from the start time when the row has no prefix', async () => {
    const res = await call(h, 'GET', `/scenarios/${TEST}/testruns/run-without-prefix/timeseries`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ testRunId: 'run-without-prefix' });
  });

  it('tells a run without a series from a run that does not exist', async () => {
    const pending = await call(h, 'GET', `/scenarios/${TEST}/testruns/run-running/timeseries`);
    expect(pending.status).toBe(404);
    expect(pending.body).toMatch(/^TIMESERIES_NOT_FOUND: No time series is stored for test run run-running/);
    const missing = await call(h, 'GET', `/scenarios/${TEST}/testruns/nope/timeseries`);
    expect(missing).toMatchObject({
      status: 404,
      body: `TESTRUN_NOT_FOUND: Test run nope not found for test ${TEST}`,
    });
  });

  it('checks the path and refuses query parameters, as the other routes do', async () => {
    const bad = await call(h, 'GET', `/scenarios/${TEST}/testruns/bad_id/timeseries`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/^INVALID_PATH_PARAMETER: testRunId:/);
    const query = await call(h, 'GET', `/scenarios/${TEST}/testruns/run-with-prefix/timeseries`, {
      query: { region: 'us-east-1' },
    });
    expect(query).toMatchObject({
      status: 400,
      body: 'INVALID_QUERY_PARAMETER: region: Unrecognized query parameter',
    });
  });
});

describe('GET /scenarios/{testId}/testruns/{testRunId}/artifacts', () => {
  it("lists every object of the run's results folder with a download URL", async () => {
    const artifactKey = taskArtifactKey(TEST, PREFIX, 'us-east-1', 'task-1');
    const artifact = Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5]);
    await h.objects.put(artifactKey, artifact);
    await h.objects.put(`results/${TEST}/${PREFIX}/completion/us-east-1/task-1`, '');
    // Another run's folder, and a sibling whose name merely starts with this one's: neither is listed.
    await h.objects.put(taskArtifactKey(TEST, runPrefix('other', STARTED), 'us-east-1', 'task-9'), 'x');
    await h.objects.put(`results/${TEST}/${PREFIX}-copy/stray`, 'x');

    const res = await call(h, 'GET', `/scenarios/${TEST}/testruns/run-with-prefix/artifacts`);

    expect(res.status).toBe(200);
    const { artifacts } = res.body as { artifacts: RunArtifact[] };
    expect(artifacts.map((a) => [a.name, a.size])).toEqual([
      ['completion/us-east-1/task-1', 0],
      ['merged/timeseries.json', JSON.stringify(SERIES).length],
      ['tasks/us-east-1/task-1.json.gz', artifact.length],
    ]);
    const task = artifacts[2]!;
    expect(task.key).toBe(artifactKey);
    expect(Number.isNaN(Date.parse(task.lastModified ?? ''))).toBe(false);
    const url = new URL(task.url);
    expect(url.searchParams.get('X-Amz-Expires')).toBe(String(ARTIFACT_URL_SECONDS));
    const download = await fetch(task.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="task-1.json.gz"');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(artifact);
  });

  it('answers an empty list for a run with nothing stored, and 404 for an unknown run', async () => {
    const empty = await call(h, 'GET', `/scenarios/${TEST}/testruns/run-running/artifacts`);
    expect(empty).toMatchObject({ status: 200, body: { artifacts: [] } });
    const missing = await call(h, 'GET', `/scenarios/${TEST}/testruns/nope/artifacts`);
    expect(missing).toMatchObject({
      status: 404,
      body: `TESTRUN_NOT_FOUND: Test run nope not found for test ${TEST}`,
    });
  });
});
