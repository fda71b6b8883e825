import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import {
  type LaunchRequest,
  type LaunchResult,
  LOAD_TESTER_CONTAINER,
  type RegionRunRef,
  startedByForRun,
  TASK_ENV,
  type TaskLauncher,
  type TaskStatus,
  type TaskStoppedEvent,
} from '@dlt/shared';
import { findLeftoverWorkers, type LeftoverTask, TaskPidFiles } from './pid-files.js';

export type { LeftoverTask } from './pid-files.js';

export interface LocalTaskLauncherOptions {
  /** The built load-tester (`functions/load-tester/dist/worker.js`), run with this Node binary. */
  workerScript: string;
  /** Where `tasks/<testRunId>.json` records the pids of running workers, for `killLeftovers`. */
  stateDir: string;
  /** Environment every worker gets: the S3 stand-in's endpoint and keys, AWS_REGION, DLT_START_POLL_MS... */
  baseEnv: Record<string, string>;
  /** `--threads` per worker; absent: the worker's default (one engine thread per CPU). */
  threadsPerTask?: number;
  /** Every `live` line a worker prints (the live-data publisher's input). */
  onLiveLine?: (ref: RegionRunRef, line: Record<string, unknown>) => void;
  /** A worker stopped with an exit code other than 0 or 143: what EventBridge would deliver on AWS. */
  onTaskStopped?: (event: TaskStoppedEvent) => void;
  /** How long `close()` waits after SIGTERM before SIGKILL. Default 15 s (a stopped worker uploads results). */
  closeGraceMs?: number;
}

interface LocalTask {
  ref: RegionRunRef;
  taskId: string;
  /** What ECS would show as the container overrides: the run's environment and TASK_INDEX, never baseEnv. */
  environment: Record<string, string>;
  child: ChildProcess;
  pid: number;
  status: TaskStatus;
  stopReason?: string;
  stderrTail: string[];
  closed: Promise<void>;
}

const STDERR_LINES = 20;
const REASON_CHARS = 1000;
const GRACEFUL_EXIT_CODES: readonly number[] = [0, 143];

const runKey = (ref: RegionRunRef) => JSON.stringify([ref.testId, ref.testRunId, ref.region]);

/**
 * The local stand-in for ECS: each task is a load-tester worker process in task-host mode (`--task-env`),
 * configured by its environment and talking to the S3 stand-in exactly as a Fargate task talks to S3.
 */
export class LocalTaskLauncher implements TaskLauncher {
  private readonly runs = new Map<string, LocalTask[]>();
  private readonly workerScript: string;
  private readonly pidFiles: TaskPidFiles;
  private closing = false;

  constructor(private readonly options: LocalTaskLauncherOptions) {
    this.workerScript = resolve(options.workerScript);
    this.pidFiles = new TaskPidFiles(options.stateDir, this.workerScript);
  }

  /**
   * Ends workers a previous `dlt local up` left running (it crashed or was killed): SIGTERM, then SIGKILL
   * after 10 s. Only processes that are alive and run `workerScript` are touched, so a reused pid is safe.
   */
  static killLeftovers(stateDir: string, workerScript: string, graceMs = 10_000): Promise<LeftoverTask[]> {
    return findLeftoverWorkers(stateDir, resolve(workerScript), graceMs);
  }

  async launch(request: LaunchRequest): Promise<LaunchResult> {
    if (this.closing) return { launched: 0, failures: ['the local task launcher is shutting down'] };
    if (!existsSync(this.workerScript)) {
      return {
        launched: 0,
        failures: [
          `the load-tester worker is not built (${this.workerScript} is missing): npx nx run @dlt/load-tester:build`,
        ],
      };
    }
    const key = runKey(request);
    const live = (this.runs.get(key) ?? []).filter((t) => t.status.phase !== 'STOPPED');
    if (live.length > 0) {
      return {
        launched: 0,
        failures: [`${live.length} tasks of run ${request.testRunId} are still running in ${request.region}`],
      };
    }
    const ref: RegionRunRef = {
      testId: request.testId,
      testRunId: request.testRunId,
      region: request.region,
      infra: request.infra,
    };
    const started = await Promise.all(
      Array.from({ length: request.taskCount }, (_, index) =>
        this.spawnTask(ref, request.environment, index),
      ),
    );
    const tasks = started.filter((t): t is LocalTask => typeof t !== 'string');
    this.runs.set(key, tasks);
    await this.savePids(ref.testRunId);
    return { launched: tasks.length, failures: started.filter((t): t is string => typeof t === 'string') };
  }

