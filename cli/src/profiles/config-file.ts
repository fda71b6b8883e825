/**
 * `~/.dlt/config.json` (or `$DLT_CONFIG_DIR/config.json`): named profiles, each an API endpoint, a region and
 * how to authenticate. Written with mode 0600: it names no secret, but it says where the secrets go.
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ClientError } from '../api-client/credentials.js';

export type AuthMode = 'iam' | 'cognito';

export interface CognitoSettings {
  userPoolId: string;
  clientId: string;
  identityPoolId: string;
  /** The hosted UI's base URL, e.g. https://my-dlt.auth.eu-west-1.amazoncognito.com (browser login only). */
  domain?: string;
}

export interface DltProfile {
  /** The API base URL, e.g. https://abc123.execute-api.eu-west-1.amazonaws.com/prod */
  endpoint: string;
  region: string;
  auth: AuthMode;
  /** IAM only: the AWS profile to sign with (else AWS_PROFILE, else the SDK's default chain). */
  awsProfile?: string;
  cognito?: CognitoSettings;
}

export interface DltConfig {
  profiles: Record<string, DltProfile>;
}

export const DEFAULT_PROFILE = 'default';
const NAME = /^[A-Za-z0-9_.-]{1,64}$/;

export function configDir(env: NodeJS.ProcessEnv): string {
  return env.DLT_CONFIG_DIR || join(homedir(), '.dlt');
}

export function configFile(env: NodeJS.ProcessEnv): string {
  return join(configDir(env), 'config.json');
}

export function checkProfileName(name: string): string {
  if (!NAME.test(name)) {
    throw new ClientError(
      `profile name ${JSON.stringify(name)} must be 1-64 letters, digits, "_", "." or "-"`,
    );
  }
  return name;
}

export async function readConfig(env: NodeJS.ProcessEnv): Promise<DltConfig> {
  const file = configFile(env);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: {} };
    throw new ClientError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ClientError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const profiles = (parsed as { profiles?: unknown })?.profiles;
  if (profiles === null || typeof profiles !== 'object' || Array.isArray(profiles)) {
    throw new ClientError(`${file} has no "profiles" object; run \`dlt configure\` to write it again`);
  }
  return { profiles: profiles as Record<string, DltProfile> };
}

/** Replaces the file atomically so a crash never leaves half a config; 0600 before the rename. */
export async function writeJsonPrivate(file: string, dir: string, data: unknown): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, file);
}

export async function saveProfile(
  env: NodeJS.ProcessEnv,
  name: string,
  profile: DltProfile,
): Promise<string> {
  checkProfileName(name);
  const config = await readConfig(env);
  config.profiles[name] = profile;
  const file = configFile(env);
  await writeJsonPrivate(file, configDir(env), config);
  return file;
}

/**
 * The profile a command uses: `--profile`, else `DLT_PROFILE`, else "default" when it exists. Undefined means
 * none is configured (and none was asked for), so commands fall back to local mode.
 */
export async function selectProfile(
  env: NodeJS.ProcessEnv,
  flag: string | undefined,
): Promise<{ name: string; profile: DltProfile } | undefined> {
  const asked = flag ?? (env.DLT_PROFILE || undefined);
  const config = await readConfig(env);
  if (asked === undefined) {
    const fallback = config.profiles[DEFAULT_PROFILE];
    return fallback ? { name: DEFAULT_PROFILE, profile: checkProfile(fallback, DEFAULT_PROFILE) } : undefined;
  }
  const profile = Object.hasOwn(config.profiles, asked) ? config.profiles[asked] : undefined;
  if (!profile) {
    const known = Object.keys(config.profiles);
    throw new ClientError(
      `no profile ${JSON.stringify(asked)} in ${configFile(env)}` +
        (known.length > 0 ? ` (profiles: ${known.join(', ')})` : '') +
        `; run \`dlt configure --profile ${asked}\``,
    );
  }
  return { name: asked, profile: checkProfile(profile, asked) };
}

function checkProfile(p: DltProfile, name: string): DltProfile {
  if (typeof p.endpoint !== 'string' || typeof p.region !== 'string') {
    throw new ClientError(
      `profile ${name} lacks endpoint or region; run \`dlt configure --profile ${name}\``,
    );
  }
  if (p.auth === 'cognito') {
    const c = p.cognito;
    if (!c?.userPoolId || !c.clientId || !c.identityPoolId) {
      throw new ClientError(
        `profile ${name} uses Cognito but lacks the user pool id, client id or identity pool id; ` +
          `run \`dlt configure --profile ${name}\``,
      );
    }
  } else if (p.auth !== 'iam') {
    throw new ClientError(`profile ${name} has auth ${JSON.stringify(p.auth)}; expected iam or cognito`);
  }
  return p;
}
