import { DataAwsAvailabilityZones } from '@cdktf/provider-aws/lib/data-aws-availability-zones/index.js';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway/index.js';
import { Route } from '@cdktf/provider-aws/lib/route/index.js';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table/index.js';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association/index.js';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group/index.js';
import { Subnet } from '@cdktf/provider-aws/lib/subnet/index.js';
import { Vpc } from '@cdktf/provider-aws/lib/vpc/index.js';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule/index.js';
import type { TerraformVariable } from 'cdktf';
import { countIf, v, x } from '../lib/expr.js';
import type { ModuleStack } from '../lib/module-stack.js';
import { AZS, createPrivateNetwork } from './private-network.js';

export interface NetworkProps {
  namePrefix: string;
  createVpc: TerraformVariable;
  vpcCidr: TerraformVariable;
  publicSubnetCidrs: TerraformVariable;
  vpcId: TerraformVariable;
  subnetIds: TerraformVariable;
  egressCidr: TerraformVariable;
  createPrivateSubnets: TerraformVariable;
  privateSubnetCidrs: TerraformVariable;
  natGatewayCount: TerraformVariable;
  assignPublicIp: TerraformVariable;
}

export interface Network {
  /** Expression strings: the created or the given VPC / subnets the tasks run in. */
  vpcId: string;
  subnetIds: string[];
  /** Expression string: a Terraform bool, whether tasks get a public IP. */
  assignPublicIp: string;
  securityGroup: SecurityGroup;
}

/**
 * Either a new VPC with public subnets (tasks get public IPs, no NAT cost), optionally with private subnets
 * behind NAT gateways with static IPs (tasks run there), or the caller's VPC and subnets.
 */
export function createNetwork(stack: ModuleStack, props: NetworkProps): Network {
  const create = v(props.createVpc);
  new DataAwsAvailabilityZones(stack, 'available', { state: 'available' });
  new Vpc(stack, 'vpc', {
    count: countIf(create),
    cidrBlock: props.vpcCidr.stringValue,
    enableDnsHostnames: true,
    enableDnsSupport: true,
    tags: { Name: `${props.namePrefix}-load-testing` },
  });
  const internetGateway = new InternetGateway(stack, 'internet_gateway', {
    count: countIf(create),
    vpcId: x('aws_vpc.vpc[0].id'),
    tags: { Name: `${props.namePrefix}-load-testing` },
  });
  const subnetCount = x(`${create} ? length(${v(props.publicSubnetCidrs)}) : 0`) as unknown as number;
  new Subnet(stack, 'public', {
    count: subnetCount,
    vpcId: x('aws_vpc.vpc[0].id'),
    cidrBlock: x(`${v(props.publicSubnetCidrs)}[count.index]`),
    availabilityZone: x(`${AZS}[count.index % length(${AZS})]`),
    // Tasks ask for a public IP explicitly; nothing else launched here should get one by accident.
    mapPublicIpOnLaunch: false,
    tags: { Name: `${props.namePrefix}-public` },
  });
  new RouteTable(stack, 'public_routes', {
    count: countIf(create),
    vpcId: x('aws_vpc.vpc[0].id'),
    tags: { Name: `${props.namePrefix}-public` },
  });
  new Route(stack, 'public_internet', {
    count: countIf(create),
    routeTableId: x('aws_route_table.public_routes[0].id'),
    destinationCidrBlock: '0.0.0.0/0',
    gatewayId: x('aws_internet_gateway.internet_gateway[0].id'),
  });
  // Terraform allows one name per resource type, constructs one id per scope.
  const association = new RouteTableAssociation(stack, 'public_association', {
    count: subnetCount,
    subnetId: x('aws_subnet.public[count.index].id'),
    routeTableId: x('aws_route_table.public_routes[0].id'),
  });
  association.overrideLogicalId('public');

  const hasPrivate = createPrivateNetwork(stack, {
    namePrefix: props.namePrefix,
    create,
    createPrivateSubnets: props.createPrivateSubnets,
    privateSubnetCidrs: props.privateSubnetCidrs,
    natGatewayCount: props.natGatewayCount,
    internetGateway,
  });

  const vpcId = stack.local('vpc_id', x(`${create} ? aws_vpc.vpc[0].id : ${v(props.vpcId)}`));
  const subnetIds = stack.local(
    'subnet_ids',
    x(
      `${create} ? (${hasPrivate} ? aws_subnet.private[*].id : aws_subnet.public[*].id) : ${v(props.subnetIds)}`,
    ),
  );
  // Behind a NAT gateway a public IP is useless (and billed), and it would bypass the allow-listed addresses.
  stack.local(
    'assign_public_ip',
    x(`${v(props.assignPublicIp)} != null ? ${v(props.assignPublicIp)} : !${hasPrivate}`),
  );
  const wantsPrivate = v(props.createPrivateSubnets);
  const natCount = v(props.natGatewayCount);

  const securityGroup = new SecurityGroup(stack, 'tasks', {
    name: `${props.namePrefix}-load-tester`,
    description: 'Load-tester tasks: no inbound, egress to the target CIDR only',
    vpcId: vpcId.asString,
    lifecycle: {
      precondition: [
        {
          condition: x(`${create} || (${v(props.vpcId)} != null && length(${v(props.subnetIds)}) >= 1)`),
          errorMessage: 'With create_vpc = false, set vpc_id and at least one subnet id in subnet_ids.',
        },
        {
          condition: x(`!${wantsPrivate} || ${create}`),
          errorMessage:
            'create_private_subnets needs create_vpc = true. With your own VPC, pass private subnet_ids that ' +
            'route through your NAT and set assign_public_ip = false.',
        },
        {
          condition: x(
            `!${hasPrivate} || (${natCount} <= length(${v(props.publicSubnetCidrs)}) && length(${v(props.privateSubnetCidrs)}) >= 1)`,
          ),
          errorMessage:
            'With create_private_subnets, nat_gateway_count must be at most the number of public subnets ' +
            '(NAT gateways live there) and private_subnet_cidrs must name at least one subnet.',
        },
      ],
    },
  });
  new VpcSecurityGroupEgressRule(stack, 'tasks_egress', {
    securityGroupId: securityGroup.id,
    description: 'Load traffic, image and script downloads',
    ipProtocol: '-1',
    cidrIpv4: props.egressCidr.stringValue,
  });
  return {
    vpcId: vpcId.asString,
    subnetIds: subnetIds.asList,
    assignPublicIp: x('local.assign_public_ip'),
    securityGroup,
  };
}
