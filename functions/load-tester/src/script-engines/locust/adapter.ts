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
import { LineSplitter } from '../line-splitter.js';
import { runDeadlineMs } from '../profile.js';
import { locustRowSink } from './rows.js';
import { LOCUST_WRAPPER_FILE, LOCUST_WRAPPER_SOURCE } from './wrapper-source.js';

export const LOCUST_HINT =
  "install Debian's python3-locust (apt-get install python3-locust) or pip install locust";
/** Users still running a task when the run time ends get this long to finish it, so no request is cut off unreported. */
export const LOCUST_STOP_TIMEOUT_SEC = 30;

/** The locust command line (after `locust`) and environment for one run. Pure, so it is tested directly. */
export function locustCommand(
  request: ScriptRunRequest,
  wrapperPath: string,
  samplesPath: string,
): { args: string[]; env: Record<string, string> } {
  const args = [
    '-f',
    wrapperPath,
    '--headless',
    '--only-summary',
    '--exit-code-on-error',
    '0',
    '--stop-timeout',
    String(LOCUST_STOP_TIMEOUT_SEC),
  ];
  const env: Record<string, string> = {
    DLT_LOCUST_SCRIPT: request.scriptPath,
    DLT_SAMPLES_FILE: samplesPath,
  };
  if (request.host !== undefined) args.push('--host', request.host);
  if (request.loadProfile === 'scenario') {
    const users = request.concurrency;
    const spawnRate = request.rampUpSec > 0 ? users / request.rampUpSec : users;
    args.push('--users', String(users), '--spawn-rate', String(spawnRate));
    // Without hold-for the iterations end the run (below).
    const runSec = Math.ceil(request.rampUpSec + request.holdForSec);
    if (request.holdForSec > 0 || request.iterations === undefined)
      args.push('--run-time', `${Math.max(1, runSec)}s`);
    env.DLT_LOCUST_IGNORE_SHAPE = '1';
    // Locust has no iteration count; like Taurus's Locust executor, iterations × users bounds the requests.
    if (request.iterations !== undefined) env.DLT_LOCUST_MAX_REQUESTS = String(request.iterations * users);
    // Taurus's throughput for Locust: task runs per second, spread evenly over the users.
    if (request.throughput !== undefined) env.DLT_LOCUST_TASK_RATE = String(request.throughput / users);
  }
  return { args, env };
}

/** Runs a locustfile with the `locust` on PATH; every request comes from the listener's JSON lines. */
export class LocustAdapter implements ScriptEngineAdapter {
  readonly name = 'locust' as const;
  readonly engines = ['locust'] as const;

  constructor(private readonly command = 'locust') {}

  async availability(): Promise<EngineAvailability> {
    const path = await findOnPath(this.command);
    return path === undefined
      ? { available: false, hint: `locust is not installed: ${LOCUST_HINT}` }
      : { available: true };
  }

  async run(request: ScriptRunRequest, sink: SampleSink): Promise<ScriptRunOutcome> {
    const wrapperPath = join(request.outputDir, LOCUST_WRAPPER_FILE);
    const samplesPath = join(request.outputDir, 'locust-samples.jsonl');
    await writeFile(wrapperPath, LOCUST_WRAPPER_SOURCE);
    await writeFile(samplesPath, '');
    const { args, env } = locustCommand(request, wrapperPath, samplesPath);
    const rows = locustRowSink(sink);
    const lines = new LineSplitter((l) => rows.line(l));
    const tail = tailFile(samplesPath, (text) => lines.push(text));
    const { outcome } = runEngineProcess(this.command, args, {
      cwd: request.workDir,
      env,
      signal: request.signal,
      deadlineMs: runDeadlineMs(request, LOCUST_STOP_TIMEOUT_SEC),
      killAfterMs: (LOCUST_STOP_TIMEOUT_SEC + 5) * 1000,
    });
    const result = await outcome;
    await tail.finish();
    lines.end();
    if (rows.unreadable > 0) {
      return {
        ...result,
        stderrTail: `${result.stderrTail}\n${rows.unreadable} unreadable sample rows`.trim(),
      };
    }
    return result;
  }
}
