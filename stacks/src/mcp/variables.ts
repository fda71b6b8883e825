import type { TerraformVariable } from 'cdktf';
import type { ModuleStack } from '../lib/module-stack.js';

/** Endpoint kinds that are built; `agentcore_gateway` (Bedrock AgentCore Gateway + target) is planned. */
export const ENDPOINT_TYPES = ['http_api'];

export function mcpVariables(stack: ModuleStack) {
  const variable = stack.variable.bind(stack);
  return {
    endpointType: variable('endpoint_type', {
      type: 'string',
      description:
        'What fronts the MCP Lambda: "http_api" (API Gateway HTTP API with a JWT authorizer). Bedrock ' +
        'AgentCore Gateway is planned, not built.',
      default: 'http_api',
      validation: [
        {
          condition: `\${contains(${JSON.stringify(ENDPOINT_TYPES)}, var.endpoint_type)}`,
          errorMessage: 'Only endpoint_type = "http_api" is implemented.',
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
      description: "Accepted `aud` / `client_id` values: core's `user_pool_client_id` output.",
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
