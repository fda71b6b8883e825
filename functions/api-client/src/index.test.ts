import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, ApiUnreachableError, parseApiError, SignedApiClient } from './index.js';

describe('parseApiError', () => {
  it('splits DLT\'s "CODE: message" string bodies', () => {
    const e = parseApiError(400, JSON.stringify('INVALID_REQUEST_BODY: testName: too short; x: y'));
    expect(e).toMatchObject({
      status: 400,
      code: 'INVALID_REQUEST_BODY',
      message: 'testName: too short; x: y',
    });
    expect(parseApiError(404, '"TEST_NOT_FOUND: Test x not found"').isNotFound).toBe(true);
  });

  it('keeps uncoded strings, and takes a {message} body with the gateway error type', () => {
    expect(parseApiError(400, '"Invalid JSON in request body"')).toMatchObject({
      code: 'HTTP_400',
      message: 'Invalid JSON in request body',
    });
    const denied = parseApiError(
      403,
      '{"message":"Signature expired"}',
      'InvalidSignatureException:http://x',
    );
    expect(denied).toMatchObject({
      status: 403,
      code: 'InvalidSignatureException',
      message: 'Signature expired',
    });
    expect(parseApiError(403, '{"message":"Forbidden"}').code).toBe('HTTP_403');
    expect(parseApiError(502, '<html>\nBad gateway</html>').message).toBe('<html>');
    expect(parseApiError(500, '{}').message).toBe('HTTP 500');
    expect(parseApiError(404, '{"message":"Not Found"}').isNotFound).toBe(false);
  });
});

describe('SignedApiClient', () => {
  let server: Server;
  let url: string;
  const seen: Array<{ url?: string; headers: Record<string, unknown> }> = [];
  let answer = { status: 200, body: '{"ok":true}' };

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url, headers: req.headers });
      req
        .resume()
        .on('end', () =>
          res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body),
        );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  it('signs for execute-api with credentials from a provider and encodes the query as signed', async () => {
    let calls = 0;
    const api = new SignedApiClient({
      endpoint: url,
      region: 'eu-west-1',
      credentials: async () => {
        calls++;
        return { accessKeyId: 'AKIATEST', secretAccessKey: 'secret', sessionToken: 'tok' };
      },
    });
    seen.length = 0;
    expect(await api.get('/scenarios', { tags: 'a b,c', skip: undefined })).toEqual({ ok: true });
    expect(calls).toBe(1);
    expect(seen[0]?.url).toBe('/api/scenarios?tags=a%20b%2Cc');
    expect(seen[0]?.headers['x-amz-security-token']).toBe('tok');
    expect(String(seen[0]?.headers.authorization)).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIATEST\/\d{8}\/eu-west-1\/execute-api\/aws4_request/,
    );
  });

  it('throws ApiError for 4xx/5xx and ApiUnreachableError without an answer or credentials', async () => {
    const keys = { accessKeyId: 'A', secretAccessKey: 'B' };
    answer = { status: 500, body: '"InternalError: boom"' };
    await expect(
      new SignedApiClient({ endpoint: url, region: 'us-east-1', credentials: keys }).get('/x'),
    ).rejects.toBeInstanceOf(ApiError);
    answer = { status: 200, body: 'not json' };
    await expect(
      new SignedApiClient({ endpoint: url, region: 'us-east-1', credentials: keys }).get('/x'),
    ).rejects.toThrow(/answered GET \/x with something other than JSON/);
    const none = new SignedApiClient({
      endpoint: url,
      region: 'us-east-1',
      credentials: () => Promise.reject(new Error('Could not load credentials from any providers')),
    });
    const error = await none.get('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiUnreachableError);
    expect(error).toMatchObject({
      reason: 'credentials',
      message: 'no AWS credentials to sign the request with: Could not load credentials from any providers',
    });
  });
});
