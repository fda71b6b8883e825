import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  addEncodedSecondLabel,
  COARSE_SUB_BUCKET_BITS,
  type EncodedCounters,
  type EncodedSecond,
  encodeSecondLabel,
  WindowCounters,
} from '@dlt/shared';
import { type EnginePlan, splitPlan } from './plan.js';
import { runShare, type ShareControl, type ShareMessage } from './share.js';

export interface EngineOptions {
  /** Engine threads; 0 runs the engine on the calling thread (tests, one-core hosts). Default: one per CPU. */
  threads?: number;
  /** The built http-thread.js; defaults to the file next to the bundle that contains this module. */
  threadScript?: URL;
}

export interface EngineResult {
  labels: string[];
  byLabel: EncodedCounters[];
  dropped: number;
  seconds: EncodedSecond[];
  threads: number;
}

/** One merged second, across all threads, as the live line and the artifact need it. */
export interface EngineSecond {
  encoded: EncodedSecond;
  total: WindowCounters;
}

/**
 * Runs a plan across worker threads and merges what they report: per-second data as soon as every thread
 * has closed a second, and the full-precision counters at the end.
 */
export class HttpEngine {
  private controls: Array<{ stop(graceMs?: number): void }> = [];
  private stopRequested: number | undefined | null = null;

  constructor(
    private readonly plan: EnginePlan,
    private readonly options: EngineOptions = {},
  ) {}

  async run(startAtEpochMs: number, onSecond?: (s: EngineSecond) => void): Promise<EngineResult> {
    const wanted = this.options.threads ?? Math.max(1, availableParallelism());
    const shares = splitPlan(this.plan, Math.max(1, wanted));
    const merger = new SecondMerger(
      shares.length,
      this.plan.requests.length,
      Math.floor(startAtEpochMs / 1000),
      onSecond,
    );
    const finals: Array<Extract<ShareMessage, { type: 'done' }>> = [];
    const onMessage = (index: number, m: ShareMessage) => {
      if (m.type === 'seconds') merger.add(index, m.seconds, m.drainedBefore, m.vus);
      else {
        finals.push(m);
        merger.add(index, m.seconds, Number.MAX_SAFE_INTEGER, 0);
      }
    };
    const runs = shares.map((share, index) =>
      wanted === 0
        ? this.inProcess(share, startAtEpochMs, (m) => onMessage(index, m))
        : this.inThread(share, startAtEpochMs, (m) => onMessage(index, m)),
    );
    if (this.stopRequested !== null) for (const c of this.controls) c.stop(this.stopRequested);
    await Promise.all(runs);
    merger.flush();

    const labels = this.plan.requests.map((r) => r.label);
    const byLabel = labels.map(() => new WindowCounters());
    let dropped = 0;
    for (const f of finals) {
      dropped += f.recorder.dropped;
      for (const [i, c] of f.recorder.byLabel.entries()) byLabel[i]!.addEncoded(c);
    }
    return {
      labels,
      byLabel: byLabel.map((c) => c.encode()),
      dropped,
      seconds: merger.seconds,
      threads: shares.length,
    };
  }

  /** Stops load; in-flight requests get `graceMs` (default: their own timeout). */
  stop(graceMs?: number): void {
    this.stopRequested = graceMs;
    for (const c of this.controls) c.stop(graceMs);
  }

  private inProcess(
    share: ReturnType<typeof splitPlan>[number],
    startAt: number,
    emit: (m: ShareMessage) => void,
  ) {
    const control: ShareControl = runShare(this.plan, share, startAt, emit);
    this.controls.push(control);
    return control.done;
  }

  private inThread(
    share: ReturnType<typeof splitPlan>[number],
    startAt: number,
    emit: (m: ShareMessage) => void,
  ) {
    const script = this.options.threadScript ?? new URL('./engine/http-thread.js', import.meta.url);
    const worker = new Worker(script, { workerData: { plan: this.plan, share, startAtEpochMs: startAt } });
    this.controls.push({ stop: (graceMs) => worker.postMessage({ type: 'stop', graceMs }) });
    return new Promise<void>((resolve, reject) => {
      worker.on('message', emit);
      worker.on('error', reject);
      worker.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`engine thread exited with code ${code}`)),
      );
    });
  }
}

/** Combines the shares' seconds; a second is emitted once every share has drained past it. */
class SecondMerger {
  readonly seconds: EncodedSecond[] = [];
  private readonly pending = new Map<number, { vus: number; labels: WindowCounters[] }>();
  private readonly watermarks: number[];

  constructor(
    shares: number,
    private readonly labelCount: number,
    private readonly firstSecond: number,
    private readonly onSecond?: (s: EngineSecond) => void,
  ) {
    this.watermarks = new Array<number>(shares).fill(0);
  }

  add(share: number, seconds: EncodedSecond[], drainedBefore: number, vus: number): void {
    for (const s of seconds) {
      const p = this.slot(s.t);
      p.vus += s.vus;
      for (const entry of s.l) addEncodedSecondLabel(p.labels[entry[0]]!, entry);
    }
    // A share that drained nothing for a second it was running still had VUs in it.
    if (drainedBefore !== Number.MAX_SAFE_INTEGER) {
      const from = Math.max(this.firstSecond, this.watermarks[share]! || drainedBefore - 1);
      for (let t = from; t < drainedBefore; t++) {
        if (!seconds.some((s) => s.t === t)) this.slot(t).vus += vus;
      }
    }
    this.watermarks[share] = drainedBefore;
    this.emitUpTo(Math.min(...this.watermarks));
  }

  flush(): void {
    this.emitUpTo(Number.MAX_SAFE_INTEGER);
  }

  private slot(t: number) {
    let p = this.pending.get(t);
    if (p === undefined) {
      p = {
        vus: 0,
        labels: Array.from({ length: this.labelCount }, () => new WindowCounters(COARSE_SUB_BUCKET_BITS)),
      };
      this.pending.set(t, p);
    }
    return p;
  }

  private emitUpTo(before: number): void {
    const ready = [...this.pending.keys()].filter((t) => t < before).sort((a, b) => a - b);
    for (const t of ready) {
      const p = this.pending.get(t)!;
      this.pending.delete(t);
      const total = new WindowCounters(COARSE_SUB_BUCKET_BITS);
      const l = [];
      for (let i = 0; i < p.labels.length; i++) {
        const c = p.labels[i]!;
        if (c.requests > 0) {
          total.merge(c);
          l.push(encodeSecondLabel(i, c));
        }
      }
      const encoded: EncodedSecond = { t, vus: p.vus, l };
      this.seconds.push(encoded);
      this.onSecond?.({ encoded, total });
    }
  }
}
