import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  EngineAvailability,
  SampleSink,
  ScriptEngineAdapter,
  ScriptRunOutcome,
  ScriptRunRequest,
} from '../contract.js';
import { findOnPath, runEngineProcess } from '../engine-process.js';
import { tailFile } from '../file-tail.js';
import { runDeadlineMs } from '../profile.js';
import { K6CsvSamples } from './csv-samples.js';

export const K6_HINT =
  'install the k6 binary from https://grafana.com/docs/k6/latest/set-up/install-k6/ (Debian does not package it)';
/** k6's exit code when thresholds were crossed: a verdict on the target, not a failure of the engine. */
export const K6_THRESHOLDS_FAILED = 99;
const K6_STOP_SEC = 30;

/** `k6 run` arguments for one run (pure, tested directly). */
export function k6Command(
  request: ScriptRunRequest,
  csvPath: string,
): { args: string[]; env: Record<string, string> } {
  const args = ['run', '--quiet', '--no-color', '--out', `csv=${csvPath}`];
  if (request.loadProfile === 'scenario') {
    const vus = String(request.concurrency);
    const total = Math.max(1, Math.ceil(request.rampUpSec + request.holdForSec));
    if (request.iterations !== undefined) {
      // As Taurus does: iterations per user become k6's shared iteration count, bounded by hold-for if any.
      args.push('--vus', vus, '--iterations', String(request.iterations * request.concurrency));
      if (request.holdForSec > 0) args.push('--duration', `${total}s`);
    } else if (request.rampUpSec > 0) {
      args.push('--stage', `${Math.ceil(request.rampUpSec)}s:${vus}`);
      args.push('--stage', `${Math.max(1, Math.ceil(request.holdForSec))}s:${vus}`);
    } else {
      args.push('--vus', vus, '--duration', `${total}s`);
    }
    // k6's global request-rate ceiling is the nearest command-line equivalent of Taurus's throughput.
    if (request.throughput !== undefined)
      args.push('--rps', String(Math.max(1, Math.round(request.throughput))));
  }
  args.push(request.scriptPath);
  // Millisecond timestamps: the default (whole seconds) would put every request at the start of its second.
  return { args, env: { K6_CSV_TIME_FORMAT: 'unix_milli', K6_CSV_SAVE_INTERVAL: '1s' } };
}

/** Runs a k6 script with the `k6` on PATH and reads every request from its CSV output while it runs. */
export class K6Adapter implements ScriptEngineAdapter {
  readonly name = 'k6' as const;
  readonly engines = ['k6'] as const;

  constructor(private readonly command = 'k6') {}

  async availability(): Promise<EngineAvailability> {
    const path = await findOnPath(this.command);
    return path === undefined
      ? { available: false, hint: `k6 is not installed: ${K6_HINT}` }
      : { available: true };
  }

  async run(request: ScriptRunRequest, sink: SampleSink): Promise<ScriptRunOutcome> {
    const csvPath = join(request.outputDir, 'k6-samples.csv');
    await writeFile(csvPath, '');
    const { args, env } = k6Command(request, csvPath);
    const reader = new K6CsvSamples(sink);
    const tail = tailFile(csvPath, (text) => reader.push(text));
    const { outcome } = runEngineProcess(this.command, args, {
      cwd: request.workDir,
      env,
      signal: request.signal,
      deadlineMs: runDeadlineMs(request, K6_STOP_SEC),
      killAfterMs: K6_STOP_SEC * 1000,
    });
    const result = await outcome;
    await tail.finish();
    reader.end();
    const failed = result.exitCode !== 0 && result.exitCode !== K6_THRESHOLDS_FAILED && !result.stopped;
    return { ...result, failed };
  }
}
