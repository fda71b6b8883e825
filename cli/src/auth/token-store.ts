/**
 * Cognito tokens and the identity pool's AWS credentials, per profile, in `<config dir>/credentials.json`
 * (mode 0600): they are bearer secrets.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ClientError } from '../api-client/credentials.js';
import { configDir, writeJsonPrivate } from '../profiles/config-file.js';

export interface StoredAwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** ISO 8601 */
  expiration: string;
}

export interface StoredTokens {
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  /** ISO 8601: when the id and access tokens expire. */
  expiresAt: string;
  /** How the user logged in, for messages. */
  via: 'srp' | 'browser';
  identityId?: string;
  aws?: StoredAwsCredentials;
}

interface TokenFile {
  profiles: Record<string, StoredTokens>;
}

export function tokenFile(env: NodeJS.ProcessEnv): string {
  return join(configDir(env), 'credentials.json');
}

async function readAll(env: NodeJS.ProcessEnv): Promise<TokenFile> {
  const file = tokenFile(env);
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<TokenFile>;
    return { profiles: parsed.profiles && typeof parsed.profiles === 'object' ? parsed.profiles : {} };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: {} };
    throw new ClientError(`cannot read ${file}: ${(error as Error).message}; \`dlt logout\` removes it`);
  }
}

export async function loadTokens(env: NodeJS.ProcessEnv, profile: string): Promise<StoredTokens | undefined> {
  const all = await readAll(env);
  return Object.hasOwn(all.profiles, profile) ? all.profiles[profile] : undefined;
}

export async function saveTokens(
  env: NodeJS.ProcessEnv,
  profile: string,
  tokens: StoredTokens,
): Promise<void> {
  const all = await readAll(env);
  all.profiles[profile] = tokens;
  await writeJsonPrivate(tokenFile(env), configDir(env), all);
}

/** Forgets one profile's tokens; the file goes when it holds none. Returns whether there were any. */
export async function removeTokens(env: NodeJS.ProcessEnv, profile: string): Promise<boolean> {
  const all = await readAll(env);
  if (!Object.hasOwn(all.profiles, profile)) return false;
  delete all.profiles[profile];
  if (Object.keys(all.profiles).length === 0) await rm(tokenFile(env), { force: true });
  else await writeJsonPrivate(tokenFile(env), configDir(env), all);
  return true;
}
