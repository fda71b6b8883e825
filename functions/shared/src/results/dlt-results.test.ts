import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeArtifact,
  encodeArtifact,
  histogramSettings,
  TASK_ARTIFACT_SCHEMA,
  type TaskArtifact,
} from './artifact.js';
import {
  DLT_ACCEPTED_CODES,
  dltScopeResults,
  dltSuccPercent,
  MAX_ERROR_MESSAGES,
  mergedScope,
  timeSeriesColumns,
  usToSeconds,
} from './dlt-results.js';
import { COARSE_SUB_BUCKET_BITS, LatencyHistogram, relativeErrorBound } from './histogram.js';
import { mergeArtifacts } from './merge.js';
import { Recorder } from './recorder.js';
import { encodeSeries } from './series-codec.js';
import { WindowCounters } from './stats.js';

const LABELS = ['GET /', 'POST /login'];
const T0 = 1_800_000_000;

interface Sample {
  label: number;
  latencyUs: number;
  status: number;
  second: number;
  bytes: number;
}

/** A task artifact through the real Recorder and codec, as a load-tester task writes it. */
function artifactOf(samples: Sample[], index: number, opts: { vus?: number; seconds?: number } = {}) {
  const r = new Recorder(LABELS);
  for (const s of samples) {
    r.record(s.label, s.latencyUs, s.status, s.bytes, T0 + s.second, s.status === 0 ? 'timeout' : undefined);
  }
  const encoded = r.encode();
  const artifact: TaskArtifact = {
    schema: TASK_ARTIFACT_SCHEMA,
    testId: 't',
    testRunId: 'r',
    region: 'local',
    taskId: `task-${index}`,
    taskIndex: index,
    engine: 'http',
    startedAt: T0 * 1000,
    endedAt: (T0 + (opts.seconds ?? 3)) * 1000,
    partial: false,
    model: 'closed',
    maxVus: opts.vus ?? 4,
    threads: 1,
    peakRssBytes: 0,
    histogram: histogramSettings(),
    labels: encoded.labels,
    byLabel: encoded.byLabel,
    dropped: encoded.dropped,
    series: encodeSeries(r.drainSeconds(Number.MAX_SAFE_INTEGER, opts.vus ?? 4)),
  };
  return decodeArtifact(encodeArtifact(artifact));
}

const sample = fc.record({
  label: fc.integer({ min: 0, max: 1 }),
  latencyUs: fc.integer({ min: 50, max: 8_000_000 }),
  status: fc.constantFrom(200, 200, 204, 302, 404, 500, 0),
  second: fc.integer({ min: 0, max: 2 }),
  bytes: fc.integer({ min: 0, max: 10_000 }),
});

function histogramOf(latencies: number[]): LatencyHistogram {
  const h = new LatencyHistogram();
  for (const v of latencies) h.record(v);
  return h;
}

const seconds = (h: LatencyHistogram, q: number) => usToSeconds(h.percentileUs(q));

