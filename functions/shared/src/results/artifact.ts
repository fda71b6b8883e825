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

export function encodeArtifact(artifact: TaskArtifact): Buffer {
  return gzipSync(JSON.stringify(artifact), { level: 6 });
}

export function decodeArtifact(data: Uint8Array): TaskArtifact {
  const text =
    data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data).toString('utf8') : Buffer.from(data).toString();
  const parsed = JSON.parse(text) as Partial<TaskArtifact>;
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
  if (typeof parsed.series?.data !== 'string' || !Array.isArray(parsed.series.codes)) {
    throw new Error('corrupt task artifact: no per-second series');
  }
  return parsed as TaskArtifact;
}
