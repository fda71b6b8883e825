import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_TOOLS } from '@dlt/mcp-server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type EvalScope, evaluate } from '../lib/expression-eval.js';
import { LAMBDA_ARCHITECTURE, NODE_RUNTIME } from '../lib/lambda.js';
import { synthModule } from '../modules.js';
import { AGENTCORE_TARGET_NAME } from './agentcore.js';
import { MCP_TOOLS } from './tools.js';
import { ENDPOINT_TYPES } from './variables.js';

// biome-ignore lint/suspicious/noExplicitAny: assertions walk the synthesized JSON freely
type Json = Record<string, any>;

const json = synthModule('mcp', mkdtempSync(join(tmpdir(), 'dlt-mcp-'))).json as Json;
const resource = json.resource as Json;

const GATEWAY_URL = 'https://gw1.gateway.bedrock-agentcore.us-east-1.amazonaws.com/mcp';
const API_URL = 'https://api1.execute-api.us-east-1.amazonaws.com';

function scope(endpointType: string): EvalScope {
  const defaults = Object.fromEntries(
    Object.entries(json.variable as Json).map(([name, spec]) => [name, spec.default ?? null]),
  );
  return {
    vars: { ...defaults, endpoint_type: endpointType },
    locals: json.locals,
    refs: {
      'aws_bedrockagentcore_gateway.agentcore_gateway[*].gateway_url':
        endpointType === 'agentcore' ? [GATEWAY_URL] : [],
      'aws_apigatewayv2_api.http_api[*].api_endpoint': endpointType === 'http_api' ? [API_URL] : [],
    },
  };
}

/** `type.name` of every resource that exists for this endpoint type (count evaluated, 1 when uncounted). */
function existing(endpointType: string): string[] {
  return Object.entries(resource).flatMap(([type, byName]) =>
    Object.entries(byName as Json)
      .filter(([, r]) => r.count === undefined || evaluate(r.count, scope(endpointType)) === 1)
      .map(([name]) => `${type}.${name}`),
  );
}

describe('mcp: endpoint_type switches between the HTTP API and the AgentCore gateway', () => {
  const common = ['aws_lambda_function.mcp', 'aws_iam_role.mcp_role', 'aws_cloudwatch_log_group.mcp_logs'];
  const httpApi = [
    'aws_apigatewayv2_api.http_api',
    'aws_apigatewayv2_authorizer.cognito_jwt',
    'aws_apigatewayv2_integration.mcp_lambda',
    'aws_apigatewayv2_route.mcp',
    'aws_apigatewayv2_stage.default',
    'aws_cloudwatch_log_group.http_api_access_logs',
    'aws_lambda_permission.mcp_invoke_from_http_api',
  ];
  const agentcore = [
    'aws_bedrockagentcore_gateway.agentcore_gateway',
    'aws_bedrockagentcore_gateway_target.agentcore_lambda',
    'aws_iam_role.agentcore_gateway_role',
    'aws_iam_role_policy.agentcore_gateway_role_policy',
  ];

  it('accepts exactly http_api and agentcore', () => {
    const condition = json.variable.endpoint_type.validation[0].condition;
    for (const t of ENDPOINT_TYPES) expect(evaluate(condition, scope(t)), t).toBe(true);
    expect(evaluate(condition, scope('agentcore_gateway'))).toBe(false);
    expect(json.variable.endpoint_type.default).toBe('http_api');
  });

  it.each([
    ['http_api', httpApi, agentcore],
    ['agentcore', agentcore, httpApi],
  ])('%s creates its resources and none of the other', (type, present, absent) => {
    const found = existing(type);
    for (const r of [...common, ...present]) expect(found, r).toContain(r);
    for (const r of absent) expect(found, r).not.toContain(r);
  });

  it('outputs the endpoint of the chosen front', () => {
    expect(evaluate(json.output.endpoint.value, scope('http_api'))).toBe(`${API_URL}/mcp`);
    expect(evaluate(json.output.endpoint.value, scope('agentcore'))).toBe(GATEWAY_URL);
  });

  it('gives the Lambda 29 s behind the HTTP API (its limit) and 60 s behind AgentCore', () => {
    const fn = resource.aws_lambda_function.mcp;
    expect(evaluate(fn.timeout, scope('http_api'))).toBe(29);
    expect(evaluate(fn.timeout, scope('agentcore'))).toBe(60);
    expect(fn).toMatchObject({ architectures: [LAMBDA_ARCHITECTURE], runtime: NODE_RUNTIME });
    expect(json.data.archive_file.mcp_code.source_dir).toBe('${path.module}/functions/mcp');
  });
});

