import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group/index.js';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity/index.js';
import { DataAwsIotEndpoint } from '@cdktf/provider-aws/lib/data-aws-iot-endpoint/index.js';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition/index.js';
import { DynamodbTableItem } from '@cdktf/provider-aws/lib/dynamodb-table-item/index.js';
import { EcsCluster } from '@cdktf/provider-aws/lib/ecs-cluster/index.js';
import { Fn } from 'cdktf';
import type { Construct } from 'constructs';
import { commonVariables } from '../lib/common-variables.js';
import { countIf, v, x } from '../lib/expr.js';
import { type ModuleDoc, ModuleStack } from '../lib/module-stack.js';
import { createLiveDataPublisher, LIVE_FILTER_PATTERN } from './live-data.js';
import { createLoadTester, STACK_TAG } from './load-tester.js';
import { createNetwork } from './network.js';
import { createTaskEventForwarding } from './task-events.js';
import { regionalVariables } from './variables.js';

export { CONTAINER_NAME, READY_FILE, STACK_TAG, START_TIMEOUT_SECONDS } from './load-tester.js';

export class RegionalStack extends ModuleStack {
  readonly doc: ModuleDoc = {
    title: 'regional',
    summary:
      'Where load runs: network (public subnets, or private subnets behind NAT gateways with static Elastic ' +
      'IPs), ECS cluster, the Fargate load-tester task definition, its roles, security group and log group, ' +
      "the live-data publisher Lambda fed by a subscription filter on that log group, and the registration row in core's " +
      'scenarios table. Every resource takes `region` through the AWS provider 6 per-resource `region` ' +
      'argument, so one root can `for_each` this module over regions with a single provider configuration.',
    status: [
      'Naming contract with core (documented for its IAM policy): the task role is `<name_prefix>-task-<region>` ' +
        'and the execution role `<name_prefix>-exec-<region>`, so core can scope `iam:PassRole` to ' +
        '`role/<name_prefix>-task-*` and `role/<name_prefix>-exec-*` with `iam:PassedToService = ' +
        'ecs-tasks.amazonaws.com`. The cluster and task definition carry the tag `dlt:stack = <stack_name or ' +
        'name_prefix>`; tasks inherit it (the launcher propagates task-definition tags), so core can condition ' +
        '`ecs:RunTask`/`ecs:StopTask` on `aws:ResourceTag/dlt:stack`. Pass the same `name_prefix` (and ' +
        '`stack_name`, if set) to core and every regional instance, and in one account avoid prefixes that ' +
        'extend one another (`dlt`, `dlt-task`): their role patterns would overlap.',
      'With `create_private_subnets`, tasks run in the private subnets and the registration row says ' +
        '`assignPublicIp = DISABLED`. The ECS launcher must honour that field (it currently always asks for a ' +
        'public IP, which in a private subnet is wasted and billed); until it does, private subnets still work ' +
        'but each task also gets an unused public IP (untested).',
      `The live-data subscription filter passes only JSON log events matching \`${LIVE_FILTER_PATTERN}\`; ` +
        'live lines must carry `testId` and `region`. The publisher publishes to IoT Core in `core_region` ' +
        '(`iot:Publish` on `topic/dlt/*` there only).',
      'The publisher code in `functions/live-data-publisher/` is the bundle of ' +
        '`functions/real-time-data-publisher` written by `npm run synth:modules`; before that step runs, a ' +
        'placeholder that throws "bundle not built". Known gap (untested): the runtime signs IoT requests for ' +
        "the Lambda's own region, so from a region other than `core_region` publishing fails until it signs " +
        'for `IOT_REGION` (set here to `core_region`).',
      "Outside `core_region`, an EventBridge rule forwards this cluster's STOPPED task events to core's default " +
        'bus (`core_event_bus_arn`) through the role `<name_prefix>-events-<region>`, which may only ' +
        "`events:PutEvents` there and only that rule may assume; in `core_region` none of it exists (core's own " +
        'rule sees those events). The registration row carries `taskCpu` (`task_cpu`) for `GET /vCPUDetails`.',
      'Untested: everything against AWS (NAT routing, the subscription filter delivering to the Lambda, IoT ' +
        'publish across regions, cross-region event forwarding). An apply in a sandbox account with two regions, one with private subnets, ' +
        'and a short test with live data would test it.',
    ],
  };

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const common = commonVariables(this);
    const vars = regionalVariables(this);
    const region = vars.region.stringValue;
    const coreRegion = vars.coreRegion.stringValue;
    this.resourceRegion = region;
    const namePrefix = common.namePrefix.stringValue;
    const partition = new DataAwsPartition(this, 'current');
    const account = new DataAwsCallerIdentity(this, 'current_account');
    const stackName = this.local('stack_name', x(`coalesce(${v(vars.stackName)}, ${v(common.namePrefix)})`));

