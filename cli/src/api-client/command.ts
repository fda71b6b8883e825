/** What the API commands (`dlt scenarios`, `dlt runs`) share: flags, client set-up, output and exit codes. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { sanitizeTerminal } from '@dlt/report';
import { UsageError } from '../scenario-file.js';
import { ApiClient, ApiError } from './client.js';
import { resolveApiConfig } from './config.js';
import { ClientError } from './credentials.js';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export const EXIT_OK = 0;
/** The test or run asked for does not exist, so scripts can tell "absent" from "broken". */
export const EXIT_NOT_FOUND = 1;
export const EXIT_ERROR = 2;

export const COMMON_OPTIONS_HELP = `options:
  --format table|json   output (default table; json prints the API response as is)
  --endpoint URL        API base URL, e.g. https://abc.execute-api.eu-west-1.amazonaws.com/prod (default
                        $DLT_ENDPOINT, else the profile's, else the running local mode's)
  --profile NAME        a profile written by \`dlt configure\` (default $DLT_PROFILE, else "default" if any)
  --state-dir DIR       local mode state folder (default ~/.dlt/local)
  --region R            SigV4 signing region (default the profile's, $AWS_REGION, else us-east-1)

Remote endpoints are signed with the profile's login (\`dlt login\`) or the AWS credential chain (env,
AWS_PROFILE, SSO, OIDC web identity...). Local mode is signed with profile $AWS_PROFILE (default dlt-local)
from $AWS_SHARED_CREDENTIALS_FILE (default <state-dir>/credentials), which \`dlt local up\` creates.

exit codes: 0 ok, 1 the test or run does not exist, 2 usage, connection or other API error`;

const COMMON_OPTIONS = {
  format: { type: 'string' },
  endpoint: { type: 'string' },
  profile: { type: 'string' },
  'state-dir': { type: 'string' },
  region: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

export type Format = 'table' | 'json';

export interface CommandIo {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
}

export interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  format: Format;
  help: boolean;
}

export interface Context {
  out: (text: string) => void;
  err: (text: string) => void;
  io: CommandIo;
}

/** Parses one subcommand's arguments: the common flags plus `extra`, exactly `arity` positionals. */
export function parseCommand(
  argv: string[],
  extra: ParseArgsOptionsConfig,
  arity: { names: string[]; usage: string },
): Parsed {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...COMMON_OPTIONS, ...extra } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${arity.usage}`);
  }
  const values = parsed.values as Parsed['values'];
  const help = values.help === true;
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw new UsageError(`--format must be table or json, got ${JSON.stringify(format)}`);
  }
  if (!help && parsed.positionals.length !== arity.names.length) {
    const what =
      parsed.positionals.length < arity.names.length
        ? `missing ${arity.names.slice(parsed.positionals.length).join(' ')}`
        : `unexpected argument ${JSON.stringify(parsed.positionals[arity.names.length])}`;
    throw new UsageError(`${what}\n\n${arity.usage}`);
  }
  return { positionals: parsed.positionals, values, format, help };
}

export function stringFlag(parsed: Parsed, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === 'string' ? v : undefined;
}

export async function clientFor(parsed: Parsed, io: CommandIo): Promise<ApiClient> {
  const config = await resolveApiConfig({
    endpoint: stringFlag(parsed, 'endpoint'),
    stateDir: stringFlag(parsed, 'state-dir'),
    region: stringFlag(parsed, 'region'),
    profile: stringFlag(parsed, 'profile'),
    env: io.env ?? process.env,
  });
  return new ApiClient({ ...config, ...(io.fetch ? { fetch: io.fetch } : {}) });
}

/** Path segments are encoded so an odd id reaches the API (and its validation) intact, not as another path. */
export function segment(id: string): string {
  return encodeURIComponent(id);
}

export function printJson(ctx: Context, data: unknown): void {
  ctx.out(`${JSON.stringify(data, null, 2)}\n`);
}

/** Empty, absent and non-string values print as "-" so every column keeps a value. */
export function text(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-';
  return typeof value === 'string' ? value : String(value);
}

/**
 * Runs one command and maps failures to exit codes with a one-line `dlt: ...` message: input, set-up and API
 * errors are the user's to fix and need no stack; anything else is a bug and keeps it.
 */
export async function runApiCommand(io: CommandIo, body: (ctx: Context) => Promise<number>): Promise<number> {
  const ctx: Context = {
    out: io.stdout ?? ((t: string) => process.stdout.write(t)),
    err: io.stderr ?? ((t: string) => process.stderr.write(t)),
    io,
  };
  try {
    return await body(ctx);
  } catch (error) {
    if (error instanceof ApiError) {
      ctx.err(`dlt: ${sanitizeTerminal(`${error.code}: ${error.message}`)}\n`);
      return error.isNotFound ? EXIT_NOT_FOUND : EXIT_ERROR;
    }
    if (error instanceof UsageError) {
      ctx.err(`dlt: ${error.message}\n`);
      return EXIT_ERROR;
    }
    if (error instanceof ClientError) {
      ctx.err(`dlt: ${sanitizeTerminal(error.message)}\n`);
      return EXIT_ERROR;
    }
    ctx.err(`dlt: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_ERROR;
  }
}

export type Subcommand = (ctx: Context, argv: string[]) => Promise<number>;

/** Runs `<command> <sub> ...` from a table of subcommands, with help and clear errors for the rest. */
export function runSubcommand(
  command: string,
  usage: string,
  subcommands: Record<string, Subcommand>,
  argv: string[],
  io: CommandIo,
): Promise<number> {
  return runApiCommand(io, async (ctx) => {
    const [sub, ...rest] = argv;
    if (sub === 'help' || sub === '--help' || sub === '-h') {
      ctx.out(`${usage}\n`);
      return EXIT_OK;
    }
    if (sub === undefined) throw new UsageError(`missing subcommand\n\n${usage}`);
    const run = Object.hasOwn(subcommands, sub) ? subcommands[sub] : undefined;
    if (run === undefined)
      throw new UsageError(`unknown ${command} subcommand ${JSON.stringify(sub)}\n\n${usage}`);
    return run(ctx, rest);
  });
}

/** Parses a subcommand's arguments, answers --help, and opens the client; undefined means help was printed. */
export async function prepareCall(
  ctx: Context,
  usage: string,
  argv: string[],
  names: string[],
  extra: Parameters<typeof parseCommand>[1] = {},
): Promise<{ parsed: Parsed; api: ApiClient } | undefined> {
  const parsed = parseCommand(argv, extra, { names, usage });
  if (parsed.help) {
    ctx.out(`${usage}\n`);
    return undefined;
  }
  return { parsed, api: await clientFor(parsed, ctx.io) };
}