describe('dltScopeResults', () => {
  it('takes counts and every percentile from the merged histogram, never from averages', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(sample, { minLength: 1, maxLength: 150 }), { minLength: 1, maxLength: 5 }),
        (tasks) => {
          const all = tasks.flat();
          const result = dltScopeResults(mergeArtifacts(tasks.map((t, i) => artifactOf(t, i))));
          const h = histogramOf(all.map((s) => s.latencyUs));
          const errors = all.filter((s) => s.status === 0 || s.status >= 400).length;
          expect(result.throughput).toBe(all.length);
          expect(result.fail).toBe(errors);
          expect(result.succ).toBe(all.length - errors);
          expect(result.bytes).toBe(all.reduce((sum, s) => sum + s.bytes, 0));
          expect(result.p0_0).toBe(usToSeconds(Math.min(...all.map((s) => s.latencyUs))));
          expect(result.p100_0).toBe(usToSeconds(Math.max(...all.map((s) => s.latencyUs))));
          expect([result.p50_0, result.p90_0, result.p95_0, result.p99_0, result.p99_9]).toEqual(
            [50, 90, 95, 99, 99.9].map((q) => seconds(h, q)),
          );
          const exactMean = all.reduce((sum, s) => sum + s.latencyUs, 0) / all.length;
          expect(result.avg_rt).toBe(usToSeconds(exactMean));
          for (const [i, label] of LABELS.entries()) {
            const mine = all.filter((s) => s.label === i);
            const entry = result.labels.find((l) => l.label === label);
            expect(entry?.throughput).toBe(mine.length);
            if (mine.length === 0) continue;
            expect(entry?.p95_0).toBe(seconds(histogramOf(mine.map((s) => s.latencyUs)), 95));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('lists only the codes DLT does not accept in rc, and keeps every code and message beside it', () => {
    const samples: Sample[] = [
      ...Array.from({ length: 5 }, () => ({ label: 0, latencyUs: 1000, status: 200, second: 0, bytes: 10 })),
      { label: 0, latencyUs: 1000, status: 302, second: 0, bytes: 0 },
      { label: 0, latencyUs: 1000, status: 404, second: 1, bytes: 0 },
      { label: 1, latencyUs: 1000, status: 500, second: 1, bytes: 0 },
      { label: 1, latencyUs: 1000, status: 500, second: 1, bytes: 0 },
      { label: 1, latencyUs: 9000, status: 0, second: 2, bytes: 0 },
    ];
    const result = dltScopeResults(mergeArtifacts([artifactOf(samples, 0)]));
    expect(DLT_ACCEPTED_CODES.has('302')).toBe(true);
    expect(result.rc).toEqual([
      { code: '500', count: 2 },
      { code: '404', count: 1 },
      { code: 'timeout', count: 1 },
    ]);
    expect(result.statusCodes).toEqual({ '200': 5, '302': 1, '404': 1, '500': 2, timeout: 1 });
    expect(result.errorMessages).toEqual({ 'HTTP 500': 2, 'HTTP 404': 1, 'request timed out': 1 });
    expect(result.labels.map((l) => [l.label, l.throughput, l.fail])).toEqual([
      ['GET /', 7, 1],
      ['POST /login', 3, 3],
    ]);
    expect(result.labels[1]?.rc).toEqual([
      { code: '500', count: 2 },
      { code: 'timeout', count: 1 },
    ]);
    expect(result.errorRate).toBe(40);
    expect(result.testDuration).toBe(3);
    expect(result.rps).toBeCloseTo(10 / 3, 3);
    expect(dltSuccPercent(result)).toBe('60.00');
  });

  it('keeps only the most frequent error messages in the row', () => {
    const r = new Recorder(['x']);
    for (let i = 0; i < MAX_ERROR_MESSAGES + 5; i++) {
      for (let k = 0; k <= i; k++) r.record(0, 1000, 0, 0, T0, 'other', `failure ${i}`);
    }
    const artifact = artifactOf([], 0);
    const run = mergeArtifacts([
      { ...artifact, labels: ['x'], byLabel: r.encode().byLabel, series: encodeSeries([]) },
    ]);
    const messages = Object.keys(dltScopeResults(run).errorMessages);
    expect(messages).toHaveLength(MAX_ERROR_MESSAGES);
    expect(messages[0]).toBe(`failure ${MAX_ERROR_MESSAGES + 4}`);
  });

  it('reports DLT concurrency per task, the summed peak of active users, and the time frame', () => {
    const one: Sample[] = [{ label: 0, latencyUs: 1000, status: 200, second: 0, bytes: 1 }];
    const run = mergeArtifacts([
      artifactOf(one, 0, { vus: 10 }),
      artifactOf(one, 1, { vus: 20, seconds: 5 }),
    ]);
    const result = dltScopeResults(run);
    expect(result.concurrency).toBe(15);
    expect(result.peakVus).toBe(30);
    expect(result.tasks).toBe(2);
    expect(result.testDuration).toBe(5);
    expect(result.startedAt).toBe(new Date(T0 * 1000).toISOString());
    expect(result.endedAt).toBe(new Date((T0 + 5) * 1000).toISOString());
  });

  it('computes the standard deviation within the histogram error of the exact one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 100, max: 5_000_000 }), { minLength: 2, maxLength: 400 }),
        (lat) => {
          const samples = lat.map((latencyUs) => ({ label: 0, latencyUs, status: 200, second: 0, bytes: 0 }));
          const result = dltScopeResults(mergeArtifacts([artifactOf(samples, 0)]));
          const mean = lat.reduce((a, b) => a + b, 0) / lat.length;
          const exact = Math.sqrt(lat.reduce((a, v) => a + (v - mean) ** 2, 0) / lat.length);
          // Each value moves by at most bound·value, so the deviation moves by at most bound·max.
          const slack = (relativeErrorBound() * Math.max(...lat) + 1) / 1e6;
          expect(Math.abs(result.stdev_rt - exact / 1e6)).toBeLessThanOrEqual(slack);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers zeros, never NaN, for a scope without requests', () => {
    const result = dltScopeResults(mergeArtifacts([artifactOf([], 0)]));
    expect(result.throughput).toBe(0);
    expect(result.labels.map((l) => [l.label, l.throughput, l.p95_0])).toEqual([
      ['GET /', 0, 0],
      ['POST /login', 0, 0],
    ]);
    for (const scope of [result, ...result.labels]) {
      const numbers = Object.values(scope).filter((v) => typeof v === 'number');
      expect(numbers.length).toBeGreaterThan(15);
      expect(numbers.every((v) => Number.isFinite(v))).toBe(true);
    }
    expect(dltSuccPercent(result)).toBeUndefined();
    expect(dltScopeResults(mergeArtifacts([])).startedAt).toBe('');
  });
});

describe('timeSeriesColumns', () => {
  it('has one entry per second, gaps included, with latencies from the per-second histograms', () => {
    const samples: Sample[] = [
      { label: 0, latencyUs: 2000, status: 200, second: 0, bytes: 100 },
      { label: 1, latencyUs: 4000, status: 500, second: 0, bytes: 50 },
      { label: 0, latencyUs: 8000, status: 200, second: 3, bytes: 10 },
    ];
    const columns = timeSeriesColumns(mergeArtifacts([artifactOf(samples, 0), artifactOf(samples, 1)]));
    expect(columns.t).toEqual([T0, T0 + 1, T0 + 2, T0 + 3]);
    expect(columns.requests).toEqual([4, 0, 0, 2]);
    expect(columns.rps).toEqual(columns.requests);
    expect(columns.errors).toEqual([2, 0, 0, 0]);
    expect(columns.bytes).toEqual([300, 0, 0, 20]);
    expect(columns.vus).toEqual([8, 0, 0, 8]);
    expect(columns.meanMs).toEqual([3, null, null, 8]);
    expect(columns.maxMs).toEqual([4, null, null, 8]);
    const coarse = new LatencyHistogram(COARSE_SUB_BUCKET_BITS);
    for (const v of [2000, 2000, 4000, 4000]) coarse.record(v);
    expect(columns.p50Ms[0]).toBe(Math.round(coarse.percentileUs(50)) / 1000);
    for (const key of ['t', 'vus', 'errors', 'bytes', 'p50Ms', 'p90Ms', 'p95Ms', 'p99Ms'] as const) {
      expect(columns[key]).toHaveLength(4);
    }
  });
});

describe('mergedScope', () => {
  it('stores counters that merge again into exactly the merged total', () => {
    const a: Sample[] = [
      { label: 0, latencyUs: 1500, status: 200, second: 0, bytes: 7 },
      { label: 1, latencyUs: 900_000, status: 503, second: 1, bytes: 0 },
    ];
    const b: Sample[] = [{ label: 1, latencyUs: 42_000, status: 200, second: 2, bytes: 3 }];
    const regionA = mergedScope(mergeArtifacts([artifactOf(a, 0)]));
    const regionB = mergedScope(mergeArtifacts([artifactOf(b, 1)]));
    const total = mergedScope(mergeArtifacts([artifactOf(a, 0), artifactOf(b, 1)]));
    const again = new WindowCounters().addEncoded(regionA.total).addEncoded(regionB.total);
    expect(again.encode()).toEqual(total.total);
    expect(total.labels).toEqual(LABELS);
    expect(total.byLabel[1]?.requests).toBe(2);
    expect(WindowCounters.decode(total.byLabel[1]!).latency.percentileUs(100)).toBe(900_000);
  });
});