    const network = createNetwork(this, {
      namePrefix,
      createVpc: vars.createVpc,
      vpcCidr: vars.vpcCidr,
      publicSubnetCidrs: vars.publicSubnetCidrs,
      vpcId: vars.vpcId,
      subnetIds: vars.subnetIds,
      egressCidr: vars.egressCidr,
      createPrivateSubnets: vars.createPrivateSubnets,
      privateSubnetCidrs: vars.privateSubnetCidrs,
      natGatewayCount: vars.natGatewayCount,
      assignPublicIp: vars.assignPublicIp,
    });

    const cluster = new EcsCluster(this, 'cluster', {
      name: `${namePrefix}-load-testing`,
      setting: [
        { name: 'containerInsights', value: x(`${v(vars.containerInsights)} ? "enabled" : "disabled"`) },
      ],
      tags: { [STACK_TAG]: stackName.asString },
    });
    const logGroup = new CloudwatchLogGroup(this, 'load_tester_logs', {
      name: `/ecs/${namePrefix}-load-tester`,
      retentionInDays: common.logRetentionDays.numberValue,
    });

    const loadTester = createLoadTester(this, {
      namePrefix,
      region,
      coreRegion,
      stackName: stackName.asString,
      partition: partition.partition,
      account: account.accountId,
      permissionsBoundary: common.permissionsBoundary.stringValue,
      logGroup,
      vars,
    });

    new DataAwsIotEndpoint(this, 'core', {
      count: countIf(`${v(vars.iotEndpoint)} == null`),
      endpointType: 'iot:Data-ATS',
      region: coreRegion,
    });
    const iotEndpoint = this.local(
      'iot_endpoint',
      x(
        `${v(vars.iotEndpoint)} != null ? ${v(vars.iotEndpoint)} : one(data.aws_iot_endpoint.core[*].endpoint_address)`,
      ),
    );
    // Lambda names are regional, but the role nodeFunction derives from this name is account-global.
    const publisher = createLiveDataPublisher(this, {
      functionName: `${namePrefix}-${region}-live-data`,
      filterName: `${namePrefix}-live-data`,
      logRetentionDays: common.logRetentionDays.numberValue,
      permissionsBoundary: common.permissionsBoundary.stringValue,
      topicArn: `arn:${partition.partition}:iot:${coreRegion}:${account.accountId}:topic/dlt/*`,
      account: account.accountId,
      taskLogGroup: logGroup,
      environment: {
        IOT_ENDPOINT: iotEndpoint.asString,
        // The endpoint is core's: requests must be signed for core's region, not the Lambda's AWS_REGION.
        IOT_REGION: coreRegion,
        SCENARIOS_TABLE: vars.scenariosTableName.stringValue,
        HISTORY_TABLE: vars.historyTableName.stringValue,
        SCENARIOS_BUCKET: vars.scenariosBucketName.stringValue,
        POWERTOOLS_SERVICE_NAME: 'dlt-live-data',
      },
    });

    createTaskEventForwarding(this, {
      namePrefix,
      roleName: `${namePrefix}-events-${region}`,
      permissionsBoundary: common.permissionsBoundary.stringValue,
      account: account.accountId,
      clusterArn: cluster.arn,
      coreEventBusArn: vars.coreEventBusArn.stringValue,
      enabled: `${v(vars.region)} != ${v(vars.coreRegion)}`,
    });

