import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAxisValue, formatTimeTick, niceTicks, timeTicks } from './chart-scale.js';

describe('niceTicks', () => {
  it('ends on a round number at or above the maximum', () => {
    expect(niceTicks(466).values).toEqual([0, 100, 200, 300, 400, 500]);
    expect(niceTicks(0.7).values).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(3, { integer: true }).values).toEqual([0, 1, 2, 3]);
  });

  it('always covers the data with a handful of evenly spaced ticks', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.boolean(), (max, integer) => {
        const t = niceTicks(max, { integer });
        // Float noise below 1e-12 relative is deliberately absorbed rather than adding a whole extra tick.
        expect(t.max).toBeGreaterThanOrEqual(max * (1 - 1e-12));
        expect(t.values.length).toBeGreaterThanOrEqual(2);
        expect(t.values.length).toBeLessThanOrEqual(12);
        if (integer) for (const v of t.values) expect(Number.isInteger(v)).toBe(true);
      }),
    );
  });
});

describe('time axis', () => {
  it('uses human steps and labels', () => {
    expect(timeTicks(60)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(timeTicks(3600).length).toBeLessThanOrEqual(9);
    expect(formatTimeTick(0)).toBe('0');
    expect(formatTimeTick(90)).toBe('1m30s');
    expect(formatTimeTick(3600)).toBe('1h');
  });

  it('formats axis values compactly', () => {
    expect(formatAxisValue(950)).toBe('950');
    expect(formatAxisValue(1500)).toBe('1.5k');
    expect(formatAxisValue(12_000)).toBe('12k');
    expect(formatAxisValue(2_500_000)).toBe('2.5M');
    expect(formatAxisValue(0.25)).toBe('0.25');
  });
});
