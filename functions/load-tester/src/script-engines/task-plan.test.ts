import { describe, expect, it } from 'vitest';
import { type TaskConfig, TaskConfigError } from '../task-config.js';
import { isScriptScenario, scriptPlanFromTaskConfig } from './task-plan.js';

function config(
  exec: TaskConfig['execution'][number],
  scenario: TaskConfig['scenarios'][string],
): TaskConfig {
  return { execution: [{ scenario: 's', ...exec }], scenarios: { s: scenario } };
}

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(TaskConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a TaskConfigError');
}

describe('scriptPlanFromTaskConfig', () => {
  it('reads the engine, profile, load and host; throughput is shared across the tasks', () => {
    const c = config(
      { executor: 'locust', concurrency: '4', 'ramp-up': '10s', 'hold-for': '1m', throughput: 100 },
      { script: 'abc.zip', 'default-address': 'http://127.0.0.1:9' },
    );
    expect(isScriptScenario(c)).toBe(true);
    expect(scriptPlanFromTaskConfig(c, 4)).toEqual({
      engine: 'locust',
      scenario: 's',
      script: 'abc.zip',
      extension: 'zip',
      loadProfile: 'scenario',
      concurrency: 4,
      rampUpSec: 10,
      holdForSec: 60,
      throughput: 25,
      host: 'http://127.0.0.1:9',
    });
  });

  it('takes the engine from the extension when there is no executor', () => {
    expect(scriptPlanFromTaskConfig(config({ 'hold-for': 5 }, { script: 'a.py' }), 1).engine).toBe('locust');
    expect(scriptPlanFromTaskConfig(config({ 'hold-for': 5 }, { script: 'a.ts' }), 1).engine).toBe('k6');
    expect(scriptPlanFromTaskConfig(config({ 'hold-for': 5 }, { script: 'a.jmx' }), 1).engine).toBe('jmeter');
    expect(
      refusal(() => scriptPlanFromTaskConfig(config({ 'hold-for': 5 }, { script: 'a.zip' }), 1)),
    ).toMatch(/set execution\[0\]\.executor/);
  });

  it('refuses a script that does not fit the executor, and an unknown executor or profile', () => {
    expect(
      refusal(() =>
        scriptPlanFromTaskConfig(config({ executor: 'k6', 'hold-for': 5 }, { script: 'a.py' }), 1),
      ),
    ).toBe('a k6 script must be .js or .ts or a .zip, got "a.py"');
    expect(
      refusal(() =>
        scriptPlanFromTaskConfig(config({ executor: 'gatling', 'hold-for': 5 }, { script: 'a.py' }), 1),
      ),
    ).toMatch(/executor must be one of jmeter, locust, k6/);
    expect(
      refusal(() =>
        scriptPlanFromTaskConfig(config({ 'hold-for': 5 }, { script: 'a.py', loadProfile: 'x' }), 1),
      ),
    ).toMatch(/loadProfile must be scenario or script/);
  });

  it('needs hold-for or iterations with the scenario profile, but not with the script profile', () => {
    expect(refusal(() => scriptPlanFromTaskConfig(config({}, { script: 'a.py' }), 1))).toMatch(
      /hold-for or iterations/,
    );
    expect(
      scriptPlanFromTaskConfig(config({}, { script: 'a.py', loadProfile: 'script' }), 1).holdForSec,
    ).toBe(0);
  });

  it('is not a script scenario when the scenario has requests', () => {
    expect(isScriptScenario(config({}, { requests: [{ url: 'http://x/' }], script: 'a.py' }))).toBe(false);
  });
});
