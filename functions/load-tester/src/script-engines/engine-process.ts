import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { delimiter, join } from 'node:path';
import type { ScriptRunOutcome } from './contract.js';

/** The first executable `command` on PATH, or undefined. */
export async function findOnPath(
  command: string,
  path = process.env.PATH ?? '',
): Promise<string | undefined> {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

const STDERR_TAIL_LINES = 20;

export interface EngineProcessOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  signal: AbortSignal;
  /** After the signal: SIGTERM (engines write their results on it), then SIGKILL this much later. */
  killAfterMs?: number;
  /** A hard ceiling: SIGTERM when it passes, so a script without an end cannot hold a task for ever. */
  deadlineMs?: number;
  /** Each stdout line (engines print their own progress; we keep it off our stdout protocol). */
  onStdoutLine?(line: string): void;
}

/**
 * Runs an engine as a child process in its own process group, so stopping it also stops anything it started
 * (bzt starts JMeter or Locust; Locust may start workers). Resolves with the exit code once it has exited.
 */
export function runEngineProcess(
  command: string,
  args: readonly string[],
  opts: EngineProcessOptions,
): { child: ChildProcess; outcome: Promise<ScriptRunOutcome> } {
  const child = spawn(command, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const tail: string[] = [];
  let partial = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const l of lines) {
      tail.push(l);
      if (tail.length > STDERR_TAIL_LINES) tail.shift();
    }
  });
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (out + chunk).split('\n');
    out = lines.pop() ?? '';
    for (const l of lines) opts.onStdoutLine?.(l);
  });

  let stopped = false;
  let killTimer: NodeJS.Timeout | undefined;
  const signalGroup = (sig: NodeJS.Signals) => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, sig);
    } catch {
      child.kill(sig);
    }
  };
  const stop = () => {
    if (stopped) return;
    stopped = true;
    signalGroup('SIGTERM');
    killTimer = setTimeout(() => signalGroup('SIGKILL'), opts.killAfterMs ?? 10_000);
  };
  const onAbort = () => stop();
  if (opts.signal.aborted) queueMicrotask(stop);
  else opts.signal.addEventListener('abort', onAbort, { once: true });
  const deadline =
    opts.deadlineMs === undefined
      ? undefined
      : setTimeout(() => {
          stop();
        }, opts.deadlineMs);

  const outcome = new Promise<ScriptRunOutcome>((resolve) => {
    const finish = (exitCode: number) => {
      clearTimeout(killTimer);
      clearTimeout(deadline);
      opts.signal.removeEventListener('abort', onAbort);
      if (partial !== '') tail.push(partial);
      if (out !== '') opts.onStdoutLine?.(out);
      resolve({ exitCode, stopped: opts.signal.aborted, stderrTail: tail.join('\n').trim() });
    };
    child.on('error', (err) => {
      tail.push(err.message);
      finish(127);
    });
    child.on('close', (code, signal) => {
      finish(code ?? 128 + (signal === null ? 0 : osConstants.signals[signal]));
    });
  });
  return { child, outcome };
}
