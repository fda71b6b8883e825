import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeRun } from './analyze.js';
import { compareRuns } from './compare.js';
import type { RunRecord } from './run-record.js';
import { repeat, run, series } from './test-support.js';

// Rows come from JSON written by this product, by DLT, or half-written by a run that failed: whatever their
// shape, comparison and analysis answer instead of throwing.
const jsonValue = fc.jsonValue({ maxDepth: 4 });
const scopeLike = fc.oneof(
  jsonValue,
  fc.record(
    {
      throughput: fc.oneof(fc.nat(), jsonValue),
      fail: fc.oneof(fc.nat(), jsonValue),
      testDuration: fc.oneof(fc.double({ min: 0, max: 1e4, noNaN: true }), jsonValue),
      p95_0: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), jsonValue),
      avg_rt: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), jsonValue),
      labels: fc.oneof(
        fc.array(fc.record({ label: fc.string(), throughput: fc.nat() }), { maxLength: 4 }),
        jsonValue,
      ),
      dropped: fc.oneof(fc.nat(), jsonValue),
      partial: fc.oneof(fc.boolean(), jsonValue),
      rc: fc.oneof(fc.array(fc.record({ code: fc.string(), count: fc.nat() }), { maxLength: 3 }), jsonValue),
      statusCodes: jsonValue,
      errorMessages: jsonValue,
      peakRssBytes: fc.oneof(fc.nat(), jsonValue),
    },
    { requiredKeys: [] },
  ),
);
const record = fc.record({
  testRunId: fc.string({ minLength: 1, maxLength: 10 }),
  status: fc.constantFrom('complete', 'failed', 'cancelled', 'running'),
  results: fc.dictionary(fc.constantFrom('total', 'us-east-1', 'eu-west-1'), scopeLike),
  testScenario: fc.oneof(jsonValue, fc.constant({ execution: [{ throughput: 10, 'hold-for': '1m' }] })),
  verdict: fc.oneof(
    fc.constant(undefined),
    fc.record({ result: jsonValue, criteria: fc.oneof(jsonValue, fc.array(jsonValue)), invalid: jsonValue }),
  ),
}) as fc.Arbitrary<RunRecord>;

describe('analysis on arbitrary rows', () => {
  it('compareRuns and analyzeRun never throw and keep one value per run', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 4 }), (runs) => {
        const c = compareRuns(runs);
        expect(c.total.metrics.p95Ms.values).toHaveLength(runs.length);
        for (const r of runs) {
          const a = analyzeRun(r, { baseline: runs[0]!, criteria: ['p95>1s', 'fail>1%'] });
          expect(a.counts.critical + a.counts.warning + a.counts.info).toBe(a.findings.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('analyzeRun never throws on arbitrary per-second series', () => {
    const second = fc.record({
      vus: fc.nat(50),
      requests: fc.nat(200),
      errors: fc.nat(200),
      p95Ms: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(second, { maxLength: 60 }), (seconds) => {
        const s = series(seconds.map((x) => ({ ...x, errors: Math.min(x.errors, x.requests) })));
        const a = analyzeRun(run('r', {}), {
          timeseries: { total: s, regions: { a: s, b: series(repeat(3, () => ({}))) } },
        });
        for (const f of a.findings) expect(typeof f.message).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
