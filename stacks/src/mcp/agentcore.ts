import { BedrockagentcoreGateway } from '@cdktf/provider-aws/lib/bedrockagentcore-gateway/index.js';
import { BedrockagentcoreGatewayTarget } from '@cdktf/provider-aws/lib/bedrockagentcore-gateway-target/index.js';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity/index.js';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role/index.js';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy/index.js';
import { x } from '../lib/expr.js';
import { policyDocument } from '../lib/iam.js';
import type { NodeFunction } from '../lib/lambda.js';
import type { ModuleStack } from '../lib/module-stack.js';
import { inlineToolSchema } from './tools.js';
import type { mcpVariables } from './variables.js';

/** Prefix of every tool name the gateway sends the Lambda: `<target>___<tool>`. */
export const AGENTCORE_TARGET_NAME = 'dlt-tools';

export interface AgentcoreProps {
  namePrefix: string;
  /** `count` of every resource here: 1 with endpoint_type = "agentcore". */
  count: number;
  handler: NodeFunction;
  permissionsBoundary: string;
  vars: ReturnType<typeof mcpVariables>;
}

/**
 * Amazon Bedrock AgentCore Gateway (protocol MCP) with an inbound CUSTOM_JWT authorizer that trusts core's
 * Cognito user pool (its OpenID discovery document; allowed clients = `jwt_audience`), and the MCP Lambda as
 * its one target. The gateway invokes the Lambda with its own role, which may do nothing else.
 */
export function createAgentcoreGateway(stack: ModuleStack, props: AgentcoreProps): void {
  const { count, handler, vars } = props;
  const account = new DataAwsCallerIdentity(stack, 'current_account');
  // Documents are not counted: they cost nothing and reference only resources that always exist.
  const trust = policyDocument(stack, 'agentcore_gateway_role_trust', [
    {
      effect: 'Allow',
      actions: ['sts:AssumeRole'],
      principals: [{ type: 'Service', identifiers: ['bedrock-agentcore.amazonaws.com'] }],
      condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [account.accountId] }],
    },
  ]);
  const policy = policyDocument(stack, 'agentcore_gateway_role_policy_doc', [
    { sid: 'InvokeMcpLambda', actions: ['lambda:InvokeFunction'], resources: [handler.fn.arn] },
  ]);
  new IamRole(stack, 'agentcore_gateway_role', {
    count,
    name: `${props.namePrefix}-mcp-gateway`,
    description: 'Bedrock AgentCore gateway: invoke the DLT MCP Lambda',
    assumeRolePolicy: trust.json,
    permissionsBoundary: props.permissionsBoundary,
  });
  new IamRolePolicy(stack, 'agentcore_gateway_role_policy', {
    count,
    name: 'least-privilege',
    role: x('aws_iam_role.agentcore_gateway_role[0].id'),
    policy: policy.json,
  });
  const gateway = new BedrockagentcoreGateway(stack, 'agentcore_gateway', {
    count,
    name: `${props.namePrefix}-mcp`,
    description: 'DLT MCP gateway (Cognito JWT)',
    protocolType: 'MCP',
    // No protocol_configuration: the service's default MCP versions, none pinned here that could go stale.
    authorizerType: 'CUSTOM_JWT',
    authorizerConfiguration: [
      {
        customJwtAuthorizer: [
          {
            discoveryUrl: `${vars.jwtIssuer.stringValue}/.well-known/openid-configuration`,
            allowedClients: vars.jwtAudience.listValue,
          },
        ],
      },
    ],
    roleArn: x('aws_iam_role.agentcore_gateway_role[0].arn'),
  });
  // The role's policy must exist before the gateway checks its target (counted: a plain address).
  gateway.addOverride('depends_on', ['aws_iam_role_policy.agentcore_gateway_role_policy']);
  new BedrockagentcoreGatewayTarget(stack, 'agentcore_lambda', {
    count,
    name: AGENTCORE_TARGET_NAME,
    description: 'DLT read-only tools over the REST API',
    gatewayIdentifier: x('aws_bedrockagentcore_gateway.agentcore_gateway[0].gateway_id'),
    credentialProviderConfiguration: [{ gatewayIamRole: [{}] }],
    targetConfiguration: [
      {
        mcp: [
          {
            lambda: [{ lambdaArn: handler.fn.arn, toolSchema: [{ inlinePayload: inlineToolSchema() }] }],
          },
        ],
      },
    ],
  });
}
