import { availableParallelism } from 'node:os';
import { type ApiDeps, createApiHandler, type RegionInfoPort } from '@dlt/api';
import { startLiveBroker } from './live/index.js';
import type { LocalStackDeps } from './local-stack.js';
import {
  type LocalOrchestration,
  type LocalOrchestrationOptions,
  startLocalOrchestration,
} from './orchestration/local-orchestration.js';
import { LocalScheduler, localSchedulesFile } from './scheduler/index.js';
import type { ApiHandler } from './server.js';

/** The version local mode reports for itself and its pools. DLT's regional version rule does not apply locally. */
export const LOCAL_VERSION = '0.1.0';

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

export interface LocalApiOptions {
  startedAt?: Date;
  orchestration?: LocalOrchestrationOptions;
  /** Receives the orchestration (tests wait on its executions). */
  onOrchestration?: (orchestration: LocalOrchestration) => void;
}

/**
 * The real API handler over local storage and local ports: what `dlt local up` serves under /api. Runs go
 * through the real state machine and step handlers to local worker processes; they stop with the stack.
 */
export async function localApiHandler(deps: LocalStackDeps, opts: LocalApiOptions = {}): Promise<ApiHandler> {
  const startedAt = opts.startedAt ?? new Date();
  // Live data: the workers' per-second lines go out on MQTT topic dlt/{testId}, as IoT Core does on AWS.
  const live = await startLiveBroker({
    host: deps.host,
    region: deps.storage.region,
    credentials: deps.apiCredentials,
    sessions: deps.sessions,
  });
  deps.onClose(() => live.close());
  const orchestration = await startLocalOrchestration(deps, { live: live.publisher, ...opts.orchestration });
  deps.onClose(() => orchestration.close());
  opts.onOrchestration?.(orchestration);
  // A firing schedule calls the API handler directly, as EventBridge Scheduler invokes the API Lambda.
  let handler: ApiHandler | undefined;
  const scheduler = await LocalScheduler.open({
    file: localSchedulesFile(deps.stateDir),
    fire: async (request) => {
      await handler?.(request as unknown as Parameters<ApiHandler>[0]);
    },
  });
  deps.onClose(() => scheduler.close());
  const api: ApiDeps = {
    scenarios: deps.scenarios,
    history: deps.history,
    objects: deps.objects,
    runs: orchestration.runs,
    scheduler,
    regions: localRegionInfo(deps),
    stackInfo: async () => ({
      created_time: startedAt.toISOString(),
      region: deps.pools[0] ?? 'us-east-1',
      version: LOCAL_VERSION,
      deployment_method: 'local',
      solution_template: 'local',
      mcp_endpoint: '',
      // Our addition: where the console subscribes to live data (SigV4-presigned, service iotdevicegateway).
      live_data_endpoint: live.wsUrl,
      is_update_available: false,
    }),
  };
  handler = createApiHandler(api) as ApiHandler;
  scheduler.start();
  return handler;
}
