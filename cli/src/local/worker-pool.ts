import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A line a load-tester worker prints on stdout (see functions/load-tester/README.md). */
export type WorkerLine =
  | { type: 'ready'; taskId: string; taskIndex: number; labels: string[]; durationSec: number | null }
  | { type: 'started'; taskId: string; startAt: number }
  | {
      type: 'live';
      taskId: string;
      t: number;
      vus: number;
      requests: number;
      errors: number;
      second?: unknown;
    }
  | {
      type: 'done';
      taskId: string;
      artifact: string;
      partial: boolean;
      requests: number;
      peakRssBytes: number;
    }
  | { type: 'error'; message: string };

export interface WorkerHandle {
  index: number;
  child: ChildProcess;
  exitCode: number | null;
  done?: Extract<WorkerLine, { type: 'done' }>;
  stderrTail: string[];
  exited: Promise<number | null>;
}

export interface PoolEvents {
  onLine(worker: WorkerHandle, line: WorkerLine): void;
}

/** Starts local load-tester processes, the local stand-in for a region's Fargate tasks. */
export function startWorkers(
  script: string,
  count: number,
  argsFor: (index: number) => string[],
  events: PoolEvents,
): WorkerHandle[] {
  return Array.from({ length: count }, (_, index) => {
    const child = spawn(process.execPath, [script, ...argsFor(index)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const handle: WorkerHandle = {
      index,
      child,
      exitCode: null,
      stderrTail: [],
      exited: new Promise((resolve) => {
        child.on('exit', (code, signal) => {
          handle.exitCode = code ?? (signal === null ? null : 128);
          resolve(handle.exitCode);
        });
        child.on('error', (err) => {
          handle.stderrTail.push(err.message);
          resolve(null);
        });
      }),
    };
    createInterface({ input: child.stdout! }).on('line', (text) => {
      let parsed: WorkerLine;
      try {
        parsed = JSON.parse(text) as WorkerLine;
      } catch {
        return; // not a protocol line
      }
      if (parsed.type === 'done') handle.done = parsed;
      events.onLine(handle, parsed);
    });
    createInterface({ input: child.stderr! }).on('line', (text) => {
      handle.stderrTail.push(text);
      if (handle.stderrTail.length > 20) handle.stderrTail.shift();
    });
    return handle;
  });
}
