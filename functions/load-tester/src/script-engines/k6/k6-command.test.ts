import { describe, expect, it } from 'vitest';
import type { ScriptRunRequest } from '../contract.js';
import { K6Adapter, k6Command } from './adapter.js';

function request(overrides: Partial<ScriptRunRequest> = {}): ScriptRunRequest {
  return {
    engine: 'k6',
    workDir: '/w',
    scriptPath: '/w/test.js',
    loadProfile: 'scenario',
    concurrency: 8,
    rampUpSec: 0,
    holdForSec: 60,
    outputDir: '/o',
    signal: new AbortController().signal,
    ...overrides,
  };
}

describe('k6Command', () => {
  it('writes CSV with millisecond timestamps and maps VUs and duration', () => {
    const { args, env } = k6Command(request(), '/o/k6.csv');
    expect(args).toEqual([
      'run',
      '--quiet',
      '--no-color',
      '--out',
      'csv=/o/k6.csv',
      '--vus',
      '8',
      '--duration',
      '60s',
      '/w/test.js',
    ]);
    expect(env.K6_CSV_TIME_FORMAT).toBe('unix_milli');
  });

  it('ramps up with stages, bounds iterations by the duration, caps the rate with --rps', () => {
    expect(k6Command(request({ rampUpSec: 10, throughput: 25.4 }), '/o/k.csv').args).toEqual([
      ...['run', '--quiet', '--no-color', '--out', 'csv=/o/k.csv'],
      ...['--stage', '10s:8', '--stage', '60s:8', '--rps', '25', '/w/test.js'],
    ]);
    expect(k6Command(request({ iterations: 5 }), '/o/k.csv').args).toEqual([
      ...['run', '--quiet', '--no-color', '--out', 'csv=/o/k.csv'],
      ...['--vus', '8', '--iterations', '40', '--duration', '60s', '/w/test.js'],
    ]);
  });

  it('without hold-for, the iterations alone end the run', () => {
    expect(k6Command(request({ holdForSec: 0, iterations: 2 }), '/o/k.csv').args).toEqual([
      ...['run', '--quiet', '--no-color', '--out', 'csv=/o/k.csv'],
      ...['--vus', '8', '--iterations', '16', '/w/test.js'],
    ]);
  });

  it("with loadProfile script leaves the script's options alone", () => {
    expect(k6Command(request({ loadProfile: 'script', iterations: 5 }), '/o/k.csv').args).toEqual([
      ...['run', '--quiet', '--no-color', '--out', 'csv=/o/k.csv', '/w/test.js'],
    ]);
  });
});

describe('K6Adapter.availability', () => {
  it('says where to get k6 when it is not on PATH', async () => {
    const a = await new K6Adapter('k6-not-installed-here').availability();
    expect(a).toMatchObject({ available: false });
    expect(a.available === false && a.hint).toMatch(
      /^k6 is not installed: install the k6 binary from https:/,
    );
  });
});
