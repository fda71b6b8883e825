import type { SigningCredentials } from '../api/client.js';

/**
 * Everything the console keeps lives in sessionStorage under `dlt.` (plus oidc-client-ts's `oidc.` keys): it
 * dies with the tab, and sign-out removes all of it.
 */
export const CREDENTIALS_KEY = 'dlt.credentials';
export const RETURN_TO_KEY = 'dlt.returnTo';
export const DRAFT_PREFIX = 'dlt.draft:';
export const LOGIN_ATTEMPTS_KEY = 'dlt.loginAttempts';

export function readCredentials(storage: Storage = sessionStorage): SigningCredentials | undefined {
  const text = storage.getItem(CREDENTIALS_KEY);
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as SigningCredentials;
    return typeof value.accessKeyId === 'string' && typeof value.secretAccessKey === 'string'
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

export function writeCredentials(creds: SigningCredentials, storage: Storage = sessionStorage): void {
  storage.setItem(CREDENTIALS_KEY, JSON.stringify(creds));
}

export function clearConsoleStorage(storage: Storage = sessionStorage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key && (key.startsWith('dlt.') || key.startsWith('oidc.'))) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
