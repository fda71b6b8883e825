import type { OrchestrationDeps } from '../deps.js';
import type { RegionItem } from './region-item.js';
import { setRunStatus } from './run-status.js';

export interface RegionalSyncInput {
  testId: string;
  testRunId: string;
  /** Every region's state after the launch Map. */
  regions: RegionItem[];
}

export interface RegionalSyncOutput {
  allReady: boolean;
  failedRegions: string[];
  /** The one instant every region's tasks start at. */
  startAt: number;
  /** The regions again, each with `startAt`: the run Map iterates these. */
  regions: RegionItem[];
}

/**
 * The regional-sync step: the barrier. When every region is ready the run becomes `running` and all regions
 * get one start instant, far enough ahead that each region's start command is written before it.
 */
export async function regionalSync(
  deps: OrchestrationDeps,
  input: RegionalSyncInput,
): Promise<RegionalSyncOutput> {
  const failedRegions = input.regions
    .filter((r) => r.readiness?.status !== 'READY')
    .map((r) => r.config.region);
  const allReady = failedRegions.length === 0 && input.regions.length > 0;
  const startAt = deps.now().getTime() + deps.settings.startLeadMs;
  if (allReady) await setRunStatus(deps, input, 'running');
  deps.logger.info('regional sync', {
    testId: input.testId,
    testRunId: input.testRunId,
    allReady,
    failedRegions,
  });
  return { allReady, failedRegions, startAt, regions: input.regions.map((r) => ({ ...r, startAt })) };
}
