import { Recorder } from '@dlt/shared';
import { Client } from 'undici';
import { classifyError } from './classify.js';
import { type EnginePlan, MAX_ITERATION_RUN_SEC, planDurationSec, type ThreadShare } from './plan.js';

const timeOrigin = performance.timeOrigin;
const now = () => performance.now();

interface PreparedRequest {
  labelIndex: number;
  origin: string;
  options: { path: string; method: string; headers: string[]; body: Buffer | null };
}

function prepare(plan: EnginePlan): PreparedRequest[] {
  return plan.requests.map((r, labelIndex) => {
    const url = new URL(r.url);
    const headers: string[] = [];
    for (const [k, v] of Object.entries(r.headers)) headers.push(k, v);
    return {
      labelIndex,
      origin: url.origin,
      options: {
        path: `${url.pathname}${url.search}`,
        method: r.method,
        headers,
        body: r.body === undefined || r.body === '' ? null : Buffer.from(r.body),
      },
    };
  });
}

/**
 * Runs one thread's share of a plan on the current event loop. Each VU owns its keep-alive connections and is
 * itself the undici dispatch handler, so the request loop allocates nothing per request but what undici needs.
 */
export class HttpRunner {
  readonly recorder: Recorder;
  activeVus = 0;
  stopping = false;
  private readonly requests: PreparedRequest[];
  private readonly vus: Vu[] = [];
  private startAt = 0;
  private deadline = Number.POSITIVE_INFINITY;
  private running = 0;
  private finished!: () => void;
  private timers: NodeJS.Timeout[] = [];
  private issued = 0;
  private idle: Vu[] = [];
  private schedulerReleased = false;

  constructor(
    readonly plan: EnginePlan,
    readonly share: ThreadShare,
  ) {
    this.requests = prepare(plan);
    this.recorder = new Recorder(plan.requests.map((r) => r.label));
  }

  /** Starts load at the given wall-clock time; resolves once every VU is done and connections are closed. */
  run(startAtEpochMs: number): Promise<void> {
    const done = new Promise<void>((resolve) => {
      this.finished = resolve;
    });
    this.startAt = now() + Math.max(0, startAtEpochMs - (timeOrigin + now()));
    const duration = planDurationSec(this.plan) ?? MAX_ITERATION_RUN_SEC;
    this.deadline = this.startAt + duration * 1000;
    this.running = 1; // held by the scheduler until it has started everything
    if (this.share.ratePerSec !== undefined) this.scheduleOpen();
    else this.scheduleClosed();
    this.timers.push(
      setTimeout(
        () => {
          // Arrivals the timer loop had not reached yet still belong to the run.
          this.issueDue(this.deadline);
          this.stop();
        },
        this.deadline - now() + 1,
      ),
    );
    return done.then(() => this.closeAll());
  }

  /**
   * Stops issuing requests. In-flight requests may finish for `graceMs` (by default until their own timeout);
   * after that their connections are cut and they are counted as aborted.
   */
  stop(graceMs?: number): void {
    if (this.stopping) return;
    this.stopping = true;
    this.timers.forEach(clearTimeout);
    this.timers = [];
    if (graceMs !== undefined) {
      const cut = setTimeout(() => {
        for (const vu of this.vus) vu.destroy();
      }, graceMs);
      cut.unref();
    }
    this.schedulerDone();
  }

  private scheduleClosed(): void {
    const { vus, threadIndex, threads } = this.share;
    const rampMs = this.plan.rampUpSec * 1000;
    let pending = vus;
    if (pending === 0) this.schedulerDone();
    for (let j = 0; j < vus; j++) {
      const globalIndex = threadIndex + j * threads;
      const vu = this.newVu();
      const offset = rampMs * (globalIndex / this.plan.vus);
      const start = () => {
        vu.startClosed();
        if (--pending === 0) this.schedulerDone();
      };
      this.timers.push(setTimeout(start, this.startAt + offset - now()));
    }
  }

  /** Open model: arrivals follow a rate ramped linearly over ramp-up, independent of how fast the target answers. */
  private scheduleOpen(): void {
    const rate = this.share.ratePerSec!;
    const rampSec = this.plan.rampUpSec;
    const cap = this.share.iterationsCap ?? Number.POSITIVE_INFINITY;
    // Arrival k (0-based) happens when the integral of the rate reaches k.
    const arrivalSec = (k: number) =>
      k <= (rate * rampSec) / 2 ? Math.sqrt((2 * rampSec * k) / rate) : rampSec / 2 + k / rate;
    this.issueDue = (until: number) => {
      for (;;) {
        if (this.issued >= cap) return false;
        const scheduledAt = this.startAt + arrivalSec(this.issued) * 1000;
        if (scheduledAt >= this.deadline) return false;
        if (scheduledAt > until) return true;
        this.issued++;
        const vu = this.idle.pop() ?? (this.vus.length < this.share.vus ? this.newVu() : undefined);
        if (vu === undefined) {
          this.recorder.dropped++;
          continue;
        }
        this.vuStarted();
        vu.startOpen(scheduledAt);
      }
    };
    const tick = () => {
      if (this.stopping) return;
      if (this.issueDue(now())) this.timers.push(setTimeout(tick, 1));
      else this.schedulerDone();
    };
    this.timers.push(setTimeout(tick, this.startAt - now()));
  }

