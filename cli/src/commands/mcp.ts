import { parseArgs } from 'node:util';
import { serveStdio } from '@dlt/mcp-server';
import { resolveApiConfig } from '../api-client/config.js';
import { ClientError } from '../api-client/credentials.js';
import { UsageError } from '../scenario-file.js';

export const MCP_USAGE = `usage: dlt mcp [--endpoint URL] [--allow-writes] [options]

Runs the MCP server on stdin/stdout for an MCP client (Claude Desktop, Cursor, VS Code…); see docs/mcp.md.
It offers DLT's seven read tools plus get_run_timeseries, compare_runs and analyze_run, all over the REST API.

options:
  --endpoint URL     API base URL (default $DLT_ENDPOINT, a configured profile, else the running local
                     mode's, from <state-dir>/local.json)
  --allow-writes     also offer start_test and cancel_test (off by default: the server is read-only)
  --profile NAME     a profile from \`dlt configure\`
  --state-dir DIR    local mode state folder (default ~/.dlt/local)
  --region R         SigV4 signing region (default $AWS_REGION, else us-east-1)

Requests are signed with SigV4: local mode's key pair for the local stack, otherwise the standard AWS
credential chain (AWS_PROFILE, environment, SSO…). Nothing but the protocol is written to stdout.`;

export async function mcpCommand(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        endpoint: { type: 'string' },
        'allow-writes': { type: 'boolean' },
        profile: { type: 'string' },
        'state-dir': { type: 'string' },
        region: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${MCP_USAGE}`);
  }
  if (values.help === true) {
    process.stdout.write(`${MCP_USAGE}\n`);
    return 0;
  }
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  try {
    const config = await resolveApiConfig({
      endpoint: str('endpoint'),
      stateDir: str('state-dir'),
      region: str('region'),
      profile: str('profile'),
      env: process.env,
    });
    process.stderr.write(
      `dlt mcp: serving ${values['allow-writes'] === true ? 'read and write' : 'read-only'} tools over stdio for ${config.endpoint}\n`,
    );
    await serveStdio({
      endpoint: config.endpoint,
      region: config.region,
      credentials: config.credentials,
      allowWrites: values['allow-writes'] === true,
    });
    return 0;
  } catch (error) {
    if (error instanceof ClientError) {
      process.stderr.write(`dlt: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
