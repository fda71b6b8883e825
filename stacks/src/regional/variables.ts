import type { TerraformVariable } from 'cdktf';
import type { ModuleStack } from '../lib/module-stack.js';

export function regionalVariables(stack: ModuleStack) {
  const variable = stack.variable.bind(stack);
  return {
    region: variable('region', {
      type: 'string',
      description: 'Region to run load from; set as the per-resource `region` of every regional resource.',
    }),
    coreRegion: variable('core_region', {
      type: 'string',
      description: 'Region of the core module (its `region` output); the registration row is written there.',
    }),
    coreEventBusArn: variable('core_event_bus_arn', {
      type: 'string',
      description:
        "Core's `event_bus_arn` output. Outside core's region, this instance forwards its stopped-task events " +
        "there (core's safety net counts failed tasks from them); in core's region it forwards nothing.",
      validation: [
        {
          condition:
            '${can(regex("^arn:[a-z-]+:events:[a-z0-9-]+:[0-9]{12}:event-bus/", var.core_event_bus_arn))}',
          errorMessage:
            "core_event_bus_arn must be an EventBridge event bus ARN (core's event_bus_arn output).",
        },
      ],
    }),
    scenariosTableName: variable('scenarios_table_name', {
      type: 'string',
      description: "Core's `scenarios_table_name` output.",
    }),
    historyTableName: variable('history_table_name', {
      type: 'string',
      description: "Core's `history_table_name` output (the live-data publisher's runtime checks it is set).",
    }),
    scenariosBucketName: variable('scenarios_bucket_name', {
      type: 'string',
      description: "Core's `scenarios_bucket_name` output.",
    }),
    scenariosBucketArn: variable('scenarios_bucket_arn', {
      type: 'string',
      description: "Core's `scenarios_bucket_arn` output.",
    }),
    image: variable('image', {
      type: 'string',
      description: 'Load-tester container image URI (pin a digest or an immutable tag).',
    }),
    taskCpu: variable('task_cpu', {
      type: 'number',
      description: 'Fargate task CPU units (1024 = 1 vCPU).',
      default: 2048,
      validation: [
        {
          condition: '${contains([256, 512, 1024, 2048, 4096, 8192, 16384], var.task_cpu)}',
          errorMessage: 'task_cpu must be a Fargate CPU size: 256, 512, 1024, 2048, 4096, 8192 or 16384.',
        },
      ],
    }),
    taskMemory: variable('task_memory', {
      type: 'number',
      description: 'Fargate task memory in MiB; must be valid for task_cpu (2 vCPU: 4096-16384).',
      default: 4096,
    }),
    cpuArchitecture: variable('cpu_architecture', {
      type: 'string',
      description: 'CPU architecture of the task: ARM64 (Graviton, cheaper) or X86_64.',
      default: 'ARM64',
      validation: [
        {
          condition: '${contains(["ARM64", "X86_64"], var.cpu_architecture)}',
          errorMessage: 'cpu_architecture must be ARM64 or X86_64.',
        },
      ],
    }),
    stackName: variable('stack_name', {
      type: 'string',
      description:
        'Value of the `dlt:stack` tag on the ECS cluster and task definition (tasks inherit it); core only lets ' +
        'its orchestration run and stop tasks carrying its own value. Null uses name_prefix.',
      default: null,
    }),
    iotEndpoint: variable('iot_endpoint', {
      type: 'string',
      description:
        'IoT Core data endpoint the live-data publisher writes to, without scheme; null looks up the ' +
        "account's ATS endpoint in core_region (where the console subscribes).",
      default: null,
    }),
    createVpc: variable('create_vpc', {
      type: 'bool',
      description: 'Create a VPC with public subnets; false uses vpc_id and subnet_ids.',
      default: true,
    }),
    createPrivateSubnets: variable('create_private_subnets', {
      type: 'bool',
      description:
        'With create_vpc: also create private subnets routed through NAT gateways with static Elastic IPs, ' +
        'and run tasks there without public IPs, so all load comes from the `nat_public_ips` (allow-list ' +
        'them). Each NAT gateway costs about $33/month idle plus $0.045/GB (us-east-1).',
      default: false,
    }),
    privateSubnetCidrs: variable('private_subnet_cidrs', {
      type: 'list(string)',
      description: 'CIDRs of the private subnets (with create_private_subnets), one per availability zone.',
      default: ['192.168.32.0/20', '192.168.48.0/20'],
    }),
    natGatewayCount: variable('nat_gateway_count', {
      type: 'number',
      description:
        'NAT gateways, one Elastic IP each (with create_private_subnets): 1 is cheapest; one per public ' +
        'subnet keeps load running when an availability zone fails. At most length(public_subnet_cidrs).',
      default: 1,
      validation: [
        {
          condition: '${var.nat_gateway_count >= 1 && floor(var.nat_gateway_count) == var.nat_gateway_count}',
          errorMessage: 'nat_gateway_count must be a whole number >= 1.',
        },
      ],
    }),
    assignPublicIp: variable('assign_public_ip', {
      type: 'bool',
      description:
        'Whether tasks get a public IP. Null: yes, unless create_private_subnets. With create_vpc = false set ' +
        'false when subnet_ids are private subnets with a NAT route.',
      default: null,
    }),
    vpcCidr: variable('vpc_cidr', {
      type: 'string',
      description: 'CIDR of the created VPC.',
      default: '192.168.0.0/16',
    }),
    publicSubnetCidrs: variable('public_subnet_cidrs', {
      type: 'list(string)',
      description: 'CIDRs of the created public subnets, one per availability zone.',
      default: ['192.168.0.0/20', '192.168.16.0/20'],
    }),
    vpcId: variable('vpc_id', {
      type: 'string',
      description: 'Existing VPC to run tasks in (with create_vpc = false).',
      default: null,
    }),
    subnetIds: variable('subnet_ids', {
      type: 'list(string)',
      description: 'Existing subnets for tasks (with create_vpc = false); they need a route to the targets.',
      default: [],
    }),
    egressCidr: variable('egress_cidr', {
      type: 'string',
      description: 'The only CIDR tasks may send traffic to (targets, image registry, S3).',
      default: '0.0.0.0/0',
    }),
    containerInsights: variable('container_insights', {
      type: 'bool',
      description: 'Enable ECS Container Insights on the cluster (billed as custom metrics).',
      default: false,
    }),
  } satisfies Record<string, TerraformVariable>;
}
