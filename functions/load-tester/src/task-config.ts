import { parseDurationSeconds } from '@dlt/shared';
import { DEFAULT_TIMEOUT_MS, type EnginePlan, type EngineRequest } from './engine/plan.js';

/**
 * The per-region task config: the Taurus-style `testScenario` that the API writes for each region
 * (`test-scenarios/{testId}-{region}.json`), with `execution[0].concurrency` per task and `taskCount` set.
 * Our additions: `execution[0].throughput` (requests/s for the whole region, split evenly across its tasks),
 * `execution[0].iterations`, a per-request `label`, and `scenarios.<name>.timeout`.
 */
export interface TaskConfig {
  execution: Array<{
    concurrency?: number | string;
    'ramp-up'?: string | number;
    'hold-for'?: string | number;
    iterations?: number;
    throughput?: number;
    scenario?: string;
    executor?: string;
    taskCount?: number | string;
  }>;
  scenarios: Record<
    string,
    {
      requests?: Array<{
        url: string;
        method?: string;
        headers?: Record<string, string>;
        body?: string;
        label?: string;
      }>;
      script?: string;
      /** Script tests: `scenario` (default) or `script` (see script-engines/README.md). */
      loadProfile?: string;
      /** Script tests: the base URL (Taurus's name); Locust's `--host`. */
      'default-address'?: string;
      timeout?: string | number;
      insecureSkipTlsVerify?: boolean;
    }
  >;
}

export class TaskConfigError extends Error {}

/** A positive integer (or a string of digits), else a TaskConfigError naming `what`. */
export function positiveInt(value: unknown, what: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new TaskConfigError(`${what} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** A Taurus duration (`30s`, `5m`, `1h`, or seconds) in seconds; absent is 0. */
export function seconds(value: string | number | undefined, what: string): number {
  if (value === undefined) return 0;
  try {
    return parseDurationSeconds(value);
  } catch (err) {
    throw new TaskConfigError(`${what}: ${(err as Error).message}`);
  }
}

/** `GET /users`, and `GET /users#2` for the second request with the same method and path. */
export function requestLabels(
  requests: ReadonlyArray<{ url: string; method?: string; label?: string }>,
): string[] {
  const seen = new Map<string, number>();
  return requests.map((r) => {
    let base = r.label;
    if (base === undefined || base === '') {
      let path = r.url;
      try {
        path = new URL(r.url).pathname;
      } catch {}
      base = `${(r.method ?? 'GET').toUpperCase()} ${path}`;
    }
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

export function planFromTaskConfig(config: TaskConfig, taskCount: number, taskIndex = 0): EnginePlan {
  const exec = config.execution?.[0];
  if (exec === undefined) throw new TaskConfigError('execution must have at least one entry');
  const name = exec.scenario ?? Object.keys(config.scenarios ?? {})[0];
  const scenario = name === undefined ? undefined : config.scenarios?.[name];
  if (scenario === undefined)
    throw new TaskConfigError(`scenario ${JSON.stringify(name)} is not in scenarios`);
  const raw = scenario.requests ?? [];
  if (raw.length === 0) {
    throw new TaskConfigError(
      scenario.script !== undefined
        ? `scenario ${name} runs a script (${scenario.script}); the native HTTP engine needs requests`
        : `scenario ${name} has no requests`,
    );
  }
  if (raw.length > 100) throw new TaskConfigError(`scenario ${name} has ${raw.length} requests; at most 100`);
  const labels = requestLabels(raw);
  const requests: EngineRequest[] = raw.map((r, i) => {
    try {
      const url = new URL(r.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    } catch {
      throw new TaskConfigError(
        `request ${i + 1} of ${name}: ${JSON.stringify(r.url)} is not an http(s) URL`,
      );
    }
    const req: EngineRequest = {
      label: labels[i]!,
      url: r.url,
      method: (r.method ?? 'GET').toUpperCase(),
      headers: r.headers ?? {},
    };
    if (r.body !== undefined) req.body = r.body;
    return req;
  });

  const vus = positiveInt(exec.concurrency, 'execution[0].concurrency', 1);
  const rampUpSec = seconds(exec['ramp-up'], 'execution[0].ramp-up');
  const holdForSec = seconds(exec['hold-for'], 'execution[0].hold-for');
  const plan: EnginePlan = { requests, vus, rampUpSec, holdForSec, timeoutMs: DEFAULT_TIMEOUT_MS };
  if (exec.iterations !== undefined)
    plan.iterations = positiveInt(exec.iterations, 'execution[0].iterations');
  if (holdForSec === 0 && plan.iterations === undefined) {
    throw new TaskConfigError('execution[0] needs hold-for or iterations, or the test would never end');
  }
  if (exec.throughput !== undefined) {
    if (typeof exec.throughput !== 'number' || !(exec.throughput > 0)) {
      throw new TaskConfigError(
        `execution[0].throughput must be a positive number, got ${JSON.stringify(exec.throughput)}`,
      );
    }
    plan.ratePerSec = exec.throughput;
    plan.task = { index: taskIndex, count: taskCount };
  }
  if (scenario.timeout !== undefined)
    plan.timeoutMs = seconds(scenario.timeout, `scenarios.${name}.timeout`) * 1000;
  if (scenario.insecureSkipTlsVerify === true) plan.insecureSkipTlsVerify = true;
  return plan;
}
