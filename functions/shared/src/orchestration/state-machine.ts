import type {
  AslDefinition,
  Catcher,
  ChoiceState,
  FailState,
  JsonObject,
  Retrier,
  TaskState,
} from './asl.js';
import { pollIntervalSeconds } from './poll-interval.js';

/** Lambda ARNs the definition invokes. Parameters, so the stacks and local mode build the same definition. */
export interface OrchestrationArns {
  taskRunner: string;
  readinessCheck: string;
  regionalSync: string;
  startCommand: string;
  taskStatusChecker: string;
  resultsParser: string;
  /** Not invoked by the definition (cancel stops the execution from outside); kept so callers pass one set. */
  taskCanceler: string;
  testCleanup: string;
}

export interface StateMachineOptions {
  /** Seconds between readiness checks while tasks start (DLT: 10). The completion poll uses the input instead. */
  pollSeconds?: number;
}

/** What the caller starts the execution with: the API's `RunStartInput` plus the poll interval. */
export interface RunExecutionInput {
  testId: string;
  testRunId: string;
  /** The run's results folder, `YYYY-MM-DDTHH-MM-SS_<testRunId>`. */
  prefix: string;
  testType: string;
  fileType: string;
  showLive: boolean;
  testDuration: number;
  /** From `pollIntervalSeconds(testDuration)`; carried in the input because ASL cannot divide. */
  pollIntervalSeconds: number;
  testTaskConfig: Array<{ region: string; [key: string]: unknown }>;
}

/** Contracts of the loop-driving Lambdas, as read by the Choice states. */
export interface ReadinessResult {
  status: 'READY' | 'PENDING' | 'FAILED';
  /** Required with FAILED: the Fail state's cause. */
  reason?: string;
}
export interface RegionalSyncResult {
  allReady: boolean;
  failedRegions?: string[];
  /** The regions again, each with the shared start instant: the run Map's items. */
  regions: unknown[];
}
export interface CompletionResult {
  isComplete: boolean;
  timedOut: boolean;
  /** Required with timedOut: the Fail state's cause. */
  reason?: string;
}

export const STATE = {
  launchMap: 'Launch Regions',
  launchTasks: 'Launch Tasks',
  checkReadiness: 'Check Readiness',
  tasksReady: 'Tasks Ready?',
  waitReadiness: 'Wait For Readiness',
  regionReady: 'Region Ready',
  tasksNotReady: 'Tasks Not Ready',
  regionLaunchFailed: 'Region Launch Failed',
  regionalSync: 'Regional Sync',
  allRegionsReady: 'All Regions Ready?',
  regionsNotReady: 'Regions Not Ready',
  runMap: 'Run Regions',
  sendStartSignal: 'Send Start Signal',
  checkCompletion: 'Check Completion',
  regionComplete: 'Region Complete?',
  waitCompletion: 'Wait For Completion',
  regionDone: 'Region Done',
  regionTimedOut: 'Region Timed Out',
  regionRunFailed: 'Region Run Failed',
  parseResults: 'Parse Results',
  parsePartialResults: 'Parse Partial Results',
  cleanUp: 'Clean Up',
  runSucceeded: 'Run Succeeded',
  prepareFailure: 'Prepare Failure Cleanup',
  failureCleanUp: 'Failure Cleanup',
  markFailed: 'Mark Failed',
  runFailed: 'Run Failed',
} as const;

/** Error names the definition raises itself, so callers can tell our failures from Lambda ones. */
export const RUN_ERROR = {
  launchFailed: 'Dlt.LaunchFailed',
  tasksNotReady: 'Dlt.TasksNotReady',
  regionsNotReady: 'Dlt.RegionsNotReady',
  runFailed: 'Dlt.RunFailed',
  runTimedOut: 'Dlt.RunTimedOut',
} as const;

// The transient Lambda errors CDK's LambdaInvoke retries by default (as in DLT), plus throttling, which a burst of
// regions polling at once can cause.
export const TRANSIENT_LAMBDA_ERRORS = [
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
];
const RETRY: Retrier[] = [
  { ErrorEquals: TRANSIENT_LAMBDA_ERRORS, IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2 },
];
// Lambda's own ceiling is 900 s; this only catches an invocation that never returns.
const TASK_TIMEOUT_SECONDS = 960;

const catchAll = (next: string): Catcher[] => [
  { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: next },
];

