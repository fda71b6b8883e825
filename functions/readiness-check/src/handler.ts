import {
  checkReadiness,
  type OrchestrationDeps,
  type ReadinessOutput,
  type RegionItem,
} from '@dlt/orchestration';

/** The `Check Readiness` state, polled every 10 s per region. */
export function createReadinessCheckHandler(
  deps: OrchestrationDeps,
): (event: RegionItem) => Promise<ReadinessOutput> {
  return (event) => checkReadiness(deps, event);
}
