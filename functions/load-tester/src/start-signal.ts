import { readFile } from 'node:fs/promises';

/**
 * Where a task learns when to start. Locally a file or a URL; on AWS an S3 object (same content).
 * Content: `{"startAt": <epoch ms>}`. Tasks start load at that instant, so every task begins together.
 */
export interface StartSignal {
  startAt: number;
}

export type StartSignalSource =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'now' };

export function parseStartSignalSource(spec: string | undefined): StartSignalSource {
  if (spec === undefined || spec === 'now') return { kind: 'now' };
  if (/^https?:\/\//.test(spec)) return { kind: 'url', url: spec };
  if (spec.startsWith('file://')) return { kind: 'file', path: new URL(spec).pathname };
  if (spec.startsWith('s3://')) {
    throw new Error('an s3:// start signal needs the AWS task host, which this build does not include yet');
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
  }
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
    if (Date.now() >= deadline)
      throw new Error(`no start signal after ${Math.round(opts.timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 50));
  }
}
