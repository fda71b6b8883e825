// Tests only: runs the built worker (dist/worker.js) as a real process and follows its stdout protocol.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const workerScript = fileURLToPath(new URL('../dist/worker.js', import.meta.url));

export function assertWorkerBuilt(): void {
  if (!existsSync(workerScript)) {
    throw new Error(
      `these tests run the built worker, but ${workerScript} is missing. Build it: npx nx run @dlt/load-tester:build`,
    );
  }
}

export type Line = Record<string, unknown> & { type: string };

export interface WorkerRun {
  child: ChildProcess;
  lines: Line[];
  stderr(): string;
  /** Resolves with the first line of `type` (already seen or coming); rejects if the worker exits first. */
  waitForLine(type: string, timeoutMs?: number): Promise<Line>;
  /** The exit code; a death by signal maps to 128 + its number, as a shell reports it. */
  exited: Promise<number>;
}

const running = new Set<ChildProcess>();

/** SIGKILLs every worker these helpers started that is still running (call in afterEach). */
export function killStrayWorkers(): void {
  for (const child of running)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  running.clear();
}

export function startWorker(args: string[], env: Record<string, string>, timeoutMs = 60_000): WorkerRun {
  const base: Record<string, string> = {};
  if (process.env.PATH) base.PATH = process.env.PATH;
  if (process.env.HOME) base.HOME = process.env.HOME;
  const child = spawn(process.execPath, [workerScript, ...args], {
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const lines: Line[] = [];
  let stderr = '';
  const waiters = new Set<() => void>();
  createInterface({ input: child.stdout! }).on('line', (text) => {
    try {
      lines.push(JSON.parse(text) as Line);
    } catch {
      return;
    }
    for (const w of waiters) w();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  // Bounded: a worker that hangs is killed, and the test sees 137 instead of waiting for ever.
  const guard = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  let closed = false;
  const exited = new Promise<number>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      running.delete(child);
      closed = true;
      for (const w of waiters) w();
      resolve(code ?? 128 + (signal === null ? 0 : constants.signals[signal]));
    });
  });
  return {
    child,
    lines,
    stderr: () => stderr,
    exited,
    waitForLine(type, waitMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.find((l) => l.type === type);
          if (found !== undefined) finish(() => resolve(found));
          else if (closed) {
            finish(() => reject(new Error(`worker exited before a ${type} line; stderr: ${stderr}`)));
          }
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`no ${type} line after ${waitMs} ms; stderr: ${stderr}`))),
          waitMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
  };
}
