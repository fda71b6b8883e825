import { parseArgs } from 'node:util';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { ClientError, type CommandIo, type Context, EXIT_OK, runApiCommand } from '../api-client/index.js';
import { DEFAULT_CALLBACK_PORT, loginWithBrowser } from '../auth/browser-login.js';
import { identityPoolCredentials, loginWithSrp } from '../auth/cognito.js';
import { removeTokens, type StoredTokens, saveTokens, tokenFile } from '../auth/token-store.js';
import { selectProfile } from '../profiles/config-file.js';
import { askSecret, readAllStdin } from '../profiles/prompt.js';
import { UsageError } from '../scenario-file.js';

export const LOGIN_USAGE = `usage: dlt login [--profile NAME] [--username U] [--callback-port P]
       dlt logout [--profile NAME]

Cognito profiles:
  --username U        log in with username and password (SRP: the password is never sent). The password
                      comes from $DLT_PASSWORD, else is asked on a terminal, else read from stdin (CI).
  (no --username)     browser login: prints the hosted-UI URL and waits for the redirect on
                      http://127.0.0.1:<port>/callback (PKCE), port 7521 unless --callback-port P; Cognito
                      only redirects to callback URLs registered on the app client.
Tokens go to ~/.dlt/credentials.json (mode 0600) and are renewed with the refresh token when they expire.

IAM profiles need no login: this only checks that AWS credentials can be found.`;

const FLAGS = {
  profile: { type: 'string' },
  username: { type: 'string' },
  'callback-port': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface LoginIo extends CommandIo {
  /** The password source (tests); default DLT_PASSWORD, a terminal prompt, or stdin. */
  readPassword?: () => Promise<string>;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: FLAGS, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${LOGIN_USAGE}`);
  }
}

async function defaultPassword(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.DLT_PASSWORD) return env.DLT_PASSWORD;
  if (process.stdin.isTTY) return askSecret('password');
  return readAllStdin();
}

export function loginCommand(argv: string[], io: LoginIo = {}): Promise<number> {
  return runApiCommand(io, (ctx) => login(ctx, argv, io));
}

async function login(ctx: Context, argv: string[], io: LoginIo): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    ctx.out(`${LOGIN_USAGE}\n`);
    return EXIT_OK;
  }
  const env = io.env ?? process.env;
  const selected = await selectProfile(env, values.profile);
  if (!selected) throw new ClientError('no profile is configured; run `dlt configure` first');
  const { name, profile } = selected;
  if (profile.auth === 'iam') {
    const creds = await fromNodeProviderChain(
      profile.awsProfile ? { profile: profile.awsProfile } : {},
    )().catch((error: unknown) => {
      throw new ClientError(
        `profile ${name} signs with AWS credentials, but none were found: ${(error as Error).message}`,
      );
    });
    ctx.out(`profile ${name} uses IAM: nothing to log in; requests are signed as ${creds.accessKeyId}\n`);
    return EXIT_OK;
  }
  const settings = profile.cognito!;
  let tokens: StoredTokens;
  if (typeof values.username === 'string') {
    const password = await (io.readPassword ?? (() => defaultPassword(env)))();
    if (password === '') throw new UsageError('empty password (set DLT_PASSWORD or pipe it on stdin)');
    tokens = await loginWithSrp(settings, profile.region, values.username, password);
  } else {
    const port =
      values['callback-port'] === undefined ? DEFAULT_CALLBACK_PORT : Number(values['callback-port']);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError('--callback-port must be a port number');
    tokens = await loginWithBrowser({
      settings,
      callbackPort: port,
      print: ctx.err,
      ...(io.fetch ? { fetch: io.fetch } : {}),
    });
  }
  // Exchanging at once proves the whole chain works, and caches the AWS credentials for the next command.
  const exchanged = await identityPoolCredentials(settings, profile.region, tokens.idToken);
  await saveTokens(env, name, { ...tokens, identityId: exchanged.identityId, aws: exchanged.aws });
  ctx.out(`logged in to profile ${name}; tokens in ${tokenFile(env)}\n`);
  return EXIT_OK;
}

export function logoutCommand(argv: string[], io: CommandIo = {}): Promise<number> {
  return runApiCommand(io, async (ctx) => {
    const values = parse(argv);
    if (values.help) {
      ctx.out(`${LOGIN_USAGE}\n`);
      return EXIT_OK;
    }
    const env = io.env ?? process.env;
    const name = values.profile ?? (env.DLT_PROFILE || 'default');
    const removed = await removeTokens(env, name);
    ctx.out(removed ? `logged out of profile ${name}\n` : `profile ${name} was not logged in\n`);
    return EXIT_OK;
  });
}
