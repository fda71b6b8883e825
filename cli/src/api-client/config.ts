import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { isPidAlive, LOCAL_PROFILE, localInfoFile, readLocalInfo } from '@dlt/local-mode';
import { ClientError, type Credentials, loadCredentials } from './credentials.js';

export interface ApiConfigInput {
  /** `--endpoint`: the API base URL, e.g. http://127.0.0.1:7420/api. */
  endpoint?: string | undefined;
  /** `--state-dir`; default ~/.dlt/local. */
  stateDir?: string | undefined;
  /** `--region`. */
  region?: string | undefined;
  env: NodeJS.ProcessEnv;
}

export interface ApiConfig {
  endpoint: string;
  region: string;
  credentials: Credentials;
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

async function localEndpoint(stateDir: string): Promise<string> {
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

/** Endpoint: --endpoint, DLT_ENDPOINT, then the running local instance. Credentials: the shared file and profile. */
export async function resolveApiConfig(input: ApiConfigInput): Promise<ApiConfig> {
  const { env } = input;
  const stateDir = resolve(input.stateDir ?? defaultStateDir());
  const endpoint =
    input.endpoint !== undefined
      ? checkedEndpoint(input.endpoint, '--endpoint')
      : env.DLT_ENDPOINT
        ? checkedEndpoint(env.DLT_ENDPOINT, 'DLT_ENDPOINT')
        : await localEndpoint(stateDir);
  const file = env.AWS_SHARED_CREDENTIALS_FILE || join(stateDir, 'credentials');
  const profile = env.AWS_PROFILE || LOCAL_PROFILE;
  const hint = env.AWS_SHARED_CREDENTIALS_FILE
    ? 'check AWS_SHARED_CREDENTIALS_FILE and AWS_PROFILE'
    : `${START_HINT} (it creates the [${LOCAL_PROFILE}] profile), or pass --state-dir`;
  const credentials = await loadCredentials(file, profile, hint);
  return { endpoint, region: input.region || env.AWS_REGION || DEFAULT_REGION, credentials };
}
