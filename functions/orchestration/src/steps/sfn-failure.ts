import type { OrchestrationDeps } from '../deps.js';

/** The fields of EventBridge's "Step Functions Execution Status Change" event this handler reads. */
export interface ExecutionStatusChangeEvent {
  source?: string;
  'detail-type'?: string;
  detail: {
    executionArn?: string;
    stateMachineArn?: string;
    name?: string;
    status: string;
    /** The execution input as a JSON string (a `RunExecutionInput`); null when the input was not recorded. */
    input?: string | null;
    error?: string | null;
    cause?: string | null;
  };
}

/** The test-cleanup step's payload, as the state machine's failure path sends it. */
export interface FailureCleanupPayload {
  testId: string;
  testRunId: string;
  prefix: string;
  testTaskConfig: Array<{ region: string; [key: string]: unknown }>;
  finalStatus: 'failed' | 'cancelled';
  error: { Error: string; Cause: string };
}

export type ExecutionFailureOutcome =
  | { outcome: 'ignored'; status: string }
  | { outcome: 'unparseable'; problem: string }
  | { outcome: 'cleanup-invoked'; payload: FailureCleanupPayload };

const DEFAULT_CAUSES: Record<string, string> = {
  FAILED: "The run's state machine execution failed.",
  TIMED_OUT: "The run's state machine execution timed out.",
  ABORTED: "The run's state machine execution was stopped.",
};

/** The statuses after which an execution can no longer run its own cleanup. */
export const UNCLEAN_EXECUTION_STATUSES = Object.keys(DEFAULT_CAUSES);

type RunFields = Pick<FailureCleanupPayload, 'testId' | 'testRunId' | 'prefix' | 'testTaskConfig'>;

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** The run's identity from the execution input, or what is wrong with it. */
function parseRunInput(input: string | null | undefined): RunFields | string {
  if (!isNonEmptyString(input)) return 'the event carries no execution input';
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch {
    return 'the execution input is not JSON';
  }
  if (typeof parsed !== 'object' || parsed === null) return 'the execution input is not an object';
  const { testId, testRunId, prefix, testTaskConfig } = parsed as Record<string, unknown>;
  const missing = Object.entries({ testId, testRunId, prefix })
    .filter(([, value]) => !isNonEmptyString(value))
    .map(([name]) => name);
  if (missing.length > 0) return `the execution input lacks ${missing.join(', ')}`;
  const regionsOk =
    Array.isArray(testTaskConfig) &&
    testTaskConfig.every(
      (c) => typeof c === 'object' && c !== null && isNonEmptyString((c as { region?: unknown }).region),
    );
  if (!regionsOk) return 'the execution input has no list of regions (testTaskConfig)';
  return {
    testId: testId as string,
    testRunId: testRunId as string,
    prefix: prefix as string,
    testTaskConfig: testTaskConfig as RunFields['testTaskConfig'],
  };
}

/**
 * The sfn-failure handler (safety layer 2): when an execution ends FAILED, TIMED_OUT or ABORTED, it may not have
 * reached its own cleanup (a timeout or a stop skips every Catch), so the run is handed to the test-cleanup step
 * again. Cleanup is idempotent and keeps a terminal status, so a run that did clean up is not harmed. A failing
 * invoke is rethrown: a retry by the Lambda service is safe for the same reason.
 */
export async function handleExecutionFailed(
  deps: OrchestrationDeps,
  event: ExecutionStatusChangeEvent,
): Promise<ExecutionFailureOutcome> {
  const status = event.detail?.status;
  if (!isNonEmptyString(status) || !UNCLEAN_EXECUTION_STATUSES.includes(status)) {
    return { outcome: 'ignored', status: String(status) };
  }
  const run = parseRunInput(event.detail.input);
  if (typeof run === 'string') {
    deps.logger.error('cannot clean up after execution', {
      event: 'SfnFailureUnparseable',
      executionArn: event.detail.executionArn,
      status,
      problem: run,
    });
    return { outcome: 'unparseable', problem: run };
  }
  const payload: FailureCleanupPayload = {
    ...run,
    finalStatus: status === 'ABORTED' ? 'cancelled' : 'failed',
    error: {
      Error: isNonEmptyString(event.detail.error) ? event.detail.error : status,
      Cause: isNonEmptyString(event.detail.cause) ? event.detail.cause : (DEFAULT_CAUSES[status] ?? status),
    },
  };
  deps.logger.warn('execution ended unsuccessfully; invoking test-cleanup', {
    event: 'SfnFailureCleanup',
    executionArn: event.detail.executionArn,
    status,
    testId: run.testId,
    testRunId: run.testRunId,
    regions: run.testTaskConfig.map((c) => c.region),
    finalStatus: payload.finalStatus,
  });
  await deps.invoker.invoke('test-cleanup', payload);
  return { outcome: 'cleanup-invoked', payload };
}
