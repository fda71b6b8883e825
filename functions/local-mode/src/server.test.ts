import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { APIGatewayProxyEvent } from './api-gateway-event.js';
import { type LocalServer, startLocalServer } from './server.js';
import { signedFetch, signRequest } from './test-support.js';

const credentials = {
  accessKeyId: 'AKIALOCALTEST0000001',
  secretAccessKey: 'L0calSecretKeyForTests-0123456789abcdefgh',
};
const principal = 'arn:aws:iam::000000000000:user/dlt-local';

let server: LocalServer;
const logs: string[] = [];
const handler = vi.fn(async (event: APIGatewayProxyEvent) => {
  if (event.path === '/boom') throw new Error('secret stack detail');
  if (event.path === '/malformed') return { statusCode: 'nope' } as never;
  return {
    statusCode: 200,
    headers: { 'Access-Control-Allow-Origin': '*' },
    body: JSON.stringify(event),
  };
});

beforeAll(async () => {
  server = await startLocalServer({
    port: 0,
    handler,
    lookupSecret: async (id) =>
      id === credentials.accessKeyId
        ? { secretAccessKey: credentials.secretAccessKey, principal }
        : undefined,
    login: async (token) =>
      token === 'good' ? { ...credentials, expiration: '2030-01-01T00:00:00.000Z' } : undefined,
    log: (m) => logs.push(m),
  });
});
afterAll(() => server.close());

const echo = async (res: Response) => {
  expect(res.status).toBe(200);
  return (await res.json()) as APIGatewayProxyEvent;
};

describe('the /api route', () => {
  it('hands a signed request to the handler as a proxy event, without the /api prefix', async () => {
    const body = JSON.stringify({ testName: 'x' });
    const res = await signedFetch(`${server.url}/api/scenarios/abc?history=false&tags=a&tags=b`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'c1' },
      credentials,
      region: 'eu-west-1',
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const event = await echo(res);
    expect(event).toMatchObject({
      httpMethod: 'POST',
      path: '/scenarios/abc',
      pathParameters: { proxy: 'scenarios/abc' },
      queryStringParameters: { history: 'false', tags: 'b' },
      multiValueQueryStringParameters: { tags: ['a', 'b'] },
      body,
      isBase64Encoded: false,
      requestContext: {
        stage: 'api',
        identity: { accessKey: credentials.accessKeyId, userArn: principal },
      },
    });
    expect(event.headers['x-correlation-id']).toBe('c1');
  });

  it('signs and routes the bare /api path and encoded segments', async () => {
    expect((await echo(await signedFetch(`${server.url}/api`, { credentials }))).path).toBe('/');
    const event = await echo(await signedFetch(`${server.url}/api/scenarios/a%20b`, { credentials }));
    expect(event.path).toBe('/scenarios/a b');
  });

  it('refuses an unsigned request with 403 and never calls the handler', async () => {
    handler.mockClear();
    const res = await fetch(`${server.url}/api/scenarios`);
    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    expect(await res.json()).toEqual({ message: 'Missing Authentication Token' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a wrong secret, an unknown key and a 16-minute-old signature', async () => {
    handler.mockClear();
    const wrong = await signedFetch(`${server.url}/api/scenarios`, {
      credentials: { ...credentials, secretAccessKey: `${credentials.secretAccessKey}x` },
    });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('x-amzn-errortype')).toBe('InvalidSignatureException');
    expect(((await wrong.json()) as { message: string }).message).toMatch(/signature we calculated/);

    const unknown = await signedFetch(`${server.url}/api/scenarios`, {
      credentials: { ...credentials, accessKeyId: 'AKIALOCALOTHER000001' },
    });
    expect(unknown.status).toBe(403);
    expect(unknown.headers.get('x-amzn-errortype')).toBe('UnrecognizedClientException');

    const stale = await signedFetch(`${server.url}/api/scenarios`, {
      credentials,
      date: new Date(Date.now() - 16 * 60_000),
    });
    expect(stale.status).toBe(403);
    expect(((await stale.json()) as { message: string }).message).toMatch(/^Signature expired/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a signed request whose body was swapped', async () => {
    const signed = await signRequest(`${server.url}/api/scenarios`, {
      method: 'POST',
      body: '{"a":1}',
      credentials,
    });
    expect((await fetch(signed.url, signed.init)).status).toBe(200);
    // Same signed headers, other body: what a replay with a tampered payload looks like.
    const tampered = await fetch(signed.url, { ...signed.init, body: '{"a":2}' });
    expect(tampered.status).toBe(403);
  });

  it('answers 413 to a body over 10 MB, before auth', async () => {
    handler.mockClear();
    const res = await fetch(`${server.url}/api/scenarios`, {
      method: 'POST',
      body: Buffer.alloc(11 * 1024 * 1024, 97),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ message: 'Request Too Long' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers a CORS preflight without auth', async () => {
    handler.mockClear();
    const res = await fetch(`${server.url}/api/scenarios/abc`, {
      method: 'OPTIONS',
      headers: { origin: 'http://example.test', 'access-control-request-method': 'DELETE' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('DELETE');
    expect(res.headers.get('access-control-allow-headers')).toBe(
      'Authorization,Content-Type,X-Amz-Date,X-Amz-Security-Token,X-Api-Key',
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler exception into a generic 500 and logs it', async () => {
    const res = await signedFetch(`${server.url}/api/boom`, { credentials });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ message: 'Internal server error' });
    expect(text).not.toContain('secret stack detail');
    expect(logs.some((l) => l.includes('secret stack detail'))).toBe(true);
  });

  it('turns a malformed handler result into 502, as API Gateway', async () => {
    const res = await signedFetch(`${server.url}/api/malformed`, { credentials });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ message: 'Internal server error' });
  });

  it.each(['/api/../healthz', '/api//scenarios', '/api/%2e%2e/x', '/api/./scenarios'])(
    'refuses the unnormalised path %s',
    async (path) => {
      const status = await rawGet(path);
      expect(status).toBe(400);
    },
  );
});

describe('the other routes', () => {
  it('GET /healthz is unauthenticated', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('/ and /login serve the offline placeholder page', async () => {
    for (const path of ['/', '/login']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toContain('the console arrives with the web issue'.replace('the c', 'The c'));
      expect(html).not.toMatch(/https?:\/\/|src=|href=/);
    }
  });

  it('POST /auth/login exchanges a good token for credentials and refuses others', async () => {
    const good = await fetch(`${server.url}/auth/login`, { method: 'POST', body: '{"token":"good"}' });
    expect(good.status).toBe(200);
    expect(good.headers.get('cache-control')).toBe('no-store');
    expect(await good.json()).toEqual({ ...credentials, expiration: '2030-01-01T00:00:00.000Z' });
    for (const body of ['{"token":"bad"}', 'not json', '{}', 'null']) {
      const bad = await fetch(`${server.url}/auth/login`, { method: 'POST', body });
      expect(bad.status).toBe(401);
    }
    expect((await fetch(`${server.url}/auth/login`)).status).toBe(405);
  });

  it('anything else is 404', async () => {
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });
});

/** fetch() normalises dot segments itself, so unnormalised paths go out through node:http. */
function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
