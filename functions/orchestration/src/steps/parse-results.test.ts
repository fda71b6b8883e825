import { gunzipSync } from 'node:zlib';
import {
  type DltScopeResults,
  type DltStats,
  encodeArtifact,
  encodeSeries,
  histogramSettings,
  LatencyHistogram,
  type MergedHistograms,
  Recorder,
  type RunTimeSeries,
  TASK_ARTIFACT_SCHEMA,
  type TaskArtifact,
  usToSeconds,
  WindowCounters,
} from '@dlt/shared';
import { runOutputKeys, runPrefix, type TestStatus, taskArtifactKey } from '@dlt/shared/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_RESULTS_REASON, parseResults, RESULTS_TRUNCATED_NOTE, type RunVerdict } from './parse-results.js';
import { safetyNetHarness, startTestStorage, type TestStorage } from './safety-net-test-support.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await startTestStorage();
});
afterAll(async () => {
  await storage?.close();
});

const LABELS = ['GET /', 'POST /cart'];
const T0 = 1_900_000_000;
const QUANTILES = [0, 50, 90, 95, 99, 99.9, 100];
const P_FIELDS = ['p0_0', 'p50_0', 'p90_0', 'p95_0', 'p99_0', 'p99_9', 'p100_0'] as const;

interface Sample {
  label: number;
  latencyUs: number;
  status: number;
  second: number;
  bytes: number;
}

/** Deterministic samples with a heavy tail and some errors, different per seed. */
function samplesFor(seed: number, count: number): Sample[] {
  let x = seed * 7919 + 17;
  const next = () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
  return Array.from({ length: count }, () => {
    const r = next();
    return {
      label: next() < 0.7 ? 0 : 1,
      latencyUs: Math.round(Math.exp(6 + 8 * next() * next()) + seed * 100),
      status: r < 0.05 ? 500 : r < 0.07 ? 0 : r < 0.1 ? 404 : 200,
      second: Math.floor(next() * 4),
      bytes: Math.floor(next() * 2000),
    };
  });
}

let seq = 0;
interface Run {
  testId: string;
  testRunId: string;
  prefix: string;
}

async function seedRun(opts: { criteria?: string[]; status?: TestStatus; current?: string } = {}) {
  seq += 1;
  const testId = `pr-test-${seq}`;
  const testRunId = `pr-run-${seq}`;
  const prefix = runPrefix(testRunId, new Date(T0 * 1000));
  await storage.scenarios.put({
    testId,
    status: opts.status ?? 'running',
    currentTestRunId: opts.current ?? testRunId,
    results: { previous: 'results' },
    ...(opts.criteria ? { criteria: opts.criteria } : {}),
  });
  await storage.history.put({ testId, testRunId, status: opts.status ?? 'running' });
  return { testId, testRunId, prefix };
}

/** Records the samples through the real Recorder and uploads the artifact as a task does. */
async function uploadTask(
  run: Run,
  region: string,
  taskIndex: number,
  samples: Sample[],
  opts: { labels?: string[]; partial?: boolean; testRunId?: string } = {},
) {
  const labels = opts.labels ?? LABELS;
  const r = new Recorder(labels);
  for (const s of samples) {
    r.record(s.label, s.latencyUs, s.status, s.bytes, T0 + s.second, s.status === 0 ? 'timeout' : undefined);
  }
  const encoded = r.encode();
  const taskId = `${region}-task-${taskIndex}`;
  const artifact: TaskArtifact = {
    schema: TASK_ARTIFACT_SCHEMA,
    testId: run.testId,
    testRunId: opts.testRunId ?? run.testRunId,
    region,
    taskId,
    taskIndex,
    engine: 'http',
    startedAt: T0 * 1000,
    endedAt: (T0 + 4) * 1000,
    partial: opts.partial ?? false,
    model: 'closed',
    maxVus: 5,
    threads: 1,
    peakRssBytes: 1,
    histogram: histogramSettings(),
    labels: encoded.labels,
    byLabel: encoded.byLabel,
    dropped: encoded.dropped,
    series: encodeSeries(r.drainSeconds(Number.MAX_SAFE_INTEGER, 5)),
  };
  const bytes = encodeArtifact(artifact);
  await storage.objects.put(taskArtifactKey(run.testId, run.prefix, region, taskId), bytes);
  return bytes;
}

