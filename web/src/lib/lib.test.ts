import { describe, expect, it } from 'vitest';
import { estimateFargateCost, FARGATE_GB_HOUR_USD, FARGATE_VCPU_HOUR_USD } from './cost.js';
import { runsToCsv } from './csv.js';
import { relativeDelta } from './format.js';
import { regionalTaskDetails } from './scenario-body.js';

describe('estimateFargateCost', () => {
  it('is tasks × (vCPU and memory list prices) × hours, with start-up time counted', () => {
    const est = estimateFargateCost([{ taskCount: 3 }, { taskCount: 2 }], 2, 3480);
    expect(est.tasks).toBe(5);
    expect(est.hours).toBe(1);
    expect(est.usd).toBeCloseTo(5 * (2 * FARGATE_VCPU_HOUR_USD + 4 * FARGATE_GB_HOUR_USD), 10);
  });
});

describe('regionalTaskDetails', () => {
  it('gives floor(limit / vCPUs per task), less running tasks only for a start now', () => {
    const vcpu = { 'us-east-1': { vCPULimit: 9, vCPUsInUse: 4, vCPUsPerTask: 2 } };
    const tasks = [{ region: 'us-east-1', taskArns: ['a'] }];
    expect(regionalTaskDetails(vcpu, tasks, true)['us-east-1']).toMatchObject({
      dltTaskLimit: 4,
      dltAvailableTasks: 3,
    });
    expect(regionalTaskDetails(vcpu, tasks, false)['us-east-1']?.dltAvailableTasks).toBe(4);
  });
});

describe('runsToCsv', () => {
  it('writes a header, one line per run, deltas against the baseline, and neutralises formulas', () => {
    const base = {
      testRunId: 'b',
      status: 'complete',
      scheduleTimezone: 'UTC',
      requests: 10,
      success: 10,
      errors: 0,
      requestsPerSecond: 10,
      avgResponseTime: 100,
      avgLatency: 0,
      avgConnectionTime: 0,
      avgBandwidth: 0,
      percentiles: { p0: 1, p50: 1, p90: 1, p95: 200, p99: 300, p99_9: 1, p100: 1 },
    };
    const run = { ...base, testRunId: '=cmd', requestsPerSecond: 12, avgResponseTime: 150 };
    const lines = runsToCsv([run, base], base).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^testRunId,startTime,.*requestsPerSecondVsBaselinePercent/);
    expect(lines[1]).toMatch(/^"=cmd",/);
    expect(lines[1]).toMatch(/,20\.00,50\.00,0\.00,0\.00$/);
  });
  it('relativeDelta has no base to compare with at zero', () => {
    expect(relativeDelta(5, 0)).toBeUndefined();
    expect(relativeDelta(15, 10)).toBe(50);
  });
});
