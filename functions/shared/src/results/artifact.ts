import { gunzipSync, gzipSync } from 'node:zlib';
import { COARSE_SUB_BUCKET_BITS, DEFAULT_SUB_BUCKET_BITS } from './histogram.js';
import type { EncodedSeries } from './series-codec.js';
import type { EncodedCounters } from './stats.js';

export const TASK_ARTIFACT_SCHEMA = 'dlt.task-result.v1';

/**
 * What one load-tester task leaves behind: everything needed for an exact merge with its peers.
 * Documented in functions/load-tester/ARTIFACT.md; bump the schema id on any incompatible change.
 */
export interface TaskArtifact {
  schema: typeof TASK_ARTIFACT_SCHEMA;
  testId: string;
  testRunId: string;
  region: string;
  taskId: string;
  taskIndex: number;
  engine: string;
  /** Epoch milliseconds when load started (the shared start signal) and when it stopped. */
  startedAt: number;
  endedAt: number;
  /** True when the task was stopped early (SIGTERM, cancel) and the artifact holds what ran until then. */
  partial: boolean;
  model: 'closed' | 'open';
  targetRps?: number;
  maxVus: number;
  threads: number;
  peakRssBytes: number;
  histogram: { subBucketBits: number; coarseSubBucketBits: number };
  labels: string[];
  /** Parallel to `labels`. */
  byLabel: EncodedCounters[];
  /** Iterations of the open model that could not start because every VU was busy. */
  dropped: number;
  /** Per-second counters per label at coarse precision; see series-codec.ts. */
  series: EncodedSeries;
}

export function histogramSettings(): TaskArtifact['histogram'] {
  return { subBucketBits: DEFAULT_SUB_BUCKET_BITS, coarseSubBucketBits: COARSE_SUB_BUCKET_BITS };
}

/**
 * The container: gzip of `DLTA1\n`, a 4-byte big-endian length, the JSON header (every field but the series
 * bytes), then the series bytes. Keeping the varints out of the JSON spares a 1,000-task merge a base64 pass
 * and a third of the bytes to inflate.
 */
const MAGIC = Buffer.from('DLTA1\n', 'latin1');

export function encodeArtifact(artifact: TaskArtifact): Buffer {
  const { data, ...seriesHeader } = artifact.series;
  const header = Buffer.from(JSON.stringify({ ...artifact, series: seriesHeader }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return gzipSync(Buffer.concat([MAGIC, length, header, data]), { level: 6 });
}

export function decodeArtifact(data: Uint8Array): TaskArtifact {
  const raw = data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : Buffer.from(data);
  if (raw.length < MAGIC.length + 4 || !raw.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new Error(`not a task artifact (expected the ${TASK_ARTIFACT_SCHEMA} container)`);
  }
  const headerLength = raw.readUInt32BE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  if (headerStart + headerLength > raw.length) throw new Error('corrupt task artifact: truncated header');
  const parsed = JSON.parse(
    raw.toString('utf8', headerStart, headerStart + headerLength),
  ) as Partial<TaskArtifact>;
  if (parsed.schema !== TASK_ARTIFACT_SCHEMA) {
    throw new Error(
      `unsupported task artifact schema ${JSON.stringify(parsed.schema)}; expected ${TASK_ARTIFACT_SCHEMA}`,
    );
  }
  if (
    !Array.isArray(parsed.labels) ||
    !Array.isArray(parsed.byLabel) ||
    parsed.labels.length !== parsed.byLabel.length
  ) {
    throw new Error('corrupt task artifact: labels and byLabel differ');
  }
  if (parsed.series?.encoding === undefined || !Array.isArray(parsed.series.codes)) {
    throw new Error('corrupt task artifact: no per-second series');
  }
  parsed.series = { ...parsed.series, data: raw.subarray(headerStart + headerLength) };
  return parsed as TaskArtifact;
}
