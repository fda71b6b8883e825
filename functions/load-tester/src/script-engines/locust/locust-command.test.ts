import { describe, expect, it } from 'vitest';
import type { ScriptRunRequest } from '../contract.js';
import { LocustAdapter, locustCommand } from './adapter.js';
import { sampleFromLocustRow } from './rows.js';

function request(overrides: Partial<ScriptRunRequest> = {}): ScriptRunRequest {
  return {
    engine: 'locust',
    workDir: '/w',
    scriptPath: '/w/locustfile.py',
    loadProfile: 'scenario',
    concurrency: 10,
    rampUpSec: 5,
    holdForSec: 20,
    outputDir: '/o',
    signal: new AbortController().signal,
    ...overrides,
  };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args[i + 1];
}

describe('locustCommand', () => {
  it('runs headless with users, spawn rate over the ramp-up, run time and the host', () => {
    const { args, env } = locustCommand(request({ host: 'http://127.0.0.1:8080' }), '/o/w.py', '/o/s.jsonl');
    expect(option(args, '-f')).toBe('/o/w.py');
    expect(args).toContain('--headless');
    expect(option(args, '--users')).toBe('10');
    expect(option(args, '--spawn-rate')).toBe('2');
    expect(option(args, '--run-time')).toBe('25s');
    expect(option(args, '--host')).toBe('http://127.0.0.1:8080');
    expect(option(args, '--exit-code-on-error')).toBe('0');
    expect(env).toMatchObject({
      DLT_LOCUST_SCRIPT: '/w/locustfile.py',
      DLT_SAMPLES_FILE: '/o/s.jsonl',
      DLT_LOCUST_IGNORE_SHAPE: '1',
    });
  });

  it('starts every user at once without a ramp-up; maps iterations and throughput as Taurus does', () => {
    const { args, env } = locustCommand(
      request({ rampUpSec: 0, iterations: 3, throughput: 40 }),
      '/o/w.py',
      '/o/s.jsonl',
    );
    expect(option(args, '--spawn-rate')).toBe('10');
    expect(env.DLT_LOCUST_MAX_REQUESTS).toBe('30');
    expect(env.DLT_LOCUST_TASK_RATE).toBe('4');
  });

  it("with loadProfile script passes no users, rate or run time, and keeps the script's shape", () => {
    const { args, env } = locustCommand(request({ loadProfile: 'script', iterations: 3 }), '/o/w.py', '/o/s');
    for (const flag of ['--users', '--spawn-rate', '--run-time']) expect(args).not.toContain(flag);
    expect(env).not.toHaveProperty('DLT_LOCUST_IGNORE_SHAPE');
    expect(env).not.toHaveProperty('DLT_LOCUST_MAX_REQUESTS');
  });
});

describe('sampleFromLocustRow', () => {
  it('reads a listener row, keeping the exception text and the user count', () => {
    const row = {
      t: 1795000000123.5,
      n: 'fail',
      m: 'GET',
      c: 0,
      ok: false,
      ms: 2.5,
      b: 0,
      u: 7,
      e: "ConnectionRefusedError(111, 'Connection refused')",
    };
    expect(sampleFromLocustRow(JSON.stringify(row))).toEqual({
      users: 7,
      sample: {
        startedAtMs: 1795000000123.5,
        label: 'fail',
        status: 0,
        success: false,
        latencyMs: 2.5,
        bytes: 0,
        failure: 'econnrefused',
        message: "ConnectionRefusedError(111, 'Connection refused')",
      },
    });
  });

  it('refuses a line that is not a row', () => {
    expect(sampleFromLocustRow('Traceback (most recent call last):')).toBeUndefined();
    expect(sampleFromLocustRow('{"n":"x"}')).toBeUndefined();
  });
});

describe('LocustAdapter.availability', () => {
  it('names the Debian package to install when locust is missing', async () => {
    const availability = await new LocustAdapter('locust-not-installed-here').availability();
    expect(availability).toEqual({
      available: false,
      hint: "locust is not installed: install Debian's python3-locust (apt-get install python3-locust) or pip install locust",
    });
  });
});

describe('locustCommand without hold-for', () => {
  it('lets the iterations end the run instead of a run time', () => {
    const { args, env } = locustCommand(request({ holdForSec: 0, iterations: 2 }), '/o/w.py', '/o/s');
    expect(args).not.toContain('--run-time');
    expect(env.DLT_LOCUST_MAX_REQUESTS).toBe('20');
  });
});