  /** Issues every open-model arrival scheduled up to `until`; false once no arrival is left. */
  private issueDue: (until: number) => boolean = () => false;

  /** Releases the scheduler's hold on `running`, once. */
  private schedulerDone(): void {
    if (!this.schedulerReleased) {
      this.schedulerReleased = true;
      this.vuDone();
    }
  }

  private newVu(): Vu {
    const vu = new Vu(this, this.vus.length);
    this.vus.push(vu);
    return vu;
  }

  /** @internal */
  shouldContinue(iterationsDone: number): boolean {
    if (this.stopping || now() >= this.deadline) return false;
    return (
      this.share.ratePerSec !== undefined ||
      this.plan.iterations === undefined ||
      iterationsDone < this.plan.iterations
    );
  }

  /** @internal */
  get prepared(): readonly PreparedRequest[] {
    return this.requests;
  }

  /** @internal */
  vuStarted(): void {
    this.running++;
    this.activeVus++;
  }

  /** @internal */
  vuDone(): void {
    this.running--;
    if (this.running === 0) this.finished();
  }

  /** @internal */
  vuIdle(vu: Vu): void {
    this.idle.push(vu);
    this.vuFinished();
  }

  /** @internal */
  vuFinished(): void {
    this.activeVus--;
    this.vuDone();
  }

  private async closeAll(): Promise<void> {
    this.timers.forEach(clearTimeout);
    await Promise.all(this.vus.map((vu) => vu.close()));
  }
}

class Vu {
  private readonly clients = new Map<string, Client>();
  private step = 0;
  private iterations = 0;
  private sentAt = 0;
  private status = 0;
  private bytes = 0;
  private open = false;

  constructor(
    private readonly runner: HttpRunner,
    readonly index: number,
  ) {}

  startClosed(): void {
    if (!this.runner.shouldContinue(0)) return;
    this.runner.vuStarted();
    this.send(now());
  }

  startOpen(scheduledAt: number): void {
    this.open = true;
    this.step = 0;
    // Measured from the scheduled arrival, not from when the event loop got round to it: no coordinated omission.
    this.send(scheduledAt);
  }

  private send(sentAt: number): void {
    const req = this.runner.prepared[this.step]!;
    this.sentAt = sentAt;
    this.status = 0;
    this.bytes = 0;
    try {
      this.client(req.origin).dispatch(req.options as never, this as never);
    } catch (err) {
      this.onError(err as Error);
    }
  }

  private client(origin: string): Client {
    let c = this.clients.get(origin);
    if (c === undefined) {
      const { timeoutMs, insecureSkipTlsVerify } = this.runner.plan;
      c = new Client(origin, {
        pipelining: 1,
        keepAliveTimeout: 60_000,
        keepAliveMaxTimeout: 600_000,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        connect: { timeout: timeoutMs, rejectUnauthorized: !insecureSkipTlsVerify },
      });
      this.clients.set(origin, c);
    }
    return c;
  }

  // undici dispatch handler (the callback form undici runs natively).
  onConnect(): void {}
  onHeaders(statusCode: number): boolean {
    this.status = statusCode;
    return true;
  }
  onData(chunk: Buffer): boolean {
    this.bytes += chunk.length;
    return true;
  }
  onComplete(): void {
    this.finish(this.status, undefined);
  }
  onError(err: Error): void {
    this.finish(0, err);
  }

  private finish(status: number, err: Error | undefined): void {
    const end = now();
    const req = this.runner.prepared[this.step]!;
    const second = Math.floor((timeOrigin + end) / 1000);
    if (err === undefined) {
      this.runner.recorder.record(req.labelIndex, (end - this.sentAt) * 1000, status, this.bytes, second);
    } else {
      const kind = classifyError(err);
      this.runner.recorder.record(req.labelIndex, (end - this.sentAt) * 1000, 0, this.bytes, second, kind);
    }
    this.step++;
    const prepared = this.runner.prepared;
    if (this.step < prepared.length) {
      if (!this.runner.stopping) {
        this.send(end);
        return;
      }
    } else {
      this.step = 0;
      this.iterations++;
      if (!this.open && this.runner.shouldContinue(this.iterations)) {
        this.send(end);
        return;
      }
    }
    if (this.open) {
      this.runner.vuIdle(this);
    } else {
      this.runner.vuFinished();
    }
  }

  destroy(): void {
    for (const c of this.clients.values()) c.destroy().catch(() => {});
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((c) => c.close().catch(() => c.destroy())));
  }
}
