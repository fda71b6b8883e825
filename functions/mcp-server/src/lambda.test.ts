import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DltApi } from './dlt-api.js';
import {
  createLambdaHandler,
  type HttpApiEvent,
  type HttpApiResult,
  handler,
  lambdaOptionsFromEnv,
} from './lambda.js';
import { savedScenario, startTestStack, type TestStack } from './test-support.js';

// The Lambda entry point driven with API Gateway HTTP API (2.0) events and AgentCore Gateway tool calls, against
// a real local stack. What is not covered: the Lambda runtime itself, API Gateway and AgentCore on AWS.
let local: TestStack;
let testId: string;

beforeAll(async () => {
  local = await startTestStack();
  const api = new DltApi({
    endpoint: local.stack.apiUrl,
    region: 'us-east-1',
    credentials: local.credentials,
  });
  ({ testId } = await api.request<{ testId: string }>('POST', '/scenarios', {
    body: savedScenario('Lambda saved'),
  }));
  // The exported handler signs with the standard chain, as the Lambda role would: here, the local profile.
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'])
    delete process.env[name];
  process.env.AWS_SHARED_CREDENTIALS_FILE = local.stack.credentialsFile;
  process.env.AWS_PROFILE = local.stack.profile;
  process.env.DLT_API_ENDPOINT = local.stack.apiUrl;
  process.env.AWS_REGION = 'us-east-1';
});
afterAll(async () => {
  await local?.close();
});

let nextId = 1;
function rpc(method: string, params: Record<string, unknown> = {}, httpMethod = 'POST'): HttpApiEvent {
  return {
    version: '2.0',
    rawPath: '/mcp',
    rawQueryString: '',
    headers: {
      host: 'abc.execute-api.us-east-1.amazonaws.com',
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-06-18',
    },
    body:
      httpMethod === 'POST' ? JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params }) : undefined,
    isBase64Encoded: false,
    requestContext: { http: { method: httpMethod }, domainName: 'abc.execute-api.us-east-1.amazonaws.com' },
  };
}

async function send(
  event: HttpApiEvent,
  h: (e: unknown) => Promise<unknown> = handler,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = (await h(event)) as HttpApiResult;
  return { status: res.statusCode, body: JSON.parse(res.body) as Record<string, unknown> };
}

describe('the Lambda handler over Streamable HTTP (stateless, JSON responses)', () => {
  it('initializes, lists the read tools and calls one against the API', async () => {
    const init = await send(
      rpc('initialize', {
        protocolVersion: '2025-06-18',
        capabilities: {},
        clientInfo: { name: 'test', version: '1' },
      }),
    );
    expect(init.status).toBe(200);
    expect(init.body.result).toMatchObject({ serverInfo: { name: 'dlt' }, capabilities: { tools: {} } });

    const list = await send(rpc('tools/list'));
    const names = (list.body.result as { tools: Array<{ name: string }> }).tools.map((t) => t.name);
    expect(names).toContain('get_test_run_artifacts');
    expect(names).toContain('analyze_run');
    expect(names).not.toContain('start_test');

    const call = await send(rpc('tools/call', { name: 'list_scenarios', arguments: {} }));
    const result = call.body.result as { isError?: boolean; content: Array<{ text: string }> };
    expect(result.isError).toBeFalsy();
    expect(JSON.parse(result.content[0]!.text).Items.map((i: { testId: string }) => i.testId)).toContain(
      testId,
    );
  });

  it('answers bad input and unknown tests as tool errors, not HTTP errors', async () => {
    const bad = await send(
      rpc('tools/call', { name: 'get_test_run', arguments: { test_id: testId, test_run_id: 7 } }),
    );
    expect(bad.status).toBe(200);
    expect(bad.body.result).toMatchObject({
      isError: true,
      content: [{ text: expect.stringMatching(/^get_test_run: invalid input: test_run_id/) }],
    });
    const missing = await send(
      rpc('tools/call', { name: 'get_scenario_details', arguments: { test_id: 'absent1234' } }),
    );
    expect(missing.body.result).toMatchObject({
      isError: true,
      content: [{ text: expect.stringContaining('absent1234') }],
    });
  });

  it('offers write tools only when the environment allows them', async () => {
    const writable = createLambdaHandler(() => ({ ...lambdaOptionsFromEnv(), allowWrites: true }));
    const list = await send(rpc('tools/list'), writable);
    const names = (list.body.result as { tools: Array<{ name: string }> }).tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['start_test', 'cancel_test']));
    expect(
      lambdaOptionsFromEnv({ DLT_API_ENDPOINT: 'https://x', DLT_MCP_ALLOW_WRITES: 'true' }).allowWrites,
    ).toBe(true);
    expect(lambdaOptionsFromEnv({ DLT_API_ENDPOINT: 'https://x' }).allowWrites).toBe(false);
  });

  it('answers a body that is not JSON with a JSON-RPC parse error', async () => {
    const res = (await handler({ ...rpc('tools/list'), body: '{"jsonrpc":' })) as HttpApiResult;
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ jsonrpc: '2.0', error: { code: -32700 } });
  });

  it('refuses GET (no server-to-client stream without sessions) with 405', async () => {
    const res = (await handler(rpc('', {}, 'GET'))) as HttpApiResult;
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it('says what is missing when DLT_API_ENDPOINT is not set', async () => {
    const unset = createLambdaHandler(() => lambdaOptionsFromEnv({}));
    const res = await send(rpc('tools/list'), unset);
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).toContain('DLT_API_ENDPOINT is not set');
  });
});

describe('the Lambda handler as a Bedrock AgentCore Gateway target', () => {
  const context = (tool: string) => ({
    clientContext: { custom: { bedrockAgentCoreToolName: `dlt-tools___${tool}` } },
  });

  it('runs the tool named in the client context with the event as its arguments', async () => {
    const res = (await handler({ test_id: testId }, context('get_scenario_details'))) as {
      statusCode: number;
      body: string;
    };
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ testId, testName: 'Lambda saved' });
  });

  it('answers failures as {error}', async () => {
    expect(await handler({}, context('get_scenario_details'))).toEqual({
      error: 'get_scenario_details: invalid input: test_id: is required',
    });
    expect(await handler({ test_id: testId }, context('start_test'))).toMatchObject({
      error: expect.stringContaining('--allow-writes'),
    });
    expect(await handler({ nothing: true })).toMatchObject({
      error: expect.stringContaining('unsupported event'),
    });
  });
});
