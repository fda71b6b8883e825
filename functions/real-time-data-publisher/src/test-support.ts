// Test-only: live lines built with the same shared encoders the load tester uses, and a recording publisher.
import {
  COARSE_SUB_BUCKET_BITS,
  type EncodedSecond,
  encodeSecondLabel,
  type LivePublisher,
  WindowCounters,
} from '@dlt/shared';

export interface SecondSpec {
  /** Latencies of this second's responses, per label, in ms. */
  latenciesMs: number[][];
  /** How many of each label's responses were errors (the first n). */
  errors?: number[];
}

export function encodeSecond(t: number, vus: number, spec: SecondSpec): EncodedSecond {
  const l = spec.latenciesMs.map((latencies, i) => {
    const c = new WindowCounters(COARSE_SUB_BUCKET_BITS);
    for (const ms of latencies) {
      c.requests++;
      c.latency.record(ms * 1000);
    }
    c.errors = spec.errors?.[i] ?? 0;
    return encodeSecondLabel(i, c);
  });
  return { t, vus, l };
}

/** The worker's line, plus the routing fields the Lambda needs; cumulative counters as given. */
export function liveLine(opts: {
  taskId: string;
  t: number;
  vus?: number;
  requests: number;
  errors?: number;
  second: SecondSpec;
  testId?: string;
  region?: string;
}): Record<string, unknown> {
  const vus = opts.vus ?? 1;
  return {
    type: 'live',
    ...(opts.testId === undefined ? {} : { testId: opts.testId }),
    ...(opts.region === undefined ? {} : { region: opts.region }),
    taskId: opts.taskId,
    t: opts.t,
    vus,
    requests: opts.requests,
    errors: opts.errors ?? 0,
    bytes: 0,
    meanMs: 0,
    p50Ms: 0,
    p95Ms: 0,
    p99Ms: 0,
    second: encodeSecond(opts.t, vus, opts.second),
  };
}

export class RecordingPublisher implements LivePublisher {
  readonly messages: Array<{ topic: string; payload: unknown }> = [];
  failTopics = new Set<string>();

  async publish(topic: string, payload: unknown): Promise<void> {
    if (this.failTopics.has(topic)) throw new Error(`publish to ${topic} refused`);
    // Round-trip through JSON as IoT does, so the test sees what a subscriber would.
    this.messages.push({ topic, payload: JSON.parse(JSON.stringify(payload)) });
  }
}

export function recordingLogger() {
  const entries: Array<{ level: string; message: string; extra?: Record<string, unknown> }> = [];
  const at =
    (level: string) =>
    (message: string, extra?: Record<string, unknown>): void => {
      entries.push({ level, message, ...(extra === undefined ? {} : { extra }) });
    };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
