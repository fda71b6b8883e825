import type { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group/index.js';
import { EcsTaskDefinition } from '@cdktf/provider-aws/lib/ecs-task-definition/index.js';
import type { IamRole } from '@cdktf/provider-aws/lib/iam-role/index.js';
import type { LOAD_TESTER_CONTAINER, TASK_ENV } from '@dlt/shared';
import { Fn } from 'cdktf';
import { roleWithPolicy, serviceTrust } from '../lib/iam.js';
import type { ModuleStack } from '../lib/module-stack.js';
import type { regionalVariables } from './variables.js';

/** Container name the orchestration refers to in its overrides; typed against the launcher's constant. */
export const CONTAINER_NAME: typeof LOAD_TESTER_CONTAINER = 'load-tester';
/** The worker writes it once its scenario and engine are ready; the health check waits for it. */
export const READY_FILE = '/tmp/health_ready';
/**
 * How long a ready task waits for the start signal. The orchestration gives the slowest task up to 30 minutes
 * to become ready (DLT's readiness timeout, 1800 s), so the first ones must outwait that, plus the polling and
 * signal lead; the worker's own default (600 s) would make early tasks quit during a large, slow launch.
 */
export const START_TIMEOUT_SECONDS = 2100;
/** The tag core's IAM conditions on (`aws:ResourceTag/dlt:stack`); tasks inherit it from the task definition. */
export const STACK_TAG = 'dlt:stack';

/**
 * Environment baked into the task definition: what every task of this region shares. The per-run names
 * (TEST_ID, TEST_RUN_ID, TEST_TYPE, FILE_TYPE, LIVE_DATA_ENABLED, TASK_COUNT, PREFIX, DLT_REGION) come from
 * the launcher's container overrides (`taskEnvironment`), which replace same-named entries here.
 */
const ENV = {
  mainRegion: 'MAIN_STACK_REGION' satisfies (typeof TASK_ENV)['mainRegion'],
  bucket: 'S3_BUCKET' satisfies (typeof TASK_ENV)['bucket'],
  region: 'DLT_REGION' satisfies (typeof TASK_ENV)['region'],
  // Read by the worker's task-host mode (functions/load-tester/src/task-host.ts); not part of TASK_ENV.
  readyFile: 'DLT_READY_FILE',
  startTimeout: 'DLT_START_TIMEOUT_SECONDS',
} as const;

export interface LoadTesterProps {
  namePrefix: string;
  region: string;
  coreRegion: string;
  stackName: string;
  partition: string;
  account: string;
  permissionsBoundary: string;
  logGroup: CloudwatchLogGroup;
  vars: ReturnType<typeof regionalVariables>;
}

export interface LoadTester {
  taskDefinition: EcsTaskDefinition;
  taskRole: IamRole;
  executionRole: IamRole;
  containerName: string;
}

/**
 * The task definition and its two roles. Role names follow `<name_prefix>-task-<region>` and
 * `<name_prefix>-exec-<region>` (IAM names are global; the region keeps two instances apart) so core can scope
 * `iam:PassRole` to `role/<name_prefix>-task-*` and `role/<name_prefix>-exec-*` without knowing the regions.
 */
export function createLoadTester(stack: ModuleStack, props: LoadTesterProps): LoadTester {
  const { vars, logGroup } = props;
  const executionRole = roleWithPolicy(stack, 'execution_role', {
    name: `${props.namePrefix}-exec-${props.region}`,
    description: 'ECS agent: pull the load-tester image and write its logs',
    trust: serviceTrust('ecs-tasks.amazonaws.com'),
    permissionsBoundary: props.permissionsBoundary,
    statements: [
      { sid: 'EcrLogin', actions: ['ecr:GetAuthorizationToken'], resources: ['*'] },
      {
        sid: 'PullPrivateImage',
        actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
        resources: [`arn:${props.partition}:ecr:*:${props.account}:repository/*`],
      },
      {
        sid: 'Logs',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [`${logGroup.arn}:*`],
      },
    ],
  });
  const bucketArn = vars.scenariosBucketArn.stringValue;
  const taskRole = roleWithPolicy(stack, 'task_role', {
    name: `${props.namePrefix}-task-${props.region}`,
    description: 'Load-tester container: read its scenario and start signal, write results',
    trust: serviceTrust('ecs-tasks.amazonaws.com'),
    permissionsBoundary: props.permissionsBoundary,
    statements: [
      { sid: 'ListBucket', actions: ['s3:ListBucket'], resources: [bucketArn] },
      { sid: 'Objects', actions: ['s3:GetObject', 's3:PutObject'], resources: [`${bucketArn}/*`] },
    ],
  });

  const taskDefinition = new EcsTaskDefinition(stack, 'load_tester', {
    family: `${props.namePrefix}-load-tester`,
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: vars.taskCpu.stringValue,
    memory: vars.taskMemory.stringValue,
    runtimePlatform: { cpuArchitecture: vars.cpuArchitecture.stringValue, operatingSystemFamily: 'LINUX' },
    executionRoleArn: executionRole.arn,
    taskRoleArn: taskRole.arn,
    tags: { [STACK_TAG]: props.stackName },
    containerDefinitions: Fn.jsonencode([
      {
        name: CONTAINER_NAME,
        image: vars.image.stringValue,
        essential: true,
        environment: [
          { name: ENV.mainRegion, value: props.coreRegion },
          { name: ENV.bucket, value: vars.scenariosBucketName.stringValue },
          // Overridden per run with the same value; here so a task started by hand still knows its region.
          { name: ENV.region, value: props.region },
          { name: ENV.readyFile, value: READY_FILE },
          { name: ENV.startTimeout, value: String(START_TIMEOUT_SECONDS) },
        ],
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': logGroup.name,
            'awslogs-region': props.region,
            'awslogs-stream-prefix': 'load-testing',
          },
        },
        // The start-together barrier: healthy once the worker has its scenario and engine ready.
        healthCheck: {
          command: ['CMD-SHELL', `test -f ${READY_FILE}`],
          interval: 5,
          timeout: 5,
          retries: 10,
          startPeriod: 10,
        },
      },
    ]),
  });
  return { taskDefinition, taskRole, executionRole, containerName: CONTAINER_NAME };
}
