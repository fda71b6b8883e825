import { createServer, IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type APIGatewayProxyResult,
  decodePath,
  isProxyResult,
  isTextContentType,
  toProxyEvent,
  writeProxyResult,
} from './api-gateway-event.js';

function request(method: string, rawHeaders: string[]): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.method = method;
  req.httpVersion = '1.1';
  req.rawHeaders = rawHeaders;
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    req.headers[rawHeaders[i]!.toLowerCase()] = rawHeaders[i + 1];
  }
  return req;
}

const caller = { accessKeyId: 'AKIALOCALTEST0000001', principal: 'arn:aws:iam::000000000000:user/dlt-local' };

describe('toProxyEvent', () => {
  it('builds a REST proxy event for the /{proxy+} resource', () => {
    const req = request('POST', [
      'Host',
      '127.0.0.1:7420',
      'Content-Type',
      'application/json',
      'X-Multi',
      'a',
      'x-multi',
      'b',
      'User-Agent',
      'test-agent',
    ]);
    const now = new Date('2024-05-01T12:03:04Z');
    const event = toProxyEvent({
      req,
      body: Buffer.from('{"a":1}'),
      path: '/scenarios/ab%20c',
      query: 'tags=x&tags=y&op=list+all&empty=',
      caller,
      requestId: 'req-1',
      now,
    });
    expect(event).toMatchObject({
      resource: '/{proxy+}',
      path: '/scenarios/ab c',
      httpMethod: 'POST',
      pathParameters: { proxy: 'scenarios/ab c' },
      queryStringParameters: { tags: 'y', op: 'list all', empty: '' },
      multiValueQueryStringParameters: { tags: ['x', 'y'], op: ['list all'], empty: [''] },
      headers: { Host: '127.0.0.1:7420', 'Content-Type': 'application/json', 'X-Multi': 'b' },
      multiValueHeaders: { 'X-Multi': ['a', 'b'] },
      body: '{"a":1}',
      isBase64Encoded: false,
      stageVariables: null,
    });
    expect(event.requestContext).toMatchObject({
      stage: 'api',
      requestId: 'req-1',
      path: '/api/scenarios/ab c',
      resourcePath: '/{proxy+}',
      httpMethod: 'POST',
      requestTimeEpoch: now.getTime(),
      requestTime: '01/May/2024:12:03:04 +0000',
      identity: {
        accessKey: caller.accessKeyId,
        caller: caller.accessKeyId,
        userArn: caller.principal,
        userAgent: 'test-agent',
      },
    });
  });

  it('has null maps and body when there is nothing to carry', () => {
    const event = toProxyEvent({
      req: request('GET', ['Host', 'h']),
      body: Buffer.alloc(0),
      path: '/',
      query: '',
      caller,
    });
    expect(event).toMatchObject({
      path: '/',
      pathParameters: null,
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      body: null,
      isBase64Encoded: false,
    });
  });

  it('base64-encodes a binary body', () => {
    const bytes = Buffer.from([0, 255, 1, 254]);
    const req = request('PUT', ['Content-Type', 'application/octet-stream']);
    const event = toProxyEvent({ req, body: bytes, path: '/x', query: '', caller });
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? '', 'base64')).toEqual(bytes);
  });

  it.each([
    [undefined, true],
    ['text/plain; charset=utf-8', true],
    ['application/json', true],
    ['application/vnd.api+json', true],
    ['application/x-yaml', true],
    ['application/zip', false],
    ['image/png', false],
  ])('treats %s as text: %s', (type, text) => {
    expect(isTextContentType(type)).toBe(text);
  });

  it('decodes each path segment and keeps malformed escapes', () => {
    expect(decodePath('/a%2Fb/%E2%82%AC/%zz')).toBe('/a/b/€/%zz');
  });
});

describe('writeProxyResult', () => {
  let server: Server | undefined;
  afterEach(async () => {
    const s = server;
    server = undefined;
    if (!s) return;
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  });

  async function roundTrip(result: APIGatewayProxyResult, method = 'GET') {
    server = createServer((_req, res) =>
      writeProxyResult(res, result, { requestId: 'rid', head: method === 'HEAD' }),
    );
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    return fetch(`http://127.0.0.1:${port}/`, { method });
  }

  it('sends each large body exactly, reused or not', async () => {
    const big = (c: string) => c.repeat(40_000);
    for (const [body, isBase64Encoded] of [
      [big('a'), false],
      [big('a'), false],
      [big('b'), false],
      [Buffer.from(big('b')).toString('base64'), true],
      [big('é'), false],
    ] as const) {
      const res = await roundTrip({ statusCode: 200, body, isBase64Encoded });
      const expected = isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
      expect(await res.text()).toBe(expected);
      server?.closeAllConnections();
      await new Promise((r) => server?.close(r));
      server = undefined;
    }
  });

  it('writes status, merged headers, JSON default type and the request id', async () => {
    const res = await roundTrip({
      statusCode: 201,
      headers: { 'Access-Control-Allow-Origin': '*', 'X-Both': 'single' },
      multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'], 'x-both': ['multi'] },
      body: '"ok"',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('x-both')).toBe('multi');
    expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(res.headers.get('x-amzn-requestid')).toBe('rid');
    expect(await res.text()).toBe('"ok"');
  });

  it('decodes a base64 body and ignores handler framing headers', async () => {
    const bytes = Buffer.from([1, 2, 3, 250]);
    const res = await roundTrip({
      statusCode: 200,
      headers: { 'Content-Type': 'application/zip', 'Content-Length': '999' },
      body: bytes.toString('base64'),
      isBase64Encoded: true,
    });
    expect(res.headers.get('content-length')).toBe('4');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  });

  it('sends no body for HEAD', async () => {
    const res = await roundTrip({ statusCode: 200, body: 'hello' }, 'HEAD');
    expect(res.headers.get('content-length')).toBe('5');
    expect(await res.text()).toBe('');
  });

  it('recognises valid results', () => {
    expect(isProxyResult({ statusCode: 200, body: '' })).toBe(true);
    expect(isProxyResult({ statusCode: 204 })).toBe(true);
    expect(isProxyResult({ statusCode: '200', body: '' })).toBe(false);
    expect(isProxyResult({ statusCode: 200, body: { a: 1 } })).toBe(false);
    expect(isProxyResult(undefined)).toBe(false);
  });
});