function task(
  resource: string,
  next: string,
  resultPath: string,
  onError: string,
  params?: JsonObject,
): TaskState {
  return {
    Type: 'Task',
    Resource: resource,
    ...(params === undefined ? {} : { Parameters: params }),
    ResultPath: resultPath,
    TimeoutSeconds: TASK_TIMEOUT_SECONDS,
    Retry: RETRY,
    Catch: catchAll(onError),
    Next: next,
  };
}

// Fails the Map iteration with our error name but the original cause, so the top-level Catch sees why.
const failWithCause = (error: string): FailState => ({
  Type: 'Fail',
  Error: error,
  CausePath: '$.error.Cause',
});

const run = {
  'testId.$': '$.testId',
  'testRunId.$': '$.testRunId',
} satisfies JsonObject;

const parseParams = {
  ...run,
  'prefix.$': '$.prefix',
  'testTaskConfig.$': '$.testTaskConfig',
  'executionStart.$': '$$.Execution.StartTime',
} satisfies JsonObject;

const cleanupParams = {
  ...run,
  'prefix.$': '$.prefix',
  'testTaskConfig.$': '$.testTaskConfig',
} satisfies JsonObject;

const itemSelector = {
  ...run,
  'prefix.$': '$.prefix',
  'testType.$': '$.testType',
  'fileType.$': '$.fileType',
  'showLive.$': '$.showLive',
  'testDuration.$': '$.testDuration',
  'pollIntervalSeconds.$': '$.pollIntervalSeconds',
  'config.$': '$$.Map.Item.Value',
} satisfies JsonObject;

/**
 * The run's state machine. A barrier must see every region, so it sits between two Maps: the first launches each
 * region's tasks and waits for readiness, the barrier checks all regions, the second sends each region's start
 * signal and polls completion. Every failure funnels into one cleanup path that ends in `failed`.
 */
