import {
  type OrchestrationDeps,
  type RegionItem,
  type StartOutput,
  sendStartCommand,
} from '@dlt/orchestration';

/** The `Send Start Signal` state (per region). */
export function createStartCommandHandler(
  deps: OrchestrationDeps,
): (event: RegionItem) => Promise<StartOutput> {
  return (event) => sendStartCommand(deps, event);
}
