/** Request bodies shaped like the ones DLT's console sends, and assertions on them, for the tests beside this file. */
import { expect } from 'vitest';
import { type ValidateScenarioOptions, validateScenario } from './validate.js';

export type Body = Record<string, unknown> & {
  testScenario: { execution: Record<string, unknown>[]; scenarios?: Record<string, unknown> };
};

export function simpleBody(): Body {
  return {
    testName: 'Checkout load',
    testDescription: 'Load test of the checkout API',
    testType: 'simple',
    showLive: false,
    tags: ['Checkout', 'smoke test'],
    testTaskConfigs: [{ region: 'us-east-1', taskCount: 2, concurrency: 10 }],
    testScenario: {
      execution: [{ 'ramp-up': '30s', 'hold-for': '2m', scenario: 'Checkout load' }],
      scenarios: {
        'Checkout load': {
          requests: [
            {
              url: 'https://shop.example.com/api/cart?id=1',
              method: 'GET',
              headers: { Accept: 'text/json' },
              body: '',
            },
          ],
        },
      },
    },
    regionalTaskDetails: {
      'us-east-1': {
        vCPULimit: 4000,
        vCPUsPerTask: 2,
        vCPUsInUse: 0,
        dltTaskLimit: 2000,
        dltAvailableTasks: 2000,
      },
    },
  };
}

export function jmeterBody(): Body {
  return {
    testId: 'Ab3dE5gH9k',
    testName: 'Nightly JMeter plan',
    testDescription: 'Full JMeter plan',
    testType: 'jmeter',
    testTaskConfigs: [
      { region: 'us-east-1', taskCount: '3', concurrency: '50' },
      { region: 'eu-west-1', taskCount: 1, concurrency: 20 },
    ],
    testScenario: {
      execution: [
        { 'ramp-up': '1m', 'hold-for': '10m', scenario: 'Nightly JMeter plan', executor: 'jmeter' },
      ],
      scenarios: { 'Nightly JMeter plan': { script: 'Ab3dE5gH9k.jmx' } },
    },
    regionalTaskDetails: {
      'us-east-1': { dltAvailableTasks: '100' },
      'eu-west-1': { dltAvailableTasks: 10 },
    },
  };
}

/** The first execution block, for tests that tweak it. */
export function exec0(body: Body): Record<string, unknown> {
  const first = body.testScenario.execution[0];
  if (!first) throw new Error('fixture has no execution');
  return first;
}

/** The error string DLT would put in the response body. */
export function rejection(body: unknown, options?: ValidateScenarioOptions): string {
  const result = validateScenario(body, options);
  if (result.ok) throw new Error('expected the body to be rejected');
  expect(result.error.statusCode).toBe(400);
  return result.error.toString();
}

export const bad = (message: string) => `INVALID_REQUEST_BODY: ${message}`;

export function accepted(body: unknown, options?: ValidateScenarioOptions) {
  const result = validateScenario(body, options);
  if (!result.ok) throw new Error(`expected success, got ${result.error.toString()}`);
  return result.scenario.request;
}

export function scenarioOf(body: Body): Record<string, unknown> {
  const scenarios = body.testScenario.scenarios as Record<string, Record<string, unknown>>;
  const first = Object.values(scenarios)[0];
  if (!first) throw new Error('fixture has no scenario');
  return first;
}

export function request0(body: Body): Record<string, unknown> {
  const requests = scenarioOf(body).requests as Record<string, unknown>[];
  if (!requests[0]) throw new Error('fixture has no request');
  return requests[0];
}
