import { presignSigV4Url } from '@dlt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIGatewayProxyEvent } from './api-gateway-event.js';
import { LOGIN_LINK_PATH, type LocalServer, SESSION_MESSAGES, startLocalServer } from './server.js';
import { createSessionStore, type SessionCredentials } from './session-credentials.js';
import { signedFetch, signRequest } from './test-support.js';

const longLived = {
  accessKeyId: 'AKIALOCALTEST0000001',
  secretAccessKey: 'L0calSecretKeyForTests-0123456789abcdefgh',
};
let clock = Date.parse('2030-01-01T00:00:00Z');
const store = createSessionStore(() => clock);
let server: LocalServer;
let links = 0;

beforeAll(async () => {
  server = await startLocalServer({
    port: 0,
    handler: async (event: APIGatewayProxyEvent) => ({ statusCode: 200, body: JSON.stringify(event) }),
    lookupSecret: async (id) =>
      id === longLived.accessKeyId
        ? {
            secretAccessKey: longLived.secretAccessKey,
            principal: 'arn:aws:iam::000000000000:user/dlt-local',
          }
        : undefined,
    sessions: { store, principal: (id) => `arn:aws:sts::000000000000:assumed-role/console/${id}` },
    loginLink: () => `http://x/login#token=${++links}`,
    log: () => undefined,
  });
});
afterAll(() => server.close());

// The signatures are made at the real time; only the session store's clock is moved.
const api = (creds: Parameters<typeof signedFetch>[1]['credentials'], headers?: Record<string, string>) =>
  signedFetch(`${server.url}/api/regions`, { credentials: creds, ...(headers ? { headers } : {}) });

async function refusedWith(res: Response, message: string, errorType: string) {
  expect(res.status).toBe(403);
  expect(await res.json()).toEqual({ message });
  expect(res.headers.get('x-amzn-errortype')).toBe(errorType);
}

describe('session credentials on the API', () => {
  let session: SessionCredentials;
  beforeAll(() => {
    session = store.issue();
  });

  it('are ASIA keys with a token, expiring in an hour by default', () => {
    expect(session.accessKeyId).toMatch(/^ASIALOCAL[A-Z0-9]{11}$/);
    expect(session.secretAccessKey).toHaveLength(40);
    expect(session.sessionToken.length).toBeGreaterThan(100);
    expect(Date.parse(session.expiration) - clock).toBe(3600_000);
  });

  it('are accepted with their signed X-Amz-Security-Token, as an assumed-role caller', async () => {
    const res = await api(session);
    expect(res.status).toBe(200);
    const event = (await res.json()) as APIGatewayProxyEvent;
    expect(event.requestContext.identity.userArn).toBe(
      `arn:aws:sts::000000000000:assumed-role/console/${session.accessKeyId}`,
    );
  });

  it('are refused without their token, with another token, or with the token left out of the signature', async () => {
    const { sessionToken: _t, ...keysOnly } = session;
    await refusedWith(await api(keysOnly), SESSION_MESSAGES.invalid, 'UnrecognizedClientException');
    const other = store.issue();
    await refusedWith(
      await api({ ...session, sessionToken: other.sessionToken }),
      SESSION_MESSAGES.invalid,
      'UnrecognizedClientException',
    );
    // Signed without a token, the token added afterwards: the verifier insists the header is signed.
    const signed = await signRequest(`${server.url}/api/regions`, { credentials: keysOnly });
    const res = await fetch(signed.url, {
      ...signed.init,
      headers: { ...signed.init.headers, 'x-amz-security-token': session.sessionToken },
    });
    expect(res.status).toBe(403);
  });

  it('are refused once expired, with a message that says so', async () => {
    const short = store.issue(60_000);
    expect((await api(short)).status).toBe(200);
    clock += 60_000;
    await refusedWith(await api(short), SESSION_MESSAGES.expired, 'ExpiredTokenException');
    clock -= 60_000;
  });

  it('leave the long-lived key pair working, but refuse it with a session token', async () => {
    expect((await api(longLived)).status).toBe(200);
    await refusedWith(
      await api({ ...longLived, sessionToken: session.sessionToken }),
      SESSION_MESSAGES.invalid,
      'UnrecognizedClientException',
    );
  });
});

describe(`GET ${LOGIN_LINK_PATH}`, () => {
  const presigned = (
    creds: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
    expiresS = 30,
  ) =>
    presignSigV4Url({
      url: `${server.url}${LOGIN_LINK_PATH}`,
      service: 'execute-api',
      region: 'us-east-1',
      credentials: creds,
      expiresS,
    });

  it('hands the long-lived key pair a fresh login link, once per signed request', async () => {
    const url = presigned(longLived);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ loginUrl: `http://x/login#token=${links}` });
    const replay = await fetch(url);
    expect(replay.status).toBe(403);
    const headerSigned = await signedFetch(`${server.url}${LOGIN_LINK_PATH}`, { credentials: longLived });
    expect(headerSigned.status).toBe(200);
  });

  it('refuses session keys, unsigned calls, long-lived URLs and other methods', async () => {
    const before = links;
    const session = store.issue();
    expect((await fetch(presigned(session))).status).toBe(403);
    expect((await fetch(`${server.url}${LOGIN_LINK_PATH}`)).status).toBe(403);
    expect((await fetch(presigned(longLived, 3600))).status).toBe(403);
    expect((await fetch(`${server.url}${LOGIN_LINK_PATH}`, { method: 'POST' })).status).toBe(405);
    expect(links).toBe(before);
  });
});
