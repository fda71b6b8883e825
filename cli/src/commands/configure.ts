import { parseArgs } from 'node:util';
import { type CommandIo, type Context, EXIT_OK, runApiCommand } from '../api-client/index.js';
import {
  type AuthMode,
  checkProfileName,
  DEFAULT_PROFILE,
  type DltProfile,
  readConfig,
  saveProfile,
} from '../profiles/config-file.js';
import { type Prompter, terminalPrompter } from '../profiles/prompt.js';
import { UsageError } from '../scenario-file.js';

export const CONFIGURE_USAGE = `usage: dlt configure [--profile NAME] [options]

Writes a profile to ~/.dlt/config.json ($DLT_CONFIG_DIR/config.json), mode 0600. Missing values are asked
for on a terminal; without one (CI), flags only. Values already in the profile are kept unless given.

  --profile NAME          profile to write (default "default", used when no --endpoint/--profile is given)
  --endpoint URL          the API base URL (the stack's api_endpoint output)
  --region R              the stack's region (default: from the user pool id or the endpoint host)
  --auth iam|cognito      iam: sign with AWS credentials (AWS_PROFILE, SSO, OIDC in CI…);
                          cognito: log in as a console user (\`dlt login\`)
  --aws-profile P         iam: AWS profile to sign with (default $AWS_PROFILE / the SDK chain)
  --user-pool-id ID       cognito: the user pool id, e.g. eu-west-1_AbCdEf
  --client-id ID          cognito: the app client id
  --identity-pool-id ID   cognito: the identity pool id
  --cognito-domain D      cognito: hosted UI domain, for browser login (optional)`;

const FLAGS = {
  profile: { type: 'string' },
  endpoint: { type: 'string' },
  region: { type: 'string' },
  auth: { type: 'string' },
  'aws-profile': { type: 'string' },
  'user-pool-id': { type: 'string' },
  'client-id': { type: 'string' },
  'identity-pool-id': { type: 'string' },
  'cognito-domain': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ConfigureIo extends CommandIo {
  /** Overrides the terminal prompts (tests); undefined and no TTY means flags only. */
  prompter?: Prompter;
}

/** The region an API Gateway URL or a pool id names, if any. */
export function regionHint(endpoint: string | undefined, userPoolId: string | undefined): string | undefined {
  const fromPool = userPoolId?.split('_')[0];
  if (fromPool && /^[a-z]{2}(-[a-z]+)+-\d$/.test(fromPool)) return fromPool;
  if (!endpoint) return undefined;
  try {
    return /\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com$/.exec(new URL(endpoint).hostname)?.[1];
  } catch {
    return undefined;
  }
}

export function configureCommand(argv: string[], io: ConfigureIo = {}): Promise<number> {
  return runApiCommand(io, (ctx) => configure(ctx, argv, io));
}

async function configure(ctx: Context, argv: string[], io: ConfigureIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: FLAGS, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${CONFIGURE_USAGE}`);
  }
  if (values.help) {
    ctx.out(`${CONFIGURE_USAGE}\n`);
    return EXIT_OK;
  }
  const env = io.env ?? process.env;
  const name = checkProfileName(typeof values.profile === 'string' ? values.profile : DEFAULT_PROFILE);
  const existing = (await readConfig(env)).profiles[name];
  const prompter = io.prompter ?? (process.stdin.isTTY ? terminalPrompter() : undefined);
  const flag = (k: keyof typeof FLAGS) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);

  try {
    const ask = async (
      label: string,
      given: string | undefined,
      fallback: string | undefined,
      required: boolean,
    ) => {
      if (given !== undefined) return given;
      if (prompter) {
        const answer = (await prompter.ask(label, fallback)).trim();
        if (answer !== '') return answer;
      }
      if (fallback !== undefined) return fallback;
      if (required) {
        throw new UsageError(
          `${label} is required${prompter ? '' : ' (no terminal to ask on: pass it as a flag)'}`,
        );
      }
      return undefined;
    };
    const endpoint = await ask('API endpoint URL', flag('endpoint'), existing?.endpoint, true);
    const auth = (await ask(
      'auth mode (iam or cognito)',
      flag('auth'),
      existing?.auth ?? 'iam',
      true,
    )) as AuthMode;
    if (auth !== 'iam' && auth !== 'cognito')
      throw new UsageError(`--auth must be iam or cognito, got ${auth}`);
    const profile: DltProfile = { endpoint: endpoint!, region: '', auth };
    if (auth === 'cognito') {
      const c = existing?.cognito;
      const userPoolId = await ask('Cognito user pool id', flag('user-pool-id'), c?.userPoolId, true);
      const clientId = await ask('Cognito app client id', flag('client-id'), c?.clientId, true);
      const identityPoolId = await ask(
        'Cognito identity pool id',
        flag('identity-pool-id'),
        c?.identityPoolId,
        true,
      );
      const domain = await ask(
        'Cognito domain (browser login; optional)',
        flag('cognito-domain'),
        c?.domain,
        false,
      );
      profile.cognito = {
        userPoolId: userPoolId!,
        clientId: clientId!,
        identityPoolId: identityPoolId!,
        ...(domain ? { domain } : {}),
      };
    } else {
      const awsProfile = await ask(
        'AWS profile to sign with (optional)',
        flag('aws-profile'),
        existing?.awsProfile,
        false,
      );
      if (awsProfile) profile.awsProfile = awsProfile;
    }
    const hint = regionHint(endpoint, profile.cognito?.userPoolId) ?? existing?.region ?? env.AWS_REGION;
    profile.region = (await ask('region', flag('region'), hint, true))!;
    let url: URL;
    try {
      url = new URL(profile.endpoint);
    } catch {
      throw new UsageError(`the endpoint is not a URL: ${JSON.stringify(profile.endpoint)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new UsageError('the endpoint must be http(s)');
    const file = await saveProfile(env, name, profile);
    ctx.out(`profile ${name} written to ${file}\n`);
    if (auth === 'cognito')
      ctx.out(`next: dlt login${name === DEFAULT_PROFILE ? '' : ` --profile ${name}`}\n`);
    return EXIT_OK;
  } finally {
    prompter?.close();
  }
}
