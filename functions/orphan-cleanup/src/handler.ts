import { cleanUpOrphans, type OrchestrationDeps, type OrphanCleanupResult } from '@dlt/orchestration';

/**
 * The hourly EventBridge schedule's target. The scheduled event carries nothing the sweep needs: every active
 * task is examined each time.
 */
export function createOrphanCleanupHandler(
  deps: OrchestrationDeps,
): (event?: unknown) => Promise<OrphanCleanupResult> {
  return async () => cleanUpOrphans(deps);
}
