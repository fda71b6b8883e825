import { type CancelInput, type CancelOutput, cancelRun, type OrchestrationDeps } from '@dlt/orchestration';

/** The API's cancel (`POST /scenarios/{testId}`), invoked directly. */
export function createTaskCancelerHandler(
  deps: OrchestrationDeps,
): (event: CancelInput) => Promise<CancelOutput> {
  return (event) => cancelRun(deps, event);
}
