import { handleTaskStopped, type OrchestrationDeps, type TaskFailureOutcome } from '@dlt/orchestration';
import type { TaskStoppedEvent } from '@dlt/shared';

const TASK_STATE_CHANGE = 'ECS Task State Change';

/**
 * The EventBridge target for stopped load-tester tasks. The rule already filters on `lastStatus = STOPPED`;
 * anything else that reaches the function (a widened rule, a test event) is ignored rather than counted.
 */
export function createTaskFailureHandler(
  deps: OrchestrationDeps,
): (event: TaskStoppedEvent) => Promise<TaskFailureOutcome> {
  return async (event) => {
    if (event?.['detail-type'] !== TASK_STATE_CHANGE) {
      deps.logger.warn('not an ECS task state change; ignored', { detailType: event?.['detail-type'] });
      return { outcome: 'ignored', reason: `unexpected event ${String(event?.['detail-type'])}` };
    }
    return handleTaskStopped(deps, event);
  };
}
