import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCriteria } from './evaluate.js';
import { parseCriterion } from './parse.js';
import { type FakeWindow, fakeSource } from './test-support.js';
import type { CriteriaSource } from './types.js';

const CODES = ['200', '201', '404', '500', '503', 'timeout'];

const windowArb: fc.Arbitrary<FakeWindow> = fc
  .record({
    requests: fc.integer({ min: 1, max: 1_000_000 }),
    errorShare: fc.double({ min: 0, max: 1, noNaN: true }),
    durationSec: fc.double({ min: 0.1, max: 10_000, noNaN: true }),
    meanMs: fc.double({ min: 0, max: 100_000, noNaN: true }),
    slope: fc.double({ min: 0, max: 1000, noNaN: true }),
    codeCounts: fc.array(fc.integer({ min: 0, max: 1_000_000 }), {
      minLength: CODES.length,
      maxLength: CODES.length,
    }),
  })
  .map(({ requests, errorShare, durationSec, meanMs, slope, codeCounts }) => ({
    requests,
    errors: Math.floor(requests * errorShare),
    durationSec,
    meanMs,
    percentileMs: (p: number) => meanMs + p * slope,
    statusCodes: Object.fromEntries(CODES.map((code, i) => [code, codeCounts[i] ?? 0])),
  }));

const amount = fc.integer({ min: 0, max: 10_000_000 }).map((k) => String(k / 100));
const percent = fc.integer({ min: 0, max: 10_000 }).map((k) => `${k / 100}%`);

/** `<subject>` and a threshold that suits it, e.g. ['p99.9', '12.5ms']. */
const subjectAndThreshold: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(
    fc.oneof(
      fc.constantFrom('avg-rt', 'p50', 'p90', 'p95', 'p99', 'p99.9'),
      fc.integer({ min: 0, max: 1000 }).map((k) => `p${k / 10}`),
    ),
    fc.tuple(amount, fc.constantFrom('ms', 's', 'm', '')).map(([n, unit]) => `${n}${unit}`),
  ),
  fc.tuple(fc.constantFrom('fail', 'succ', 'rc:5??', 'rc2*', 'rc:timeout'), fc.oneof(amount, percent)),
  fc.tuple(fc.constantFrom('hits', 'rps', 'hits/s'), amount),
);

const failed = (text: string, source: CriteriaSource) =>
  evaluateCriteria([parseCriterion(text)], source).verdict === 'fail';

describe('evaluateCriteria properties', () => {
  it('X>t and X<=t (and X<t and X>=t) never both fail, and exactly one does, on a nonempty window', () => {
    fc.assert(
      fc.property(windowArb, subjectAndThreshold, (total, [subject, threshold]) => {
        const source = fakeSource({ total });
        const above = failed(`${subject}>${threshold}`, source);
        const notAbove = failed(`${subject}<=${threshold}`, source);
        expect(above && notAbove).toBe(false);
        expect(above || notAbove).toBe(true);
        expect(failed(`${subject}<${threshold}`, source)).not.toBe(
          failed(`${subject}>=${threshold}`, source),
        );
      }),
    );
  });

  it('criteria marked non-failed never fail the run', () => {
    fc.assert(
      fc.property(
        windowArb,
        subjectAndThreshold,
        fc.constantFrom('stop', 'continue'),
        (total, [s, t], action) => {
          expect(failed(`${s}>${t}, ${action} as non-failed`, fakeSource({ total }))).toBe(false);
        },
      ),
    );
  });

  it('a timeframe fails exactly when some N consecutive seconds all violate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 12 }),
        (perSecondMs, thresholdMs, timeframeSec) => {
          const seconds = perSecondMs.map((ms, t) => ({ t, total: { requests: 1, percentileMs: ms } }));
          const source = fakeSource({ total: { requests: perSecondMs.length, percentileMs: 1 }, seconds });
          const expected = perSecondMs.some(
            (_, start) =>
              start + timeframeSec <= perSecondMs.length &&
              perSecondMs.slice(start, start + timeframeSec).every((ms) => ms > thresholdMs),
          );
          const { outcomes } = evaluateCriteria(
            [parseCriterion(`p95>${thresholdMs}ms for ${timeframeSec}s`)],
            source,
          );
          expect(outcomes[0]?.passed).toBe(!expected);
          expect((outcomes[0]?.longestStreakSec ?? 0) >= timeframeSec).toBe(expected);
        },
      ),
    );
  });
});
