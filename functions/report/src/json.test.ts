import { describe, expect, it } from 'vitest';
import { REPORT_KEY_ORDER, renderJsonReport } from './json.js';
import { createSampleReport } from './sample-report.js';
import type { RunReport } from './types.js';

describe('renderJsonReport', () => {
  const report = createSampleReport();
  const text = renderJsonReport(report);
  const parsed = JSON.parse(text) as RunReport;

  it('round-trips the report', () => {
    expect(parsed).toEqual(report);
  });

  it('is pretty-printed exactly like JSON.stringify with 2 spaces, newline-terminated', () => {
    expect(text).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });

  it('writes top-level keys in schema order', () => {
    expect(Object.keys(parsed)).toEqual(REPORT_KEY_ORDER.filter((k) => k in report));
    expect(Object.keys(parsed.total)).toEqual([
      'requests',
      'errors',
      'errorRate',
      'rps',
      'bytes',
      'latencyMs',
      'statusCodes',
      'errorMessages',
    ]);
    expect(Object.keys(parsed.series[0]!)).toEqual(['t', 'vus', 'rps', 'errors', 'latencyMs']);
  });

  it('does not depend on the order the producer built its objects in', () => {
    const shuffled = JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as RunReport;
    // Labels are the one record whose order is meaningful (scenario order), so restore it.
    shuffled.labels = Object.fromEntries(Object.keys(report.labels).map((k) => [k, shuffled.labels[k]!]));
    expect(renderJsonReport(shuffled)).toBe(text);
  });

  it('keeps labels in scenario order and sorts status codes and error messages', () => {
    const r = createSampleReport();
    const [a, b, c] = Object.values(r.labels);
    r.labels = { 'z last-first': a!, 'a second': b!, 'm third': c! };
    r.total.statusCodes = { timeout: 1, '500': 2, econnrefused: 3, '200': 4 };
    r.total.errorMessages = { rare: 1, common: 50, medium: 5 };
    const out = JSON.parse(renderJsonReport(r)) as RunReport;
    expect(Object.keys(out.labels)).toEqual(['z last-first', 'a second', 'm third']);
    expect(Object.keys(out.total.statusCodes)).toEqual(['200', '500', 'econnrefused', 'timeout']);
    expect(Object.keys(out.total.errorMessages)).toEqual(['common', 'medium', 'rare']);
  });

  it('writes non-finite numbers as null and keeps unknown fields, sorted, at the end', () => {
    const r = createSampleReport() as RunReport & Record<string, unknown>;
    r.total.rps = Number.NaN;
    r.zeta = { b: 1, a: [Number.POSITIVE_INFINITY] };
    r.alpha = 'x';
    const out = JSON.parse(renderJsonReport(r)) as Record<string, unknown> & RunReport;
    expect(out.total.rps).toBeNull();
    expect(Object.keys(out).slice(-2)).toEqual(['alpha', 'zeta']);
    expect(out.zeta).toEqual({ a: [null], b: 1 });
    expect(renderJsonReport(r)).toContain('"zeta": {\n    "a": [\n      null\n    ],\n    "b": 1\n  }');
  });

  it('omits the optional targetRps when absent and includes it when set', () => {
    expect(parsed).not.toHaveProperty('targetRps');
    const open = JSON.parse(renderJsonReport({ ...report, model: 'open', targetRps: 500 })) as RunReport;
    expect(Object.keys(open).indexOf('targetRps')).toBe(Object.keys(open).indexOf('model') + 1);
  });
});
