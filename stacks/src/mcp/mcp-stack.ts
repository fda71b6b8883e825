import { Apigatewayv2Api } from '@cdktf/provider-aws/lib/apigatewayv2-api/index.js';
import { Apigatewayv2Authorizer } from '@cdktf/provider-aws/lib/apigatewayv2-authorizer/index.js';
import { Apigatewayv2Integration } from '@cdktf/provider-aws/lib/apigatewayv2-integration/index.js';
import { Apigatewayv2Route } from '@cdktf/provider-aws/lib/apigatewayv2-route/index.js';
import { Apigatewayv2Stage } from '@cdktf/provider-aws/lib/apigatewayv2-stage/index.js';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group/index.js';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission/index.js';
import { Fn } from 'cdktf';
import type { Construct } from 'constructs';
import { commonVariables } from '../lib/common-variables.js';
import { nodeFunction } from '../lib/lambda.js';
import { type ModuleDoc, ModuleStack } from '../lib/module-stack.js';
import { ENDPOINT_TYPES, mcpVariables } from './variables.js';

/** The one path MCP clients talk to (streamable HTTP transport). */
export const MCP_PATH = '/mcp';

export class McpStack extends ModuleStack {
  readonly doc: ModuleDoc = {
    title: 'mcp',
    summary:
      'The MCP server for AI agents: a Lambda (arm64, Node 22) behind an API Gateway HTTP API whose JWT ' +
      "authorizer accepts tokens issued by core's Cognito user pool. The Lambda calls core's REST API with its " +
      'own role, which may only `execute-api:Invoke` on the core API stage.',
    status: [
      `\`endpoint_type\` accepts only ${ENDPOINT_TYPES.map((t) => `"${t}"`).join(', ')}. The Bedrock AgentCore ` +
        'Gateway alternative (gateway + Lambda target, chosen by this variable) is not built.',
      'The function code in `functions/mcp/` is a placeholder that answers 501 "not built yet" until the MCP ' +
        'function bundle is built into the module.',
      'Cognito access tokens carry `client_id` instead of `aud`; the HTTP API JWT authorizer checks either ' +
        'against `jwt_audience`, so pass the app client ID(s) there.',
      'The HTTP API buffers responses: MCP streamable HTTP works in its JSON-response mode, not with SSE streams.',
    ],
  };

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const common = commonVariables(this);
    const vars = mcpVariables(this);
    const namePrefix = common.namePrefix.stringValue;
    const logRetentionDays = common.logRetentionDays.numberValue;

    const handler = nodeFunction(this, 'mcp', {
      functionName: `${namePrefix}-mcp`,
      description: 'DLT MCP server (tools over the DLT REST API)',
      sourceDir: 'functions/mcp',
      logRetentionDays,
      permissionsBoundary: common.permissionsBoundary.stringValue,
      environment: {
        DLT_API_ENDPOINT: vars.coreApiEndpoint.stringValue,
        POWERTOOLS_SERVICE_NAME: 'dlt-mcp',
      },
      statements: [
        {
          sid: 'InvokeCoreApi',
          actions: ['execute-api:Invoke'],
          resources: [`${vars.coreApiStageExecutionArn.stringValue}/*`],
        },
      ],
    });

    const api = new Apigatewayv2Api(this, 'http_api', {
      name: `${namePrefix}-mcp`,
      description: 'DLT MCP endpoint (Cognito JWT)',
      protocolType: 'HTTP',
    });
    const authorizer = new Apigatewayv2Authorizer(this, 'cognito_jwt', {
      apiId: api.id,
      name: 'cognito-jwt',
      authorizerType: 'JWT',
      identitySources: ['$request.header.Authorization'],
      jwtConfiguration: { issuer: vars.jwtIssuer.stringValue, audience: vars.jwtAudience.listValue },
    });
    const integration = new Apigatewayv2Integration(this, 'mcp_lambda', {
      apiId: api.id,
      integrationType: 'AWS_PROXY',
      integrationUri: handler.fn.invokeArn,
      payloadFormatVersion: '2.0',
    });
    new Apigatewayv2Route(this, 'mcp_route', {
      apiId: api.id,
      routeKey: `ANY ${MCP_PATH}`,
      target: `integrations/${integration.id}`,
      authorizationType: 'JWT',
      authorizerId: authorizer.id,
    }).overrideLogicalId('mcp');
    const accessLogs = new CloudwatchLogGroup(this, 'http_api_access_logs', {
      name: `/aws/apigateway/${namePrefix}-mcp/access`,
      retentionInDays: logRetentionDays,
    });
    new Apigatewayv2Stage(this, 'default', {
      apiId: api.id,
      name: '$default',
      autoDeploy: true,
      accessLogSettings: { destinationArn: accessLogs.arn, format: Fn.jsonencode(ACCESS_LOG_FORMAT) },
      defaultRouteSettings: {
        throttlingRateLimit: vars.throttlingRateLimit.numberValue,
        throttlingBurstLimit: vars.throttlingBurstLimit.numberValue,
        detailedMetricsEnabled: true,
      },
    });
    new LambdaPermission(this, 'mcp_invoke_from_http_api', {
      action: 'lambda:InvokeFunction',
      functionName: handler.fn.functionName,
      principal: 'apigateway.amazonaws.com',
      sourceArn: `${api.executionArn}/*/*${MCP_PATH}`,
    });

    this.output(
      'endpoint',
      'URL MCP clients connect to (streamable HTTP); send `Authorization: Bearer <Cognito token>`.',
      `${api.apiEndpoint}${MCP_PATH}`,
    );
    this.output('endpoint_type', 'The kind of endpoint in front of the MCP Lambda.', vars.endpointType.value);
    this.output('api_id', 'ID of the HTTP API.', api.id);
    this.output('function_name', 'Name of the MCP Lambda.', handler.fn.functionName);
    this.output('function_role_arn', 'ARN of the MCP Lambda execution role.', handler.role.arn);
  }
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
