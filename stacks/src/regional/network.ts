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

const AZS = 'data.aws_availability_zones.available.names';

export interface NetworkProps {
  namePrefix: string;
  createVpc: TerraformVariable;
  vpcCidr: TerraformVariable;
  publicSubnetCidrs: TerraformVariable;
  vpcId: TerraformVariable;
  subnetIds: TerraformVariable;
  egressCidr: TerraformVariable;
}

export interface Network {
  /** Expression strings: the created or the given VPC / subnets. */
  vpcId: string;
  subnetIds: string[];
  securityGroup: SecurityGroup;
}

/** Either a new VPC with public subnets (tasks get public IPs, no NAT cost) or the caller's VPC and subnets. */
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
  new InternetGateway(stack, 'internet_gateway', {
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

  const vpcId = stack.local('vpc_id', x(`${create} ? aws_vpc.vpc[0].id : ${v(props.vpcId)}`));
  const subnetIds = stack.local(
    'subnet_ids',
    x(`${create} ? aws_subnet.public[*].id : ${v(props.subnetIds)}`),
  );

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
      ],
    },
  });
  new VpcSecurityGroupEgressRule(stack, 'tasks_egress', {
    securityGroupId: securityGroup.id,
    description: 'Load traffic, image and script downloads',
    ipProtocol: '-1',
    cidrIpv4: props.egressCidr.stringValue,
  });
  return { vpcId: vpcId.asString, subnetIds: subnetIds.asList, securityGroup };
}
