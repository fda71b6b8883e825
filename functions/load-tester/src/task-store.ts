import type { ObjectStore } from '@dlt/shared/storage';
import { warn } from './protocol.js';
import type { StartSignal } from './start-signal.js';

export interface RetryOptions {
  attempts: number;
  /** Delay before the second attempt; each later one waits twice as long. */
  firstDelayMs: number;
}

/** About 3.5 s of waiting in all: well inside ECS's 30 s between SIGTERM and SIGKILL. */
export const DEFAULT_RETRY: RetryOptions = { attempts: 4, firstDelayMs: 500 };

/** Runs `fn` until it succeeds or `attempts` are used up; the final error names what failed and how often. */
export async function withRetries<T>(
  what: string,
  fn: () => Promise<T>,
  retry: RetryOptions = DEFAULT_RETRY,
): Promise<T> {
  let delay = retry.firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (attempt >= retry.attempts) {
        throw new Error(`${what} failed after ${attempt} attempts: ${message}`);
      }
      warn(`${what} failed (attempt ${attempt} of ${retry.attempts}), retrying: ${message}`);
      await new Promise((r) => setTimeout(r, delay));
      delay *= 2;
    }
  }
}

/**
 * The task host's view of the scenarios bucket: its config, its region's start signal and its results.
 * The SDK already retries throttling and 5xx answers; the retries here cover what outlasts those.
 */
export class TaskStore {
  /** The last S3 error seen while polling for the start signal, for the timeout message. */
  lastPollError: string | undefined;
  private readonly reported = new Set<string>();

  constructor(
    private readonly objects: ObjectStore,
    private readonly retry: RetryOptions = DEFAULT_RETRY,
  ) {}

  url(key: string): string {
    return `s3://${this.objects.bucket}/${key}`;
  }

  /** The object's text, or undefined when it does not exist. */
  readText(key: string): Promise<string | undefined> {
    return withRetries(`downloading ${this.url(key)}`, () => this.objects.getText(key), this.retry);
  }

  upload(key: string, body: string | Uint8Array, contentType: string): Promise<void> {
    return withRetries(
      `uploading ${this.url(key)}`,
      () => this.objects.put(key, body, { contentType }),
      this.retry,
    );
  }

  /**
   * One poll of the start signal: undefined while it is absent or S3 cannot be reached (the wait's timeout
   * bounds that). A body that is neither empty nor `{"startAt": n}` is an error: S3 writes are atomic, so
   * polling again would not fix it.
   */
  async probeStartSignal(key: string): Promise<StartSignal | undefined> {
    let body: string | undefined;
    try {
      body = await this.objects.getText(key);
    } catch (err) {
      this.notePollError(err);
      return undefined;
    }
    if (body === undefined) return undefined;
    if (body.trim() === '') {
      // DLT's empty marker: start now. Its write time tells a replacement task that load already ran.
      const info = await this.objects.head(key).catch(() => undefined);
      const written = info?.lastModified?.getTime();
      return written === undefined ? { startAt: Date.now() } : { startAt: Date.now(), signalTime: written };
    }
    let startAt: unknown;
    try {
      startAt = (JSON.parse(body) as { startAt?: unknown } | null)?.startAt;
    } catch {
      startAt = undefined;
    }
    if (typeof startAt !== 'number' || !Number.isFinite(startAt)) {
      throw new Error(
        `start signal ${this.url(key)} is neither empty nor {"startAt": <epoch ms>}: ${body.slice(0, 100)}`,
      );
    }
    return { startAt, signalTime: startAt };
  }

  private notePollError(err: unknown): void {
    const name = err instanceof Error ? err.name : 'Error';
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    this.lastPollError = message;
    // Once per kind of error: a flapping network must not flood the task's log every poll.
    if (this.reported.has(name)) return;
    this.reported.add(name);
    warn(`cannot read the start signal yet (will keep trying): ${message}`);
  }
}
