import {
  addEncodedSecondLabel,
  COARSE_SUB_BUCKET_BITS,
  type EncodedCounters,
  type EncodedHistogram,
  type EncodedSecond,
  LatencyHistogram,
  Recorder,
  WindowCounters,
} from '@dlt/shared';
import type { RawSample, SampleSink } from './contract.js';

/** Labels beyond this many are folded into one, so a script that names requests by URL cannot blow up the artifact. */
export const MAX_SCRIPT_LABELS = 500;
export const OVERFLOW_LABEL = '(other labels)';

/** One drained second, as the live line and the artifact need it (the same shape the native engine emits). */
export interface ScriptSecond {
  encoded: EncodedSecond;
  total: WindowCounters;
}

export interface ScriptRecording {
  labels: string[];
  byLabel: EncodedCounters[];
  /** Parallel to `labels`: connect-time histograms (µs), null for labels whose engine reported none. */
  connect: Array<EncodedHistogram | null>;
}

/**
 * The sink every adapter reports to. Script engines name their labels as they go, so each label gets its own
 * `Recorder` (the native engine's) the first time it appears; seconds drained from them are merged under one
 * label index. A sample lands in the second its request **ended** in (as in the native engine), or in the
 * oldest second not yet drained when it arrives after that second was closed: totals stay exact, only a late
 * sample's second shifts.
 */
export class ScriptSampleRecorder implements SampleSink {
  private readonly labelIndex = new Map<string, number>();
  private readonly labels: string[] = [];
  private readonly recorders: Recorder[] = [];
  private readonly connect: Array<LatencyHistogram | null> = [];
  /** Seconds before this one are drained; later samples for them go here. */
  private openSecond = 0;
  private activeUsers = 0;
  /** Users active when each open second last saw a sample: seconds are drained late, when the count has moved on. */
  private readonly usersAt = new Map<number, number>();
  private lastUsers = 0;
  private lastSecond = 0;
  samples = 0;

  constructor(firstSecond = 0) {
    this.openSecond = firstSecond;
  }

  users(count: number): void {
    if (Number.isFinite(count) && count >= 0) this.activeUsers = Math.round(count);
  }

  get vus(): number {
    return this.activeUsers;
  }

  add(sample: RawSample): void {
    const index = this.indexOf(sample.label);
    const latencyUs = Math.max(0, Math.round(sample.latencyMs * 1000));
    const endSecond = Math.floor((sample.startedAtMs + sample.latencyMs) / 1000);
    // A sample without a usable time still counts, in the oldest open second.
    const second = Number.isFinite(endSecond) ? Math.max(endSecond, this.openSecond) : this.openSecond;
    if (second > this.lastSecond) this.lastSecond = second;
    this.usersAt.set(second, this.activeUsers);
    const status = Number.isInteger(sample.status) && sample.status > 0 ? sample.status : 0;
    const failed = !sample.success || status === 0 || status >= 400;
    this.recorders[index]!.record(
      0,
      latencyUs,
      status,
      Math.max(0, Math.round(sample.bytes) || 0),
      second,
      status === 0 ? (sample.failure ?? 'other') : undefined,
      failed ? sample.message || undefined : undefined,
      failed,
    );
    if (sample.connectMs !== undefined && Number.isFinite(sample.connectMs)) {
      let h = this.connect[index];
      if (h === null || h === undefined) {
        h = new LatencyHistogram();
        this.connect[index] = h;
      }
      h.record(Math.max(0, Math.round(sample.connectMs * 1000)));
    }
    this.samples++;
  }

  /**
   * Closes every second before `beforeSecond` (every second from the first open one, empty ones included, so the
   * live view keeps ticking) and returns them oldest first.
   */
  drain(beforeSecond: number): ScriptSecond[] {
    if (beforeSecond <= this.openSecond) return [];
    const byT = new Map<number, EncodedSecond>();
    for (let t = this.openSecond; t < beforeSecond; t++) {
      // A second without samples carries the last count forward (or the current one once nothing has arrived).
      const users = this.usersAt.get(t) ?? (this.samples === 0 ? this.activeUsers : this.lastUsers);
      this.usersAt.delete(t);
      this.lastUsers = users;
      byT.set(t, { t, vus: users, l: [] });
    }
    for (const [i, recorder] of this.recorders.entries()) {
      for (const s of recorder.drainSeconds(beforeSecond, 0)) {
        let target = byT.get(s.t);
        if (target === undefined) {
          // Not expected (add() clamps to the open second), but a sample must never vanish from the series.
          target = { t: s.t, vus: this.lastUsers, l: [] };
          byT.set(s.t, target);
        }
        for (const entry of s.l) target.l.push([i, ...entry.slice(1)] as typeof entry);
      }
    }
    this.openSecond = beforeSecond;
    return [...byT.values()]
      .sort((a, b) => a.t - b.t)
      .map((encoded) => {
        const total = new WindowCounters(COARSE_SUB_BUCKET_BITS);
        for (const entry of encoded.l) addEncodedSecondLabel(total, entry);
        return { encoded, total };
      });
  }

  /** Closes the remaining seconds (up to and including `lastSecond`). */
  drainAll(lastSecond: number): ScriptSecond[] {
    // A sample can end after the run's last second (in-flight requests finishing during the grace period).
    return this.drain(Math.max(lastSecond, this.lastSecond) + 1);
  }

  result(): ScriptRecording {
    return {
      labels: [...this.labels],
      byLabel: this.recorders.map((r) => r.byLabel()[0]!.encode()),
      connect: this.labels.map((_, i) => this.connect[i]?.encode() ?? null),
    };
  }

  private indexOf(label: string): number {
    let index = this.labelIndex.get(label);
    if (index !== undefined) return index;
    if (this.labels.length >= MAX_SCRIPT_LABELS && label !== OVERFLOW_LABEL)
      return this.indexOf(OVERFLOW_LABEL);
    index = this.labels.length;
    this.labelIndex.set(label, index);
    this.labels.push(label);
    this.recorders.push(new Recorder([label]));
    this.connect.push(null);
    return index;
  }
}
