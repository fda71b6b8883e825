import { describe, expect, it } from 'vitest';
import { createSampleReport, sampleReport } from './sample-report.js';

describe('sample report', () => {
  it('is a 60 s run with three labels, errors and a failed criterion', () => {
    expect(sampleReport.durationSec).toBe(60);
    expect(sampleReport.series).toHaveLength(60);
    expect(Object.keys(sampleReport.labels)).toHaveLength(3);
    expect(sampleReport.total.errors).toBeGreaterThan(0);
    expect(sampleReport.verdict).toBe('fail');
    expect(sampleReport.criteria.some((c) => !c.passed)).toBe(true);
  });

  it('is internally consistent', () => {
    const labels = Object.values(sampleReport.labels);
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    expect(sum(labels.map((m) => m.requests))).toBe(sampleReport.total.requests);
    expect(sum(labels.map((m) => m.errors))).toBe(sampleReport.total.errors);
    for (const m of [sampleReport.total, ...labels]) {
      expect(sum(Object.values(m.statusCodes))).toBe(m.requests);
      expect(sum(Object.values(m.errorMessages))).toBe(m.errors);
      const l = m.latencyMs;
      expect([l.min, l.p50, l.p90, l.p95, l.p99, l.p999, l.max]).toEqual(
        [l.min, l.p50, l.p90, l.p95, l.p99, l.p999, l.max].sort((a, b) => a - b),
      );
    }
  });

  it('is deterministic and returns fresh copies', () => {
    const a = createSampleReport();
    expect(a).toEqual(sampleReport);
    a.labels = {};
    expect(Object.keys(sampleReport.labels)).toHaveLength(3);
  });
});
