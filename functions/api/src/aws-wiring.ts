/**
 * The API's ports over AWS, from the Lambda's environment: runs over Step Functions (as local mode runs them over
 * its in-process state machine), region info over ECS and the `region-*` rows, schedules over EventBridge
 * Scheduler, stack info from the environment. lambda.ts calls `awsApiDeps(process.env)`.
 */
import { ECSClient } from '@aws-sdk/client-ecs';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import {
  AwsRegionInfo,
  type Environment,
  EventBridgeScheduler,
  endpointUrl,
  orchestrationDepsFromEnv,
  type RuntimeOptions,
} from '@dlt/aws-adapters';
import { cancelRun, type OrchestrationDeps } from '@dlt/orchestration';
import { runExecutionInput, type Scheduler } from '@dlt/shared';
import { ApiError } from './http.js';
import type { ApiDeps, RegionInfoPort, RunStarter } from './ports.js';

/** What the api Lambda reads beyond the orchestration variables (see functions/aws-adapters/README.md). */
export const API_ENV = {
  scheduleGroup: 'SCHEDULE_GROUP',
  schedulerRoleArn: 'SCHEDULER_ROLE_ARN',
  /** The api Lambda's own ARN: what a schedule invokes (Terraform builds it from the name, avoiding a cycle). */
  scheduleTargetArn: 'SCHEDULE_TARGET_ARN',
  version: 'DLT_VERSION',
  iotEndpoint: 'IOT_ENDPOINT',
} as const;

export const VCPU_DETAILS_UNAVAILABLE =
  'vCPU details need the Service Quotas client (@aws-sdk/client-service-quotas), which this build does not include';

/** Starts and cancels runs exactly as local mode does, over whatever executions `deps` holds. */
export function runStarterOver(deps: OrchestrationDeps): RunStarter {
  return {
    async start(input) {
      return deps.executions.start(input.testRunId, runExecutionInput(input));
    },
    async cancel(testId, testRunId) {
      await cancelRun(deps, { testId, testRunId });
    },
  };
}

/** EventBridge Scheduler when the three scheduling variables are set; otherwise none (scheduling answers 501). */
export function schedulerFromEnv(env: Environment, client: () => SchedulerClient): Scheduler | undefined {
  const groupName = env[API_ENV.scheduleGroup];
  const roleArn = env[API_ENV.schedulerRoleArn];
  const targetArn = env[API_ENV.scheduleTargetArn];
  if (!groupName || !roleArn || !targetArn) return undefined;
  return new EventBridgeScheduler(client(), { groupName, roleArn, targetArn });
}

/** `GET /stack-info` from the environment. `live_data_endpoint` is where the console opens its MQTT WebSocket. */
export function stackInfoFromEnv(env: Environment): () => Promise<Record<string, unknown>> {
  const iot = env[API_ENV.iotEndpoint];
  const info = {
    region: env.AWS_REGION ?? '',
    version: env[API_ENV.version] ?? '',
    deployment_method: 'terraform',
    solution_template: 'terraform',
    mcp_endpoint: '',
    live_data_endpoint: iot ? `${endpointUrl(iot).replace(/^https?:/, 'wss:')}/mqtt` : '',
    is_update_available: false,
  };
  return async () => ({ ...info });
}

export interface AwsApiOptions extends RuntimeOptions {
  /** Replaces the orchestration dependencies built from the environment (tests pass stand-in stores). */
  deps?: Partial<OrchestrationDeps>;
  ecsClientFor?: (region: string) => ECSClient;
  schedulerClient?: () => SchedulerClient;
}

/** Everything `createApiHandler` needs on AWS, except the logger. */
export function awsApiDeps(env: Environment, options: AwsApiOptions = {}): ApiDeps {
  const deps: OrchestrationDeps = { ...orchestrationDepsFromEnv(env, options), ...options.deps };
  const region = env.AWS_REGION ?? '';
  const instrument = options.instrument ?? (<C>(client: C) => client);
  const ecsClients = new Map<string, ECSClient>();
  const ecsClientFor =
    options.ecsClientFor ??
    ((r: string) => {
      let client = ecsClients.get(r);
      if (!client) {
        client = instrument(new ECSClient({ region: r }));
        ecsClients.set(r, client);
      }
      return client;
    });
  const info = new AwsRegionInfo({
    clientFor: ecsClientFor,
    regions: () => deps.scenarios.listRegions(),
    hubVersion: env[API_ENV.version] ?? '',
  });
  const regions: RegionInfoPort = {
    regions: () => info.regions(),
    tasks: () => info.tasks(),
    tasksPerRegion: (testId, list) => info.tasksPerRegion(testId, list),
    vCPUDetails: async () => {
      throw new ApiError('NOT_IMPLEMENTED', VCPU_DETAILS_UNAVAILABLE, 501);
    },
  };
  const scheduler = schedulerFromEnv(env, options.schedulerClient ?? (() => new SchedulerClient({ region })));
  return {
    scenarios: deps.scenarios,
    history: deps.history,
    objects: deps.objects,
    runs: runStarterOver(deps),
    regions,
    stackInfo: stackInfoFromEnv(env),
    ...(scheduler ? { scheduler } : {}),
  };
}
