import { Apigatewayv2Api } from '@cdktf/provider-aws/lib/apigatewayv2-api/index.js';
import { Apigatewayv2Authorizer } from '@cdktf/provider-aws/lib/apigatewayv2-authorizer/index.js';
import { Apigatewayv2Integration } from '@cdktf/provider-aws/lib/apigatewayv2-integration/index.js';
import { Apigatewayv2Route } from '@cdktf/provider-aws/lib/apigatewayv2-route/index.js';
import { Apigatewayv2Stage } from '@cdktf/provider-aws/lib/apigatewayv2-stage/index.js';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group/index.js';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission/index.js';
import { Fn } from 'cdktf';
import { x } from '../lib/expr.js';
import type { NodeFunction } from '../lib/lambda.js';
import type { ModuleStack } from '../lib/module-stack.js';
import type { mcpVariables } from './variables.js';

/** The one path MCP clients talk to (streamable HTTP transport). */
export const MCP_PATH = '/mcp';

export interface HttpApiProps {
  namePrefix: string;
  logRetentionDays: number;
  /** `count` of every resource here: 1 with endpoint_type = "http_api". */
  count: number;
  handler: NodeFunction;
  vars: ReturnType<typeof mcpVariables>;
}

// cdktf does not index references to counted resources, so they are written by hand (`[0]`).
const API_ID = x('aws_apigatewayv2_api.http_api[0].id');

/** API Gateway HTTP API → Lambda, every route behind a JWT authorizer that trusts core's Cognito user pool. */
export function createHttpApi(stack: ModuleStack, props: HttpApiProps): void {
  const { count, handler, vars } = props;
  new Apigatewayv2Api(stack, 'http_api', {
    count,
    name: `${props.namePrefix}-mcp`,
    description: 'DLT MCP endpoint (Cognito JWT)',
    protocolType: 'HTTP',
  });
  new Apigatewayv2Authorizer(stack, 'cognito_jwt', {
    count,
    apiId: API_ID,
    name: 'cognito-jwt',
    authorizerType: 'JWT',
    identitySources: ['$request.header.Authorization'],
    jwtConfiguration: { issuer: vars.jwtIssuer.stringValue, audience: vars.jwtAudience.listValue },
  });
  new Apigatewayv2Integration(stack, 'mcp_lambda', {
    count,
    apiId: API_ID,
    integrationType: 'AWS_PROXY',
    integrationUri: handler.fn.invokeArn,
    payloadFormatVersion: '2.0',
  });
  new Apigatewayv2Route(stack, 'mcp_route', {
    count,
    apiId: API_ID,
    routeKey: `ANY ${MCP_PATH}`,
    target: 'integrations/${aws_apigatewayv2_integration.mcp_lambda[0].id}',
    authorizationType: 'JWT',
    authorizerId: x('aws_apigatewayv2_authorizer.cognito_jwt[0].id'),
  }).overrideLogicalId('mcp');
  new CloudwatchLogGroup(stack, 'http_api_access_logs', {
    count,
    name: `/aws/apigateway/${props.namePrefix}-mcp/access`,
    retentionInDays: props.logRetentionDays,
  });
  new Apigatewayv2Stage(stack, 'default', {
    count,
    apiId: API_ID,
    name: '$default',
    autoDeploy: true,
    accessLogSettings: {
      destinationArn: x('aws_cloudwatch_log_group.http_api_access_logs[0].arn'),
      format: Fn.jsonencode(ACCESS_LOG_FORMAT),
    },
    defaultRouteSettings: {
      throttlingRateLimit: vars.throttlingRateLimit.numberValue,
      throttlingBurstLimit: vars.throttlingBurstLimit.numberValue,
      detailedMetricsEnabled: true,
    },
  });
  new LambdaPermission(stack, 'mcp_invoke_from_http_api', {
    count,
    action: 'lambda:InvokeFunction',
    functionName: handler.fn.functionName,
    principal: 'apigateway.amazonaws.com',
    sourceArn: `\${aws_apigatewayv2_api.http_api[0].execution_arn}/*/*${MCP_PATH}`,
  });
}

const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  integrationLatency: '$context.integrationLatency',
  authorizerError: '$context.authorizer.error',
  integrationError: '$context.integrationErrorMessage',
  subject: '$context.authorizer.claims.sub',
};
