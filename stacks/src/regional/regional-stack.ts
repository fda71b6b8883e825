import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group/index.js';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity/index.js';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition/index.js';
import { DynamodbTableItem } from '@cdktf/provider-aws/lib/dynamodb-table-item/index.js';
import { EcsCluster } from '@cdktf/provider-aws/lib/ecs-cluster/index.js';
import { EcsTaskDefinition } from '@cdktf/provider-aws/lib/ecs-task-definition/index.js';
import { Fn } from 'cdktf';
import type { Construct } from 'constructs';
import { commonVariables } from '../lib/common-variables.js';
import { v, x } from '../lib/expr.js';
import { roleWithPolicy, serviceTrust } from '../lib/iam.js';
import { type ModuleDoc, ModuleStack } from '../lib/module-stack.js';
import { createNetwork } from './network.js';
import { regionalVariables } from './variables.js';

/** Container name the orchestration refers to when it clones the task definition per test. */
export const CONTAINER_NAME = 'load-tester';

export class RegionalStack extends ModuleStack {
  readonly doc: ModuleDoc = {
    title: 'regional',
    summary:
      'Where load runs: network, ECS cluster, the Fargate load-tester task definition, its roles, security ' +
      "group and log group, and the registration row in core's scenarios table. Every resource takes " +
      '`region` through the AWS provider 6 per-resource `region` argument, so one root can `for_each` this ' +
      'module over regions with a single provider configuration.',
    status: [
      'Incomplete (first increment). Not yet here: optional private subnets with NAT gateways and static ' +
        'Elastic IPs, the live-data publisher Lambda and its log subscription filter, and the core-side ' +
        '`iam:PassRole` grant on these task roles.',
    ],
  };

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const common = commonVariables(this);
    const vars = regionalVariables(this);
    this.resourceRegion = vars.region.stringValue;
    const namePrefix = common.namePrefix.stringValue;
    // IAM names are global: the region keeps two regional instances in one account apart.
    const iamPrefix = `${namePrefix}-${vars.region.stringValue}`;
    const partition = new DataAwsPartition(this, 'current');
    const account = new DataAwsCallerIdentity(this, 'current_account');

    const network = createNetwork(this, {
      namePrefix,
      createVpc: vars.createVpc,
      vpcCidr: vars.vpcCidr,
      publicSubnetCidrs: vars.publicSubnetCidrs,
      vpcId: vars.vpcId,
      subnetIds: vars.subnetIds,
      egressCidr: vars.egressCidr,
    });

    const cluster = new EcsCluster(this, 'cluster', {
      name: `${namePrefix}-load-testing`,
      setting: [
        { name: 'containerInsights', value: x(`${v(vars.containerInsights)} ? "enabled" : "disabled"`) },
      ],
    });
    const logGroup = new CloudwatchLogGroup(this, 'load_tester_logs', {
      name: `/ecs/${namePrefix}-load-tester`,
      retentionInDays: common.logRetentionDays.numberValue,
    });

    const executionRole = roleWithPolicy(this, 'execution_role', {
      name: `${iamPrefix}-ecs-exec`,
      description: 'ECS agent: pull the load-tester image and write its logs',
      trust: serviceTrust('ecs-tasks.amazonaws.com'),
      permissionsBoundary: common.permissionsBoundary.stringValue,
      statements: [
        { sid: 'EcrLogin', actions: ['ecr:GetAuthorizationToken'], resources: ['*'] },
        {
          sid: 'PullPrivateImage',
          actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
          resources: [`arn:${partition.partition}:ecr:*:${account.accountId}:repository/*`],
        },
        {
          sid: 'Logs',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [`${logGroup.arn}:*`],
        },
      ],
    });
    const bucketArn = vars.scenariosBucketArn.stringValue;
    const taskRole = roleWithPolicy(this, 'task_role', {
      name: `${iamPrefix}-ecs-task`,
      description: 'Load-tester container: read its scenario and start signal, write results',
      trust: serviceTrust('ecs-tasks.amazonaws.com'),
      permissionsBoundary: common.permissionsBoundary.stringValue,
      statements: [
        { sid: 'ListBucket', actions: ['s3:ListBucket'], resources: [bucketArn] },
        { sid: 'Objects', actions: ['s3:GetObject', 's3:PutObject'], resources: [`${bucketArn}/*`] },
      ],
    });

