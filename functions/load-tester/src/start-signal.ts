import { readFile } from 'node:fs/promises';

/**
 * Where a task learns when to start. Locally a file or a URL; in task-host mode an S3 object (same content).
 * Content: `{"startAt": <epoch ms>}`. Tasks start load at that instant, so every task begins together.
 */
export interface StartSignal {
  startAt: number;
  /**
   * When the signal took effect (its `startAt`, or the write time of an empty marker). Absent when unknown.
   * A task that first sees a signal long after this instant is a replacement task (see `isReplacementStart`).
   */
  signalTime?: number;
}

export type StartSignalSource =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'now' }
  /** Any other place (the S3 object): `probe` answers undefined until the signal exists. */
  | { kind: 'probe'; name: string; probe: () => Promise<StartSignal | undefined> };

/** A signal older than this when a task first sees it means load already ran without that task (DLT 4.1.1). */
export const STALE_START_SIGNAL_MS = 30_000;

/**
 * True for a task that started after its region's load began, e.g. one ECS started to replace a failed
 * task. It must not add load the test did not ask for.
 */
export function isReplacementStart(signal: StartSignal, now = Date.now()): boolean {
  return signal.signalTime !== undefined && now - signal.signalTime > STALE_START_SIGNAL_MS;
}

export function parseStartSignalSource(spec: string | undefined): StartSignalSource {
  if (spec === undefined || spec === 'now') return { kind: 'now' };
  if (/^https?:\/\//.test(spec)) return { kind: 'url', url: spec };
  if (spec.startsWith('file://')) return { kind: 'file', path: new URL(spec).pathname };
  if (spec.startsWith('s3://')) {
    throw new Error(
      'an s3:// start signal needs task-host mode (--task-env), which reads it from the environment',
    );
  }
  return { kind: 'file', path: spec };
}

function parse(text: string, from: string): StartSignal {
  const value = JSON.parse(text) as Partial<StartSignal>;
  if (typeof value.startAt !== 'number' || !Number.isFinite(value.startAt)) {
    throw new Error(`start signal ${from} has no numeric startAt`);
  }
  return { startAt: value.startAt };
}

async function probe(source: StartSignalSource): Promise<StartSignal | undefined> {
  switch (source.kind) {
    case 'now':
      return { startAt: Date.now() };
    case 'file':
      try {
        return parse(await readFile(source.path, 'utf8'), source.path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        // A half-written file parses badly; the next poll sees it whole.
        if (err instanceof SyntaxError) return undefined;
        throw err;
      }
    case 'url': {
      const res = await fetch(source.url).catch(() => undefined);
      if (res === undefined || res.status === 404) return undefined;
      if (!res.ok) throw new Error(`start signal ${source.url} answered HTTP ${res.status}`);
      return parse(await res.text(), source.url);
    }
    case 'probe':
      return source.probe();
  }
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function waitForStartSignal(
  source: StartSignalSource,
  opts: { timeoutMs: number; pollMs?: number; signal?: AbortSignal },
): Promise<StartSignal> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const found = await probe(source);
    if (found !== undefined) return found;
    if (opts.signal?.aborted) throw new Error('stopped while waiting for the start signal');
    if (Date.now() >= deadline) throw new Error(`no start signal after ${opts.timeoutMs / 1000} s`);
    await pause(Math.min(opts.pollMs ?? 50, Math.max(0, deadline - Date.now())), opts.signal);
  }
}
