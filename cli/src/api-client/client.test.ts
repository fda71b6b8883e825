import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from './client.js';
import { ClientError } from './credentials.js';

describe('ApiClient', () => {
  let server: Server;
  let url: string;
  const seen: Array<{ method?: string; url?: string; headers: IncomingMessage['headers']; body: string }> =
    [];
  let answer: { status: number; body: string } = { status: 200, body: '{}' };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  const client = () =>
    new ApiClient({
      endpoint: `${url}/`,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIATEST', secretAccessKey: 'secret', sessionToken: 'tok' },
    });

  it('signs for execute-api, sends JSON and encodes the query as it signed it', async () => {
    seen.length = 0;
    answer = { status: 200, body: '{"ok":true}' };
    const res = await client().request('POST', '/scenarios', {
      query: { tags: 'a b,c', skip: undefined },
      body: { x: 1 },
    });
    expect(res).toEqual({ ok: true });
    const [req] = seen;
    expect(req?.url).toBe('/api/scenarios?tags=a%20b%2Cc');
    expect(req?.body).toBe('{"x":1}');
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers['x-amz-security-token']).toBe('tok');
    expect(req?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIATEST\/\d{8}\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=.*host/,
    );
  });

  it('does not retry a failed POST', async () => {
    seen.length = 0;
    answer = { status: 500, body: '"InternalError: Internal server error"' };
    const error = await client()
      .request('POST', '/scenarios', { body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 500, code: 'InternalError' });
    expect(seen).toHaveLength(1);
  });

  it('turns a non-JSON success into a clear error', async () => {
    answer = { status: 200, body: 'hello' };
    await expect(client().request('GET', '/x')).rejects.toThrow(ClientError);
  });

  it('says when nothing answers', async () => {
    const dead = new ApiClient({
      endpoint: 'http://127.0.0.1:9/api',
      region: 'us-east-1',
      credentials: { accessKeyId: 'A', secretAccessKey: 'B' },
      fetch: () =>
        Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })),
    });
    await expect(dead.request('GET', '/scenarios')).rejects.toThrow(
      'cannot reach the API at http://127.0.0.1:9/api (is `dlt local up` running?): ECONNREFUSED',
    );
  });
});
