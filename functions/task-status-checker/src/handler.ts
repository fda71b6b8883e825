import {
  type CompletionOutput,
  checkCompletion,
  type OrchestrationDeps,
  type RegionItem,
} from '@dlt/orchestration';

/** The `Check Completion` state, polled per region at `pollIntervalSeconds`. */
export function createTaskStatusCheckerHandler(
  deps: OrchestrationDeps,
): (event: RegionItem) => Promise<CompletionOutput> {
  return (event) => checkCompletion(deps, event);
}
