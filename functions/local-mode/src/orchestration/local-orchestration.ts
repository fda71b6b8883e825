import { fileURLToPath } from 'node:url';
import type { RunStarter } from '@dlt/api';
import {
  cancelRun,
  cleanUpRun,
  DEFAULT_SETTINGS,
  handleExecutionFailed,
  handleTaskStopped,
  type OrchestrationDeps,
  type OrchestrationSettings,
  parseResults,
  type StepLogger,
} from '@dlt/orchestration';
import { createReadinessCheckHandler } from '@dlt/readiness-check';
import { publishLiveLines } from '@dlt/real-time-data-publisher';
import { createRegionalSyncHandler } from '@dlt/regional-sync';
import { createResultsParserHandler } from '@dlt/results-parser';
import {
  buildStateMachineDefinition,
  type LivePublisher,
  type OrchestrationArns,
  runExecutionInput,
  type StepInvoker,
} from '@dlt/shared';
import { createStartCommandHandler } from '@dlt/start-command';
import { createTaskRunnerHandler } from '@dlt/task-runner';
import { createTaskStatusCheckerHandler } from '@dlt/task-status-checker';
import { createTestCleanupHandler } from '@dlt/test-cleanup';
import type { LocalStackDeps } from '../local-stack.js';
import type { LocalTaskHandler } from '../state-machine/run-local.js';
import { LocalExecutions } from './local-executions.js';
import { LocalTaskLauncher } from './local-launcher.js';
import { reconcileInterruptedRuns } from './reconcile.js';

/**
 * The Lambda ARNs local mode builds the definition with. Handlers are keyed by them, so each Task state runs
 * the same handler its Lambda runs on AWS.
 */
export const LOCAL_ORCHESTRATION_ARNS: OrchestrationArns = Object.fromEntries(
  (
    [
      'taskRunner',
      'readinessCheck',
      'regionalSync',
      'startCommand',
      'taskStatusChecker',
      'resultsParser',
      'taskCanceler',
      'testCleanup',
    ] as const
  ).map((k) => [k, `arn:aws:lambda:local:000000000000:function:dlt-${k}`]),
) as unknown as OrchestrationArns;

export interface LocalOrchestrationOptions {
  /** Milliseconds every Wait state pauses locally instead of its seconds (readiness and completion polls). */
  pollMs?: number;
  settings?: Partial<OrchestrationSettings>;
  /**
   * Engine threads per local task. Default 0: the engine runs in the worker process itself. Each local task is
   * already a process, and a thread spawned at the start instant would start late on a busy machine.
   */
  threadsPerTask?: number;
  live?: LivePublisher;
  logger?: StepLogger;
  /** The worker the tasks run; default the built load-tester (`@dlt/load-tester/worker`). */
  workerScript?: string;
}

export interface LocalOrchestration {
  deps: OrchestrationDeps;
  runs: RunStarter;
  executions: LocalExecutions;
  launcher: LocalTaskLauncher;
  /** Background work (asynchronous step invocations) still in flight. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function workerScriptPath(): string {
  return fileURLToPath(import.meta.resolve('@dlt/load-tester/worker'));
}

const quietLogger: StepLogger = { debug() {}, info() {}, warn() {}, error() {} };

/** The run machinery of local mode: the real state machine, the real step handlers, worker processes. */
export async function startLocalOrchestration(
  stack: LocalStackDeps,
  opts: LocalOrchestrationOptions = {},
): Promise<LocalOrchestration> {
  const logger = opts.logger ?? quietLogger;
  const workerScript = opts.workerScript ?? workerScriptPath();
  const background = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    const p = work
      .catch((error: unknown) => logger.error('background step failed', { error: String(error) }))
      .finally(() => background.delete(p));
    background.add(p);
  };

