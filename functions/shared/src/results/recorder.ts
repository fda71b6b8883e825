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
 * The engine's hot-path sink: one per engine thread. Keeps run-long counters per label at full precision, and
 * per-second counters per label at coarse precision until the second is drained.
 */
export class Recorder {
  readonly labels: readonly string[];
  readonly byLabel: WindowCounters[];
  dropped = 0;
  private readonly seconds = new Map<number, WindowCounters[]>();
  private currentSecond = -1;
  private current: WindowCounters[] | undefined;

  constructor(labels: readonly string[]) {
    this.labels = labels;
    this.byLabel = labels.map(() => new WindowCounters());
  }

  /** status > 0 is an HTTP response (>= 400 counts as an error); status 0 means `failure` says what happened. */
  record(
    labelIndex: number,
    latencyUs: number,
    status: number,
    bytes: number,
    epochSecond: number,
    failure?: FailureKind,
    message?: string,
  ): void {
    const run = this.byLabel[labelIndex]!;
    const second = this.secondFor(epochSecond)[labelIndex]!;
    const isError = status === 0 || status >= 400;
    const key = status === 0 ? (failure ?? 'other') : statusKey(status);
    count(run, latencyUs, bytes, key, isError);
    count(second, latencyUs, bytes, key, isError);
    if (isError) {
      const text = message ?? (status === 0 ? describeFailure(failure ?? 'other') : `HTTP ${status}`);
      run.errorMessages.set(text, (run.errorMessages.get(text) ?? 0) + 1);
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
        if (perLabel[i]!.requests > 0) l.push(encodeSecondLabel(i, perLabel[i]!));
      }
      out.push({ t, vus, l });
    }
    return out;
  }

  encode(): EncodedRecorder {
    return { labels: [...this.labels], byLabel: this.byLabel.map((c) => c.encode()), dropped: this.dropped };
  }

  private secondFor(t: number): WindowCounters[] {
    if (t === this.currentSecond && this.current !== undefined) return this.current;
    let s = this.seconds.get(t);
    if (s === undefined) {
      s = this.labels.map(() => new WindowCounters(COARSE_SUB_BUCKET_BITS));
      this.seconds.set(t, s);
    }
    this.currentSecond = t;
    this.current = s;
    return s;
  }
}

function count(c: WindowCounters, latencyUs: number, bytes: number, key: string, isError: boolean): void {
  c.requests++;
  c.bytes += bytes;
  c.latency.record(latencyUs);
  c.statusCodes.set(key, (c.statusCodes.get(key) ?? 0) + 1);
  if (isError) c.errors++;
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
