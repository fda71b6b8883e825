import type { TaskArtifact } from './artifact.js';
import { COARSE_SUB_BUCKET_BITS } from './histogram.js';
import { readSeries } from './series-codec.js';
import { WindowCounters } from './stats.js';

export interface SecondResults {
  vus: number;
  total: WindowCounters;
  byLabel: Map<string, WindowCounters>;
}

interface SecondSlot {
  vus: number;
  /** Indexed like `RunResults.labels`: an array lookup per series entry instead of a Map lookup by name. */
  byLabel: Array<WindowCounters | undefined>;
}

/** The exact merge of any set of task artifacts: a run, a region, or one task. */
export class RunResults {
  /** Labels in order of first appearance across the merged artifacts. */
  readonly labels: string[] = [];
  readonly byLabel = new Map<string, WindowCounters>();
  readonly total = new WindowCounters();
  private readonly seconds = new Map<number, SecondSlot>();
  dropped = 0;
  tasks = 0;
  partial = false;
  startedAt = Number.POSITIVE_INFINITY;
  endedAt = 0;
  maxVus = 0;

  /** Wall-clock length of the load, from the earliest start to the latest stop, at least 1 ms. */
  get durationSec(): number {
    if (this.tasks === 0) return 0;
    return Math.max(0.001, (this.endedAt - this.startedAt) / 1000);
  }

  add(artifact: TaskArtifact): this {
    this.tasks++;
    this.dropped += artifact.dropped;
    this.partial ||= artifact.partial;
    this.startedAt = Math.min(this.startedAt, artifact.startedAt);
    this.endedAt = Math.max(this.endedAt, artifact.endedAt);
    this.maxVus += artifact.maxVus;
    const runIndex = artifact.labels.map((label, i) => {
      const encoded = artifact.byLabel[i]!;
      this.labelCounters(label).addEncoded(encoded);
      this.total.addEncoded(encoded);
      return this.labels.indexOf(label);
    });
    let slot: SecondSlot | undefined;
    readSeries(
      artifact.series,
      artifact.labels.length,
      (t, vus) => {
        slot = this.seconds.get(t);
        if (slot === undefined) {
          slot = { vus: 0, byLabel: [] };
          this.seconds.set(t, slot);
        }
        slot.vus += vus;
      },
      (_, labelIndex) => {
        const i = runIndex[labelIndex]!;
        let c = slot!.byLabel[i];
        if (c === undefined) {
          c = new WindowCounters(COARSE_SUB_BUCKET_BITS);
          slot!.byLabel[i] = c;
        }
        return c;
      },
    );
    return this;
  }

  /**
   * Seconds in time order, gaps filled with empty seconds so charts and timeframes see them. A second's total
   * is the merge of its labels, built here rather than on every add.
   */
  orderedSeconds(): Array<{ t: number } & SecondResults> {
    if (this.seconds.size === 0) return [];
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const t of this.seconds.keys()) {
      if (t < first) first = t;
      if (t > last) last = t;
    }
    const out = [];
    for (let t = first; t <= last; t++) {
      const s = this.seconds.get(t);
      const total = new WindowCounters(COARSE_SUB_BUCKET_BITS);
      if (s === undefined) {
        out.push({ t, vus: 0, total, byLabel: new Map<string, WindowCounters>() });
        continue;
      }
      const byLabel = new Map<string, WindowCounters>();
      s.byLabel.forEach((c, i) => {
        if (c === undefined) return;
        total.merge(c);
        byLabel.set(this.labels[i]!, c);
      });
      out.push({ t, vus: s.vus, total, byLabel });
    }
    return out;
  }

  private labelCounters(label: string): WindowCounters {
    let c = this.byLabel.get(label);
    if (c === undefined) {
      c = new WindowCounters();
      this.byLabel.set(label, c);
      this.labels.push(label);
    }
    return c;
  }
}

export function mergeArtifacts(artifacts: Iterable<TaskArtifact>): RunResults {
  const run = new RunResults();
  for (const a of artifacts) run.add(a);
  return run;
}