  // Settings first: the handlers below close over `deps`, which is complete before any of them runs.
  const settings: OrchestrationSettings = {
    ...DEFAULT_SETTINGS,
    // Local tasks start in well under a second; a minute is generous and keeps a stuck run from hanging.
    readinessTimeoutSeconds: 60,
    completionGraceSeconds: 30,
    startLeadMs: 250,
    stopWaitSeconds: 15,
    mainRegion: stack.storage.region,
    bucket: stack.names.bucket,
    ...opts.settings,
  };
  const invoker: StepInvoker = {
    async invoke(step, payload) {
      // Lambda's Event invocation: accepted now, done later.
      if (step === 'test-cleanup') track(cleanUpRun(deps, payload as Parameters<typeof cleanUpRun>[1]));
      else track(parseResults(deps, payload as Parameters<typeof parseResults>[1]));
    },
  };
  const launcher = new LocalTaskLauncher({
    workerScript,
    stateDir: stack.stateDir,
    baseEnv: {
      DLT_S3_ENDPOINT: stack.storage.s3Endpoint,
      AWS_ACCESS_KEY_ID: stack.storage.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: stack.storage.credentials.secretAccessKey,
      AWS_REGION: stack.storage.region,
      DLT_START_POLL_MS: '50',
    },
    threadsPerTask: opts.threadsPerTask ?? 0,
    onLiveLine: (ref, line) => {
      if (opts.live === undefined) return;
      track(publishLiveLines(opts.live, ref.testId, ref.region, [line]));
    },
    // The local stand-in for the EventBridge rule on ECS task stops.
    onTaskStopped: (event) => track(handleTaskStopped(deps, event)),
  });

  const arns = LOCAL_ORCHESTRATION_ARNS;
  const step =
    <E, R>(make: (d: OrchestrationDeps) => (event: E) => Promise<R>): LocalTaskHandler =>
    (input) =>
      make(deps)(input as E);
  const handlers: Record<string, LocalTaskHandler> = {
    [arns.taskRunner]: step(createTaskRunnerHandler),
    [arns.readinessCheck]: step(createReadinessCheckHandler),
    [arns.regionalSync]: step(createRegionalSyncHandler),
    [arns.startCommand]: step(createStartCommandHandler),
    [arns.taskStatusChecker]: step(createTaskStatusCheckerHandler),
    [arns.resultsParser]: step(createResultsParserHandler),
    [arns.testCleanup]: step(createTestCleanupHandler),
  };
  const pollMs = opts.pollMs ?? 100;
  const executions = new LocalExecutions({
    definition: buildStateMachineDefinition(arns),
    handlers,
    run: { waitOverrideMs: pollMs, retryOverrideMs: pollMs },
    // The local stand-in for the EventBridge rule on failed, timed-out and aborted executions.
    onEnd: async ({ name, input, result }) => {
      if (result.status === 'succeeded') return;
      const status = result.status === 'aborted' ? 'ABORTED' : 'FAILED';
      const detail =
        result.status === 'failed'
          ? { status, input: JSON.stringify(input), error: result.error, cause: result.cause }
          : { status, input: JSON.stringify(input) };
      logger.info('execution ended', { name, status });
      await handleExecutionFailed(deps, { detail });
    },
    onError: (error) => logger.error('execution crashed', { error: String(error) }),
  });

  const deps: OrchestrationDeps = {
    scenarios: stack.scenarios,
    history: stack.history,
    objects: stack.objects,
    launcher,
    executions,
    invoker,
    ...(opts.live === undefined ? {} : { live: opts.live }),
    settings,
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    logger,
  };

  // Runs a previous process left active are ended before anything new starts.
  await reconcileInterruptedRuns(deps, { stateDir: stack.stateDir, workerScript });

  const runs: RunStarter = {
    async start(input) {
      return executions.start(input.testRunId, runExecutionInput(input));
    },
    async cancel(testId, testRunId) {
      await cancelRun(deps, { testId, testRunId });
    },
  };
  const idle = async () => {
    while (background.size > 0) await Promise.all([...background]);
  };
  return {
    deps,
    runs,
    executions,
    launcher,
    idle,
    async close() {
      await executions.close();
      await idle();
      await launcher.close();
    },
  };
}
