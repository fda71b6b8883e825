import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EncodedCounters, EncodedHistogram, EncodedSecond } from '@dlt/shared';
import type { ScriptEngineAdapter, ScriptRunOutcome, ScriptRunRequest } from './contract.js';
import { ScriptSampleRecorder, type ScriptSecond } from './sample-recorder.js';

/** The run request without what the runner itself provides. */
export type ScriptRunSpec = Omit<ScriptRunRequest, 'outputDir' | 'signal'>;

export interface ScriptEngineResult {
  labels: string[];
  byLabel: EncodedCounters[];
  connect: Array<EncodedHistogram | null>;
  seconds: EncodedSecond[];
  outcome: ScriptRunOutcome;
  samples: number;
}

export const SCRIPT_OUTPUT_DIR_ENV = 'DLT_SCRIPT_OUTPUT_DIR';

/** The engine failed (exit code, or it never started); the message is for the user. */
export class ScriptEngineError extends Error {}

/**
 * Seconds stay open this long after they end before they are drained, because engines write a request's row
 * once it has finished and buffer their files for up to a second (k6 writes its CSV every second).
 */
export const LIVE_LAG_SEC = 2;

/**
 * Runs one script with an adapter at the shared start instant and turns its samples into what the native engine
 * produces: per-second data while it runs (for the live lines) and exact per-label counters at the end.
 */
export class ScriptEngineRunner {
  private readonly stopController = new AbortController();

  constructor(
    readonly adapter: ScriptEngineAdapter,
    private readonly spec: ScriptRunSpec,
  ) {}

  async run(startAtEpochMs: number, onSecond?: (s: ScriptSecond) => void): Promise<ScriptEngineResult> {
    await sleepUntil(startAtEpochMs, this.stopController.signal);
    const recorder = new ScriptSampleRecorder(Math.floor(startAtEpochMs / 1000));
    const seconds: EncodedSecond[] = [];
    const emit = (list: ScriptSecond[]) => {
      for (const s of list) {
        seconds.push(s.encoded);
        onSecond?.(s);
      }
    };
    // DLT_SCRIPT_OUTPUT_DIR keeps the engine's own files (raw rows, logs, generated config) for a look afterwards.
    const kept = process.env[SCRIPT_OUTPUT_DIR_ENV];
    const outputDir =
      kept === undefined || kept === ''
        ? await mkdtemp(join(tmpdir(), `dlt-${this.adapter.name}-`))
        : await mkdir(kept, { recursive: true }).then(() => kept);
    const timer = setInterval(() => emit(recorder.drain(nowSecond() - LIVE_LAG_SEC + 1)), 1000);
    let outcome: ScriptRunOutcome;
    try {
      outcome = this.stopController.signal.aborted
        ? { exitCode: 0, stopped: true, stderrTail: '' }
        : await this.adapter.run({ ...this.spec, outputDir, signal: this.stopController.signal }, recorder);
    } finally {
      clearInterval(timer);
      if (outputDir !== kept) await rm(outputDir, { recursive: true, force: true }).catch(() => {});
    }
    recorder.users(0);
    emit(recorder.drainAll(nowSecond()));
    const failed = outcome.failed ?? (outcome.exitCode !== 0 && !outcome.stopped);
    if (failed) {
      const tail = outcome.stderrTail === '' ? '' : `:\n${outcome.stderrTail}`;
      throw new ScriptEngineError(
        `${this.adapter.name} failed running ${this.spec.scriptPath} (exit code ${outcome.exitCode})${tail}`,
      );
    }
    const recording = recorder.result();
    return { ...recording, seconds, outcome, samples: recorder.samples };
  }

  stop(): void {
    this.stopController.abort();
  }
}

function nowSecond(): number {
  return Math.floor(Date.now() / 1000);
}

function sleepUntil(epochMs: number, signal: AbortSignal): Promise<void> {
  const wait = epochMs - Date.now();
  if (wait <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, wait);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
