/**
 * Browser login through Cognito's hosted UI: OAuth 2.0 authorization code with PKCE (RFC 7636), the code
 * delivered to a one-shot callback server on 127.0.0.1 (registered as `http://localhost:<port>/callback`) and exchanged at `<domain>/oauth2/token`.
 * The CLI prints the URL instead of launching a browser, so it also works over SSH.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { ClientError } from '../api-client/credentials.js';
import type { CognitoSettings } from '../profiles/config-file.js';
import type { StoredTokens } from './token-store.js';

export interface BrowserLoginOptions {
  settings: CognitoSettings;
  /**
   * 0 (the default here) picks a free port. Cognito only redirects to callback URLs registered on the app client:
   * `dlt login` passes DEFAULT_CALLBACK_PORT, the port core registers by default.
   */
  callbackPort?: number;
  /** Shown to the user: the URL to open. */
  print: (text: string) => void;
  timeoutMs?: number;
  fetch?: typeof fetch;
  scopes?: string[];
}

/** The port of the callback the core Terraform module registers by default (`cli_callback_urls`). */
export const DEFAULT_CALLBACK_PORT = 7521;

const base64url = (buf: Buffer) => buf.toString('base64url');

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: base64url(createHash('sha256').update(verifier).digest()) };
}

/** "my-dlt.auth.eu-west-1.amazoncognito.com" or a full URL; no trailing slash. */
export function domainUrl(domain: string): string {
  const withScheme = /^https?:\/\//.test(domain) ? domain : `https://${domain}`;
  return withScheme.replace(/\/+$/, '');
}

const PAGE = (message: string) =>
  `<!doctype html><meta charset="utf-8"><title>dlt login</title><p>${message}</p><p>You can close this tab.</p>`;

export async function loginWithBrowser(opts: BrowserLoginOptions): Promise<StoredTokens> {
  const { settings } = opts;
  if (!settings.domain) {
    throw new ClientError('this profile has no Cognito domain; run `dlt configure` with --cognito-domain');
  }
  const domain = domainUrl(settings.domain);
  const { verifier, challenge } = pkcePair();
  const state = base64url(randomBytes(16));
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.callbackPort ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  // Cognito accepts plain-http callback URLs only for `localhost` (the one core registers); the server itself
  // listens on 127.0.0.1 only, which `localhost` reaches in every browser.
  const redirectUri = `http://localhost:${port}/callback`;
  try {
    const code = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new ClientError('no login arrived within the time allowed; run `dlt login` again')),
        opts.timeoutMs ?? 300_000,
      );
      server.on('request', (req, res) => {
        const url = new URL(req.url ?? '/', redirectUri);
        if (url.pathname !== '/callback') {
          res.writeHead(404).end();
          return;
        }
        const finish = (status: number, message: string, outcome: () => void) => {
          res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE(message));
          clearTimeout(timer);
          outcome();
        };
        // A request without our state did not come from the authorization we started: ignore it entirely.
        if (url.searchParams.get('state') !== state) {
          res
            .writeHead(400, { 'content-type': 'text/html; charset=utf-8' })
            .end(PAGE('Unknown login attempt.'));
          return;
        }
        const error = url.searchParams.get('error');
        const got = url.searchParams.get('code');
        if (error !== null || got === null) {
          const why = url.searchParams.get('error_description') ?? error ?? 'no code';
          finish(400, 'Login failed.', () => reject(new ClientError(`the login was refused: ${why}`)));
          return;
        }
        finish(200, 'Logged in to dlt.', () => resolve(got));
      });
      const authorize = new URL(`${domain}/oauth2/authorize`);
      authorize.search = new URLSearchParams({
        response_type: 'code',
        client_id: settings.clientId,
        redirect_uri: redirectUri,
        scope: (opts.scopes ?? ['openid', 'email', 'profile']).join(' '),
        state,
        code_challenge: challenge,
        code_challenge_method: 'S256',
      }).toString();
      opts.print(
        `Open this URL in a browser to log in:\n\n  ${authorize.toString()}\n\nWaiting for the login…\n`,
      );
    });
    return await exchangeCode(domain, settings.clientId, code, redirectUri, verifier, opts.fetch ?? fetch);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

async function exchangeCode(
  domain: string,
  clientId: string,
  code: string,
  redirectUri: string,
  verifier: string,
  fetchImpl: typeof fetch,
): Promise<StoredTokens> {
  let res: Response;
  try {
    res = await fetchImpl(`${domain}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: clientId,
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      }).toString(),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new ClientError(`cannot reach ${domain}/oauth2/token: ${(error as Error).message}`);
  }
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Reported below with the status.
  }
  if (!res.ok || typeof body.id_token !== 'string' || typeof body.access_token !== 'string') {
    const why = typeof body.error === 'string' ? body.error : `HTTP ${res.status}`;
    throw new ClientError(`the token endpoint refused the code: ${why}`);
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 3600;
  return {
    idToken: body.id_token,
    accessToken: body.access_token,
    ...(typeof body.refresh_token === 'string' ? { refreshToken: body.refresh_token } : {}),
    expiresAt: new Date(Date.now() + expiresIn * 1000).toISOString(),
    via: 'browser',
  };
}
