import type { LocalConsoleConfig, LoginCredentials } from '../config.js';

/** Local mode: the one-time token from `/login#token=…` is exchanged for the stack's signing credentials. */
export async function redeemLoginToken(
  config: LocalConsoleConfig,
  token: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoginCredentials> {
  const response = await fetchImpl(config.loginPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
    cache: 'no-store',
  });
  if (response.status === 401) {
    throw new Error(
      'This login link is invalid, already used or expired. Run `dlt local login-link` for a new one (or restart `dlt local up`).',
    );
  }
  if (!response.ok) throw new Error(`Signing in failed: HTTP ${response.status}.`);
  const creds = (await response.json()) as LoginCredentials;
  if (typeof creds.accessKeyId !== 'string' || typeof creds.secretAccessKey !== 'string') {
    throw new Error('Signing in failed: the server sent no credentials.');
  }
  return creds;
}

/** The token from a URL fragment such as `#token=abc`. */
export function tokenFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get('token') ?? undefined;
}
