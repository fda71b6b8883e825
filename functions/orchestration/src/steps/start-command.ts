import { startSignalKey } from '@dlt/shared/storage';
import type { OrchestrationDeps } from '../deps.js';
import type { RegionItem, StartOutput } from './region-item.js';

/**
 * The start-command step: writes the region's start signal. Tasks poll for it and start load at `startAt`, so
 * regions written a little apart still start together.
 */
export async function sendStartCommand(deps: OrchestrationDeps, item: RegionItem): Promise<StartOutput> {
  const startAt = Math.max(item.startAt ?? 0, deps.now().getTime());
  await deps.objects.putJson(startSignalKey(item.testId, item.prefix, item.config.region), { startAt });
  deps.logger.info('start signal written', { testId: item.testId, region: item.config.region, startAt });
  return { startAt };
}
