import { Eip } from '@cdktf/provider-aws/lib/eip/index.js';
import type { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway/index.js';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway/index.js';
import { Route } from '@cdktf/provider-aws/lib/route/index.js';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table/index.js';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association/index.js';
import { Subnet } from '@cdktf/provider-aws/lib/subnet/index.js';
import type { TerraformVariable } from 'cdktf';
import { v, x } from '../lib/expr.js';
import type { ModuleStack } from '../lib/module-stack.js';

export const AZS = 'data.aws_availability_zones.available.names';

export interface PrivateNetworkProps {
  namePrefix: string;
  /** Terraform condition: the module creates the VPC. */
  create: string;
  createPrivateSubnets: TerraformVariable;
  privateSubnetCidrs: TerraformVariable;
  natGatewayCount: TerraformVariable;
  internetGateway: InternetGateway;
}

/**
 * Private subnets whose only way out is a NAT gateway with a static Elastic IP: every task's traffic leaves
 * from a handful of known addresses that targets can allow-list. NAT gateway `i` sits in public subnet `i`;
 * private subnet `j` routes through NAT gateway `j % nat_gateway_count` (same zone when the counts match).
 * Returns the Terraform condition "private subnets exist".
 */
export function createPrivateNetwork(stack: ModuleStack, props: PrivateNetworkProps): string {
  const enabled = `(${props.create} && ${v(props.createPrivateSubnets)})`;
  stack.local('nat_gateway_count', x(`${enabled} ? ${v(props.natGatewayCount)} : 0`));
  stack.local('private_subnet_count', x(`${enabled} ? length(${v(props.privateSubnetCidrs)}) : 0`));
  const natCount = x('local.nat_gateway_count') as unknown as number;
  const subnetCount = x('local.private_subnet_count') as unknown as number;

  new Eip(stack, 'nat', {
    count: natCount,
    domain: 'vpc',
    tags: { Name: `${props.namePrefix}-nat` },
  });
  const nat = new NatGateway(stack, 'nat_gateway', {
    count: natCount,
    allocationId: x('aws_eip.nat[count.index].id'),
    // The modulo only keeps a bad nat_gateway_count from failing on an index before the precondition explains it.
    subnetId: x('aws_subnet.public[count.index % length(aws_subnet.public)].id'),
    connectivityType: 'public',
    tags: { Name: `${props.namePrefix}-nat` },
    // The gateway needs the internet route of its public subnet before it can pass traffic.
    dependsOn: [props.internetGateway],
  });
  nat.overrideLogicalId('nat');
  new Subnet(stack, 'private', {
    count: subnetCount,
    vpcId: x('aws_vpc.vpc[0].id'),
    cidrBlock: x(`${v(props.privateSubnetCidrs)}[count.index]`),
    availabilityZone: x(`${AZS}[count.index % length(${AZS})]`),
    mapPublicIpOnLaunch: false,
    tags: { Name: `${props.namePrefix}-private` },
  });
  new RouteTable(stack, 'private_routes', {
    count: natCount,
    vpcId: x('aws_vpc.vpc[0].id'),
    tags: { Name: `${props.namePrefix}-private` },
  });
  new Route(stack, 'private_nat', {
    count: natCount,
    routeTableId: x('aws_route_table.private_routes[count.index].id'),
    destinationCidrBlock: '0.0.0.0/0',
    natGatewayId: x('aws_nat_gateway.nat[count.index].id'),
  });
  const association = new RouteTableAssociation(stack, 'private_association', {
    count: subnetCount,
    subnetId: x('aws_subnet.private[count.index].id'),
    routeTableId: x('aws_route_table.private_routes[count.index % local.nat_gateway_count].id'),
  });
  association.overrideLogicalId('private');
  return enabled;
}
