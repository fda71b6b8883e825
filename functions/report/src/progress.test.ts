import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProgressLine } from './progress.js';

const base = { elapsedSec: 12, totalSec: 60, vus: 50, rps: 1234.5, p95Ms: 12.34, errors: 0 };

describe('formatProgressLine', () => {
  it('renders bar, clock and live metrics', () => {
    expect(formatProgressLine(base)).toBe(
      '[====>               ]   12s/1m00s  VUs 50  1234.5 req/s  p95 12.3 ms  errors 0',
    );
  });

  it('fills the bar in proportion to elapsed time and caps it at 100%', () => {
    const bar = (elapsedSec: number): string => formatProgressLine({ ...base, elapsedSec }).slice(0, 22);
    expect(bar(0)).toBe(`[>${' '.repeat(19)}]`);
    expect(bar(30)).toBe(`[${'='.repeat(10)}>${' '.repeat(9)}]`);
    expect(bar(60)).toBe(`[${'='.repeat(20)}]`);
    expect(bar(90)).toBe(`[${'='.repeat(20)}]`);
  });

  it('shows an indeterminate bouncing bar when the run is bounded by iterations', () => {
    const line = (elapsedSec: number): string => formatProgressLine({ ...base, totalSec: null, elapsedSec });
    expect(line(0)).toMatch(/^\[<=> +\] 0s {2}VUs/);
    expect(line(1)).toMatch(/^\[ <=> +\] 1s/);
    expect(line(0)).not.toMatch(/\ds\//);
    const positions = Array.from({ length: 60 }, (_, s) => line(s).indexOf('<=>'));
    expect(Math.max(...positions)).toBe(1 + 17);
    expect(Math.min(...positions)).toBe(1);
  });

  it('shows a dash before the first response', () => {
    expect(formatProgressLine({ ...base, p95Ms: null })).toContain('p95 -  errors');
  });

  it('keeps the clock width stable so the line does not jitter', () => {
    const a = formatProgressLine({ ...base, elapsedSec: 5, totalSec: 600 });
    const b = formatProgressLine({ ...base, elapsedSec: 300, totalSec: 600 });
    expect(a.indexOf('VUs')).toBe(b.indexOf('VUs'));
  });

  it('never exceeds the given width, shrinking then dropping the bar', () => {
    fc.assert(
      fc.property(
        fc.record({
          elapsedSec: fc.double({ min: -10, max: 1e6, noNaN: false }),
          totalSec: fc.option(fc.double({ min: 0, max: 1e6 }), { nil: null }),
          vus: fc.nat(100_000),
          rps: fc.double({ min: 0, max: 1e6 }),
          p95Ms: fc.option(fc.double({ min: 0, max: 1e5 }), { nil: null }),
          errors: fc.nat(10_000_000),
          width: fc.integer({ min: 20, max: 200 }),
        }),
        (p) => {
          const line = formatProgressLine(p);
          expect(line.length).toBeLessThanOrEqual(p.width);
          expect(line).not.toMatch(/NaN|Infinity/);
          expect(formatProgressLine(p)).toBe(line);
        },
      ),
    );
  });
});
