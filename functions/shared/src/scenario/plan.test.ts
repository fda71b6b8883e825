import { describe, expect, it } from 'vitest';
import { type Scenario, toLoadPlan } from './plan.js';
import { exec0, jmeterBody, simpleBody } from './test-fixtures.js';
import { validateScenario } from './validate.js';

function scenarioFrom(body: unknown): Scenario {
  const result = validateScenario(body);
  if (!result.ok) throw new Error(result.error.toString());
  return result.scenario;
}

describe('toLoadPlan', () => {
  it('labels requests by label, else METHOD path, suffixing repeats with #2, #3…', () => {
    const body = simpleBody();
    const scenarios = body.testScenario.scenarios as Record<string, { requests: unknown[] }>;
    const requests = [
      { url: 'https://a.example/items?page=1', method: 'GET' },
      { url: 'https://a.example/items?page=2', method: 'GET' },
      {
        url: 'https://a.example/items',
        method: 'POST',
        body: '{"a":1}',
        headers: { 'Content-Type': 'application/json' },
      },
      { url: 'https://a.example/', method: 'GET', label: 'home' },
      { url: 'https://a.example/index', method: 'GET', label: 'home' },
      { url: 'https://a.example/items', method: 'GET', label: 'GET /items#2' },
      { url: 'https://a.example/items', method: 'GET' },
    ];
    scenarios['Checkout load'] = { requests };
    const labels = scenarioFrom(body).plan.requests.map((r) => r.label);
    expect(labels).toEqual([
      'GET /items',
      'GET /items#2',
      'POST /items',
      'home',
      'home#2',
      'GET /items#2#2',
      'GET /items#3',
    ]);
    expect(scenarioFrom(body).plan.requests[2]).toEqual({
      label: 'POST /items',
      url: 'https://a.example/items',
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
  });

  it('carries our open-model and iteration settings', () => {
    const body = simpleBody();
    Object.assign(exec0(body), { throughput: 250, iterations: 40 });
    expect(scenarioFrom(body).plan).toMatchObject({ throughput: 250, iterations: 40 });
  });

  it('takes concurrency from the chosen region, which overrides execution[0] as in DLT', () => {
    const body = jmeterBody();
    exec0(body).concurrency = 5;
    const scenario = scenarioFrom(body);
    expect(scenario.plan.concurrency).toBe(50);
    expect(toLoadPlan(scenario, { region: 'eu-west-1' }).concurrency).toBe(20);
    expect(toLoadPlan(scenario.request, { region: 'eu-west-1' }).concurrency).toBe(20);
    expect(() => toLoadPlan(scenario, { region: 'sa-east-1' })).toThrow(
      'Region sa-east-1 is not part of this scenario.',
    );
  });

  it('reads Taurus-style compound durations on requests that skipped the schema', () => {
    const { request } = scenarioFrom(simpleBody());
    const execution = [{ ...request.testScenario.execution[0], 'ramp-up': '1m 30s', 'hold-for': 300 }];
    const plan = toLoadPlan({ ...request, testScenario: { ...request.testScenario, execution } });
    expect(plan).toMatchObject({ rampUpSec: 90, holdForSec: 300, durationSec: 390 });
  });
});
