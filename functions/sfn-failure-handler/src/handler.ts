import {
  type ExecutionFailureOutcome,
  type ExecutionStatusChangeEvent,
  handleExecutionFailed,
  type OrchestrationDeps,
} from '@dlt/orchestration';

const EXECUTION_STATUS_CHANGE = 'Step Functions Execution Status Change';

/**
 * The EventBridge target for the state machine's FAILED, TIMED_OUT and ABORTED executions. Events of another
 * kind are ignored; the status filter itself lives in the step, so a widened rule stays harmless.
 */
export function createSfnFailureHandler(
  deps: OrchestrationDeps,
): (event: ExecutionStatusChangeEvent) => Promise<ExecutionFailureOutcome> {
  return async (event) => {
    if (event?.['detail-type'] !== EXECUTION_STATUS_CHANGE) {
      deps.logger.warn('not a Step Functions status change; ignored', { detailType: event?.['detail-type'] });
      return { outcome: 'ignored', status: String(event?.detail?.status) };
    }
    return handleExecutionFailed(deps, event);
  };
}
