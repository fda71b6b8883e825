import type { Statement } from '../lib/iam.js';
import { HISTORY_START_TIME_INDEX, type Storage } from './storage.js';

/**
 * The tag every regional cluster and task definition carries (`dlt:stack = <stack_name or name_prefix>`);
 * tasks inherit it because the launcher propagates task-definition tags. Must equal regional's STACK_TAG.
 */
export const STACK_TAG = 'dlt:stack';

/**
 * Names the regional module gives its resources, so core can scope its policies without knowing the regions
 * (IAM is global, ECS ARNs carry the region): cluster `<prefix>-load-testing`, task definition family
 * `<prefix>-load-tester`, roles `<prefix>-task-<region>` and `<prefix>-exec-<region>`.
 */
export interface RegionalNaming {
  partition: string;
  account: string;
  namePrefix: string;
  /** The `dlt:stack` value tasks of this deployment carry. */
  stackName: string;
}

const clusterArn = (n: RegionalNaming) =>
  `arn:${n.partition}:ecs:*:${n.account}:cluster/${n.namePrefix}-load-testing`;
const taskArns = (n: RegionalNaming) =>
  `arn:${n.partition}:ecs:*:${n.account}:task/${n.namePrefix}-load-testing/*`;
const onOurClusters = (n: RegionalNaming) => ({
  test: 'ArnLike',
  variable: 'ecs:cluster',
  values: [clusterArn(n)],
});
const taggedOurs = (n: RegionalNaming) => ({
  test: 'StringEquals',
  variable: `aws:ResourceTag/${STACK_TAG}`,
  values: [n.stackName],
});

/** Find and describe a run's tasks. ListTasks authorizes on container instances (Fargate has none): `*` + cluster. */
export function ecsReadStatements(n: RegionalNaming): Statement[] {
  return [
    { sid: 'ListTasks', actions: ['ecs:ListTasks'], resources: ['*'], condition: [onOurClusters(n)] },
    {
      sid: 'DescribeTasks',
      actions: ['ecs:DescribeTasks'],
      resources: [taskArns(n)],
      condition: [onOurClusters(n)],
    },
  ];
}

/** Stop only tasks of this deployment's clusters that carry its stack tag. */
export function ecsStopStatements(n: RegionalNaming): Statement[] {
  return [
    {
      sid: 'StopOwnTasks',
      actions: ['ecs:StopTask'],
      resources: [taskArns(n)],
      condition: [onOurClusters(n), taggedOurs(n)],
    },
  ];
}

/**
 * RunTask of this deployment's task definitions on its clusters, tagging at launch, and passing only the
 * regional task and execution roles, only to ECS tasks.
 */
export function ecsLaunchStatements(n: RegionalNaming): Statement[] {
  return [
    {
      sid: 'RunOwnTaskDefinitions',
      actions: ['ecs:RunTask'],
      resources: [`arn:${n.partition}:ecs:*:${n.account}:task-definition/${n.namePrefix}-load-tester:*`],
      condition: [onOurClusters(n), taggedOurs(n)],
    },
    {
      sid: 'TagTasksAtLaunch',
      actions: ['ecs:TagResource'],
      resources: [taskArns(n)],
      condition: [{ test: 'StringEquals', variable: 'ecs:CreateAction', values: ['RunTask'] }],
    },
    {
      sid: 'PassRegionalTaskRoles',
      actions: ['iam:PassRole'],
      resources: [
        `arn:${n.partition}:iam::${n.account}:role/${n.namePrefix}-task-*`,
        `arn:${n.partition}:iam::${n.account}:role/${n.namePrefix}-exec-*`,
      ],
      condition: [
        { test: 'StringEquals', variable: 'iam:PassedToService', values: ['ecs-tasks.amazonaws.com'] },
      ],
    },
  ];
}

/** The tables and the bucket, as the orchestration steps and the api use them. */
export function storageStatements(storage: Storage): Statement[] {
  const { scenarios, history, bucket } = storage;
  return [
    {
      sid: 'Tables',
      actions: [
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:Query',
        'dynamodb:Scan',
        'dynamodb:BatchGetItem',
        'dynamodb:BatchWriteItem',
      ],
      resources: [scenarios.arn, history.arn, `${history.arn}/index/${HISTORY_START_TIME_INDEX}`],
    },
    { sid: 'ListBucket', actions: ['s3:ListBucket'], resources: [bucket.arn] },
    {
      sid: 'Objects',
      actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
      resources: [`${bucket.arn}/*`],
    },
  ];
}
