import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { callTool } from './call-tool.js';
import { defaultCredentials } from './credentials.js';
import { type CredentialSource, DltApi } from './dlt-api.js';
import { createDltMcpServer, toolMap } from './server.js';

/** The parts of an API Gateway HTTP API (payload 2.0) event the handler reads. */
export interface HttpApiEvent {
  version?: string;
  rawPath: string;
  rawQueryString?: string;
  headers?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
  requestContext: { http: { method: string }; domainName?: string };
}

export interface HttpApiResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
}

/** What Lambda passes as the second argument; Bedrock AgentCore Gateway names the tool in the client context. */
export interface LambdaContext {
  clientContext?: { custom?: Record<string, unknown> } | null;
}

export interface LambdaServerOptions {
  endpoint: string;
  region: string;
  credentials: CredentialSource;
  allowWrites?: boolean;
}

function isHttpApiEvent(event: unknown): event is HttpApiEvent {
  const e = event as Partial<HttpApiEvent> | null;
  return typeof e?.rawPath === 'string' && typeof e.requestContext?.http?.method === 'string';
}

function jsonRpcError(
  statusCode: number,
  message: string,
  headers: Record<string, string> = {},
): HttpApiResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }),
  };
}

function toRequest(event: HttpApiEvent): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(event.headers ?? {})) if (v !== undefined) headers.set(k, v);
  const host = headers.get('host') ?? event.requestContext.domainName ?? 'lambda.invalid';
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  const method = event.requestContext.http.method.toUpperCase();
  const body =
    event.body === undefined || method === 'GET' || method === 'HEAD'
      ? undefined
      : event.isBase64Encoded
        ? Buffer.from(event.body, 'base64')
        : event.body;
  return new Request(`https://${host}${event.rawPath}${query}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
}

/**
 * Streamable HTTP, stateless: a fresh server and transport per request, JSON responses instead of SSE (a
 * buffered Lambda response cannot stream). GET (the server-to-client stream) and DELETE (sessions) have no
 * meaning without sessions and are refused with 405, as the transport specification allows.
 */
async function handleHttp(
  event: HttpApiEvent,
  opts: LambdaServerOptions,
  api: DltApi,
): Promise<HttpApiResult> {
  if (event.requestContext.http.method.toUpperCase() !== 'POST') {
    return jsonRpcError(405, 'Method not allowed: this MCP server is stateless; send JSON-RPC with POST.', {
      allow: 'POST',
    });
  }
  const server = createDltMcpServer({ api, allowWrites: opts.allowWrites === true });
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  try {
    await server.connect(transport);
    const res = await transport.handleRequest(toRequest(event));
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      headers[k] = v;
    });
    return { statusCode: res.status, headers, body: await res.text(), isBase64Encoded: false };
  } catch (error) {
    // A bug, not a client's mistake: answer in JSON-RPC so the client shows a message instead of a bare 502.
    return jsonRpcError(500, `internal error: ${(error as Error)?.message ?? String(error)}`);
  } finally {
    await server.close();
  }
}

/**
 * Bedrock AgentCore Gateway Lambda target: the event is the tool's arguments and the client context names the
 * tool as `<target>___<tool>`. Answers `{statusCode, body}` with the tool's JSON, or `{error}`, as DLT does.
 */
async function handleAgentCore(
  event: unknown,
  toolName: string,
  opts: LambdaServerOptions,
  api: DltApi,
): Promise<{ statusCode: number; body: string } | { error: string }> {
  const name = toolName.includes('___') ? toolName.slice(toolName.indexOf('___') + 3) : toolName;
  const result = await callTool(toolMap(opts.allowWrites === true), name, event, { api });
  const text = result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
  return result.isError ? { error: text } : { statusCode: 200, body: text };
}

const API_TIMEOUT_MS = 25_000;

/** A Lambda handler for either event source. Options are read once per container (on the first event). */
export function createLambdaHandler(options: LambdaServerOptions | (() => LambdaServerOptions)) {
  let resolved: { opts: LambdaServerOptions; api: DltApi } | undefined;
  return async (event: unknown, context?: LambdaContext): Promise<unknown> => {
    if (resolved === undefined) {
      let opts: LambdaServerOptions;
      try {
        opts = typeof options === 'function' ? options() : options;
      } catch (error) {
        const message = (error as Error).message;
        return isHttpApiEvent(event) ? jsonRpcError(500, message) : { error: message };
      }
      // Below API Gateway's 29 s integration limit, so a hung API call ends as a tool error, not a 504.
      const api = new DltApi({
        endpoint: opts.endpoint,
        region: opts.region,
        credentials: opts.credentials,
        timeoutMs: API_TIMEOUT_MS,
      });
      resolved = { opts, api };
    }
    const { opts, api } = resolved;
    if (isHttpApiEvent(event)) return handleHttp(event, opts, api);
    const toolName = context?.clientContext?.custom?.bedrockAgentCoreToolName;
    if (typeof toolName === 'string') return handleAgentCore(event, toolName, opts, api);
    return {
      error:
        'unsupported event: expected an API Gateway HTTP API (2.0) event or an AgentCore Gateway tool call',
    };
  };
}

/** From the environment: DLT_API_ENDPOINT, AWS_REGION, DLT_MCP_ALLOW_WRITES=true; the Lambda role signs. */
export function lambdaOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LambdaServerOptions {
  const endpoint = env.DLT_API_ENDPOINT;
  if (!endpoint) throw new Error('DLT_API_ENDPOINT is not set: the MCP Lambda needs the DLT API base URL');
  return {
    endpoint,
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    credentials: defaultCredentials(),
    allowWrites: env.DLT_MCP_ALLOW_WRITES === 'true',
  };
}

export const handler = createLambdaHandler(() => lambdaOptionsFromEnv());
