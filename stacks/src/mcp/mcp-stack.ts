import type { Construct } from 'constructs';
import { commonVariables } from '../lib/common-variables.js';
import { countIf, v, x } from '../lib/expr.js';
import { nodeFunction } from '../lib/lambda.js';
import { type ModuleDoc, ModuleStack } from '../lib/module-stack.js';
import { AGENTCORE_TARGET_NAME, createAgentcoreGateway } from './agentcore.js';
import { createHttpApi, MCP_PATH } from './http-api.js';
import { MCP_TOOLS } from './tools.js';
import { type EndpointType, mcpVariables } from './variables.js';

export { MCP_PATH } from './http-api.js';

/** HTTP API integrations time out at 30 s; AgentCore Lambda targets may run longer (DLT uses 60 s). */
const TIMEOUT_SECONDS: Record<EndpointType, number> = { http_api: 29, agentcore: 60 };

export class McpStack extends ModuleStack {
  readonly doc: ModuleDoc = {
    title: 'mcp',
    summary:
      'The MCP server for AI agents: a Lambda (arm64, Node 22) behind either an API Gateway HTTP API with a ' +
      'JWT authorizer (`endpoint_type = "http_api"`, the default) or an Amazon Bedrock AgentCore Gateway with ' +
      'a CUSTOM_JWT inbound authorizer and the Lambda as its target (`endpoint_type = "agentcore"`). Both accept ' +
      "tokens issued by core's Cognito user pool. The Lambda calls core's REST API with its own role, which may " +
      'only `execute-api:Invoke` on the core API stage.',
    status: [
      'The function code in `functions/mcp/` is the bundle of `functions/mcp-server` written by ' +
        '`npm run synth:modules` (before that, a placeholder that answers 501). One bundle serves both endpoint ' +
        'types: behind the HTTP API ' +
        'it receives API Gateway v2 proxy events (MCP JSON-RPC in the body); behind AgentCore it receives the ' +
        'tool arguments as the event and `' +
        AGENTCORE_TARGET_NAME +
        '___<tool>` in `context.clientContext.custom.bedrockAgentCoreToolName`.',
      `AgentCore advertises the tool schema this module declares (${MCP_TOOLS.map((t) => `\`${t.name}\``).join(', ')}): ` +
        "the MCP server's read tools; a unit test keeps names, inputs and required flags equal to the server's. " +
        'Write tools stay off (`DLT_MCP_ALLOW_WRITES` unset), as in DLT.',
      'Cognito access tokens carry `client_id` instead of `aud`; the HTTP API JWT authorizer checks either ' +
        'against `jwt_audience`, and AgentCore checks `client_id` against it (allowed clients), so pass the app ' +
        'client ID(s) there.',
      'The HTTP API buffers responses: MCP streamable HTTP works in its JSON-response mode, not with SSE streams.',
      'Untested against AWS: an apply with each endpoint type and an MCP client listing and calling the tools ' +
        'with a Cognito token would test it.',
    ],
  };

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const common = commonVariables(this);
    const vars = mcpVariables(this);
    const namePrefix = common.namePrefix.stringValue;
    const type = v(vars.endpointType);

    const handler = nodeFunction(this, 'mcp', {
      functionName: `${namePrefix}-mcp`,
      description: 'DLT MCP server (tools over the DLT REST API)',
      sourceDir: 'functions/mcp',
      logRetentionDays: common.logRetentionDays.numberValue,
      permissionsBoundary: common.permissionsBoundary.stringValue,
      timeout: x(
        `${type} == "agentcore" ? ${TIMEOUT_SECONDS.agentcore} : ${TIMEOUT_SECONDS.http_api}`,
      ) as unknown as number,
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

    createHttpApi(this, {
      namePrefix,
      logRetentionDays: common.logRetentionDays.numberValue,
      count: countIf(`${type} == "http_api"`),
      handler,
      vars,
    });
    createAgentcoreGateway(this, {
      namePrefix,
      count: countIf(`${type} == "agentcore"`),
      handler,
      permissionsBoundary: common.permissionsBoundary.stringValue,
      vars,
    });

    this.output(
      'endpoint',
      'URL MCP clients connect to; send `Authorization: Bearer <Cognito token>`. The HTTP API URL ends in ' +
        `${MCP_PATH}; with agentcore it is the gateway URL.`,
      x(
        `${type} == "agentcore" ? one(aws_bedrockagentcore_gateway.agentcore_gateway[*].gateway_url) : ` +
          `"\${one(aws_apigatewayv2_api.http_api[*].api_endpoint)}${MCP_PATH}"`,
      ),
    );
    this.output('endpoint_type', 'The kind of endpoint in front of the MCP Lambda.', vars.endpointType.value);
    this.output(
      'api_id',
      'ID of the HTTP API (null with agentcore).',
      x('one(aws_apigatewayv2_api.http_api[*].id)'),
    );
    this.output(
      'gateway_id',
      'ID of the AgentCore gateway (null with http_api).',
      x('one(aws_bedrockagentcore_gateway.agentcore_gateway[*].gateway_id)'),
    );
    this.output(
      'gateway_arn',
      'ARN of the AgentCore gateway (null with http_api).',
      x('one(aws_bedrockagentcore_gateway.agentcore_gateway[*].gateway_arn)'),
    );
    this.output('function_name', 'Name of the MCP Lambda.', handler.fn.functionName);
    this.output('function_role_arn', 'ARN of the MCP Lambda execution role.', handler.role.arn);
  }
}
