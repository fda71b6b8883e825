import type { ScriptEngineName, ScriptRunRequest } from '../contract.js';

/** The one scenario name in the generated config. */
export const TAURUS_SCENARIO = 'dlt-script';

/** Where Taurus leaves each executor's raw per-request results inside its artifacts folder. */
export const TAURUS_RAW_RESULTS: Record<ScriptEngineName, { file: string; format: 'jtl' | 'k6-csv' }> = {
  jmeter: { file: 'kpi.jtl', format: 'jtl' },
  locust: { file: 'kpi.jtl', format: 'jtl' },
  k6: { file: 'kpi.csv', format: 'k6-csv' },
};

export interface TaurusConfig {
  execution: Array<Record<string, unknown>>;
  scenarios: Record<string, Record<string, unknown>>;
  settings: Record<string, unknown>;
  modules: Record<string, unknown>;
  reporting: Array<Record<string, unknown>>;
}

/**
 * The bzt config for one run. With `loadProfile: scenario` execution[0] carries concurrency, ramp-up, hold-for,
 * iterations and throughput, which Taurus applies over the script's own (JMeter thread groups, k6 options);
 * with `loadProfile: script` they are left out so the script's profile is kept. The artifacts folder is fixed,
 * so the raw results (`TAURUS_RAW_RESULTS`) are at a known path; no reporter is needed for them.
 */
export function taurusConfig(request: ScriptRunRequest, artifactsDir: string): TaurusConfig {
  const execution: Record<string, unknown> = { executor: request.engine, scenario: TAURUS_SCENARIO };
  if (request.loadProfile === 'scenario') {
    execution.concurrency = request.concurrency;
    if (request.rampUpSec > 0) execution['ramp-up'] = `${request.rampUpSec}s`;
    if (request.holdForSec > 0) execution['hold-for'] = `${request.holdForSec}s`;
    if (request.iterations !== undefined) execution.iterations = request.iterations;
    if (request.throughput !== undefined) execution.throughput = request.throughput;
  }
  const scenario: Record<string, unknown> = { script: request.scriptPath };
  if (request.host !== undefined) scenario['default-address'] = request.host;
  return {
    execution: [execution],
    scenarios: { [TAURUS_SCENARIO]: scenario },
    settings: { 'artifacts-dir': artifactsDir, 'check-updates': false },
    // The console screen is for humans at a terminal; the worker's stdout carries its own protocol.
    modules: { console: { disable: true } },
    reporting: [{ module: 'final-stats', summary: true, percentiles: true, 'test-duration': true }],
  };
}

/** JSON is YAML, so the config is written as JSON to `config.yml`: no YAML library in the worker. */
export function taurusConfigText(config: TaurusConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}
