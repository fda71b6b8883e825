import type { TaskEngine } from '../task-run.js';
import type { ScriptEngineAdapter } from './contract.js';
import type { PreparedScript } from './prepare.js';
import { ScriptEngineRunner } from './runner.js';
import type { ScriptTaskPlan } from './task-plan.js';

/** A script run as a task engine: what TaskRun needs to print the lines and write the artifact. */
export function scriptTaskEngine(
  adapter: ScriptEngineAdapter,
  plan: ScriptTaskPlan,
  script: PreparedScript,
): TaskEngine {
  const runner = new ScriptEngineRunner(adapter, {
    engine: plan.engine,
    workDir: script.workDir,
    scriptPath: script.scriptPath,
    loadProfile: plan.loadProfile,
    concurrency: plan.concurrency,
    rampUpSec: plan.rampUpSec,
    holdForSec: plan.holdForSec,
    ...(plan.iterations === undefined ? {} : { iterations: plan.iterations }),
    ...(plan.throughput === undefined ? {} : { throughput: plan.throughput }),
    ...(plan.host === undefined ? {} : { host: plan.host }),
    ...(script.pluginJars.length === 0 ? {} : { pluginJars: script.pluginJars }),
  });
  const planned = plan.rampUpSec + plan.holdForSec;
  return {
    name: adapter.name,
    labels: [],
    durationSec: plan.loadProfile === 'scenario' && plan.holdForSec > 0 ? planned : null,
    model: 'closed',
    maxVus: plan.concurrency,
    ...(plan.throughput === undefined ? {} : { targetRps: plan.throughput }),
    async run(startAt, onSecond) {
      try {
        const result = await runner.run(startAt, onSecond);
        return {
          labels: result.labels,
          byLabel: result.byLabel,
          dropped: 0,
          seconds: result.seconds,
          threads: 1,
          extra: {
            scriptEngine: plan.engine,
            loadProfile: plan.loadProfile,
            connectLatency: result.connect,
          },
        };
      } finally {
        await script.cleanup();
      }
    },
    // Engines get their own stop time (Locust lets running tasks finish, k6 and bzt stop gracefully).
    stop: () => runner.stop(),
  };
}
