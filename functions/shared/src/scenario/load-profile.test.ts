import { describe, expect, it } from 'vitest';
import { toLoadPlan } from './plan.js';
import { jmeterBody, rejection, scenarioOf, simpleBody } from './test-fixtures.js';
import { validateScenario } from './validate.js';

describe('scenarios.<name>.loadProfile', () => {
  it('is optional: absent, the plan has none (the scenario profile applies)', () => {
    const result = validateScenario(jmeterBody());
    if (!result.ok) throw new Error(result.error.toString());
    expect(result.scenario.plan.loadProfile).toBeUndefined();
  });

  it('keeps the script profile when asked', () => {
    const body = jmeterBody();
    scenarioOf(body).loadProfile = 'script';
    const result = validateScenario(body);
    if (!result.ok) throw new Error(result.error.toString());
    expect(result.scenario.request.testScenario.scenarios?.['Nightly JMeter plan']?.loadProfile).toBe(
      'script',
    );
    expect(toLoadPlan(result.scenario).loadProfile).toBe('script');
  });

  it('refuses any other value, naming the allowed ones', () => {
    const body = jmeterBody();
    scenarioOf(body).loadProfile = 'threads';
    expect(rejection(body)).toContain('loadProfile must be one of: scenario, script');
  });

  it('is accepted by dlt run files too', () => {
    const body = jmeterBody();
    scenarioOf(body).loadProfile = 'script';
    expect(validateScenario(body, { mode: 'run-file' }).ok).toBe(true);
  });

  it('does not appear in the plan of a simple test', () => {
    const result = validateScenario(simpleBody());
    if (!result.ok) throw new Error(result.error.toString());
    expect(result.scenario.plan.loadProfile).toBeUndefined();
  });
});
