import { describe, expect, it } from 'vitest';
import {
  byCountDesc,
  formatBytes,
  formatCount,
  formatDuration,
  formatMeasured,
  formatMs,
  formatPercent,
  formatRate,
  sortedStatusCodes,
} from './format.js';

describe('formatMs', () => {
  it.each([
    [0, '0'],
    [0.042, '0.042'],
    [0.5, '0.50'],
    [0.0042, '0.004'],
    [0.0001, '0.001'],
    [1.234, '1.23'],
    [9.876, '9.88'],
    [12.345, '12.3'],
    [99.94, '99.9'],
    [123.4, '123'],
    [1234.6, '1,235'],
  ])('%d ms -> %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  it('moves a value that rounds across a tier boundary into the next tier', () => {
    expect(formatMs(0.9996)).toBe('1.00');
    expect(formatMs(9.996)).toBe('10.0');
    expect(formatMs(99.96)).toBe('100');
  });

  it('never prints NaN or Infinity', () => {
    expect(formatMs(Number.NaN)).toBe('0');
    expect(formatMs(Number.POSITIVE_INFINITY)).toBe('0');
  });
});

describe('other formats', () => {
  it('groups counts independently of the locale', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-1500)).toBe('-1,500');
  });

  it('formats rates and percentages', () => {
    expect(formatRate(1234.56)).toBe('1234.6');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.004)).toBe('<0.01%');
    expect(formatPercent(1.4814)).toBe('1.48%');
    expect(formatPercent(12.34)).toBe('12.3%');
    expect(formatPercent(100)).toBe('100%');
  });

  it('formats durations', () => {
    expect(formatDuration(4.5)).toBe('4.5s');
    expect(formatDuration(12)).toBe('12s');
    expect(formatDuration(65)).toBe('1m05s');
    expect(formatDuration(3723)).toBe('1h02m03s');
    expect(formatDuration(-3)).toBe('0s');
  });

  it('formats bytes with decimal units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(38_441_000)).toBe('38.4 MB');
    expect(formatBytes(1500)).toBe('1.50 kB');
  });

  it('formats criterion values by unit', () => {
    expect(formatMeasured(null, 'ms')).toBe('no data');
    expect(formatMeasured(94.86, 'ms')).toBe('94.9 ms');
    expect(formatMeasured(1, '%')).toBe('1%');
    expect(formatMeasured(1.4814, '%')).toBe('1.48%');
    expect(formatMeasured(347.65, 'req/s')).toBe('347.6 req/s');
    expect(formatMeasured(3, '')).toBe('3');
  });
});

describe('ordering', () => {
  it('puts HTTP codes first, numerically, then named outcomes alphabetically', () => {
    const codes = { timeout: 1, '500': 2, econnrefused: 3, '200': 4, '1000': 5 };
    expect(sortedStatusCodes(codes).map(([k]) => k)).toEqual([
      '200',
      '500',
      '1000',
      'econnrefused',
      'timeout',
    ]);
  });

  it('orders by count, ties by key', () => {
    expect(byCountDesc({ b: 2, a: 2, c: 5 }).map(([k]) => k)).toEqual(['c', 'a', 'b']);
  });
});
