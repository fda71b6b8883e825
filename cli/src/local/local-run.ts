import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  addEncodedSecondLabel,
  COARSE_SUB_BUCKET_BITS,
  decodeArtifact,
  type EncodedSecond,
  mergeArtifacts,
  type RunResults,
  WindowCounters,
} from '@dlt/shared';
import { startWorkers, type WorkerHandle, type WorkerLine } from './worker-pool.js';

export interface LiveSample {
  /** Unix epoch second */
  t: number;
  vus: number;
  total: WindowCounters;
}

export interface LocalRunOptions {
  testId: string;
  testRunId: string;
  /** The Taurus-style task config each worker runs (execution[0].concurrency is per task). */
  taskConfig: unknown;
  tasks: number;
  workDir: string;
  workerScript: string;
  threadsPerTask?: number;
  readyTimeoutMs?: number;
  onReady?(startAt: number): void;
  onSecond?(sample: LiveSample): void;
  signal?: AbortSignal;
}

export interface LocalRunResult {
  run: RunResults;
  workers: WorkerHandle[];
  startAt: number;
  interrupted: boolean;
}

export class LocalRunError extends Error {}

/**
 * Runs one test on local worker processes: all become ready, then all start together from one start signal.
 * Live seconds are merged exactly across workers (from their coarse histograms), never from their percentiles.
 */
export async function runLocal(opts: LocalRunOptions): Promise<LocalRunResult> {
  const resultsDir = join(opts.workDir, 'results');
  await mkdir(resultsDir, { recursive: true });
  const configPath = join(opts.workDir, 'task-config.json');
  await writeFile(configPath, JSON.stringify(opts.taskConfig, null, 2));
  const startPath = join(opts.workDir, 'start.json');
  const threads = opts.threadsPerTask ?? Math.max(1, Math.floor(availableParallelism() / opts.tasks));

  const live = new LiveMerger(opts.tasks, opts.onSecond);
  let failure: string | undefined;
  const ready = new Set<number>();
  let allReady!: () => void;
  const readyPromise = new Promise<void>((r) => {
    allReady = r;
  });
  const workers = startWorkers(
    opts.workerScript,
    opts.tasks,
    (i) => [
      '--config',
      configPath,
      '--out',
      resultsDir,
      '--test-id',
      opts.testId,
      '--run-id',
      opts.testRunId,
      '--region',
      'local',
      '--task-index',
      String(i),
      '--task-count',
      String(opts.tasks),
      '--start-signal',
      startPath,
      '--threads',
      String(threads),
    ],
    {
      onLine(worker: WorkerHandle, line: WorkerLine) {
        if (line.type === 'ready') {
          ready.add(worker.index);
          if (ready.size === opts.tasks) allReady();
        } else if (line.type === 'live' && line.second !== undefined) {
          live.add(worker.index, line.second as EncodedSecond);
        } else if (line.type === 'done') {
          live.finish(worker.index);
        } else if (line.type === 'error') {
          failure ??= `task ${worker.index}: ${line.message}`;
        }
      },
    },
  );
  let interrupted = false;
  const stopAll = () => {
    interrupted = true;
    for (const w of workers) w.child.kill('SIGTERM');
  };
  opts.signal?.addEventListener('abort', stopAll, { once: true });
  for (const w of workers) {
    w.exited.then(() => {
      live.finish(w.index);
      if (!ready.has(w.index)) {
        failure ??= `task ${w.index} exited before it was ready (code ${w.exitCode}): ${w.stderrTail.join(' ').trim()}`;
        allReady();
      }
    });
  }

  const timeout = setTimeout(() => {
    failure ??= `tasks not ready after ${(opts.readyTimeoutMs ?? 60_000) / 1000} s`;
    allReady();
  }, opts.readyTimeoutMs ?? 60_000);
  await readyPromise;
  clearTimeout(timeout);
  if (failure !== undefined || interrupted) {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    throw new LocalRunError(failure ?? 'interrupted before the test started');
  }

  // A short lead lets every worker see the signal before the instant it names.
  const startAt = Date.now() + 300;
  await writeFile(`${startPath}.tmp`, JSON.stringify({ startAt }));
  await rename(`${startPath}.tmp`, startPath);
  opts.onReady?.(startAt);

  await Promise.all(workers.map((w) => w.exited));
  opts.signal?.removeEventListener('abort', stopAll);
  live.flush();

  const missing = workers.filter((w) => w.done === undefined);
  if (missing.length > 0) {
    const w = missing[0]!;
    throw new LocalRunError(
      `task ${w.index} failed (exit code ${w.exitCode}) without writing results: ${w.stderrTail.join('\n').trim() || failure || 'no output'}`,
    );
  }
  const artifacts = await Promise.all(
    workers.map(async (w) => decodeArtifact(await readFile(w.done!.artifact))),
  );
  return { run: mergeArtifacts(artifacts), workers, startAt, interrupted };
}

/** Emits a second once every worker has reported it or has finished. */
class LiveMerger {
  private readonly pending = new Map<number, { seen: Set<number>; vus: number; total: WindowCounters }>();
  private readonly finished = new Set<number>();
  private lastEmitted = 0;

  constructor(
    private readonly workers: number,
    private readonly onSecond?: (s: LiveSample) => void,
  ) {}

  add(worker: number, second: EncodedSecond): void {
    if (second.t <= this.lastEmitted) return;
    let p = this.pending.get(second.t);
    if (p === undefined) {
      p = { seen: new Set(), vus: 0, total: new WindowCounters(COARSE_SUB_BUCKET_BITS) };
      this.pending.set(second.t, p);
    }
    p.seen.add(worker);
    p.vus += second.vus;
    for (const entry of second.l) addEncodedSecondLabel(p.total, entry);
    this.emitReady();
  }

  finish(worker: number): void {
    this.finished.add(worker);
    this.emitReady();
  }

  flush(): void {
    for (const t of [...this.pending.keys()].sort((a, b) => a - b)) this.emit(t);
  }

  private emitReady(): void {
    for (const t of [...this.pending.keys()].sort((a, b) => a - b)) {
      const p = this.pending.get(t)!;
      if (p.seen.size + [...this.finished].filter((w) => !p.seen.has(w)).length < this.workers) return;
      this.emit(t);
    }
  }

  private emit(t: number): void {
    const p = this.pending.get(t)!;
    this.pending.delete(t);
    this.lastEmitted = t;
    this.onSecond?.({ t, vus: p.vus, total: p.total });
  }
}
