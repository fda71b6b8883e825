import { mkdir, writeFile } from 'node:fs/promises';
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
import { K6CsvSamples } from '../k6/csv-samples.js';
import { runDeadlineMs } from '../profile.js';
import { TAURUS_RAW_RESULTS, taurusConfig, taurusConfigText } from './config.js';
import { JtlSamples } from './jtl-samples.js';

export const TAURUS_HINT = 'install Taurus (pip install bzt), or set DLT_SCRIPT_ADAPTER=direct';
const BZT_STOP_SEC = 60;

/**
 * Runs any of the three engines through Taurus (`bzt config.yml`) and reads the executor's raw per-request
 * results from Taurus's artifacts folder while it runs (never its aggregated final stats). Untested here: bzt
 * cannot be installed on the build machine.
 */
export class TaurusAdapter implements ScriptEngineAdapter {
  readonly name = 'taurus' as const;
  readonly engines = ['jmeter', 'locust', 'k6'] as const;

  constructor(private readonly command = 'bzt') {}

  async availability(): Promise<EngineAvailability> {
    const path = await findOnPath(this.command);
    return path === undefined
      ? { available: false, hint: `Taurus (bzt) is not installed: ${TAURUS_HINT}` }
      : { available: true };
  }

  async run(request: ScriptRunRequest, sink: SampleSink): Promise<ScriptRunOutcome> {
    const artifactsDir = join(request.outputDir, 'artifacts');
    await mkdir(artifactsDir, { recursive: true });
    const configPath = join(request.outputDir, 'config.yml');
    await writeFile(configPath, taurusConfigText(taurusConfig(request, artifactsDir)));
    const raw = TAURUS_RAW_RESULTS[request.engine];
    const reader =
      raw.format === 'k6-csv'
        ? new K6CsvSamples(sink)
        : new JtlSamples(sink, { timestamp: request.engine === 'locust' ? 'end' : 'start' });
    const tail = tailFile(join(artifactsDir, raw.file), (text) => reader.push(text));
    const { outcome } = runEngineProcess(this.command, [configPath], {
      cwd: request.workDir,
      signal: request.signal,
      deadlineMs: runDeadlineMs(request, BZT_STOP_SEC),
      killAfterMs: BZT_STOP_SEC * 1000,
    });
    const result = await outcome;
    await tail.finish();
    reader.end();
    return result;
  }
}
