import {
  type OrchestrationDeps,
  type RegionalSyncInput,
  type RegionalSyncOutput,
  regionalSync,
} from '@dlt/orchestration';

/** The `Regional Sync` state, once per run. */
export function createRegionalSyncHandler(
  deps: OrchestrationDeps,
): (event: RegionalSyncInput) => Promise<RegionalSyncOutput> {
  return (event) => regionalSync(deps, event);
}
