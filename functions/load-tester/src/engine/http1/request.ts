import type { EngineRequest } from '../plan.js';

export interface Endpoint {
  /** `https://example.com:8443`: VUs keep one connection per origin. */
  origin: string;
  host: string;
  port: number;
  tls: boolean;
}

export interface WireRequest {
  endpoint: Endpoint;
  /** The whole request, head and body, built once and written as is for every iteration. */
  bytes: Buffer;
  isHead: boolean;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_VALUE = /[\r\n\0]/;
const USER_AGENT = 'dlt-load-tester/0.1';

/** Checks a header for anything that would break the request framing; returns a message or undefined. */
export function headerIssue(name: string, value: string): string | undefined {
  if (!TOKEN.test(name)) return `header name ${JSON.stringify(name)} is not a valid HTTP token`;
  if (BAD_VALUE.test(value)) return `header ${name} contains a line break or NUL`;
  return undefined;
}

export function buildWireRequest(r: EngineRequest): WireRequest {
  const url = new URL(r.url);
  const secure = url.protocol === 'https:';
  const endpoint: Endpoint = {
    origin: url.origin,
    host: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
    tls: secure,
  };
  const body = r.body === undefined || r.body === '' ? null : Buffer.from(r.body);
  const method = r.method.toUpperCase();
  const seen = new Set<string>();
  let head = `${method} ${url.pathname}${url.search} HTTP/1.1\r\n`;
  for (const [name, value] of Object.entries(r.headers)) {
    const issue = headerIssue(name, value);
    if (issue !== undefined) throw new Error(issue);
    seen.add(name.toLowerCase());
    head += `${name}: ${value}\r\n`;
  }
  if (!seen.has('host')) head += `host: ${url.host}\r\n`;
  if (!seen.has('user-agent')) head += `user-agent: ${USER_AGENT}\r\n`;
  if (!seen.has('content-length') && !seen.has('transfer-encoding')) {
    if (body !== null) head += `content-length: ${body.length}\r\n`;
    else if (method === 'POST' || method === 'PUT' || method === 'PATCH') head += 'content-length: 0\r\n';
  }
  head += '\r\n';
  const headBytes = Buffer.from(head, 'latin1');
  return {
    endpoint,
    bytes: body === null ? headBytes : Buffer.concat([headBytes, body]),
    isHead: method === 'HEAD',
  };
}
