import { type LaunchOutput, launchRegion, type OrchestrationDeps, type RegionItem } from '@dlt/orchestration';

/** The `Launch Tasks` state (one invocation per region). */
export function createTaskRunnerHandler(
  deps: OrchestrationDeps,
): (event: RegionItem) => Promise<LaunchOutput> {
  return (event) => launchRegion(deps, event);
}
