import {
  type CleanupInput,
  type CleanupOutput,
  cleanUpRun,
  type OrchestrationDeps,
} from '@dlt/orchestration';

/** The `Clean Up` / `Failure Cleanup` states, the canceler and the failure handlers. */
export function createTestCleanupHandler(
  deps: OrchestrationDeps,
): (event: CleanupInput) => Promise<CleanupOutput> {
  return (event) => cleanUpRun(deps, event);
}
