import { extname } from 'node:path';
import { positiveInt, seconds, type TaskConfig, TaskConfigError } from '../task-config.js';
import type { ScriptEngineName } from './contract.js';

/** What a script task runs, read from the per-region task config. */
export interface ScriptTaskPlan {
  engine: ScriptEngineName;
  scenario: string;
  /** As the config names it: a path (file host) or `<testId>.<ext>` (the uploaded object). */
  script: string;
  /** `py`, `js`, `ts`, `jmx` or `zip`. */
  extension: string;
  loadProfile: 'scenario' | 'script';
  concurrency: number;
  rampUpSec: number;
  holdForSec: number;
  iterations?: number;
  /** This task's share of the region's `throughput`. */
  throughput?: number;
  host?: string;
}

const ENGINE_OF_EXTENSION: Record<string, ScriptEngineName> = {
  py: 'locust',
  js: 'k6',
  ts: 'k6',
  jmx: 'jmeter',
};
const ENGINES: readonly ScriptEngineName[] = ['jmeter', 'locust', 'k6'];

/** True when the scenario execution[0] runs is a script (it names one and has no requests). */
export function isScriptScenario(config: TaskConfig): boolean {
  const exec = config.execution?.[0];
  const name = exec?.scenario ?? Object.keys(config.scenarios ?? {})[0];
  const scenario = name === undefined ? undefined : config.scenarios?.[name];
  return typeof scenario?.script === 'string' && (scenario.requests ?? []).length === 0;
}

/**
 * The script task of a config whose scenario names a script. The engine is execution[0].executor (as in
 * Taurus), else the script's extension; a zip needs the executor.
 */
export function scriptPlanFromTaskConfig(config: TaskConfig, taskCount: number): ScriptTaskPlan {
  const exec = config.execution?.[0];
  if (exec === undefined) throw new TaskConfigError('execution must have at least one entry');
  const name = exec.scenario ?? Object.keys(config.scenarios ?? {})[0];
  const scenario = name === undefined ? undefined : config.scenarios?.[name];
  if (name === undefined || scenario === undefined) {
    throw new TaskConfigError(`scenario ${JSON.stringify(name)} is not in scenarios`);
  }
  const script = scenario.script;
  if (typeof script !== 'string' || script.trim() === '') {
    throw new TaskConfigError(`scenario ${name} names no script`);
  }
  const extension = extname(script).slice(1).toLowerCase();
  let engine: ScriptEngineName | undefined;
  if (exec.executor !== undefined) {
    if (!(ENGINES as readonly string[]).includes(exec.executor)) {
      throw new TaskConfigError(
        `execution[0].executor must be one of ${ENGINES.join(', ')}, got ${JSON.stringify(exec.executor)}`,
      );
    }
    engine = exec.executor as ScriptEngineName;
  } else {
    engine = ENGINE_OF_EXTENSION[extension];
    if (engine === undefined) {
      throw new TaskConfigError(
        `scenario ${name} runs ${script}: set execution[0].executor to jmeter, locust or k6 to say which engine runs it`,
      );
    }
  }
  const expected = Object.entries(ENGINE_OF_EXTENSION)
    .filter(([, e]) => e === engine)
    .map(([ext]) => ext);
  if (extension !== 'zip' && !expected.includes(extension)) {
    throw new TaskConfigError(
      `a ${engine} script must be .${expected.join(' or .')} or a .zip, got ${JSON.stringify(script)}`,
    );
  }
  const profile = scenario.loadProfile ?? 'scenario';
  if (profile !== 'scenario' && profile !== 'script') {
    throw new TaskConfigError(
      `scenarios.${name}.loadProfile must be scenario or script, got ${JSON.stringify(profile)}`,
    );
  }

  const plan: ScriptTaskPlan = {
    engine,
    scenario: name,
    script,
    extension,
    loadProfile: profile,
    concurrency: positiveInt(exec.concurrency, 'execution[0].concurrency', 1),
    rampUpSec: seconds(exec['ramp-up'], 'execution[0].ramp-up'),
    holdForSec: seconds(exec['hold-for'], 'execution[0].hold-for'),
  };
  if (exec.iterations !== undefined)
    plan.iterations = positiveInt(exec.iterations, 'execution[0].iterations');
  if (profile === 'scenario' && plan.holdForSec === 0 && plan.iterations === undefined) {
    throw new TaskConfigError('execution[0] needs hold-for or iterations, or the test would never end');
  }
  if (exec.throughput !== undefined) {
    if (typeof exec.throughput !== 'number' || !(exec.throughput > 0)) {
      throw new TaskConfigError(
        `execution[0].throughput must be a positive number, got ${JSON.stringify(exec.throughput)}`,
      );
    }
    plan.throughput = exec.throughput / taskCount;
  }
  const host = scenario['default-address'];
  if (typeof host === 'string' && host !== '') plan.host = host;
  return plan;
}
