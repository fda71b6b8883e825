import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { callTool } from './call-tool.js';
import type { DltApi } from './dlt-api.js';
import { type ToolContext, type ToolDefinition, toolsFor } from './tools/index.js';

export interface DltMcpServerOptions {
  api: DltApi;
  /** Offer start_test and cancel_test. Off by default, as DLT's server is read-only. */
  allowWrites?: boolean;
  now?: () => number;
}

export const SERVER_NAME = 'dlt';
export const SERVER_VERSION = '0.1.0';

const INSTRUCTIONS =
  'Tools for a distributed load testing stack (DLT v4 compatible). Scenarios (test_id) have runs ' +
  '(test_run_id). Read results with get_test_run / get_latest_test_run, the per-second series with ' +
  'get_run_timeseries, and ask compare_runs or analyze_run for comparisons and findings. Response times in ' +
  'get_test_run are in seconds (DLT fields); compare_runs, analyze_run and the series use milliseconds.';

/** The tools a server with these options offers, by name. */
export function toolMap(allowWrites: boolean): Map<string, ToolDefinition> {
  return new Map(toolsFor(allowWrites).map((t) => [t.name, t]));
}

/**
 * An MCP server over the DLT REST API. Tools are listed by the SDK from their zod schemas; calls go through
 * `callTool`, which replaces the SDK's own call handler so that every failure, including input the schema
 * rejects and a write tool asked of a read-only server, is a clear `isError` result.
 */
export function createDltMcpServer(opts: DltMcpServerOptions): McpServer {
  const allowWrites = opts.allowWrites === true;
  const tools = toolMap(allowWrites);
  const server = new McpServer(
    { name: SERVER_NAME, version: SERVER_VERSION },
    { capabilities: { tools: {} }, instructions: INSTRUCTIONS },
  );
  for (const tool of tools.values()) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        annotations: {
          title: tool.title,
          readOnlyHint: !tool.write,
          destructiveHint: tool.write,
          idempotentHint: !tool.write,
          openWorldHint: tool.write,
        },
      },
      // Never called: the call handler below takes over. The SDK needs one to register the tool.
      async () => ({ content: [] }),
    );
  }
  const ctx: ToolContext = { api: opts.api, ...(opts.now ? { now: opts.now } : {}) };
  server.server.setRequestHandler(CallToolRequestSchema, (request) =>
    callTool(tools, request.params.name, request.params.arguments, ctx),
  );
  return server;
}
