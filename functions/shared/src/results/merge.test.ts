import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeArtifact,
  encodeArtifact,
  histogramSettings,
  TASK_ARTIFACT_SCHEMA,
  type TaskArtifact,
} from './artifact.js';
import { mergeArtifacts } from './merge.js';
import { Recorder } from './recorder.js';
import { encodeSeries } from './series-codec.js';
import { summarize } from './summary.js';

const LABELS = ['GET /', 'POST /login'];
const T0 = 1_800_000_000;

function artifactFrom(recorder: Recorder, index: number, seconds = 3): TaskArtifact {
  const encoded = recorder.encode();
  return {
    schema: TASK_ARTIFACT_SCHEMA,
    testId: 't',
    testRunId: 'r',
    region: 'local',
    taskId: `task-${index}`,
    taskIndex: index,
    engine: 'http',
    startedAt: T0 * 1000,
    endedAt: (T0 + seconds) * 1000,
    partial: false,
    model: 'closed',
    maxVus: 1,
    threads: 1,
    peakRssBytes: 0,
    histogram: histogramSettings(),
    labels: encoded.labels,
    byLabel: encoded.byLabel,
    dropped: encoded.dropped,
    series: encodeSeries(recorder.drainSeconds(Number.MAX_SAFE_INTEGER, 1)),
  };
}

const sample = fc.record({
  label: fc.integer({ min: 0, max: 1 }),
  latencyUs: fc.integer({ min: 100, max: 5_000_000 }),
  status: fc.constantFrom(200, 200, 200, 404, 500, 0),
  second: fc.integer({ min: 0, max: 2 }),
  bytes: fc.integer({ min: 0, max: 10_000 }),
});

describe('mergeArtifacts', () => {
  it('merges tasks through the encoded artifact exactly as if one task had seen every sample', () => {
    fc.assert(
      fc.property(fc.array(fc.array(sample, { maxLength: 200 }), { minLength: 1, maxLength: 6 }), (tasks) => {
        const single = new Recorder(LABELS);
        const artifacts = tasks.map((samples, i) => {
          const r = new Recorder(LABELS);
          for (const s of samples) {
            for (const target of [r, single]) {
              target.record(
                s.label,
                s.latencyUs,
                s.status,
                s.bytes,
                T0 + s.second,
                s.status === 0 ? 'timeout' : undefined,
              );
            }
          }
          return decodeArtifact(encodeArtifact(artifactFrom(r, i)));
        });
        const merged = mergeArtifacts(artifacts);
        const reference = mergeArtifacts([artifactFrom(single, 0)]);
        expect(summarize(merged.total, 3)).toEqual(summarize(reference.total, 3));
        for (const label of reference.labels) {
          expect(summarize(merged.byLabel.get(label)!, 3)).toEqual(
            summarize(reference.byLabel.get(label)!, 3),
          );
        }
        const perSecond = merged.orderedSeconds().map((s) => [s.t, s.total.requests, s.total.errors]);
        expect(perSecond).toEqual(
          reference.orderedSeconds().map((s) => [s.t, s.total.requests, s.total.errors]),
        );
        expect(merged.tasks).toBe(tasks.length);
      }),
      { numRuns: 60 },
    );
  });

  it('classifies errors and keeps status codes and messages', () => {
    const r = new Recorder(LABELS);
    r.record(0, 1000, 200, 10, T0);
    r.record(0, 1000, 503, 10, T0);
    r.record(1, 1000, 0, 0, T0, 'econnrefused');
    const run = mergeArtifacts([artifactFrom(r, 0)]);
    const total = summarize(run.total, 1);
    expect(total.requests).toBe(3);
    expect(total.errors).toBe(2);
    expect(total.statusCodes).toEqual({ '200': 1, '503': 1, econnrefused: 1 });
    expect(total.errorMessages).toEqual({ 'HTTP 503': 1, 'connection refused': 1 });
  });

  it('rejects a corrupt or truncated series', () => {
    const r = new Recorder(LABELS);
    r.record(0, 1000, 200, 10, T0);
    const artifact = artifactFrom(r, 0);
    const data = artifact.series.data;
    const truncated = { ...artifact, series: { ...artifact.series, data: data.subarray(0, -2) } };
    expect(() => mergeArtifacts([truncated])).toThrow(/corrupt series/);
    const extra = {
      ...artifact,
      series: { ...artifact.series, data: Buffer.concat([data, Buffer.from([1])]) },
    };
    expect(() => mergeArtifacts([extra])).toThrow(/corrupt series/);
  });

  it('rejects artifacts of another schema, and anything that is not an artifact', () => {
    const r = new Recorder(LABELS);
    r.record(0, 1000, 200, 10, T0);
    const other = encodeArtifact({ ...artifactFrom(r, 0), schema: 'dlt.task-result.v0' as never });
    expect(() => decodeArtifact(other)).toThrow(/unsupported task artifact schema "dlt.task-result.v0"/);
    expect(() => decodeArtifact(Buffer.from(JSON.stringify({ schema: 'x' })))).toThrow(/not a task artifact/);
    const whole = gunzipSync(encodeArtifact(artifactFrom(r, 0)));
    expect(() => decodeArtifact(whole.subarray(0, 20))).toThrow(/truncated header/);
  });

  it('keeps a one-hour, ten-label task artifact under 2 MB', () => {
    const labels = Array.from({ length: 10 }, (_, i) => `GET /api/resource/${i}`);
    const r = new Recorder(labels);
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const seconds = [];
    for (let s = 0; s < 3600; s++) {
      for (let l = 0; l < labels.length; l++) {
        // 50 requests per label per second with a log-normal-ish spread from 1 ms to a few seconds.
        for (let k = 0; k < 50; k++) {
          const latency = Math.exp(7 + 2.2 * (random() + random() + random() - 1.5));
          r.record(l, latency, random() < 0.01 ? 500 : 200, 512, T0 + s);
        }
      }
      seconds.push(...r.drainSeconds(T0 + s + 1, 100));
    }
    const artifact = { ...artifactFrom(r, 0), series: encodeSeries(seconds), endedAt: (T0 + 3600) * 1000 };
    const bytes = encodeArtifact(artifact).length;
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    const back = mergeArtifacts([decodeArtifact(encodeArtifact(artifact))]);
    expect(back.total.requests).toBe(3600 * 10 * 50);
  });
});