    // A token, not a hand-written expression: cdktf escapes `${` in string literals inside Fn.jsonencode.
    const publicIpSetting = this.local(
      'assign_public_ip_setting',
      x('local.assign_public_ip ? "ENABLED" : "DISABLED"'),
    );
    // The row core's API lists regions from; written in core's region, not this one.
    new DynamodbTableItem(this, 'registration', {
      region: coreRegion,
      tableName: vars.scenariosTableName.stringValue,
      hashKey: 'testId',
      item: Fn.jsonencode({
        testId: { S: `region-${region}` },
        region: { S: region },
        taskCluster: { S: cluster.name },
        ecsCloudWatchLogGroup: { S: logGroup.name },
        // element() wraps around, so a single subnet fills both slots.
        subnetA: { S: Fn.element(network.subnetIds, 0) },
        subnetB: { S: Fn.element(network.subnetIds, 1) },
        taskSecurityGroup: { S: network.securityGroup.id },
        // What the ECS launcher passes as awsvpcConfiguration.assignPublicIp.
        assignPublicIp: { S: publicIpSetting.asString },
        taskDefinition: { S: loadTester.taskDefinition.arn },
        // CPU units of one task: the api's GET /vCPUDetails divides the Fargate quota by it.
        taskCpu: { S: vars.taskCpu.stringValue },
        taskRoleArn: { S: loadTester.taskRole.arn },
        executionRoleArn: { S: loadTester.executionRole.arn },
      }),
    });

    this.output('region', 'Region this instance runs load in.', vars.region.value);
    this.output('cluster_name', 'Name of the ECS cluster.', cluster.name);
    this.output('cluster_arn', 'ARN of the ECS cluster.', cluster.arn);
    this.output(
      'task_definition_arn',
      'ARN of the load-tester task definition (with revision).',
      loadTester.taskDefinition.arn,
    );
    this.output(
      'task_definition_family',
      'Family of the load-tester task definition.',
      loadTester.taskDefinition.family,
    );
    this.output(
      'container_name',
      'Name of the load-tester container in the task definition.',
      loadTester.containerName,
    );
    this.output(
      'task_role_arn',
      'ARN of the task role (what the load-tester may do); named <name_prefix>-task-<region>.',
      loadTester.taskRole.arn,
    );
    this.output(
      'execution_role_arn',
      'ARN of the task execution role (image pull, logs); named <name_prefix>-exec-<region>.',
      loadTester.executionRole.arn,
    );
    this.output(
      'stack_tag',
      'The dlt:stack tag on the ECS cluster, task definition and tasks (what core conditions ECS calls on).',
      x(`{"${STACK_TAG}" = local.stack_name}`),
    );
    this.output('security_group_id', 'ID of the tasks security group.', network.securityGroup.id);
    this.output('vpc_id', 'ID of the VPC the tasks run in.', network.vpcId);
    this.output('subnet_ids', 'IDs of the subnets the tasks run in.', network.subnetIds);
    this.output(
      'assign_public_ip',
      'Whether tasks get a public IP (false when they run in the private subnets).',
      network.assignPublicIp,
    );
    this.output(
      'nat_public_ips',
      'Static public IPs (Elastic IPs) of the NAT gateways: with create_private_subnets, every request the ' +
        'load tester sends comes from one of these, so allow-list them on the targets (firewall, WAF, rate ' +
        'limits). Empty without private subnets.',
      x('aws_eip.nat[*].public_ip'),
    );
    this.output(
      'task_events_forwarded',
      "Whether this instance forwards its stopped-task events to core's event bus (only outside core's region).",
      x(`${v(vars.region)} != ${v(vars.coreRegion)}`),
    );
    this.output('log_group_name', 'Name of the load-tester log group.', logGroup.name);
    this.output('log_group_arn', 'ARN of the load-tester log group.', logGroup.arn);
    this.output(
      'live_data_function_name',
      'Name of the live-data publisher Lambda.',
      publisher.fn.functionName,
    );
    this.output(
      'iot_endpoint',
      'IoT Core data endpoint the live-data publisher publishes to.',
      iotEndpoint.asString,
    );
  }
}
