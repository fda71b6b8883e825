import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LatencyHistogram, percentileRank, relativeErrorBound } from './histogram.js';

const QUANTILES = [0, 1, 25, 50, 75, 90, 95, 99, 99.9, 100];

function nearestRank(sorted: number[], q: number): number {
  if (q <= 0) return sorted[0]!;
  if (q >= 100) return sorted[sorted.length - 1]!;
  return sorted[percentileRank(q, sorted.length) - 1]!;
}

function histogramOf(samples: number[]): LatencyHistogram {
  const h = new LatencyHistogram();
  for (const v of samples) h.record(v);
  return h;
}

/** Latencies in µs: mostly fast, with a heavy tail, like real services. */
const latencyUs = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 255 }), weight: 1 },
  { arbitrary: fc.integer({ min: 256, max: 20_000 }), weight: 4 },
  { arbitrary: fc.integer({ min: 20_000, max: 60_000_000 }), weight: 1 },
);

describe('LatencyHistogram', () => {
  it('stays within the documented relative error of the exact nearest-rank percentile', () => {
    const bound = relativeErrorBound();
    fc.assert(
      fc.property(fc.array(latencyUs, { minLength: 1, maxLength: 2000 }), (samples) => {
        const sorted = [...samples].sort((a, b) => a - b);
        const h = histogramOf(samples);
        for (const q of QUANTILES) {
          const truth = nearestRank(sorted, q);
          expect(Math.abs(h.percentileUs(q) - truth)).toBeLessThanOrEqual(truth * bound);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('merged percentiles equal the percentiles of the union of raw samples, for any split across tasks', () => {
    const bound = relativeErrorBound();
    const splitSamples = fc.array(fc.array(latencyUs, { maxLength: 400 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(splitSamples, (tasks) => {
        const union = tasks.flat();
        fc.pre(union.length > 0);
        const merged = new LatencyHistogram();
        for (const task of tasks) merged.merge(histogramOf(task));
        const whole = histogramOf(union);
        const sorted = union.sort((a, b) => a - b);
        expect(merged.count).toBe(union.length);
        expect(merged.sum).toBe(whole.sum);
        for (const q of QUANTILES) {
          expect(merged.percentileUs(q)).toBe(whole.percentileUs(q));
          const truth = nearestRank(sorted, q);
          expect(Math.abs(merged.percentileUs(q) - truth)).toBeLessThanOrEqual(truth * bound);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is right where averaging per-task percentiles is badly wrong', () => {
    // 9 tasks see a fast service (about 2 ms); one task sits behind a slow path (about 2 s).
    const fast = (seed: number) => Array.from({ length: 1000 }, (_, i) => 1500 + ((i * 7919 + seed) % 1000));
    const slow = Array.from({ length: 1000 }, (_, i) => 1_500_000 + ((i * 104729) % 1_000_000));
    const tasks = [...Array.from({ length: 9 }, (_, k) => fast(k)), slow];
    const union = tasks.flat().sort((a, b) => a - b);
    const merged = new LatencyHistogram();
    for (const t of tasks) merged.merge(histogramOf(t));

    const averagedP50 =
      tasks.map((t) => histogramOf(t).percentileUs(50)).reduce((a, b) => a + b) / tasks.length;
    const trueP50 = nearestRank(union, 50);
    expect(averagedP50 / trueP50).toBeGreaterThan(50); // what DLT would report
    expect(Math.abs(merged.percentileUs(50) - trueP50)).toBeLessThanOrEqual(trueP50 * relativeErrorBound());
    const trueP95 = nearestRank(union, 95);
    expect(Math.abs(merged.percentileUs(95) - trueP95)).toBeLessThanOrEqual(trueP95 * relativeErrorBound());
  });

  it('encodes sparsely and decodes to the same histogram', () => {
    fc.assert(
      fc.property(fc.array(latencyUs, { maxLength: 500 }), (samples) => {
        const h = histogramOf(samples);
        const back = LatencyHistogram.decode(JSON.parse(JSON.stringify(h.encode())));
        expect(back.count).toBe(h.count);
        expect(Array.from(back.counts)).toEqual(Array.from(h.counts));
        if (h.count > 0) expect(back.percentilesUs(QUANTILES)).toEqual(h.percentilesUs(QUANTILES));
      }),
    );
  });

  it('keeps exact min, max and mean, and clamps absurd values', () => {
    const h = histogramOf([5, 1_000_000, 3]);
    expect(h.percentileUs(0)).toBe(3);
    expect(h.percentileUs(100)).toBe(1_000_000);
    expect(h.meanUs()).toBeCloseTo(333_336, 6);
    h.record(1e12);
    expect(h.max).toBe(0x7fffffff);
    expect(new LatencyHistogram().percentileUs(50)).toBeNaN();
  });

  it('rejects corrupt encodings and mismatched precision', () => {
    const h = histogramOf([10, 20]);
    expect(() => new LatencyHistogram(3).merge(h)).toThrow(/different precision/);
    expect(() => LatencyHistogram.decode({ ...h.encode(), n: 3 })).toThrow(/corrupt/);
    expect(() => LatencyHistogram.decode({ ...h.encode(), b: [999_999, 1] })).toThrow(/corrupt/);
  });

  it('maps every value into a bucket whose bounds contain it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), fc.integer({ min: 1, max: 10 }), (v, bits) => {
        const h = new LatencyHistogram(bits);
        const { lower, width } = h.bucketBounds(h.indexOf(v));
        expect(v).toBeGreaterThanOrEqual(lower);
        expect(v).toBeLessThan(lower + width);
        expect(h.indexOf(v)).toBeLessThan(h.counts.length);
      }),
      { numRuns: 2000 },
    );
  });
});
