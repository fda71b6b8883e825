import type { RunExecutions } from '@dlt/shared';
import {
  type LocalExecutionResult,
  type LocalTaskHandler,
  type RunLocallyOptions,
  runStateMachineLocally,
} from '../state-machine/run-local.js';

/** How an execution ended, as EventBridge's "Step Functions Execution Status Change" would report it. */
export interface ExecutionEnd {
  name: string;
  input: unknown;
  result: LocalExecutionResult;
}

export interface LocalExecutionsOptions {
  definition: object;
  handlers: Record<string, LocalTaskHandler>;
  run?: Omit<RunLocallyOptions, 'signal'>;
  /** Called after every execution ends: the local stand-in for the state-machine failure rule. */
  onEnd?: (end: ExecutionEnd) => Promise<void> | void;
  onError?: (error: unknown) => void;
}

interface Running {
  controller: AbortController;
  done: Promise<void>;
}

/** Step Functions executions, run in this process on aws-local-stepfunctions. Executions are named by run. */
export class LocalExecutions implements RunExecutions {
  private readonly running = new Map<string, Running>();

  constructor(private readonly opts: LocalExecutionsOptions) {}

  async start(name: string, input: unknown): Promise<{ executionId: string }> {
    if (this.running.has(name)) throw new Error(`Execution ${name} is already running`);
    const controller = new AbortController();
    const done = runStateMachineLocally(this.opts.definition, input, this.opts.handlers, {
      ...this.opts.run,
      signal: controller.signal,
    })
      .then((result) => this.opts.onEnd?.({ name, input, result }))
      .catch((error: unknown) => this.opts.onError?.(error))
      .finally(() => this.running.delete(name));
    this.running.set(name, { controller, done });
    return { executionId: `local:execution:${name}` };
  }

  async stop(testRunId: string): Promise<boolean> {
    const run = this.running.get(testRunId);
    if (run === undefined) return false;
    run.controller.abort();
    return true;
  }

  async isRunning(testRunId: string): Promise<boolean> {
    return this.running.has(testRunId);
  }

  /** Resolves when the named execution (or every one) has ended. */
  async settled(name?: string): Promise<void> {
    const runs = name === undefined ? [...this.running.values()] : [this.running.get(name)].filter((r) => r);
    await Promise.all(runs.map((r) => r?.done));
  }

  /** Aborts everything still running and waits for the ends to be handled. */
  async close(): Promise<void> {
    for (const run of this.running.values()) run.controller.abort();
    await this.settled();
  }
}
