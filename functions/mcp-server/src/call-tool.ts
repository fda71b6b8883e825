import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import { ApiError, ApiUnreachableError } from './dlt-api.js';
import { type ToolContext, type ToolDefinition, ToolFailure, WRITE_TOOL_NAMES } from './tools/index.js';

export function toolError(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message }] };
}

function toolResult(data: unknown): CallToolResult {
  const text = typeof data === 'string' ? data : JSON.stringify(data, null, 2);
  const structured =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? { structuredContent: data as Record<string, unknown> }
      : {};
  return { content: [{ type: 'text', text: text ?? 'null' }], ...structured };
}

/** `field: problem; other: problem`, as the API words its own validation errors. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      const message =
        issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
      return path ? `${path}: ${message}` : message;
    })
    .join('; ');
}

function describeApiError(tool: string, error: ApiError): string {
  if (error.status === 404 && error.code.endsWith('_NOT_FOUND')) return `${tool}: ${error.message}`;
  if (error.status === 403 || error.status === 401) {
    return (
      `${tool}: the API refused the request (${error.status} ${error.code}: ${error.message}); check the AWS ` +
      'credentials (profile, keys) and that they may call execute-api:Invoke on this API'
    );
  }
  return `${tool}: the API answered ${error.status} ${error.code}: ${error.message}`;
}

/**
 * Validates the arguments and runs one tool; every failure (bad input, unknown tool, API 4xx/5xx, network,
 * a bug) becomes a tool result with `isError: true` and a sentence saying what went wrong.
 */
export async function callTool(
  tools: ReadonlyMap<string, ToolDefinition>,
  name: string,
  args: unknown,
  ctx: ToolContext,
): Promise<CallToolResult> {
  const tool = tools.get(name);
  if (tool === undefined) {
    if (WRITE_TOOL_NAMES.has(name)) {
      return toolError(
        `${name} changes state and is disabled: this MCP server is read-only. Start it with --allow-writes ` +
          '(dlt mcp --allow-writes) to start and cancel tests.',
      );
    }
    return toolError(`unknown tool ${JSON.stringify(name)}; tools/list names the available tools`);
  }
  const parsed = tool.input.safeParse(args ?? {});
  if (!parsed.success) return toolError(`${name}: invalid input: ${describeIssues(parsed.error)}`);
  try {
    return toolResult(await tool.run(parsed.data, ctx));
  } catch (error) {
    if (error instanceof ToolFailure) return toolError(`${name}: ${error.message}`);
    if (error instanceof ApiError) return toolError(describeApiError(name, error));
    if (error instanceof ApiUnreachableError) return toolError(`${name}: ${error.message}`);
    return toolError(`${name} failed unexpectedly: ${(error as Error)?.message ?? String(error)}`);
  }
}
