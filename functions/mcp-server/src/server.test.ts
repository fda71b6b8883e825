import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DltApi } from './dlt-api.js';
import { createDltMcpServer } from './server.js';
import { closedPort, savedScenario, startTestStack, type TestStack } from './test-support.js';

// The server over an in-memory MCP transport, talking SigV4 to a real local stack over loopback HTTP.
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
    body: savedScenario('MCP saved'),
  }));
});
afterAll(async () => {
  await local?.close();
});

async function connect(opts: { allowWrites?: boolean; api?: DltApi } = {}) {
  const api =
    opts.api ??
    new DltApi({ endpoint: local.stack.apiUrl, region: 'us-east-1', credentials: local.credentials });
  const server = createDltMcpServer({ api, allowWrites: opts.allowWrites ?? false });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'test', version: '1' });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  return {
    client,
    call: (name: string, args: Record<string, unknown> = {}) =>
      client.callTool({ name, arguments: args }) as Promise<CallToolResult>,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

const text = (r: CallToolResult) => (r.content[0] as { text: string }).text;

const READ_TOOLS = [
  'list_scenarios',
  'get_scenario_details',
  'list_test_runs',
  'get_test_run',
  'get_latest_test_run',
  'get_baseline_test_run',
  'get_test_run_artifacts',
  'get_run_timeseries',
  'compare_runs',
  'analyze_run',
];

describe('the MCP server', () => {
  it('lists the read tools only, read-only annotated, unless writes are allowed', async () => {
    const ro = await connect();
    const { tools } = await ro.client.listTools();
    expect(tools.map((t) => t.name)).toEqual(READ_TOOLS);
    expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
    const ids = tools.find((t) => t.name === 'get_test_run')!.inputSchema;
    expect(ids.required).toEqual(['test_id', 'test_run_id']);
    await ro.close();
    const rw = await connect({ allowWrites: true });
    const names = (await rw.client.listTools()).tools.map((t) => t.name);
    expect(names).toEqual([...READ_TOOLS, 'start_test', 'cancel_test']);
    // Refined schemas (either/or inputs) still advertise their properties.
    const schemas = new Map((await rw.client.listTools()).tools.map((t) => [t.name, t.inputSchema]));
    expect(Object.keys(schemas.get('list_test_runs')!.properties ?? {})).toEqual([
      'test_id',
      'limit',
      'start_timestamp',
    ]);
    expect(Object.keys(schemas.get('start_test')!.properties ?? {})).toEqual(['test_id', 'scenario']);
    await rw.close();
  });

  it('answers a read tool with the API data, as text and structured content', async () => {
    const c = await connect();
    const res = await c.call('list_scenarios');
    expect(res.isError).toBeFalsy();
    const body = JSON.parse(text(res)) as { Items: Array<{ testId: string }> };
    expect(body.Items.map((i) => i.testId)).toContain(testId);
    expect(res.structuredContent).toEqual(body);
    const details = await c.call('get_scenario_details', { test_id: testId });
    expect(JSON.parse(text(details))).toMatchObject({ testId, testName: 'MCP saved', status: 'created' });
    await c.close();
  });

  it('turns bad input, unknown tests, refused writes and unknown tools into clear tool errors', async () => {
    const c = await connect();
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['get_test_run', { test_id: testId }, /^get_test_run: invalid input: test_run_id: is required$/],
      ['get_scenario_details', { test_id: 42 }, /^get_scenario_details: invalid input: test_id: /],
      ['get_scenario_details', { test_id: 'no/slash' }, /test_id contains only letters, digits and '-'/],
      ['list_test_runs', { test_id: testId, limit: 31 }, /limit: /],
      [
        'list_test_runs',
        { test_id: testId, limit: 2, start_timestamp: '2024-01-15T14:30:00.000Z' },
        /not both/,
      ],
      ['list_test_runs', { test_id: testId, start_timestamp: 'yesterday' }, /ISO 8601/],
      ['compare_runs', { test_id: testId, test_run_ids: ['a'] }, /at least 2/],
      ['get_scenario_details', { test_id: 'nope123456' }, /^get_scenario_details: .*nope123456/],
      ['get_latest_test_run', { test_id: testId }, /^get_latest_test_run: test .* has no runs yet$/],
      ['analyze_run', { test_id: testId }, /has no runs yet/],
      ['get_test_run', { test_id: testId, test_run_id: 'missing123' }, /^get_test_run: .*missing123/],
      ['start_test', { test_id: testId }, /start_test changes state and is disabled.*--allow-writes/],
      ['cancel_test', { test_id: testId }, /--allow-writes/],
      ['drop_tables', {}, /unknown tool "drop_tables"/],
    ];
    for (const [name, args, message] of cases) {
      const res = await c.call(name, args);
      expect(res.isError, `${name} ${JSON.stringify(args)}`).toBe(true);
      expect(text(res), `${name} ${JSON.stringify(args)}`).toMatch(message);
    }
    await c.close();
  });

  it('says when the API cannot be reached or refuses the signature', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}/api`;
    const dead = await connect({
      api: new DltApi({ endpoint, region: 'us-east-1', credentials: local.credentials }),
    });
    const down = await dead.call('list_scenarios');
    expect(down.isError).toBe(true);
    expect(text(down)).toBe(`list_scenarios: cannot reach the API at ${endpoint}: ECONNREFUSED`);
    await dead.close();
    const wrong = await connect({
      api: new DltApi({
        endpoint: local.stack.apiUrl,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIAWRONGWRONGWRONG1', secretAccessKey: 'x'.repeat(40) },
      }),
    });
    const refused = await wrong.call('list_scenarios');
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(
      /^list_scenarios: the API refused the request \(403 .*check the AWS credentials/,
    );
    await wrong.close();
  });

  it('cancel_test refuses a test that is not running, with writes allowed', async () => {
    const c = await connect({ allowWrites: true });
    const res = await c.call('cancel_test', { test_id: testId });
    expect(res.isError).toBe(true);
    expect(text(res)).toBe(
      `cancel_test: test ${testId} is not running (status created); there is nothing to cancel`,
    );
    await c.close();
  });
});
