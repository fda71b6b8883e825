import { availableParallelism } from 'node:os';
import { type ApiDeps, createApiHandler, type RegionInfoPort, type RunStarter } from '@dlt/api';
import type { LocalStackDeps } from './local-stack.js';
import type { ApiHandler } from './server.js';

/** The version local mode reports for itself and its pools. DLT's regional version rule does not apply locally. */
export const LOCAL_VERSION = '0.1.0';

/**
 * Until local orchestration exists (the orchestration issue), a started run is failed at once with a reason,
 * so no scenario ever waits in `queued` for work that cannot happen.
 */
export function interimRunStarter(deps: LocalStackDeps): RunStarter {
  return {
    async start(input) {
      await deps.scenarios.updateStatus(input.testId, 'failed', {
        errorReason:
          'Local mode cannot run tests through the API yet: orchestration is not built. Use `dlt run FILE`.',
      });
      return { executionId: `local-${input.testRunId}` };
    },
    async cancel(testId) {
      await deps.scenarios.updateStatus(testId, 'cancelled');
    },
  };
}

/** Local pools stand in for regional stacks: one row each, capacity bounded by this machine. */
export function localRegionInfo(deps: LocalStackDeps): RegionInfoPort {
  const vCPUs = availableParallelism();
  return {
    async regions() {
      const rows = await deps.scenarios.listRegions();
      return {
        regions: rows.map((row) => ({ ...row, version: row.version ?? LOCAL_VERSION, compatible: true })),
        url: '',
      };
    },
    async tasks() {
      return deps.pools.map((region) => ({ region, taskArns: [] }));
    },
    async vCPUDetails() {
      // A local task is one worker process; cap a pool at 8 tasks per CPU, which loopback targets can absorb.
      return Object.fromEntries(
        deps.pools.map((region) => [region, { vCPULimit: vCPUs * 8, vCPUsInUse: 0, vCPUsPerTask: 1 }]),
      );
    },
  };
}

/** The real API handler over local storage and local ports: what `dlt local up` serves under /api. */
export function localApiHandler(deps: LocalStackDeps, startedAt = new Date()): ApiHandler {
  const api: ApiDeps = {
    scenarios: deps.scenarios,
    history: deps.history,
    objects: deps.objects,
    runs: interimRunStarter(deps),
    regions: localRegionInfo(deps),
    stackInfo: async () => ({
      created_time: startedAt.toISOString(),
      region: deps.pools[0] ?? 'us-east-1',
      version: LOCAL_VERSION,
      deployment_method: 'local',
      solution_template: 'local',
      mcp_endpoint: '',
      is_update_available: false,
    }),
  };
  return createApiHandler(api) as ApiHandler;
}