  async describe(ref: RegionRunRef): Promise<TaskStatus[]> {
    return (this.runs.get(runKey(ref)) ?? []).map((t) => ({ ...t.status }));
  }

  async stop(ref: RegionRunRef, reason: string): Promise<void> {
    for (const task of this.runs.get(runKey(ref)) ?? []) this.terminate(task, reason);
  }

  async listActive(): Promise<Array<RegionRunRef & { taskId: string }>> {
    return [...this.runs.values()]
      .flat()
      .filter((t) => t.status.phase !== 'STOPPED')
      .map((t) => ({ ...t.ref, taskId: t.taskId }));
  }

  /** Stops every worker (SIGTERM, so they deliver partial results), SIGKILLs what outlives the grace. */
  async close(): Promise<void> {
    this.closing = true;
    const tasks = [...this.runs.values()].flat();
    for (const task of tasks) this.terminate(task, 'the local stack is shutting down');
    const allClosed = Promise.all(tasks.map((t) => t.closed));
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), this.options.closeGraceMs ?? 15_000);
    });
    if ((await Promise.race([allClosed, graceOver])) === 'timeout') {
      for (const task of tasks) if (task.status.phase !== 'STOPPED') task.child.kill('SIGKILL');
      await allClosed;
    }
    clearTimeout(timer);
    await this.pidFiles.idle();
  }

  private terminate(task: LocalTask, reason: string): void {
    if (task.status.phase === 'STOPPED' || task.stopReason !== undefined) return;
    task.stopReason = reason;
    task.child.kill('SIGTERM');
  }

  private async spawnTask(
    ref: RegionRunRef,
    runEnvironment: Record<string, string>,
    index: number,
  ): Promise<LocalTask | string> {
    // The same id the worker derives from TASK_INDEX, so statuses, artifacts and markers line up.
    const taskId = `${ref.region}-task-${index}`;
    const environment = { ...runEnvironment, [TASK_ENV.taskIndex]: String(index) };
    const env: Record<string, string> = {};
    // Only what Node needs from this process: its credentials and settings must not leak into tasks.
    if (process.env.PATH) env.PATH = process.env.PATH;
    if (process.env.HOME) env.HOME = process.env.HOME;
    Object.assign(env, this.options.baseEnv, environment);
    const threads = this.options.threadsPerTask;
    const args = [
      this.workerScript,
      '--task-env',
      ...(threads === undefined ? [] : ['--threads', String(threads)]),
    ];

    let child: ChildProcess;
    try {
      child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      return `task ${taskId} could not be started: ${(err as Error).message}`;
    }
    const spawnError = await new Promise<Error | undefined>((settle) => {
      child.once('spawn', () => settle(undefined));
      child.once('error', settle);
    });
    if (spawnError !== undefined || child.pid === undefined) {
      return `task ${taskId} could not be started: ${spawnError?.message ?? 'no process id'}`;
    }

    const task: LocalTask = {
      ref,
      taskId,
      environment,
      child,
      pid: child.pid,
      status: { taskId, phase: 'PENDING' },
      stderrTail: [],
      closed: Promise.resolve(),
    };
    task.closed = new Promise((settle) => {
      child.on('close', (code, signal) => {
        this.onClosed(task, code, signal);
        settle();
      });
    });
    // Later errors (a failed kill) are only worth a line in the reason.
    child.on('error', (err) => this.keepStderr(task, err.message));
    createInterface({ input: child.stdout! }).on('line', (text) => this.onStdout(task, text));
    createInterface({ input: child.stderr! }).on('line', (text) => this.keepStderr(task, text));
    return task;
  }

  private onStdout(task: LocalTask, text: string): void {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return; // not a protocol line
    }
    if (parsed.type === 'ready' && task.status.phase === 'PENDING')
      task.status = { ...task.status, phase: 'READY' };
    else if (parsed.type === 'live') this.notify(() => this.options.onLiveLine?.(task.ref, parsed));
  }

  private keepStderr(task: LocalTask, text: string): void {
    task.stderrTail.push(text);
    if (task.stderrTail.length > STDERR_LINES) task.stderrTail.shift();
  }

  private onClosed(task: LocalTask, code: number | null, signal: NodeJS.Signals | null): void {
    // A death by signal reads as a shell (and ECS) reports it: 128 + the signal's number, e.g. SIGKILL → 137.
    const exitCode = code ?? 128 + (signal === null ? 0 : (constants.signals[signal] ?? 0));
    const wasReady = task.status.phase === 'READY';
    const stopCode =
      task.stopReason !== undefined
        ? 'UserInitiated'
        : wasReady
          ? 'EssentialContainerExited'
          : 'TaskFailedToStart';
    const stoppedReason = task.stopReason ?? this.exitReason(task, exitCode);
    task.status = { taskId: task.taskId, phase: 'STOPPED', exitCode, stopCode, stoppedReason };
    void this.savePids(task.ref.testRunId);
    if (!GRACEFUL_EXIT_CODES.includes(exitCode)) {
      this.notify(() =>
        this.options.onTaskStopped?.(this.stoppedEvent(task, exitCode, stopCode, stoppedReason)),
      );
    }
  }

  /** The worker's own messages (`dlt-load-tester: ...`) say why; other stderr (warnings) only if there are none. */
  private exitReason(task: LocalTask, exitCode: number): string {
    const own = task.stderrTail.filter((l) => l.startsWith('dlt-load-tester:'));
    const tail = (own.length > 0 ? own : task.stderrTail).slice(-3).join(' | ').trim();
    const reason = `load-tester exited with code ${exitCode}${tail === '' ? '' : `: ${tail}`}`;
    return reason.length > REASON_CHARS ? `${reason.slice(0, REASON_CHARS - 1)}…` : reason;
  }

  private stoppedEvent(
    task: LocalTask,
    exitCode: number,
    stopCode: string,
    stoppedReason: string,
  ): TaskStoppedEvent {
    return {
      source: 'aws.ecs',
      'detail-type': 'ECS Task State Change',
      region: task.ref.region,
      detail: {
        taskArn: `local:task/${task.ref.testRunId}/${task.taskId}`,
        lastStatus: 'STOPPED',
        startedBy: startedByForRun(task.ref.testRunId),
        stopCode,
        stoppedReason,
        containers: [{ name: LOAD_TESTER_CONTAINER, exitCode }],
        overrides: {
          containerOverrides: [
            {
              name: LOAD_TESTER_CONTAINER,
              environment: Object.entries(task.environment).map(([name, value]) => ({ name, value })),
            },
          ],
        },
      },
    };
  }

  /** A listener's failure must not take the launcher (and every other task's bookkeeping) down with it. */
  private notify(call: () => void): void {
    try {
      call();
    } catch (err) {
      process.stderr.write(`local task launcher: a listener failed: ${(err as Error).stack ?? err}\n`);
    }
  }

  private savePids(testRunId: string): Promise<void> {
    const live = [...this.runs.values()]
      .flat()
      .filter((t) => t.ref.testRunId === testRunId && t.status.phase !== 'STOPPED')
      .map((t) => ({
        testId: t.ref.testId,
        testRunId,
        region: t.ref.region,
        taskId: t.taskId,
        pid: t.pid,
      }));
    return this.pidFiles.save(testRunId, live);
  }
}
