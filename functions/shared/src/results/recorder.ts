import { COARSE_SUB_BUCKET_BITS } from './histogram.js';
import { type EncodedCounters, type EncodedSecond, encodeSecondLabel, WindowCounters } from './stats.js';

/** How a request ended when it got no HTTP status. Also used as the status-code key. */
export type FailureKind = 'timeout' | 'econnrefused' | 'econnreset' | 'dns' | 'tls' | 'aborted' | 'other';

export interface EncodedRecorder {
  labels: string[];
  byLabel: EncodedCounters[];
  dropped: number;
}

/**
 * The engine's hot-path sink: one per engine thread. Each request is counted once, into its label's counters for
 * the current second at full precision. Draining a second folds it into the run-long counters (exact) and
 * encodes it at coarse precision for the per-second series.
 */
export class Recorder {
  readonly labels: readonly string[];
  private readonly run: WindowCounters[];
  dropped = 0;
  private readonly seconds = new Map<number, WindowCounters[]>();
  private currentSecond = -1;
  private current: WindowCounters[] | undefined;

  constructor(labels: readonly string[]) {
    this.labels = labels;
    this.run = labels.map(() => new WindowCounters());
  }

  /**
   * status > 0 is an HTTP response (>= 400 counts as an error); status 0 means `failure` says what happened.
   * `failed` overrides that verdict for script engines, whose assertions and checks may fail a 200.
   */
  record(
    labelIndex: number,
    latencyUs: number,
    status: number,
    bytes: number,
    epochSecond: number,
    failure?: FailureKind,
    message?: string,
    failed: boolean = status === 0 || status >= 400,
  ): void {
    const c = this.secondFor(epochSecond)[labelIndex]!;
    const key = status === 0 ? (failure ?? 'other') : statusKey(status);
    c.requests++;
    c.bytes += bytes;
    c.latency.record(latencyUs);
    c.statusCodes.set(key, (c.statusCodes.get(key) ?? 0) + 1);
    if (failed) {
      c.errors++;
      const text =
        message ??
        (status === 0
          ? describeFailure(failure ?? 'other')
          : status >= 400
            ? `HTTP ${status}`
            : `HTTP ${status} failed the script's checks`);
      c.errorMessages.set(text, (c.errorMessages.get(text) ?? 0) + 1);
    }
  }

  /** Removes and returns every second before `beforeEpochSecond`, oldest first. */
  drainSeconds(beforeEpochSecond: number, vus: number): EncodedSecond[] {
    const out: EncodedSecond[] = [];
    const done = [...this.seconds.keys()].filter((t) => t < beforeEpochSecond).sort((a, b) => a - b);
    for (const t of done) {
      const perLabel = this.seconds.get(t)!;
      this.seconds.delete(t);
      if (t === this.currentSecond) this.current = undefined;
      const l = [];
      for (let i = 0; i < perLabel.length; i++) {
        const c = perLabel[i]!;
        if (c.requests === 0) continue;
        this.run[i]!.merge(c);
        l.push(encodeSecondLabel(i, c, COARSE_SUB_BUCKET_BITS));
      }
      out.push({ t, vus, l });
    }
    return out;
  }

  /** Run-long counters per label, including seconds not drained yet. */
  byLabel(): WindowCounters[] {
    const totals = this.run.map((c) => new WindowCounters().merge(c));
    for (const perLabel of this.seconds.values()) {
      for (const [i, c] of perLabel.entries()) totals[i]!.merge(c);
    }
    return totals;
  }

  encode(): EncodedRecorder {
    return {
      labels: [...this.labels],
      byLabel: this.byLabel().map((c) => c.encode()),
      dropped: this.dropped,
    };
  }

  private secondFor(t: number): WindowCounters[] {
    if (t === this.currentSecond && this.current !== undefined) return this.current;
    let s = this.seconds.get(t);
    if (s === undefined) {
      s = this.labels.map(() => new WindowCounters());
      this.seconds.set(t, s);
    }
    this.currentSecond = t;
    this.current = s;
    return s;
  }
}

const statusKeys = new Map<number, string>();
function statusKey(status: number): string {
  let k = statusKeys.get(status);
  if (k === undefined) {
    k = String(status);
    statusKeys.set(status, k);
  }
  return k;
}

export function describeFailure(kind: FailureKind): string {
  switch (kind) {
    case 'timeout':
      return 'request timed out';
    case 'econnrefused':
      return 'connection refused';
    case 'econnreset':
      return 'connection reset by peer';
    case 'dns':
      return 'DNS lookup failed';
    case 'tls':
      return 'TLS handshake failed';
    case 'aborted':
      return 'request aborted when the test stopped';
    default:
      return 'request failed';
  }
}
