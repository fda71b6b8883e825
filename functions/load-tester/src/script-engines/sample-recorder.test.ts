import { LatencyHistogram } from '@dlt/shared';
import { describe, expect, it } from 'vitest';
import type { RawSample } from './contract.js';
import { MAX_SCRIPT_LABELS, OVERFLOW_LABEL, ScriptSampleRecorder } from './sample-recorder.js';

const T0 = 1_800_000_000; // an epoch second

function sample(overrides: Partial<RawSample>): RawSample {
  return {
    startedAtMs: T0 * 1000 + 100,
    label: 'home',
    status: 200,
    success: true,
    latencyMs: 10,
    bytes: 100,
    ...overrides,
  };
}

describe('ScriptSampleRecorder', () => {
  it('adds labels as they appear and counts status codes exactly', () => {
    const r = new ScriptSampleRecorder(T0);
    r.add(sample({}));
    r.add(sample({ label: 'login', status: 302 }));
    r.add(sample({ label: 'home', status: 503, success: false }));
    const out = r.result();
    expect(out.labels).toEqual(['home', 'login']);
    expect(out.byLabel[0]).toMatchObject({
      requests: 2,
      errors: 1,
      bytes: 200,
      statusCodes: { 200: 1, 503: 1 },
    });
    expect(out.byLabel[0]!.errorMessages).toEqual({ 'HTTP 503': 1 });
    expect(out.byLabel[1]).toMatchObject({ requests: 1, errors: 0, statusCodes: { 302: 1 } });
  });

  it('counts an engine failure with status 200 as an error, with the engine message verbatim', () => {
    const r = new ScriptSampleRecorder(T0);
    r.add(sample({ success: false, message: 'Test failed: text expected to contain /Welcome/' }));
    r.add(sample({ success: false, message: 'Test failed: text expected to contain /Welcome/' }));
    r.add(sample({ success: false }));
    const c = r.result().byLabel[0]!;
    expect(c).toMatchObject({ requests: 3, errors: 3, statusCodes: { 200: 3 } });
    expect(c.errorMessages).toEqual({
      'Test failed: text expected to contain /Welcome/': 2,
      "HTTP 200 failed the script's checks": 1,
    });
  });

  it('keys a request without a response by its failure kind and keeps the message', () => {
    const r = new ScriptSampleRecorder(T0);
    r.add(
      sample({ status: 0, success: false, failure: 'econnrefused', message: 'dial tcp: connection refused' }),
    );
    const c = r.result().byLabel[0]!;
    expect(c.statusCodes).toEqual({ econnrefused: 1 });
    expect(c.errorMessages).toEqual({ 'dial tcp: connection refused': 1 });
  });

  it('records latency at full precision and connect time separately, per label', () => {
    const r = new ScriptSampleRecorder(T0);
    const expected = new LatencyHistogram();
    for (let i = 1; i <= 50; i++) {
      r.add(sample({ latencyMs: i * 1.5, connectMs: i % 2 === 0 ? 2 : undefined }));
      expected.record(i * 1500);
    }
    r.add(sample({ label: 'no-connect' }));
    const out = r.result();
    expect(out.byLabel[0]!.latency).toEqual(expected.encode());
    expect(out.connect[0]).toMatchObject({ n: 25, min: 2000, max: 2000 });
    expect(out.connect[1]).toBeNull();
  });

  it('puts each sample in the second it ended in, and emits empty seconds with the users active then', () => {
    const r = new ScriptSampleRecorder(T0);
    r.users(4);
    r.add(sample({ startedAtMs: T0 * 1000 + 990, latencyMs: 20 })); // ends in T0 + 1
    r.add(sample({ startedAtMs: T0 * 1000 + 10 }));
    const seconds = r.drain(T0 + 3);
    expect(seconds.map((s) => [s.encoded.t, s.encoded.vus, s.total.requests])).toEqual([
      [T0, 4, 1],
      [T0 + 1, 4, 1],
      [T0 + 2, 4, 0],
    ]);
  });

  it('folds a late sample into the oldest open second, so the series stays in order and totals stay exact', () => {
    const r = new ScriptSampleRecorder(T0);
    r.add(sample({}));
    expect(r.drain(T0 + 2)).toHaveLength(2);
    r.add(sample({ startedAtMs: T0 * 1000 })); // belongs to T0, which is closed
    const rest = r.drainAll(T0 + 2);
    expect(rest.map((s) => [s.encoded.t, s.total.requests])).toEqual([[T0 + 2, 1]]);
    expect(r.result().byLabel[0]!.requests).toBe(2);
  });

  it('drains past the last second a sample ended in', () => {
    const r = new ScriptSampleRecorder(T0);
    r.add(sample({ startedAtMs: (T0 + 5) * 1000 }));
    const seconds = r.drainAll(T0);
    expect(seconds.at(-1)!.encoded.t).toBe(T0 + 5);
    expect(seconds.reduce((n, s) => n + s.total.requests, 0)).toBe(1);
  });

  it(`folds labels past ${MAX_SCRIPT_LABELS} into one`, () => {
    const r = new ScriptSampleRecorder(T0);
    for (let i = 0; i < MAX_SCRIPT_LABELS + 10; i++) r.add(sample({ label: `/item/${i}` }));
    const out = r.result();
    expect(out.labels).toHaveLength(MAX_SCRIPT_LABELS + 1);
    expect(out.labels.at(-1)).toBe(OVERFLOW_LABEL);
    expect(out.byLabel.at(-1)!.requests).toBe(10);
  });
});
