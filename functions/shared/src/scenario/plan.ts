import { normalizeTimeUnit, timeUnitSeconds } from './duration.js';
import { invalidParameter } from './errors.js';
import type { Executor, HttpMethod, LoadProfile, ScenarioRequest, ScenarioSpec, TestType } from './types.js';

export interface PlannedRequest {
  /** Unique within the plan: the request's `label`, else `METHOD /path`, with `#2`, `#3`… on repeats. */
  label: string;
  url: string;
  method: HttpMethod;
  headers: Record<string, string>;
  body?: string;
}

/** What one load-generating task runs, with durations in seconds. */
export interface LoadPlan {
  testType: TestType;
  executor?: Executor;
  /** The `testScenario.scenarios` key the plan was built from. */
  scenario?: string;
  /** Virtual users per task. */
  concurrency: number;
  rampUpSec: number;
  holdForSec: number;
  /** ramp-up + hold-for: DLT's `testDuration`. */
  durationSec: number;
  /** Per virtual user, as in Taurus; with hold-for too, whichever ends first stops the test. */
  iterations?: number;
  /** Target requests per second for all tasks of the region together (open model), our addition; each task runs throughput / taskCount. */
  throughput?: number;
  /** Simple tests only; empty for script tests. */
  requests: PlannedRequest[];
  /** Script tests: the script file named by the scenario. */
  script?: string;
  /** Script tests: whose load profile runs; absent means `scenario` (execution[0] over the script's own). */
  loadProfile?: LoadProfile;
}

/** A validated scenario: the body as DLT would store it, and the plan derived from it. */
export interface Scenario {
  request: ScenarioRequest;
  plan: LoadPlan;
}

export interface LoadPlanOptions {
  /** Take concurrency from this region's task config (DLT overrides execution[0] per region). */
  region?: string;
}

/** The scenario execution[0] runs: the one it names, or the only one defined. */
function pickScenario(request: ScenarioRequest): [string, ScenarioSpec] | undefined {
  const scenarios = request.testScenario.scenarios ?? {};
  const named = request.testScenario.execution[0]?.scenario;
  const name = named ?? (Object.keys(scenarios).length === 1 ? Object.keys(scenarios)[0] : undefined);
  const spec = name !== undefined && Object.hasOwn(scenarios, name) ? scenarios[name] : undefined;
  return name !== undefined && spec ? [name, spec] : undefined;
}

function pickConcurrency(request: ScenarioRequest, region: string | undefined): number {
  if (region !== undefined) {
    const config = request.testTaskConfigs.find((c) => c.region === region);
    if (!config) throw invalidParameter(`Region ${region} is not part of this scenario.`);
    return config.concurrency;
  }
  const concurrency =
    request.testTaskConfigs[0]?.concurrency ?? request.testScenario.execution[0]?.concurrency;
  if (concurrency === undefined) throw invalidParameter('Concurrency should be positive number');
  return concurrency;
}

function defaultLabel(method: string, url: string): string {
  try {
    return `${method} ${new URL(url).pathname}`;
  } catch {
    return `${method} ${url}`;
  }
}

function uniqueLabel(label: string, taken: Set<string>): string {
  let candidate = label;
  for (let n = 2; taken.has(candidate); n++) candidate = `${label}#${n}`;
  taken.add(candidate);
  return candidate;
}

// Every request has a testName; the Scenario wrapper has none, only `request` and `plan`.
function isScenario(value: Scenario | ScenarioRequest): value is Scenario {
  return !('testName' in value) && 'request' in value;
}

/**
 * The per-task load plan. Throws a ScenarioValidationError (InvalidParameter) when the request cannot run:
 * no hold-for, no concurrency anywhere, or a simple test without requests.
 */
export function toLoadPlan(scenario: Scenario | ScenarioRequest, options: LoadPlanOptions = {}): LoadPlan {
  const request = isScenario(scenario) ? scenario.request : scenario;
  const execution = request.testScenario.execution[0];
  const rawHoldFor = execution?.['hold-for'];
  if (rawHoldFor === undefined) throw invalidParameter('Invalid hold-for value.');
  const holdForSec = timeUnitSeconds(normalizeTimeUnit(rawHoldFor, 'hold-for', 1));
  const rawRampUp = execution?.['ramp-up'];
  const rampUpSec = rawRampUp === undefined ? 0 : timeUnitSeconds(normalizeTimeUnit(rawRampUp, 'ramp-up', 0));

  const picked = pickScenario(request);
  const plan: LoadPlan = {
    testType: request.testType,
    concurrency: pickConcurrency(request, options.region),
    rampUpSec,
    holdForSec,
    durationSec: rampUpSec + holdForSec,
    requests: [],
  };
  if (execution?.executor !== undefined) plan.executor = execution.executor;
  if (execution?.iterations !== undefined) plan.iterations = execution.iterations;
  if (execution?.throughput !== undefined) plan.throughput = execution.throughput;
  if (picked) plan.scenario = picked[0];

  if (request.testType !== 'simple') {
    if (typeof picked?.[1].script === 'string') plan.script = picked[1].script;
    const loadProfile = picked?.[1].loadProfile;
    if (loadProfile !== undefined) plan.loadProfile = loadProfile;
    return plan;
  }
  const requests = picked?.[1].requests ?? [];
  if (requests.length === 0) {
    throw invalidParameter(
      'A simple test needs execution[0].scenario to name a scenario with at least one request.',
    );
  }
  const taken = new Set<string>();
  plan.requests = requests.map((spec) => {
    const planned: PlannedRequest = {
      label: uniqueLabel(spec.label ?? defaultLabel(spec.method, spec.url), taken),
      url: spec.url,
      method: spec.method,
      headers: { ...(spec.headers ?? {}) },
    };
    if (spec.body !== undefined) planned.body = spec.body;
    return planned;
  });
  return plan;
}