    const taskDefinition = new EcsTaskDefinition(this, 'load_tester', {
      family: `${namePrefix}-load-tester`,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: vars.taskCpu.stringValue,
      memory: vars.taskMemory.stringValue,
      runtimePlatform: { cpuArchitecture: vars.cpuArchitecture.stringValue, operatingSystemFamily: 'LINUX' },
      executionRoleArn: executionRole.arn,
      taskRoleArn: taskRole.arn,
      containerDefinitions: Fn.jsonencode([
        {
          name: CONTAINER_NAME,
          image: vars.image.stringValue,
          essential: true,
          environment: [
            { name: 'MAIN_STACK_REGION', value: vars.coreRegion.stringValue },
            { name: 'S3_BUCKET', value: vars.scenariosBucketName.stringValue },
          ],
          logConfiguration: {
            logDriver: 'awslogs',
            options: {
              'awslogs-group': logGroup.name,
              'awslogs-region': vars.region.stringValue,
              'awslogs-stream-prefix': 'load-testing',
            },
          },
          // The worker writes this file once its scenario and engine are ready (the start-together barrier).
          healthCheck: {
            command: ['CMD-SHELL', 'test -f /tmp/health_ready'],
            interval: 5,
            timeout: 5,
            retries: 10,
            startPeriod: 10,
          },
        },
      ]),
    });

    // The row core's API lists regions from; written in core's region, not this one.
    new DynamodbTableItem(this, 'registration', {
      region: vars.coreRegion.stringValue,
      tableName: vars.scenariosTableName.stringValue,
      hashKey: 'testId',
      item: Fn.jsonencode({
        testId: { S: `region-${vars.region.stringValue}` },
        region: { S: vars.region.stringValue },
        taskCluster: { S: cluster.name },
        ecsCloudWatchLogGroup: { S: logGroup.name },
        // element() wraps around, so a single existing subnet fills both slots.
        subnetA: { S: Fn.element(network.subnetIds, 0) },
        subnetB: { S: Fn.element(network.subnetIds, 1) },
        taskSecurityGroup: { S: network.securityGroup.id },
        taskDefinition: { S: taskDefinition.arn },
        taskRoleArn: { S: taskRole.arn },
        executionRoleArn: { S: executionRole.arn },
      }),
    });

    this.output('region', 'Region this instance runs load in.', vars.region.value);
    this.output('cluster_name', 'Name of the ECS cluster.', cluster.name);
    this.output('cluster_arn', 'ARN of the ECS cluster.', cluster.arn);
    this.output(
      'task_definition_arn',
      'ARN of the load-tester task definition (with revision).',
      taskDefinition.arn,
    );
    this.output(
      'task_definition_family',
      'Family of the load-tester task definition.',
      taskDefinition.family,
    );
    this.output(
      'container_name',
      'Name of the load-tester container in the task definition.',
      CONTAINER_NAME,
    );
    this.output('task_role_arn', 'ARN of the task role (what the load-tester may do).', taskRole.arn);
    this.output(
      'execution_role_arn',
      'ARN of the task execution role (image pull, logs).',
      executionRole.arn,
    );
    this.output('security_group_id', 'ID of the tasks security group.', network.securityGroup.id);
    this.output('vpc_id', 'ID of the VPC the tasks run in.', network.vpcId);
    this.output('subnet_ids', 'IDs of the subnets the tasks run in.', network.subnetIds);
    this.output('log_group_name', 'Name of the load-tester log group.', logGroup.name);
    this.output('log_group_arn', 'ARN of the load-tester log group.', logGroup.arn);
  }
}
