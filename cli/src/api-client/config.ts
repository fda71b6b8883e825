import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { cognitoCredentialProvider } from '../auth/cognito.js';
import { type DltProfile, selectProfile } from '../profiles/config-file.js';
import { ClientError, type Credentials, loadCredentials } from './credentials.js';

export interface ApiConfigInput {
  /** `--endpoint`: the API base URL, e.g. http://127.0.0.1:7420/api. */
  endpoint?: string | undefined;
  /** `--state-dir`; default ~/.dlt/local. */
  stateDir?: string | undefined;
  /** `--region`. */
  region?: string | undefined;
  /** `--profile`: a profile of ~/.dlt/config.json (`dlt configure`). */
  profile?: string | undefined;
  env: NodeJS.ProcessEnv;
}

/** Static keys, or a provider the signer calls before each request (refreshing credentials). */
export type CredentialSource = Credentials | (() => Promise<Credentials>);

export interface ApiConfig {
  endpoint: string;
  region: string;
  credentials: CredentialSource;
  /** Where the endpoint came from, for messages: local mode, a flag, the environment or a profile. */
  source?: 'local' | 'flag' | 'env' | `profile ${string}`;
}

export const DEFAULT_REGION = 'us-east-1';
const START_HINT = 'run `dlt local up` first';

export function defaultStateDir(): string {
  return join(homedir(), '.dlt', 'local');
}

function checkedEndpoint(value: string, from: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ClientError(`${from} is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ClientError(`${from} must be an http(s) URL, got ${JSON.stringify(value)}`);
  }
  if (url.search || url.hash) throw new ClientError(`${from} must not carry a query or fragment: ${value}`);
  return url.href.replace(/\/+$/, '');
}

/**
 * Local mode, loaded only when a command targets it: the single-file bundle (scripts/bundle-cli.mjs) leaves it
 * out, replaced by a stub that says so, and remote commands never need it.
 */
async function localMode(): Promise<typeof import('@dlt/local-mode')> {
  const mod = await import('@dlt/local-mode');
  if ((mod as { __dltBundleStub?: unknown }).__dltBundleStub) {
    throw new ClientError(
      'local mode is not part of this single-file build of dlt; pass --endpoint URL or --profile NAME, ' +
        'or use the full install (npx dlt from the repository) for local mode',
    );
  }
  return mod;
}

async function localEndpoint(stateDir: string): Promise<string> {
  const { isPidAlive, localInfoFile, readLocalInfo } = await localMode();
  const file = localInfoFile(stateDir);
  const info = await readLocalInfo(stateDir).catch(() => undefined);
  if (!info) {
    throw new ClientError(`local mode is not running (no ${file}); ${START_HINT}, or pass --endpoint URL`);
  }
  if (!isPidAlive(info.pid)) {
    throw new ClientError(`local mode is not running (pid ${info.pid} in ${file} has exited); ${START_HINT}`);
  }
  return checkedEndpoint(info.apiUrl ?? `${info.url}/api`, file);
}

function isLoopback(endpoint: string): boolean {
  const host = new URL(endpoint).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/** The SDK's chain (env, shared files, SSO, web identity as in CI OIDC, ECS, IMDS), resolved lazily. */
function ambientCredentials(awsProfile: string | undefined): () => Promise<Credentials> {
  const provider = fromNodeProviderChain(awsProfile ? { profile: awsProfile } : {});
  return async () => {
    try {
      return await provider();
    } catch (error) {
      throw new ClientError(
        `no AWS credentials for signing (${(error as Error).message}); set them up as for the AWS CLI ` +
          '(AWS_PROFILE, environment variables, SSO, or OIDC in CI)',
      );
    }
  };
}

function profileCredentials(name: string, profile: DltProfile, env: NodeJS.ProcessEnv): CredentialSource {
  if (profile.auth === 'cognito' && profile.cognito) {
    return cognitoCredentialProvider({
      env,
      profileName: name,
      region: profile.region,
      settings: profile.cognito,
    });
  }
  return ambientCredentials(env.AWS_PROFILE || profile.awsProfile);
}

/**
 * Endpoint: --endpoint, DLT_ENDPOINT, a profile (--profile, DLT_PROFILE, else "default" when configured and
 * neither --endpoint nor --state-dir is given), then the running local instance.
 *
 * Credentials: a profile's auth mode; for an endpoint given by flag or environment, the SDK's ambient chain,
 * except on a loopback endpoint without AWS_SHARED_CREDENTIALS_FILE, where local mode's own key pair in
 * `<state-dir>/credentials` is used as before (so real AWS keys in the environment never sign local calls).
 */
export async function resolveApiConfig(input: ApiConfigInput): Promise<ApiConfig> {
  const { env } = input;
  const stateDir = resolve(input.stateDir ?? defaultStateDir());
  const flagEndpoint =
    input.endpoint !== undefined
      ? checkedEndpoint(input.endpoint, '--endpoint')
      : env.DLT_ENDPOINT
        ? checkedEndpoint(env.DLT_ENDPOINT, 'DLT_ENDPOINT')
        : undefined;
  // A profile applies when asked for, or (as "default") when nothing else names the target.
  const askedProfile = input.profile ?? (env.DLT_PROFILE || undefined);
  const selected =
    askedProfile !== undefined || (flagEndpoint === undefined && input.stateDir === undefined)
      ? await selectProfile(env, askedProfile)
      : undefined;
  if (selected !== undefined) {
    const { name, profile } = selected;
    return {
      endpoint: flagEndpoint ?? checkedEndpoint(profile.endpoint, `profile ${name} endpoint`),
      region: input.region || profile.region,
      credentials: profileCredentials(name, profile, env),
      source: `profile ${name}`,
    };
  }
  const region = input.region || env.AWS_REGION || DEFAULT_REGION;
  if (flagEndpoint !== undefined && (env.AWS_SHARED_CREDENTIALS_FILE || !isLoopback(flagEndpoint))) {
    return {
      endpoint: flagEndpoint,
      region,
      credentials: ambientCredentials(env.AWS_PROFILE),
      source: input.endpoint !== undefined ? 'flag' : 'env',
    };
  }
  const endpoint = flagEndpoint ?? (await localEndpoint(stateDir));
  const { LOCAL_PROFILE } = await localMode();
  const file = env.AWS_SHARED_CREDENTIALS_FILE || join(stateDir, 'credentials');
  const profile = env.AWS_PROFILE || LOCAL_PROFILE;
  const hint = `${START_HINT} (it creates the [${LOCAL_PROFILE}] profile), or pass --state-dir`;
  const credentials = await loadCredentials(file, profile, hint);
  return { endpoint, region, credentials, source: flagEndpoint === undefined ? 'local' : 'flag' };
}
