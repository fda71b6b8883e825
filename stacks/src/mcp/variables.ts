import type { TerraformVariable } from 'cdktf';
import type { ModuleStack } from '../lib/module-stack.js';

/** What can front the MCP Lambda: API Gateway HTTP API, or a Bedrock AgentCore Gateway with a Lambda target. */
export const ENDPOINT_TYPES = ['http_api', 'agentcore'] as const;
export type EndpointType = (typeof ENDPOINT_TYPES)[number];

export function mcpVariables(stack: ModuleStack) {
  const variable = stack.variable.bind(stack);
  return {
    endpointType: variable('endpoint_type', {
      type: 'string',
      description:
        'What fronts the MCP Lambda: "http_api" (API Gateway HTTP API with a Cognito JWT authorizer, ' +
        'streamable HTTP in JSON-response mode) or "agentcore" (Amazon Bedrock AgentCore Gateway with a ' +
        'Cognito CUSTOM_JWT inbound authorizer and the Lambda as its target; the gateway speaks MCP).',
      default: 'http_api',
      validation: [
        {
          condition: `\${contains(${JSON.stringify(ENDPOINT_TYPES)}, var.endpoint_type)}`,
          errorMessage: `endpoint_type must be one of ${ENDPOINT_TYPES.map((t) => `"${t}"`).join(', ')}.`,
        },
      ],
    }),
    jwtIssuer: variable('jwt_issuer', {
      type: 'string',
      description: 'JWT issuer URL: "https://" + core\'s `user_pool_endpoint` output.',
      validation: [
        {
          condition: '${startswith(var.jwt_issuer, "https://")}',
          errorMessage: 'jwt_issuer must start with https://.',
        },
      ],
    }),
    jwtAudience: variable('jwt_audience', {
      type: 'list(string)',
      description:
        "Accepted `aud` / `client_id` values: core's `user_pool_client_id` output (the AgentCore gateway " +
        'checks them as allowed clients).',
      validation: [
        { condition: '${length(var.jwt_audience) > 0}', errorMessage: 'Give at least one audience.' },
      ],
    }),
    coreApiEndpoint: variable('core_api_endpoint', {
      type: 'string',
      description: "Core's `api_endpoint` output; the MCP Lambda calls this API.",
    }),
    coreApiStageExecutionArn: variable('core_api_stage_execution_arn', {
      type: 'string',
      description:
        "Core's `api_stage_execution_arn` output; the Lambda may invoke this stage and nothing else.",
    }),
    throttlingRateLimit: variable('throttling_rate_limit', {
      type: 'number',
      description: 'Steady-state requests per second allowed on the MCP endpoint.',
      default: 10,
    }),
    throttlingBurstLimit: variable('throttling_burst_limit', {
      type: 'number',
      description: 'Request burst allowed on the MCP endpoint.',
      default: 20,
    }),
  } satisfies Record<string, TerraformVariable>;
}
