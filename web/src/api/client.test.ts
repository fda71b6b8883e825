// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySigV4 } from '@dlt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type SigningCredentials } from './client.js';
import { ApiError, parseErrorBody, SESSION_EXPIRED } from './errors.js';

const OLD = {
  accessKeyId: 'ASIAOLD0000000000001',
  secretAccessKey: 'old-secret-old-secret',
  sessionToken: 'tok-old',
};
const NEW = {
  accessKeyId: 'ASIANEW0000000000002',
  secretAccessKey: 'new-secret-new-secret',
  sessionToken: 'tok-new',
};
const EXPIRED_IDS = new Set([OLD.accessKeyId]);

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A loopback server that checks each request's SigV4 signature as API Gateway would, then echoes it. */
let server: Server;
let base: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const [path = '/', query = ''] = (req.url ?? '/').split('?');
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: body.toString(),
      });
      const verdict = await verifySigV4(
        { method: req.method ?? 'GET', path, query, headers: req.headers, body },
        {
          service: 'execute-api',
          region: 'eu-west-1',
          lookupSecret: async (id) => {
            const found = [OLD, NEW].find((c) => c.accessKeyId === id);
            return found ? { secretAccessKey: found.secretAccessKey, principal: id } : undefined;
          },
        },
      );
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(payload));
      };
      if (!verdict.ok)
        return send(verdict.status, { message: verdict.message }, { 'x-amzn-ErrorType': verdict.errorType });
      if (EXPIRED_IDS.has(verdict.accessKeyId))
        return send(
          403,
          { message: 'The security token included in the request is expired' },
          { 'x-amzn-ErrorType': 'ExpiredTokenException' },
        );
      if (path === '/api/missing') return send(404, 'TEST_NOT_FOUND: Test abc not found');
      send(200, { ok: true, path, query, body: body.toString(), principal: verdict.principal });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client(
  creds: () => SigningCredentials | undefined,
  renew: () => Promise<boolean> = async () => false,
) {
  return new ApiClient({ baseUrl: base, region: 'eu-west-1', credentials: creds, renew });
}

describe('ApiClient', () => {
  it('signs GET and POST for execute-api so a SigV4 verifier accepts them, with the session token', async () => {
    seen.length = 0;
    const api = client(() => NEW);
    const got = await api.get<{ ok: boolean; query: string; principal: string }>('/scenarios', {
      query: { tags: 'a b,c', history: false },
    });
    expect(got.ok).toBe(true);
    expect(got.principal).toBe(NEW.accessKeyId);
    const posted = await api.post<{ body: string }>('/scenarios', { testName: 'Checkout ✓' });
    expect(JSON.parse(posted.body)).toEqual({ testName: 'Checkout ✓' });

    const auth = String(seen[0]?.headers.authorization);
    expect(auth).toMatch(
      /^AWS4-HMAC-SHA256 Credential=ASIANEW0000000000002\/\d{8}\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=[a-z0-9;-]*x-amz-security-token[a-z0-9;-]*, Signature=[0-9a-f]{64}$/,
    );
    expect(seen[0]?.headers['x-amz-security-token']).toBe('tok-new');
    expect(seen[0]?.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(seen[1]?.headers['content-type']).toBe('application/json');
  });

  it('a wrong secret is refused by the verifier (the test server can fail)', async () => {
    const api = client(() => ({ ...NEW, secretAccessKey: 'not-the-secret-at-all' }));
    await expect(api.get('/scenarios')).rejects.toMatchObject({
      status: 403,
      code: 'InvalidSignatureException',
    });
  });

  it('parses DLT errors "CODE: message"', async () => {
    const api = client(() => NEW);
    const error = await api.get('/missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'TEST_NOT_FOUND', message: 'Test abc not found' });
  });

  it('on a 403 for expired credentials, renews once and retries with the new ones', async () => {
    seen.length = 0;
    let current: SigningCredentials = OLD;
    let renewals = 0;
    const api = client(
      () => current,
      async () => {
        renewals++;
        current = NEW;
        return true;
      },
    );
    const got = await api.get<{ principal: string }>('/scenarios');
    expect(renewals).toBe(1);
    expect(got.principal).toBe(NEW.accessKeyId);
    expect(seen.map((s) => s.headers['x-amz-security-token'])).toEqual(['tok-old', 'tok-new']);
  });

  it('when renewal is impossible, fails with SESSION_EXPIRED and does not retry', async () => {
    seen.length = 0;
    const api = client(() => OLD);
    await expect(api.get('/scenarios')).rejects.toMatchObject({ code: SESSION_EXPIRED });
    expect(seen).toHaveLength(1);
  });

  it('renews before sending when the credentials are past their expiration', async () => {
    seen.length = 0;
    let renewed = false;
    const api = client(
      () => (renewed ? NEW : { ...OLD, expiration: new Date(Date.now() - 1000).toISOString() }),
      async () => {
        renewed = true;
        return true;
      },
    );
    await api.get('/scenarios');
    expect(seen.map((s) => s.headers['x-amz-security-token'])).toEqual(['tok-new']);
  });
});

describe('parseErrorBody', () => {
  it('reads API Gateway bodies, DLT strings and plain text', () => {
    expect(parseErrorBody(400, '"INVALID_REQUEST_BODY: testName: too short; tags: too many"')).toMatchObject({
      code: 'INVALID_REQUEST_BODY',
      message: 'testName: too short; tags: too many',
    });
    expect(parseErrorBody(403, '{"message":"Signature expired"}', 'InvalidSignatureException')).toMatchObject(
      {
        code: 'InvalidSignatureException',
        message: 'Signature expired',
      },
    );
    expect(parseErrorBody(400, '"Invalid JSON in request body"')).toMatchObject({ code: 'HTTP_400' });
    expect(parseErrorBody(400, '"Invalid Linux cron expression: Expected format: 0 * * * *"')).toMatchObject({
      code: 'Invalid Linux cron expression',
    });
  });
});
