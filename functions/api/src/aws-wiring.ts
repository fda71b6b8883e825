/**
 * The API's ports over AWS, from the Lambda's environment: runs over Step Functions (as local mode runs them over
 * its in-process state machine), region info over ECS and the `region-*` rows, schedules over EventBridge
 * Scheduler, stack info from the environment. lambda.ts calls `awsApiDeps(process.env)`.
 */
import { ECSClient } from '@aws-sdk/client-ecs';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { GetServiceQuotaCommand, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
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
import { IotPolicyAttacher, type LiveDataAccess, lambdaCredentials } from './live-data-access.js';
import type { ApiDeps, RegionInfoPort, RunStarter } from './ports.js';

/** What the api Lambda reads beyond the orchestration variables (see functions/aws-adapters/README.md). */
export const API_ENV = {
  scheduleGroup: 'SCHEDULE_GROUP',
  schedulerRoleArn: 'SCHEDULER_ROLE_ARN',
  /** The api Lambda's own ARN: what a schedule invokes (Terraform builds it from the name, avoiding a cycle). */
  scheduleTargetArn: 'SCHEDULE_TARGET_ARN',
  version: 'DLT_VERSION',
  iotEndpoint: 'IOT_ENDPOINT',
  /** Core's live-data IoT policy, which `POST /iot/attach` attaches to the caller's Cognito identity. */
  iotPolicyName: 'IOT_POLICY_NAME',
} as const;

/** The quota DLT's console divides by the task size: Fargate On-Demand vCPUs, per account and region. */
export const FARGATE_VCPU_QUOTA = { ServiceCode: 'fargate', QuotaCode: 'L-3032A538' } as const;

/** The region's Fargate On-Demand vCPU quota, as Service Quotas applies it to this account. */
export function fargateVcpuQuota(clientFor: (region: string) => ServiceQuotasClient) {
  return async (region: string): Promise<number> => {
    const out = await clientFor(region).send(new GetServiceQuotaCommand({ ...FARGATE_VCPU_QUOTA }));
    const value = out.Quota?.Value;
    if (typeof value !== 'number') {
      throw new Error(`Service Quotas has no value for the Fargate On-Demand vCPU quota in ${region}`);
    }
    return value;
  };
}

/** `POST /iot/attach` over IoT Core when the live-data policy is named; otherwise none (the route answers 501). */
export function liveDataFromEnv(
  env: Environment,
  options: { iotEndpointUrl?: string; fetch?: typeof fetch } = {},
): LiveDataAccess | undefined {
  const policyName = env[API_ENV.iotPolicyName];
  const region = env.AWS_REGION;
  if (!policyName || !region) return undefined;
  return new IotPolicyAttacher({
    region,
    policyName,
    credentials: lambdaCredentials(env),
    ...(options.iotEndpointUrl ? { endpoint: options.iotEndpointUrl } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

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
  serviceQuotasClientFor?: (region: string) => ServiceQuotasClient;
  schedulerClient?: () => SchedulerClient;
  /** IoT's control-plane endpoint (tests point it at a loopback server). */
  iotEndpointUrl?: string;
}

/** One client per region, created on first use. */
function perRegionClients<C>(create: (region: string) => C): (region: string) => C {
  const clients = new Map<string, C>();
  return (region) => {
    let client = clients.get(region);
    if (!client) {
      client = create(region);
      clients.set(region, client);
    }
    return client;
  };
}

/** Everything `createApiHandler` needs on AWS, except the logger. */
export function awsApiDeps(env: Environment, options: AwsApiOptions = {}): ApiDeps {
  const deps: OrchestrationDeps = { ...orchestrationDepsFromEnv(env, options), ...options.deps };
  const region = env.AWS_REGION ?? '';
  const instrument = options.instrument ?? (<C>(client: C) => client);
  const ecsClientFor =
    options.ecsClientFor ?? perRegionClients((r) => instrument(new ECSClient({ region: r })));
  const quotasClientFor =
    options.serviceQuotasClientFor ??
    perRegionClients((r) => instrument(new ServiceQuotasClient({ region: r })));
  const info = new AwsRegionInfo({
    clientFor: ecsClientFor,
    regions: () => deps.scenarios.listRegions(),
    hubVersion: env[API_ENV.version] ?? '',
    vcpuLimit: fargateVcpuQuota(quotasClientFor),
  });
  const regions: RegionInfoPort = {
    regions: () => info.regions(),
    tasks: () => info.tasks(),
    tasksPerRegion: (testId, list) => info.tasksPerRegion(testId, list),
    vCPUDetails: () => info.vCPUDetails(),
  };
  const scheduler = schedulerFromEnv(env, options.schedulerClient ?? (() => new SchedulerClient({ region })));
  const liveData = liveDataFromEnv(
    env,
    options.iotEndpointUrl ? { iotEndpointUrl: options.iotEndpointUrl } : {},
  );
  return {
    scenarios: deps.scenarios,
    history: deps.history,
    objects: deps.objects,
    runs: runStarterOver(deps),
    regions,
    stackInfo: stackInfoFromEnv(env),
    ...(scheduler ? { scheduler } : {}),
    ...(liveData ? { liveData } : {}),
  };
}
