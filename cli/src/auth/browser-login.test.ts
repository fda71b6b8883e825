// The PKCE flow over real loopback HTTP: a fake Cognito token endpoint on 127.0.0.1, and the test plays the
// browser by following the printed URL's redirect to the CLI's callback server.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainUrl, loginWithBrowser } from './browser-login.js';

interface Authorization {
  challenge: string;
  redirectUri: string;
}

let server: Server;
let domain: string;
/** Codes the fake hosted UI handed out, with what the token request must match. */
const issued = new Map<string, Authorization>();
const tokenRequests: URLSearchParams[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/oauth2/token') return res.writeHead(404).end();
      const form = new URLSearchParams(body);
      tokenRequests.push(form);
      const auth = issued.get(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      const ok =
        auth !== undefined &&
        form.get('grant_type') === 'authorization_code' &&
        form.get('client_id') === 'web-client' &&
        form.get('redirect_uri') === auth.redirectUri &&
        challenge === auth.challenge;
      if (!ok)
        return res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_grant"}');
      issued.delete(form.get('code')!);
      const tokens = { id_token: 'id-b', access_token: 'acc-b', refresh_token: 'ref-b', expires_in: 3600 };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(tokens));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  domain = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

/** Starts the login and resolves with the authorize URL it printed. */
function start(clientId = 'web-client') {
  let printed = '';
  let announce: (url: URL) => void = () => undefined;
  const url = new Promise<URL>((r) => {
    announce = r;
  });
  const login = loginWithBrowser({
    settings: { userPoolId: 'eu-west-1_X', clientId, identityPoolId: 'p', domain },
    print: (t) => {
      printed += t;
      const m = /(http:\/\/\S+\/oauth2\/authorize\S+)/.exec(printed);
      if (m) announce(new URL(m[1]!));
    },
    timeoutMs: 20_000,
  });
  return { login, url };
}

describe('browser login (PKCE)', () => {
  /** The browser's view of the callback, pinned to IPv4 so the test does not depend on how localhost resolves. */
  const loopback = (uri: string) => uri.replace('//localhost:', '//127.0.0.1:');

  it('prints the authorize URL, takes the code on 127.0.0.1 and redeems it with the verifier', async () => {
    const { login, url } = start();
    const authorize = await url;
    const q = authorize.searchParams;
    expect(authorize.pathname).toBe('/oauth2/authorize');
    expect(q.get('response_type')).toBe('code');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('client_id')).toBe('web-client');
    const redirect = new URL(q.get('redirect_uri')!);
    // Registered as localhost (Cognito's rule for plain http); served on 127.0.0.1 only.
    expect(redirect.hostname).toBe('localhost');
    issued.set('code-1', { challenge: q.get('code_challenge')!, redirectUri: redirect.toString() });
    const callback = loopback(redirect.toString());

    // A callback with another state is not ours: refused, and the login keeps waiting.
    const forged = await fetch(`${callback}?code=code-1&state=forged`);
    expect(forged.status).toBe(400);
    const page = await fetch(`${callback}?code=code-1&state=${q.get('state')}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Logged in to dlt.');
    await expect(login).resolves.toMatchObject({
      idToken: 'id-b',
      accessToken: 'acc-b',
      refreshToken: 'ref-b',
      via: 'browser',
    });
    expect(tokenRequests.at(-1)?.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('reports a refused authorization and a refused code', async () => {
    const denied = start();
    // Caught at once: the login settles while the test still awaits the callback's answer.
    const deniedOutcome = denied.login.catch((e: unknown) => e);
    const q = (await denied.url).searchParams;
    await fetch(
      `${loopback(q.get('redirect_uri')!)}?error=access_denied&error_description=User+cancelled&state=${q.get('state')}`,
    );
    expect(String(await deniedOutcome)).toContain('the login was refused: User cancelled');

    const badCode = start();
    const badOutcome = badCode.login.catch((e: unknown) => e);
    const q2 = (await badCode.url).searchParams;
    // Never issued, so the token endpoint answers invalid_grant.
    await fetch(`${loopback(q2.get('redirect_uri')!)}?code=nope&state=${q2.get('state')}`);
    expect(String(await badOutcome)).toContain('the token endpoint refused the code: invalid_grant');
  });

  it('takes a bare Cognito domain or a URL', () => {
    expect(domainUrl('dlt.auth.eu-west-1.amazoncognito.com')).toBe(
      'https://dlt.auth.eu-west-1.amazoncognito.com',
    );
    expect(domainUrl('https://x.example/')).toBe('https://x.example');
  });
});
