import {
  type EncodedCounters,
  type EncodedSecond,
  encodeArtifact,
  encodeSeries,
  histogramSettings,
  latencySummaryMs,
  TASK_ARTIFACT_SCHEMA,
  type TaskArtifact,
  type WindowCounters,
} from '@dlt/shared';
import { HttpEngine } from './engine/http-engine.js';
import { type EnginePlan, planDurationSec } from './engine/plan.js';
import { line } from './protocol.js';

/** One closed second of a running engine: the encoded second for the artifact, and its total for the live line. */
export interface TaskEngineSecond {
  encoded: EncodedSecond;
  total: WindowCounters;
}

export interface TaskEngineResult {
  labels: string[];
  byLabel: EncodedCounters[];
  dropped: number;
  seconds: EncodedSecond[];
  threads: number;
  /** Optional artifact fields only this engine has (script engines: `connectLatency`). */
  extra?: Record<string, unknown>;
}

/** What a task runs: the native HTTP engine, or a script engine through its adapter. */
export interface TaskEngine {
  /** The artifact's `engine`: `http`, or the script adapter's name. */
  readonly name: string;
  /** Labels known before the run (the ready line); script engines learn theirs while running. */
  readonly labels: string[];
  readonly durationSec: number | null;
  readonly model: 'closed' | 'open';
  readonly maxVus: number;
  /** This task's target rate, when it has one. */
  readonly targetRps?: number;
  run(startAt: number, onSecond: (s: TaskEngineSecond) => void): Promise<TaskEngineResult>;
  /** Stops load; in-flight requests get `graceMs`. */
  stop(graceMs: number): void;
}

/** The native engine as a task engine. */
export function httpTaskEngine(plan: EnginePlan, threads: number | undefined, taskCount: number): TaskEngine {
  const engine = new HttpEngine(plan, threads === undefined ? {} : { threads });
  return {
    name: 'http',
    labels: plan.requests.map((r) => r.label),
    durationSec: planDurationSec(plan),
    model: plan.ratePerSec === undefined ? 'closed' : 'open',
    maxVus: plan.vus,
    ...(plan.ratePerSec === undefined ? {} : { targetRps: plan.ratePerSec / taskCount }),
    run: (startAt, onSecond) => engine.run(startAt, onSecond),
    stop: (graceMs) => engine.stop(graceMs),
  };
}

/** Who a task is: the artifact's identity fields and the ids on every stdout line. */
export interface TaskIdentity {
  testId: string;
  testRunId: string;
  region: string;
  taskId: string;
  /** This task's place in the open-model split (0 for every ECS task, see README.md). */
  taskIndex: number;
  taskCount: number;
}

/** What a finished (or stopped) run left to deliver. */
export interface FinishedTask {
  artifact: TaskArtifact;
  /** The encoded artifact (`dlt.task-result.v1`), ready to write or upload. */
  bytes: Buffer;
  partial: boolean;
  endedAt: number;
  requests: number;
  peakRssBytes: number;
}

/**
 * The part of a task both hosts share: the engine, the stop handling, the ready/started/live lines and the
 * artifact. Where the config comes from, where the start signal is and where results go is the host's business.
 */
export class TaskRun {
  private readonly stopController = new AbortController();

  constructor(
    private readonly engine: TaskEngine,
    private readonly identity: TaskIdentity,
  ) {
    const onStop = () => {
      if (this.stopController.signal.aborted) return;
      this.stopController.abort();
      // In-flight requests get 2 s, so a stop still leaves time to deliver the partial results.
      this.engine.stop(2000);
    };
    process.on('SIGTERM', onStop);
    process.on('SIGINT', onStop);
  }

  /** Aborted once SIGTERM or SIGINT has arrived. */
  get stopSignal(): AbortSignal {
    return this.stopController.signal;
  }

  get stopped(): boolean {
    return this.stopController.signal.aborted;
  }

  printReady(): void {
    line({
      type: 'ready',
      taskId: this.identity.taskId,
      taskIndex: this.identity.taskIndex,
      testId: this.identity.testId,
      region: this.identity.region,
      labels: this.engine.labels,
      durationSec: this.engine.durationSec,
    });
  }

  async run(startAt: number): Promise<FinishedTask> {
    const { testId, region, taskId } = this.identity;
    let peakRss = process.memoryUsage.rss();
    const rssTimer = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }, 250);
    const model = this.engine.model;
    line({ type: 'started', taskId, startAt, model });
    const result = await this.engine.run(startAt, ({ encoded, total }) => {
      const l = latencySummaryMs(total);
      line({
        type: 'live',
        taskId,
        testId,
        region,
        t: encoded.t,
        vus: encoded.vus,
        requests: total.requests,
        errors: total.errors,
        bytes: total.bytes,
        meanMs: l.mean,
        p50Ms: l.p50,
        p95Ms: l.p95,
        p99Ms: l.p99,
        second: encoded,
      });
    });
    clearInterval(rssTimer);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    const endedAt = Date.now();
    const partial = this.stopped;

    const artifact: TaskArtifact = {
      schema: TASK_ARTIFACT_SCHEMA,
      testId,
      testRunId: this.identity.testRunId,
      region,
      taskId,
      taskIndex: this.identity.taskIndex,
      engine: this.engine.name,
      startedAt: startAt,
      endedAt,
      partial,
      model,
      maxVus: this.engine.maxVus,
      threads: result.threads,
      peakRssBytes: peakRss,
      histogram: histogramSettings(),
      labels: result.labels,
      byLabel: result.byLabel,
      dropped: result.dropped,
      series: encodeSeries(result.seconds),
    };
    if (this.engine.targetRps !== undefined) artifact.targetRps = this.engine.targetRps;
    // Fields only some engines have; readers that do not know them ignore them (ARTIFACT.md).
    if (result.extra !== undefined) Object.assign(artifact, result.extra);
    return {
      artifact,
      bytes: encodeArtifact(artifact),
      partial,
      endedAt,
      requests: result.byLabel.reduce((n, c) => n + c.requests, 0),
      peakRssBytes: peakRss,
    };
  }
}
