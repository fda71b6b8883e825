import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { defaultCredentials } from './credentials.js';
import { type CredentialSource, DltApi } from './dlt-api.js';
import { createDltMcpServer } from './server.js';

export interface StdioServerOptions {
  endpoint: string;
  region: string;
  /** Default: the standard AWS credential chain. */
  credentials?: CredentialSource;
  allowWrites?: boolean;
  stdin?: NodeJS.ReadableStream;
  stdout?: NodeJS.WritableStream;
}

/**
 * Serves MCP over stdin/stdout until stdin ends (the client closed it), then closes. Nothing else may write
 * to stdout: it carries the protocol.
 */
export async function serveStdio(opts: StdioServerOptions): Promise<void> {
  const api = new DltApi({
    endpoint: opts.endpoint,
    region: opts.region,
    credentials: opts.credentials ?? defaultCredentials(),
  });
  const server = createDltMcpServer({ api, allowWrites: opts.allowWrites === true });
  const stdin = opts.stdin ?? process.stdin;
  const transport = new StdioServerTransport(
    stdin as ConstructorParameters<typeof StdioServerTransport>[0],
    (opts.stdout ?? process.stdout) as ConstructorParameters<typeof StdioServerTransport>[1],
  );
  const ended = new Promise<void>((resolve) => {
    stdin.once('end', resolve);
    stdin.once('close', resolve);
    transport.onclose = () => resolve();
  });
  await server.connect(transport);
  await ended;
  await server.close();
}