function input(run: Run, extra: { partial?: boolean } = {}) {
  return {
    ...run,
    testTaskConfig: [
      { region: 'us-east-1', taskCount: 2, concurrency: 5 },
      { region: 'eu-west-1', taskCount: '2', concurrency: 5 },
    ],
    executionStart: new Date(T0 * 1000).toISOString(),
    ...extra,
  };
}

function expectPercentilesOf(scope: DltStats | undefined, samples: Sample[]) {
  const h = new LatencyHistogram();
  for (const s of samples) h.record(s.latencyUs);
  const expected = h.percentilesUs(QUANTILES).map(usToSeconds);
  expect(P_FIELDS.map((f) => scope?.[f])).toEqual(expected);
  expect(scope?.avg_rt).toBe(usToSeconds(h.meanUs()));
}

const isError = (s: Sample) => s.status === 0 || s.status >= 400;

/** The run's history row with its results and verdict typed. */
async function historyOf(run: Run) {
  const row = await storage.history.get(run.testId, run.testRunId);
  if (row === undefined) throw new Error(`no history row for ${run.testRunId}`);
  return {
    row,
    results: (row.results ?? {}) as Record<string, DltScopeResults>,
    verdict: row.verdict as RunVerdict | undefined,
  };
}

describe('parseResults', () => {
  it('merges 2 regions x 2 tasks exactly, per region, per label and in total', async () => {
    const run = await seedRun({ criteria: ['p99>60s', 'fail>50%'] });
    const tasks: Record<string, Sample[][]> = {
      'us-east-1': [samplesFor(1, 700), samplesFor(2, 300)],
      'eu-west-1': [samplesFor(3, 500), samplesFor(4, 900)],
    };
    for (const [region, list] of Object.entries(tasks)) {
      for (const [i, samples] of list.entries()) await uploadTask(run, region, i, samples);
    }
    const { deps } = safetyNetHarness(storage);

    const out = await parseResults(deps, input(run));

    const all = Object.values(tasks).flat(2);
    expect(out).toEqual({
      testResult: 'completed',
      tasks: 4,
      expectedTasks: 4,
      unreadable: 0,
      requests: all.length,
      errors: all.filter(isError).length,
      verdict: 'pass',
    });
    const row = await storage.history.get(run.testId, run.testRunId);
    expect(row?.status).toBe('parsing results');
    const results = row?.results as Record<string, DltScopeResults>;
    expect(Object.keys(results).sort()).toEqual(['eu-west-1', 'total', 'us-east-1']);
    expect(row?.completeTasks).toEqual({ 'us-east-1': 2, 'eu-west-1': 2 });
    for (const [scope, samples] of [
      ['total', all],
      ['us-east-1', tasks['us-east-1']!.flat()],
      ['eu-west-1', tasks['eu-west-1']!.flat()],
    ] as const) {
      const r = results[scope];
      expect(r?.throughput).toBe(samples.length);
      expect(r?.fail).toBe(samples.filter(isError).length);
      expect(r?.succ).toBe(samples.filter((s) => !isError(s)).length);
      expect(r?.bytes).toBe(samples.reduce((sum, s) => sum + s.bytes, 0));
      expectPercentilesOf(r, samples);
      for (const [i, label] of LABELS.entries()) {
        expectPercentilesOf(
          r?.labels.find((l) => l.label === label),
          samples.filter((s) => s.label === i),
        );
      }
    }
    const total = results.total!;
    expect(row?.succPercent).toBe(((total.succ / total.throughput) * 100).toFixed(2));
    expect(total.rc.map((c) => c.code).sort()).toEqual(['404', '500', 'timeout']);
    expect(total.avg_lt).toBeNull();
    const { verdict } = await historyOf(run);
    expect(verdict?.result).toBe('pass');
    expect(verdict?.criteria.map((c) => c.passed)).toEqual([true, true]);

    const scenario = await storage.scenarios.get(run.testId);
    expect(scenario?.status).toBe('parsing results');
    expect(scenario?.results).toEqual(results);
    expect(scenario?.completeTasks).toEqual(row?.completeTasks);

    const keys = runOutputKeys(run.testId, run.prefix);
    const series = (await storage.objects.getJson(keys.timeseries)) as RunTimeSeries;
    expect(series.schema).toBe('dlt.timeseries.v1');
    expect(series.total.t).toEqual([T0, T0 + 1, T0 + 2, T0 + 3]);
    expect(series.total.requests).toEqual(
      [0, 1, 2, 3].map((sec) => all.filter((s) => s.second === sec).length),
    );
    expect(series.total.vus).toEqual([20, 20, 20, 20]);
    expect(series.regions['eu-west-1']?.errors).toEqual(
      [0, 1, 2, 3].map(
        (sec) => tasks['eu-west-1']!.flat().filter((s) => s.second === sec && isError(s)).length,
      ),
    );

    const merged = JSON.parse(
      gunzipSync((await storage.objects.get(keys.histograms))!).toString('utf8'),
    ) as MergedHistograms;
    const again = new WindowCounters();
    for (const region of Object.values(merged.regions)) again.addEncoded(region.total);
    expect(again.encode()).toEqual(merged.total.total);
    expect(merged.total.labels).toEqual(LABELS);
    expect(merged.total.tasks).toBe(4);
    expect(await storage.objects.getJson(keys.verdict)).toMatchObject({
      testRunId: run.testRunId,
      result: 'pass',
    });
  });

  it('fails the verdict with each criterion outcome when a criterion fails', async () => {
    const run = await seedRun({
      criteria: ['p95>1ms', 'avg-rt of GET />1h', 'rc:5??>0, continue as non-failed'],
    });
    await uploadTask(run, 'us-east-1', 0, samplesFor(5, 400));
    const { deps } = safetyNetHarness(storage);

    const out = await parseResults(deps, input(run));

    expect(out.verdict).toBe('fail');
    const verdict = (await storage.history.get(run.testId, run.testRunId))?.verdict as RunVerdict;
    expect(verdict.result).toBe('fail');
    expect(verdict.partial).toBe(false);
    expect(verdict.criteria.map((c) => [c.criterion, c.passed, c.failsRun])).toEqual([
      ['p95>1ms', false, true],
      ['avg-rt of GET />1h', true, false],
      ['rc:5??>0, continue as non-failed', false, false],
    ]);
    expect(verdict.criteria[0]?.actual).toBeGreaterThan(1);
    expect(verdict.criteria[0]?.message).toMatch(/^p95 was .* \(threshold > 1 ?ms\): FAILED$/);
    const stored = await storage.objects.getJson(runOutputKeys(run.testId, run.prefix).verdict);
    expect(stored).toMatchObject({ result: 'fail', criteria: verdict.criteria });
  });

  it('judges a run without criteria as none, and one with a criterion that no longer parses as fail', async () => {
    const none = await seedRun();
    await uploadTask(none, 'us-east-1', 0, samplesFor(6, 50));
    const { deps } = safetyNetHarness(storage);
    expect((await parseResults(deps, input(none))).verdict).toBe('none');

    const broken = await seedRun({ criteria: ['p95>1h', 'latency is fine'] });
    await uploadTask(broken, 'us-east-1', 0, samplesFor(7, 50));
    expect((await parseResults(deps, input(broken))).verdict).toBe('fail');
    const verdict = (await storage.history.get(broken.testId, broken.testRunId))?.verdict as RunVerdict;
    expect(verdict.invalid).toEqual([expect.stringContaining('latency is fine')]);
    expect(verdict.criteria.map((c) => c.passed)).toEqual([true]);
  });

  it('keeps the status on the failure path and marks the verdict partial', async () => {
    const run = await seedRun({ status: 'running', criteria: ['fail>99%'] });
    await uploadTask(run, 'eu-west-1', 0, samplesFor(8, 100), { partial: true });
    const { deps } = safetyNetHarness(storage);

    const out = await parseResults(deps, input(run, { partial: true }));

    expect(out).toMatchObject({ testResult: 'completed', tasks: 1, expectedTasks: 4, verdict: 'pass' });
    const row = await storage.history.get(run.testId, run.testRunId);
    expect(row?.status).toBe('running');
    expect((await storage.scenarios.get(run.testId))?.status).toBe('running');
    const { verdict, results } = await historyOf(run);
    expect(verdict?.partial).toBe(true);
    expect(results.total?.partial).toBe(true);
    const series = (await storage.objects.getJson(
      runOutputKeys(run.testId, run.prefix).timeseries,
    )) as RunTimeSeries;
    expect(series.partial).toBe(true);
  });

  it('stores nothing and reports a failed result when no task left results', async () => {
    const run = await seedRun();
    const { deps } = safetyNetHarness(storage);

    const out = await parseResults(deps, input(run));

    expect(out).toEqual({
      testResult: 'failed',
      reason: NO_RESULTS_REASON,
      tasks: 0,
      expectedTasks: 4,
      unreadable: 0,
      requests: 0,
      errors: 0,
      verdict: 'none',
    });
    const row = await storage.history.get(run.testId, run.testRunId);
    expect(row?.results).toBeUndefined();
    expect(row?.status).toBe('parsing results');
    expect((await storage.scenarios.get(run.testId))?.results).toEqual({ previous: 'results' });
    expect(await storage.objects.listAll(`results/${run.testId}/`)).toEqual([]);
  });

  it('skips, logs and counts unreadable artifacts without losing the others', async () => {
    const run = await seedRun();
    const good = [samplesFor(9, 120), samplesFor(10, 80)];
    await uploadTask(run, 'us-east-1', 0, good[0]!);
    const bytes = await uploadTask(run, 'us-east-1', 1, good[1]!);
    await storage.objects.put(taskArtifactKey(run.testId, run.prefix, 'us-east-1', 'garbage'), 'not gzip');
    await storage.objects.put(
      taskArtifactKey(run.testId, run.prefix, 'us-east-1', 'truncated'),
      bytes.subarray(0, bytes.length - 8),
    );
    await uploadTask(run, 'eu-west-1', 5, samplesFor(11, 10), { testRunId: 'another-run' });
    const { deps, logger } = safetyNetHarness(storage);

    const out = await parseResults(deps, input(run));

    expect(out).toMatchObject({ tasks: 2, unreadable: 3, requests: 200 });
    const skipped = logger.entries.filter((e) => e.message === 'task artifact skipped');
    expect(skipped.map((e) => String(e.extra?.key).split('/').pop()).sort()).toEqual([
      'eu-west-1-task-5.json.gz',
      'garbage.json.gz',
      'truncated.json.gz',
    ]);
    expect(skipped.find((e) => String(e.extra?.key).includes('eu-west-1'))?.extra?.reason).toMatch(
      /belongs to run .*\/another-run/,
    );
    const row = await storage.history.get(run.testId, run.testRunId);
    expect(row?.completeTasks).toEqual({ 'us-east-1': 2 });
    expect(row?.unreadableArtifacts).toBe(3);
    expectPercentilesOf((await historyOf(run)).results.total, good.flat());
  });

  it('leaves the scenario row alone when a newer run owns it', async () => {
    const run = await seedRun({ current: 'a-newer-run' });
    await uploadTask(run, 'us-east-1', 0, samplesFor(12, 30));
    const { deps } = safetyNetHarness(storage);

    await parseResults(deps, input(run));

    const scenario = await storage.scenarios.get(run.testId);
    expect(scenario?.results).toEqual({ previous: 'results' });
    expect(scenario?.status).toBe('running');
    expect((await storage.history.get(run.testId, run.testRunId))?.results).toBeDefined();
  });

  it("stores the results without labels when they would outgrow DynamoDB's item limit", async () => {
    const run = await seedRun();
    const labels = Array.from(
      { length: 1500 },
      (_, i) => `GET /api/items/${i}?with=a-rather-long-query-string`,
    );
    const samples = labels.map((_, i) => ({
      label: i,
      latencyUs: 1000 + i,
      status: 200,
      second: 0,
      bytes: 1,
    }));
    await uploadTask(run, 'us-east-1', 0, samples, { labels });
    const { deps, logger } = safetyNetHarness(storage);

    const out = await parseResults(deps, input(run));

    expect(out.requests).toBe(1500);
    const { row, results } = await historyOf(run);
    const total = results.total;
    expect(total?.throughput).toBe(1500);
    expect(total?.labels).toEqual([]);
    expect(row?.resultsNote).toBe(RESULTS_TRUNCATED_NOTE);
    expect((await storage.scenarios.get(run.testId))?.resultsNote).toBe(RESULTS_TRUNCATED_NOTE);
    expect(logger.entries.some((e) => e.message.startsWith('results too large'))).toBe(true);
    const merged = JSON.parse(
      gunzipSync((await storage.objects.get(runOutputKeys(run.testId, run.prefix).histograms))!).toString(),
    ) as MergedHistograms;
    expect(merged.total.labels).toHaveLength(1500);
  });
});
