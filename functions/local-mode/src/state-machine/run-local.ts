import type { StateMachine as LocalStateMachine } from 'aws-local-stepfunctions';

/** A local stand-in for the Lambda behind a Task state. */
export type LocalTaskHandler = (input: unknown) => Promise<unknown>;

export interface RunLocallyOptions {
  /** Milliseconds every Wait state pauses instead of its Seconds/SecondsPath (tests use 0 or 1). */
  waitOverrideMs?: number;
  /** Milliseconds between Retry attempts instead of the definition's backoff. */
  retryOverrideMs?: number;
  /** Aborts the execution (Step Functions' StopExecution); the result is then `aborted`. */
  signal?: AbortSignal;
}

export type LocalExecutionResult =
  | { status: 'succeeded'; output: unknown }
  | { status: 'failed'; error: string; cause: string }
  | { status: 'aborted' };

interface AnyState {
  Type: string;
  Resource?: string;
  Retry?: unknown[];
  ItemProcessor?: ScopeLike;
  Iterator?: ScopeLike;
}
interface ScopeLike {
  States: Record<string, AnyState>;
}

function* walk(scope: ScopeLike): Generator<[string, AnyState]> {
  for (const [name, state] of Object.entries(scope.States)) {
    yield [name, state];
    const inner = state.ItemProcessor ?? state.Iterator;
    if (inner !== undefined) yield* walk(inner);
  }
}

// aws-local-stepfunctions 3 calls Promise.withResolvers (Node >= 22). It must exist before the library is first
// evaluated, hence the dynamic import below rather than a static one.
function ensurePromiseWithResolvers(): void {
  const promise = Promise as unknown as { withResolvers?: unknown };
  if (typeof promise.withResolvers === 'function') return;
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const p = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise: p, resolve, reject };
    },
  });
}

let library: Promise<typeof import('aws-local-stepfunctions')> | undefined;
function loadLibrary(): Promise<typeof import('aws-local-stepfunctions')> {
  ensurePromiseWithResolvers();
  library ??= import('aws-local-stepfunctions');
  return library;
}

/**
 * Runs an ASL definition in process. `handlers` are keyed by Task state name or by the Task's Resource ARN (a
 * state name wins), so one handler can serve every state that invokes the same Lambda. A Task without a handler
 * is an error up front: the library would otherwise invoke the real Lambda in AWS.
 */
export async function runStateMachineLocally(
  definition: object,
  input: unknown,
  handlers: Record<string, LocalTaskHandler>,
  opts: RunLocallyOptions = {},
): Promise<LocalExecutionResult> {
  const taskResourceLocalHandlers: Record<string, (input: unknown) => Promise<never>> = {};
  const waitTimeOverrides: Record<string, number> = {};
  const retryIntervalOverrides: Record<string, number> = {};
  const missing: string[] = [];

  for (const [name, state] of walk(definition as ScopeLike)) {
    if (state.Type === 'Task') {
      const handler = handlers[name] ?? (state.Resource === undefined ? undefined : handlers[state.Resource]);
      if (handler === undefined) missing.push(name);
      // The library stores whatever comes back as the state result; undefined would make ResultPath fail.
      else taskResourceLocalHandlers[name] = async (i) => ((await handler(i)) ?? null) as never;
    }
    if (state.Type === 'Wait' && opts.waitOverrideMs !== undefined)
      waitTimeOverrides[name] = opts.waitOverrideMs;
    if (state.Retry !== undefined && opts.retryOverrideMs !== undefined) {
      retryIntervalOverrides[name] = opts.retryOverrideMs;
    }
  }
  if (missing.length > 0) throw new Error(`No local handler for Task state(s): ${missing.join(', ')}`);

  const { StateMachine, ExecutionError, ExecutionAbortedError } = await loadLibrary();
  const machine: LocalStateMachine = new StateMachine(
    definition as ConstructorParameters<typeof StateMachine>[0],
  );
  const execution = machine.run(input as Parameters<LocalStateMachine['run']>[0], {
    overrides: { taskResourceLocalHandlers, waitTimeOverrides, retryIntervalOverrides },
  });
  if (opts.signal?.aborted) execution.abort();
  else opts.signal?.addEventListener('abort', () => execution.abort(), { once: true });
  try {
    return { status: 'succeeded', output: await execution.result };
  } catch (error) {
    if (error instanceof ExecutionAbortedError) return { status: 'aborted' };
    if (!(error instanceof ExecutionError)) throw error;
    // The cause is the error that ended the execution: a Fail state's Error/Cause or an uncaught task error.
    const cause = error.cause instanceof Error ? error.cause : error;
    return { status: 'failed', error: cause.name, cause: cause.message };
  }
}
