import { addEncodedSecondLabel, COARSE_SUB_BUCKET_BITS, WindowCounters } from '@dlt/shared';
import { type LiveLine, parseLiveLine } from './live-line.js';

/**
 * One task's second as DLT's console charts it. DLT's own fields keep their meaning (per task and per second,
 * `avgRt` in seconds, `timestamp` in ms on a whole second); `p95` (seconds) and `rps` are ours.
 */
export interface LiveEntry {
  testId: string;
  /** Virtual users of this task; the console multiplies by the region's task count, as DLT's does. */
  vu: number;
  succ: number;
  fail: number;
  avgRt: number;
  timestamp: number;
  p95: number;
  rps: number;
}

/** DLT's message on `dlt/{testId}`: entries grouped by region. */
export type LivePayload = Record<string, LiveEntry[]>;

export function liveTopic(testId: string): string {
  return `dlt/${testId}`;
}

const secondsFromUs = (us: number) => Math.round(us) / 1e6;

/**
 * The entry for one line, from the line's own `second`, not from the difference of cumulative counters:
 * Lambda instances share no memory and CloudWatch may hand a task's consecutive lines to different
 * instances, so a "previous line" map would give wrong deltas after every cold start or scale-out; `second`
 * also carries the latencies needed for a per-second average and p95.
 */
export function liveEntry(testId: string, line: LiveLine): LiveEntry {
  const counters = new WindowCounters(COARSE_SUB_BUCKET_BITS);
  for (const label of line.second.l) addEncodedSecondLabel(counters, label);
  const { requests, errors } = counters;
  return {
    testId,
    vu: line.vus,
    succ: requests - errors,
    fail: errors,
    // bzt prints 0 when a second had no response; DLT's console draws that.
    avgRt: requests === 0 ? 0 : secondsFromUs(counters.latency.meanUs()),
    timestamp: Math.round(line.t) * 1000,
    p95: requests === 0 ? 0 : secondsFromUs(counters.latency.percentileUs(95)),
    rps: requests,
  };
}

/**
 * DLT's live payload for one region's lines. Anything that is not a well-formed live line is skipped, so a
 * caller can hand over a task's whole stdout.
 */
export function toLivePayload(testId: string, region: string, lines: Iterable<unknown>): LivePayload {
  const entries: LiveEntry[] = [];
  for (const value of lines) {
    const line = parseLiveLine(value);
    if (!line) continue;
    try {
      entries.push(liveEntry(testId, line));
    } catch {
      // A histogram whose buckets disagree with its count: drop that second rather than the batch.
    }
  }
  return entries.length === 0 ? {} : { [region]: entries };
}

export function countEntries(payload: LivePayload): number {
  return Object.values(payload).reduce((n, entries) => n + entries.length, 0);
}

/**
 * IoT Core refuses messages over 128 KB. An entry is about 150 bytes, so 500 stay far below; bigger batches
 * (many tasks, several seconds in one CloudWatch delivery) go out as several messages on the same topic.
 */
export const MAX_ENTRIES_PER_MESSAGE = 500;

export function splitPayload(payload: LivePayload, maxEntries = MAX_ENTRIES_PER_MESSAGE): LivePayload[] {
  const messages: LivePayload[] = [];
  let current: LivePayload = {};
  let size = 0;
  for (const [region, entries] of Object.entries(payload)) {
    for (const entry of entries) {
      if (size === maxEntries) {
        messages.push(current);
        current = {};
        size = 0;
      }
      const list = current[region] ?? [];
      current[region] = list;
      list.push(entry);
      size++;
    }
  }
  if (size > 0) messages.push(current);
  return messages;
}
