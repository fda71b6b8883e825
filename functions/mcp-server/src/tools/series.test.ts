import { describe, expect, it } from 'vitest';
import { downsampleColumns, downsampleSeries } from './series.js';

const columns = () => ({
  t: [100, 101, 102, 103, 104],
  vus: [1, 3, 2, 2, 2],
  requests: [10, 30, 0, 20, 20],
  errors: [0, 3, 0, 1, 0],
  rps: [10, 30, 0, 20, 20],
  bytes: [100, 300, 0, 200, 200],
  meanMs: [10, 20, null, 5, 15],
  p50Ms: [8, 15, null, 4, 12],
  p90Ms: [12, 25, null, 6, 18],
  p95Ms: [13, 30, null, 7, 19],
  p99Ms: [14, 40, null, 8, 20],
  maxMs: [15, 50, null, 9, 21],
});

describe('downsampleColumns', () => {
  it('sums counts, weights the mean by requests and keeps the highest second of the rest', () => {
    const out = downsampleColumns(columns(), 2);
    expect(out.t).toEqual([100, 102, 104]);
    expect(out.requests).toEqual([40, 20, 20]);
    expect(out.errors).toEqual([3, 1, 0]);
    expect(out.rps).toEqual([20, 10, 20]);
    expect(out.vus).toEqual([3, 2, 2]);
    expect(out.meanMs).toEqual([17.5, 5, 15]);
    expect(out.p95Ms).toEqual([30, 7, 19]);
    expect(out.maxMs).toEqual([50, 9, 21]);
  });

  it('leaves a 1-second step alone and keeps empty buckets without latencies', () => {
    expect(downsampleColumns(columns(), 1)).toEqual(columns());
    const quiet = {
      ...columns(),
      requests: [0, 0, 0, 0, 0],
      meanMs: [null, null, null, null, null],
      p95Ms: [null, null, null, null, null],
    };
    const out = downsampleColumns(quiet, 5);
    expect(out.meanMs).toEqual([null]);
    expect(out.p95Ms).toEqual([null]);
  });
});

describe('downsampleSeries', () => {
  const series = {
    schema: 'dlt.timeseries.v1',
    testRunId: 'r',
    total: columns(),
    regions: { 'us-east-1': columns() },
  };

  it('keeps the metadata and says the step', () => {
    const out = downsampleSeries(series, { stepSec: 5 });
    expect(out).toMatchObject({ schema: 'dlt.timeseries.v1', testRunId: 'r', stepSec: 5 });
    expect((out.total as { requests: number[] }).requests).toEqual([80]);
  });

  it('returns one region alone, and names the regions when asked for another', () => {
    const out = downsampleSeries(series, { region: 'us-east-1', stepSec: 1 });
    expect(out.total).toBeUndefined();
    expect(Object.keys(out.regions as object)).toEqual(['us-east-1']);
    expect(() => downsampleSeries(series, { region: 'eu-west-1', stepSec: 1 })).toThrow(
      'the run has no series for region eu-west-1; its regions are: us-east-1',
    );
  });
});
