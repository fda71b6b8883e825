import type { RawSample, SampleSink } from '../contract.js';
import { failureKindFromMessage } from '../failure-kind.js';

/** One row of the listener's JSON lines (see wrapper-source.ts). */
interface LocustRow {
  t: number;
  n: string;
  m?: string;
  c: number;
  ok: boolean;
  ms: number;
  b: number;
  u?: number;
  e?: string;
}

/** Turns one listener row into a sample; a line that is not a row is counted as unreadable and skipped. */
export function sampleFromLocustRow(line: string): { sample: RawSample; users?: number } | undefined {
  let row: LocustRow;
  try {
    row = JSON.parse(line) as LocustRow;
  } catch {
    return undefined;
  }
  if (typeof row !== 'object' || row === null || typeof row.t !== 'number' || typeof row.ms !== 'number') {
    return undefined;
  }
  const status = Number.isInteger(row.c) && row.c > 0 ? row.c : 0;
  const sample: RawSample = {
    startedAtMs: row.t,
    label: String(row.n ?? ''),
    status,
    success: row.ok === true,
    latencyMs: row.ms,
    bytes: typeof row.b === 'number' ? row.b : 0,
  };
  if (typeof row.e === 'string' && row.e !== '') sample.message = row.e;
  if (status === 0) sample.failure = failureKindFromMessage(row.e);
  return typeof row.u === 'number' ? { sample, users: row.u } : { sample };
}

/** Feeds listener lines to a sink; returns how many lines could not be read. */
export function locustRowSink(sink: SampleSink): { line(text: string): void; readonly unreadable: number } {
  let unreadable = 0;
  return {
    line(text) {
      const parsed = sampleFromLocustRow(text);
      if (parsed === undefined) {
        unreadable++;
        return;
      }
      if (parsed.users !== undefined) sink.users?.(parsed.users);
      sink.add(parsed.sample);
    },
    get unreadable() {
      return unreadable;
    },
  };
}
