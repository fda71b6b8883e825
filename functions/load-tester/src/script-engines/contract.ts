/**
 * The contract every script-engine adapter (Taurus, JMeter, Locust, k6) fulfils. An adapter runs the user's
 * script with its engine and reports every request as a RawSample; the caller feeds them into the same
 * Recorder the native engine uses, so artifacts, merges and percentiles are exact whatever the engine.
 */
import type { FailureKind } from '@dlt/shared';

export type ScriptEngineName = 'jmeter' | 'locust' | 'k6';
/** `taurus` runs any of the three through bzt; the others run their engine directly. */
export type AdapterName = 'taurus' | 'jmeter' | 'locust' | 'k6';

/** One request exactly as the engine reported it. */
export interface RawSample {
  /** Epoch milliseconds when the request started. */
  startedAtMs: number;
  label: string;
  /** The HTTP status, or 0 when no response arrived (then `failure` says why, when known). */
  status: number;
  /** The engine's own verdict (a JMeter assertion or a k6 check may fail a 200). */
  success: boolean;
  latencyMs: number;
  /** Time to connect, when the engine reports it (JMeter's Connect, k6's http_req_connecting). */
  connectMs?: number;
  bytes: number;
  failure?: FailureKind;
  /** The engine's failure message, kept verbatim so the top error messages can be counted. */
  message?: string;
}

export interface SampleSink {
  add(sample: RawSample): void;
  /** Virtual users active now, when the engine reports it (JTL allThreads, k6's vus metric, Locust's user count). */
  users?(count: number): void;
}

/** What the scenario asks for. With `loadProfile: 'script'` the adapter leaves the script's own profile alone. */
export interface ScriptRunRequest {
  engine: ScriptEngineName;
  /** The folder the script (or the unpacked zip) lives in; the engine runs with it as cwd. */
  workDir: string;
  /** The main script, absolute, inside workDir. */
  scriptPath: string;
  loadProfile: 'scenario' | 'script';
  concurrency: number;
  rampUpSec: number;
  holdForSec: number;
  iterations?: number;
  /** Target requests per second for the whole task (Taurus's `throughput`). */
  throughput?: number;
  /** The base URL relative requests go to (`scenarios.<name>.default-address`, Locust's `--host`). */
  host?: string;
  /** JMeter plugin JARs found in the zip's `plugins/` folder (absolute); absent or empty otherwise. */
  pluginJars?: string[];
  /** A folder the adapter may write engine output to; removed by the caller. */
  outputDir: string;
  signal: AbortSignal;
}

export interface ScriptRunOutcome {
  /** The engine's exit code. */
  exitCode: number;
  /** True when the run was stopped through `signal`. */
  stopped: boolean;
  /** The last lines of the engine's stderr, for the error message of a failed run. */
  stderrTail: string;
  /**
   * Whether the engine failed; when absent, any non-zero exit code is a failure. Set it when an exit code is a
   * test verdict rather than a breakdown (k6's 99: thresholds crossed).
   */
  failed?: boolean;
}

export type EngineAvailability =
  | { available: true; version?: string }
  /** `hint` names what to install, e.g. "install Debian's python3-locust (apt-get install python3-locust)". */
  | { available: false; hint: string };

export interface ScriptEngineAdapter {
  readonly name: AdapterName;
  /** Which engines this adapter can run. */
  readonly engines: readonly ScriptEngineName[];
  availability(): Promise<EngineAvailability>;
  /** Runs the script and reports every request to `sink`, streaming where the engine allows. */
  run(request: ScriptRunRequest, sink: SampleSink): Promise<ScriptRunOutcome>;
}