export function buildStateMachineDefinition(
  arns: OrchestrationArns,
  opts: StateMachineOptions = {},
): AslDefinition {
  const readinessSeconds = opts.pollSeconds ?? 10;
  if (!Number.isInteger(readinessSeconds) || readinessSeconds < 1) {
    throw new RangeError(`pollSeconds must be a positive integer, got ${readinessSeconds}`);
  }

  const tasksReady: ChoiceState = {
    Type: 'Choice',
    Choices: [
      { Variable: '$.readiness.status', StringEquals: 'READY', Next: STATE.regionReady },
      { Variable: '$.readiness.status', StringEquals: 'FAILED', Next: STATE.tasksNotReady },
    ],
    Default: STATE.waitReadiness,
  };

  const regionComplete: ChoiceState = {
    Type: 'Choice',
    Choices: [
      { Variable: '$.completion.isComplete', BooleanEquals: true, Next: STATE.regionDone },
      { Variable: '$.completion.timedOut', BooleanEquals: true, Next: STATE.regionTimedOut },
    ],
    Default: STATE.waitCompletion,
  };

  return {
    Comment: 'dlt test run: launch and ready per region, barrier, start together, poll, parse, clean up',
    StartAt: STATE.launchMap,
    States: {
      [STATE.launchMap]: {
        Type: 'Map',
        ItemsPath: '$.testTaskConfig',
        ItemSelector: itemSelector,
        // Readiness is bounded by the readiness check's own timeout, so this stays inline in the parent history.
        MaxConcurrency: 0,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: STATE.launchTasks,
          States: {
            [STATE.launchTasks]: task(
              arns.taskRunner,
              STATE.checkReadiness,
              '$.launch',
              STATE.regionLaunchFailed,
            ),
            [STATE.checkReadiness]: task(
              arns.readinessCheck,
              STATE.tasksReady,
              '$.readiness',
              STATE.regionLaunchFailed,
            ),
            [STATE.tasksReady]: tasksReady,
            [STATE.waitReadiness]: { Type: 'Wait', Seconds: readinessSeconds, Next: STATE.checkReadiness },
            // The whole region state goes on: the run Map iterates these, launch details included.
            [STATE.regionReady]: { Type: 'Pass', End: true },
            [STATE.tasksNotReady]: {
              Type: 'Fail',
              Error: RUN_ERROR.tasksNotReady,
              CausePath: '$.readiness.reason',
            },
            [STATE.regionLaunchFailed]: failWithCause(RUN_ERROR.launchFailed),
          },
        },
        ResultPath: '$.launchResults',
        Catch: catchAll(STATE.prepareFailure),
        Next: STATE.regionalSync,
      },
      [STATE.regionalSync]: task(arns.regionalSync, STATE.allRegionsReady, '$.sync', STATE.prepareFailure, {
        ...run,
        'regions.$': '$.launchResults',
      }),
      [STATE.allRegionsReady]: {
        Type: 'Choice',
        Choices: [{ Variable: '$.sync.allReady', BooleanEquals: true, Next: STATE.runMap }],
        Default: STATE.regionsNotReady,
      },
      [STATE.regionsNotReady]: {
        Type: 'Pass',
        Result: { Error: RUN_ERROR.regionsNotReady, Cause: 'Not every region was ready at the barrier' },
        ResultPath: '$.error',
        Next: STATE.prepareFailure,
      },
      [STATE.runMap]: {
        Type: 'Map',
        // The sync step hands the regions back with the shared start instant.
        ItemsPath: '$.sync.regions',
        MaxConcurrency: 0,
        ItemProcessor: {
          // Each region polls in its own child execution, so each gets its own 25,000-event history budget.
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: STATE.sendStartSignal,
          States: {
            [STATE.sendStartSignal]: task(
              arns.startCommand,
              STATE.checkCompletion,
              '$.start',
              STATE.regionRunFailed,
            ),
            [STATE.checkCompletion]: task(
              arns.taskStatusChecker,
              STATE.regionComplete,
              '$.completion',
              STATE.regionRunFailed,
            ),
            [STATE.regionComplete]: regionComplete,
            [STATE.waitCompletion]: {
              Type: 'Wait',
              SecondsPath: '$.pollIntervalSeconds',
              Next: STATE.checkCompletion,
            },
            [STATE.regionDone]: {
              Type: 'Pass',
              Parameters: { 'region.$': '$.config.region', 'completion.$': '$.completion' },
              End: true,
            },
            [STATE.regionTimedOut]: {
              Type: 'Fail',
              Error: RUN_ERROR.runTimedOut,
              CausePath: '$.completion.reason',
            },
            [STATE.regionRunFailed]: failWithCause(RUN_ERROR.runFailed),
          },
        },
        ResultPath: '$.runResults',
        Catch: catchAll(STATE.prepareFailure),
        Next: STATE.parseResults,
      },
      [STATE.parseResults]: task(arns.resultsParser, STATE.cleanUp, '$.results', STATE.prepareFailure, {
        ...parseParams,
        'regions.$': '$.runResults',
      }),
      [STATE.cleanUp]: task(arns.testCleanup, STATE.runSucceeded, '$.cleanup', STATE.prepareFailure, {
        ...cleanupParams,
        finalStatus: 'complete',
      }),
      [STATE.runSucceeded]: { Type: 'Succeed' },
      [STATE.prepareFailure]: {
        Type: 'Pass',
        Result: 'failed',
        ResultPath: '$.finalStatus',
        Next: STATE.parsePartialResults,
      },
      // Whatever the tasks wrote before the failure is still a result: parse it, but a parse error must not stop
      // the cleanup.
      [STATE.parsePartialResults]: {
        ...task(arns.resultsParser, STATE.failureCleanUp, '$.results', STATE.failureCleanUp, {
          ...parseParams,
          partial: true,
        }),
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.parseError', Next: STATE.failureCleanUp }],
      },
      // Cleanup writes the terminal status; if it fails too we still end failed, and orphan cleanup sweeps up.
      [STATE.failureCleanUp]: {
        ...task(arns.testCleanup, STATE.markFailed, '$.cleanup', STATE.markFailed, {
          ...cleanupParams,
          finalStatus: 'failed',
          'error.$': '$.error',
        }),
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.cleanupError', Next: STATE.markFailed }],
      },
      [STATE.markFailed]: {
        Type: 'Pass',
        Parameters: { ...run, status: 'failed', 'error.$': '$.error' },
        Next: STATE.runFailed,
      },
      [STATE.runFailed]: { Type: 'Fail', ErrorPath: '$.error.Error', CausePath: '$.error.Cause' },
    },
  };
}

/** Builds the execution input, so the completion poll interval always comes from `pollIntervalSeconds`. */
export function runExecutionInput(input: Omit<RunExecutionInput, 'pollIntervalSeconds'>): RunExecutionInput {
  return { ...input, pollIntervalSeconds: pollIntervalSeconds(input.testDuration) };
}
