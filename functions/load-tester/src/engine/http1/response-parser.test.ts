import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Parse, ResponseParser } from './response-parser.js';

function parseWhole(chunks: Buffer[], isHead = false): { result: Parse; p: ResponseParser } {
  const p = new ResponseParser();
  p.reset(isHead);
  let result = Parse.NeedMore;
  for (const c of chunks) {
    result = p.feed(c);
    if (result !== Parse.NeedMore) break;
  }
  return { result, p };
}

function splitAt(buf: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of points) {
    if (p > prev) out.push(buf.subarray(prev, p));
    prev = p;
  }
  if (prev < buf.length) out.push(buf.subarray(prev));
  return out;
}

const CASES: Array<{
  name: string;
  raw: string;
  status: number;
  body: number;
  keepAlive: boolean;
  head?: boolean;
}> = [
  {
    name: 'content-length',
    raw: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello',
    status: 200,
    body: 5,
    keepAlive: true,
  },
  {
    name: 'chunked with extension and trailer',
    raw: 'HTTP/1.1 201 Created\r\ntransfer-encoding: chunked\r\n\r\n4;x=y\r\nWiki\r\n5\r\npedia\r\n0\r\nX-T: 1\r\n\r\n',
    status: 201,
    body: 9,
    keepAlive: true,
  },
  { name: 'no body on 204', raw: 'HTTP/1.1 204 No Content\r\n\r\n', status: 204, body: 0, keepAlive: true },
  {
    name: 'no body on 304',
    raw: 'HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n',
    status: 304,
    body: 0,
    keepAlive: true,
  },
  {
    name: 'HEAD ignores content-length',
    raw: 'HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n',
    status: 200,
    body: 0,
    keepAlive: true,
    head: true,
  },
  {
    name: 'interim 100 Continue before the response',
    raw: 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 500 Oops\r\nContent-Length: 2\r\nConnection: close\r\n\r\nno',
    status: 500,
    body: 2,
    keepAlive: false,
  },
  {
    name: 'HTTP/1.0 closes by default',
    raw: 'HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n',
    status: 200,
    body: 0,
    keepAlive: false,
  },
  {
    name: 'HTTP/1.0 keep-alive',
    raw: 'HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 1\r\n\r\nx',
    status: 200,
    body: 1,
    keepAlive: true,
  },
];

describe('ResponseParser', () => {
  for (const c of CASES) {
    it(`frames ${c.name}, however the bytes are split`, () => {
      const raw = Buffer.from(c.raw, 'latin1');
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 8 }), (cuts) => {
          const { result, p } = parseWhole(splitAt(raw, cuts), c.head);
          expect(result).toBe(Parse.Complete);
          expect(p.status).toBe(c.status);
          expect(p.bodyBytes).toBe(c.body);
          expect(p.keepAlive).toBe(c.keepAlive);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('reads a body without length until the server closes', () => {
    const { result, p } = parseWhole([Buffer.from('HTTP/1.1 200 OK\r\n\r\nabc'), Buffer.from('def')]);
    expect(result).toBe(Parse.NeedMore);
    expect(p.end()).toBe(Parse.Complete);
    expect(p.bodyBytes).toBe(6);
    expect(p.keepAlive).toBe(false);
  });

  it('fails a response cut short, and says why', () => {
    const { result, p } = parseWhole([Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc')]);
    expect(result).toBe(Parse.NeedMore);
    expect(p.end()).toBe(Parse.Error);
    expect(p.error).toMatch(/closed before the response was complete/);
  });

  it.each([
    ['garbage', 'SSH-2.0-OpenSSH\r\n\r\n', /not an HTTP/],
    ['bad status', 'HTTP/1.1 2x0 OK\r\n\r\n', /bad status/],
    ['bad length', 'HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n', /content-length/],
    [
      'conflicting lengths',
      'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nx',
      /content-length/,
    ],
    ['bad chunk', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', /chunk size/],
    ['extra bytes', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxy', /after the response/],
  ])('rejects %s', (_, raw, message) => {
    const { result, p } = parseWhole([Buffer.from(raw, 'latin1')]);
    expect(result).toBe(Parse.Error);
    expect(p.error).toMatch(message);
  });

  it('refuses an endless head', () => {
    const p = new ResponseParser();
    p.reset(false);
    const big = Buffer.from(`HTTP/1.1 200 OK\r\nX: ${'a'.repeat(70_000)}`);
    expect(p.feed(big)).toBe(Parse.Error);
  });

  it('is reusable across responses', () => {
    const p = new ResponseParser();
    for (let i = 0; i < 3; i++) {
      p.reset(false);
      expect(p.feed(Buffer.from(`HTTP/1.1 20${i} OK\r\nContent-Length: ${i}\r\n\r\n${'x'.repeat(i)}`))).toBe(
        Parse.Complete,
      );
      expect(p.status).toBe(200 + i);
      expect(p.bodyBytes).toBe(i);
    }
  });
});
