import { Recorder } from '@dlt/shared';
import { classifyError } from './classify.js';
import { Http1Connection, type ResponseSink } from './http1/connection.js';
import { buildWireRequest, type Endpoint } from './http1/request.js';
import { type EnginePlan, MAX_ITERATION_RUN_SEC, planDurationSec, type ThreadShare } from './plan.js';

const timeOrigin = performance.timeOrigin;
const now = () => performance.now();

interface PreparedRequest {
  labelIndex: number;
  endpoint: Endpoint;
  bytes: Buffer;
  isHead: boolean;
}

function prepare(plan: EnginePlan): PreparedRequest[] {
  return plan.requests.map((r, labelIndex) => ({ labelIndex, ...buildWireRequest(r) }));
}

/**
 * Runs one thread's share of a plan on the current event loop. Each VU owns its keep-alive connections and is
 * itself the response sink, so the request loop allocates next to nothing per request.
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
  private sweeper: NodeJS.Timeout | undefined;
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
    const timeoutMs = this.plan.timeoutMs;
    this.sweeper = setInterval(
      () => {
        const t = now();
        for (const vu of this.vus) vu.expireIfOlder(t - timeoutMs, timeoutMs);
      },
      Math.min(100, Math.max(10, timeoutMs / 10)),
    );
    if (this.share.arrivals !== undefined) this.scheduleOpen();
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
    const rate = this.plan.ratePerSec!;
    const { offset, stride } = this.share.arrivals!;
    const rampSec = this.plan.rampUpSec;
    const cap = this.share.iterationsCap ?? Number.POSITIVE_INFINITY;
    // Connecting hundreds of VUs in the middle of a burst stalls the event loop, which delays arrivals, which
    // needs more VUs: a spiral. Connected VUs for the first 50 ms of full-rate arrivals avoid it.
    const warm = Math.min(this.share.vus, Math.ceil((rate / stride) * 0.05));
    for (let i = 0; i < warm; i++) {
      const vu = this.newVu();
      vu.preconnect(this.prepared[0]!.endpoint);
      this.idle.push(vu);
    }
    // Arrival k (0-based) happens when the integral of the rate reaches k.
    const arrivalSec = (k: number) =>
      k <= (rate * rampSec) / 2 ? Math.sqrt((2 * rampSec * k) / rate) : rampSec / 2 + k / rate;
    this.issueDue = (until: number) => {
      for (;;) {
        if (this.issued >= cap) return false;
        const scheduledAt = this.startAt + arrivalSec(offset + stride * this.issued) * 1000;
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
      this.share.arrivals !== undefined ||
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
    clearInterval(this.sweeper);
    for (const vu of this.vus) vu.close();
  }
}

class Vu implements ResponseSink {
  private readonly connections = new Map<string, Http1Connection>();
  private step = 0;
  private iterations = 0;
  private sentAt = 0;
  private issuedAt = 0;
  private inFlight: Http1Connection | null = null;
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
    this.issuedAt = now();
    this.inFlight = this.connection(req.endpoint);
    this.inFlight.send(req.bytes, req.isHead, this);
  }

  preconnect(endpoint: Endpoint): void {
    this.connection(endpoint).preconnect();
  }

  expireIfOlder(issuedBefore: number, timeoutMs: number): void {
    if (this.inFlight !== null && this.issuedAt < issuedBefore) this.inFlight.expire(timeoutMs);
  }

  private connection(endpoint: Endpoint): Http1Connection {
    let c = this.connections.get(endpoint.origin);
    if (c === undefined) {
      c = new Http1Connection(endpoint, { rejectUnauthorized: !this.runner.plan.insecureSkipTlsVerify });
      this.connections.set(endpoint.origin, c);
    }
    return c;
  }

  onResponse(status: number, bodyBytes: number): void {
    this.finish(status, bodyBytes, undefined);
  }

  onFailure(error: Error): void {
    this.finish(0, 0, error);
  }

  private finish(status: number, bytes: number, err: Error | undefined): void {
    const end = now();
    this.inFlight = null;
    const req = this.runner.prepared[this.step]!;
    const second = Math.floor((timeOrigin + end) / 1000);
    const latencyUs = (end - this.sentAt) * 1000;
    if (err === undefined) {
      this.runner.recorder.record(req.labelIndex, latencyUs, status, bytes, second);
    } else {
      const kind = classifyError(err);
      const message = kind === 'other' ? err.message : undefined;
      this.runner.recorder.record(req.labelIndex, latencyUs, 0, bytes, second, kind, message);
    }
    this.step++;
    if (this.step < this.runner.prepared.length) {
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
    if (this.open) this.runner.vuIdle(this);
    else this.runner.vuFinished();
  }

  destroy(): void {
    for (const c of this.connections.values()) c.destroy();
  }

  close(): void {
    for (const c of this.connections.values()) c.close();
  }
}