describe('mcp: AgentCore gateway', () => {
  const gateway = resource.aws_bedrockagentcore_gateway.agentcore_gateway;
  const target = resource.aws_bedrockagentcore_gateway_target.agentcore_lambda;

  it("authorizes inbound calls with core's Cognito user pool (CUSTOM_JWT)", () => {
    expect(gateway).toMatchObject({ protocol_type: 'MCP', authorizer_type: 'CUSTOM_JWT' });
    expect(gateway.authorizer_configuration[0].custom_jwt_authorizer[0]).toEqual({
      discovery_url: '${var.jwt_issuer}/.well-known/openid-configuration',
      allowed_clients: '${var.jwt_audience}',
    });
  });

  it('invokes the MCP Lambda through a role that may do only that', () => {
    expect(gateway.role_arn).toBe('${aws_iam_role.agentcore_gateway_role[0].arn}');
    const policy = json.data.aws_iam_policy_document.agentcore_gateway_role_policy_doc.statement;
    expect(policy).toEqual([
      {
        sid: 'InvokeMcpLambda',
        actions: ['lambda:InvokeFunction'],
        resources: ['${aws_lambda_function.mcp.arn}'],
      },
    ]);
    const trust = json.data.aws_iam_policy_document.agentcore_gateway_role_trust.statement[0];
    expect(trust.principals).toEqual([{ type: 'Service', identifiers: ['bedrock-agentcore.amazonaws.com'] }]);
    expect(trust.condition[0]).toMatchObject({ test: 'StringEquals', variable: 'aws:SourceAccount' });
    expect(target.credential_provider_configuration).toEqual([{ gateway_iam_role: [{}] }]);
  });

  it('targets the Lambda with the tool schema of the read-only tools', () => {
    expect(target.name).toBe(AGENTCORE_TARGET_NAME);
    expect(target.gateway_identifier).toBe('${aws_bedrockagentcore_gateway.agentcore_gateway[0].gateway_id}');
    const lambda = target.target_configuration[0].mcp[0].lambda[0];
    expect(lambda.lambda_arn).toBe('${aws_lambda_function.mcp.arn}');
    const tools = lambda.tool_schema[0].inline_payload as Json[];
    expect(tools.map((t) => t.name)).toEqual(MCP_TOOLS.map((t) => t.name));
    const run = tools.find((t) => t.name === 'get_test_run');
    expect(run?.input_schema[0].property.filter((p: Json) => p.required).map((p: Json) => p.name)).toEqual([
      'test_id',
      'test_run_id',
    ]);
    // AgentCore names tools `<target>___<tool>`; both parts must fit its name rules.
    for (const t of tools) expect(`${AGENTCORE_TARGET_NAME}___${t.name}`).toMatch(/^[a-z][a-z0-9_-]{0,63}$/);
  });
});

describe("mcp: the gateway's tool schema matches the MCP server's read tools", () => {
  const readTools = ALL_TOOLS.filter((t) => !t.write);

  it('names the same tools in the same order', () => {
    expect(MCP_TOOLS.map((t) => t.name)).toEqual(readTools.map((t) => t.name));
  });

  it.each(readTools.map((t) => [t.name, t] as const))(
    '%s: same inputs, types and required flags',
    (name, tool) => {
      const schema = z.toJSONSchema(tool.input, { io: 'input' }) as {
        properties?: Record<string, { type?: string; items?: { type?: string } }>;
        required?: string[];
      };
      const expected = Object.entries(schema.properties ?? {}).map(([input, spec]) => ({
        name: input,
        type: spec.type,
        items: spec.items?.type,
        required: (schema.required ?? []).includes(input),
      }));
      const declared = MCP_TOOLS.find((t) => t.name === name)?.inputs ?? [];
      expect(
        declared.map((i) => ({ name: i.name, type: i.type, items: i.items, required: i.required })),
      ).toEqual(expected);
    },
  );
});
