// npm run bench:merge — the results parser's core cost: decode and merge 1,000 task artifacts of 10 labels.
// Target: under 2 s. Each artifact holds a 5-minute per-second series, as a short real test would.
import {
  decodeArtifact,
  encodeArtifact,
  encodeSeries,
  histogramSettings,
  mergeArtifacts,
  Recorder,
  summarize,
  TASK_ARTIFACT_SCHEMA,
  type TaskArtifact,
} from '@dlt/shared';

const TASKS = Number(process.env.MERGE_TASKS ?? 1000);
const LABELS = 10;
const SECONDS = Number(process.env.MERGE_SERIES_SECONDS ?? 300);
const DISTINCT = 10; // distinct artifacts, cycled: generating 1,000 by simulation would dominate the run
const T0 = 1_800_000_000;

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};

function makeArtifact(index: number): Buffer {
  const labels = Array.from({ length: LABELS }, (_, i) => `GET /api/v1/items/${i}`);
  const r = new Recorder(labels);
  const seconds = [];
  for (let s = 0; s < SECONDS; s++) {
    for (let l = 0; l < LABELS; l++) {
      for (let k = 0; k < 20; k++) {
        const latency = Math.exp(8 + index * 0.1 + 1.5 * (random() + random() - 1));
        r.record(l, latency, random() < 0.01 ? 503 : 200, 700, T0 + s);
      }
    }
    seconds.push(...r.drainSeconds(T0 + s + 1, 50));
  }
  const e = r.encode();
  const artifact: TaskArtifact = {
    schema: TASK_ARTIFACT_SCHEMA,
    testId: 'bench',
    testRunId: 'run',
    region: 'eu-west-1',
    taskId: `task-${index}`,
    taskIndex: index,
    engine: 'http',
    startedAt: T0 * 1000,
    endedAt: (T0 + SECONDS) * 1000,
    partial: false,
    model: 'closed',
    maxVus: 50,
    threads: 2,
    peakRssBytes: 0,
    histogram: histogramSettings(),
    labels: e.labels,
    byLabel: e.byLabel,
    dropped: 0,
    series: encodeSeries(seconds),
  };
  return encodeArtifact(artifact);
}

const blobs = Array.from({ length: DISTINCT }, (_, i) => makeArtifact(i));
const sizeKb = blobs.reduce((n, b) => n + b.length, 0) / DISTINCT / 1024;

const t0 = performance.now();
const artifacts = Array.from({ length: TASKS }, (_, i) => decodeArtifact(blobs[i % DISTINCT]!));
const t1 = performance.now();
const run = mergeArtifacts(artifacts);
const total = summarize(run.total, run.durationSec);
const t2 = performance.now();

console.log(
  `${TASKS} artifacts x ${LABELS} labels, ${SECONDS} s series each (${sizeKb.toFixed(0)} KB gzip per artifact)`,
);
console.log(
  `decode ${(t1 - t0).toFixed(0)} ms + merge ${(t2 - t1).toFixed(0)} ms = ${(t2 - t0).toFixed(0)} ms (target < 2000 ms)`,
);
console.log(
  `merged: ${total.requests} requests, p50 ${total.latencyMs.p50} ms, p99 ${total.latencyMs.p99} ms`,
);
