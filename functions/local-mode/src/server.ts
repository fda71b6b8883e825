import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGV4_MESSAGES, type VerifyOptions, verifySigV4 } from '@dlt/shared';
import {
  type APIGatewayProxyEvent,
  type APIGatewayProxyResult,
  isProxyResult,
  toProxyEvent,
  writeProxyResult,
} from './api-gateway-event.js';
import type { SessionKey, SessionStore } from './session-credentials.js';

export type ApiHandler = (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>;

/** What the console receives for a redeemed login token. */
export interface LoginCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** ISO 8601. */
  expiration: string;
}

export interface LocalServerOptions {
  /** Default 127.0.0.1; anything else is the CLI's explicit, warned-about choice. */
  host?: string;
  /** Default 7420; 0 picks a free port. */
  port?: number;
  handler: ApiHandler;
  /** The long-lived key pair(s). A request signed with one must not carry a session token. */
  lookupSecret: VerifyOptions['lookupSecret'];
  /** Session keys (`ASIA…`) the API accepts with their token, until they expire; `principal` names the caller. */
  sessions?: { store: SessionStore; principal: (accessKeyId: string) => string };
  /**
   * Issues a fresh one-time console login link for GET /auth/login-link, which only the long-lived key pair
   * may call (signed for service execute-api, as the API): how `dlt local login-link` gets one.
   */
  loginLink?: () => string;
  /** Default 10 MB, API Gateway's payload limit. */
  maxBodyBytes?: number;
  /** Redeems a one-time console login token; undefined for an unknown, used or expired one. */
  login?: (token: string) => Promise<LoginCredentials | undefined>;
  /** Serves the console's files; resolves false to fall through to the placeholder page. */
  serveStatic?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
  log?: (message: string) => void;
}

export interface LocalServer {
  host: string;
  port: number;
  /** `http://host:port`, no trailing slash. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 7420;
export const API_PREFIX = '/api';
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Past this, an oversized upload is cut off instead of drained so the 413 can be read. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;
const LOGIN_BODY_BYTES = 4096;
export const LOGIN_LINK_PATH = '/auth/login-link';
const MAX_LINK_URL_SECONDS = 300;

export const SESSION_MESSAGES = {
  expired: 'The security token included in the request is expired',
  invalid: SIGV4_MESSAGES.unknownKey,
} as const;

type Refusal = { status: 403; message: string; errorType: string };

/** The session token a request carries: the X-Amz-Security-Token header, or the query parameter of a presigned one. */
function presentedToken(req: IncomingMessage, query: string): string | undefined | Refusal {
  const header = req.headers['x-amz-security-token'];
  const inQuery = new URLSearchParams(query).getAll('X-Amz-Security-Token');
  if (inQuery.length > 1 || (header !== undefined && inQuery.length > 0)) {
    return { status: 403, message: SESSION_MESSAGES.invalid, errorType: 'UnrecognizedClientException' };
  }
  return typeof header === 'string' ? header : inQuery[0];
}

/**
 * Checks the session token after the signature held. The verifier has already insisted that a token sent as a
 * header is signed, and a query token is signed as part of the query, so a valid signature binds the token too.
 */
function sessionRefusal(
  store: SessionStore | undefined,
  session: SessionKey | undefined,
  token: string | undefined,
): Refusal | undefined {
  if (session === undefined || store === undefined) {
    return token === undefined
      ? undefined
      : { status: 403, message: SESSION_MESSAGES.invalid, errorType: 'UnrecognizedClientException' };
  }
  const check = store.check(session, token);
  if (check.ok) return undefined;
  return check.reason === 'expired'
    ? { status: 403, message: SESSION_MESSAGES.expired, errorType: 'ExpiredTokenException' }
    : { status: 403, message: SESSION_MESSAGES.invalid, errorType: 'UnrecognizedClientException' };
}

/** API Gateway's preflight for DLT's API (inventory §1.1): any origin, every method, no auth. */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD',
  'Access-Control-Allow-Headers': 'Authorization,Content-Type,X-Amz-Date,X-Amz-Security-Token,X-Api-Key',
};

// No network references: the page must work offline and must not leak the login token anywhere.
const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dlt local</title></head>
<body><h1>dlt local mode is running</h1>
<p>The API is served under <code>/api</code>. The console arrives with the web issue.</p></body></html>
`;

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

class BodyTooLarge extends Error {}

/**
 * Buffers the body up to the limit. An oversized one is still drained (up to a hard cap) before the 413 goes
 * out: replying mid-upload makes most clients see a reset instead of the status.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number(req.headers['content-length'] ?? 0) > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) req.destroy();
    });
    req.on('end', () => (over ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('request aborted'));
    });
  });
}

/**
 * The verifier signs the dot- and empty-segment-normalised path; routing on anything else would let a
 * signature for one path reach another, so such paths are refused outright (encoded dots included, because
 * the event carries decoded segments).
 */
function isCleanPath(rawPath: string): boolean {
  if (!rawPath.startsWith('/')) return false;
  const segments = rawPath.slice(1).split('/');
  return segments.every((segment, i) => {
    if (segment === '') return i === segments.length - 1;
    const lower = segment.toLowerCase().replaceAll('%2e', '.');
    return lower !== '.' && lower !== '..';
  });
}

export async function startLocalServer(opts: LocalServerOptions): Promise<LocalServer> {
  const host = opts.host ?? '127.0.0.1';
  const maxBody = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = opts.log ?? ((message: string) => process.stderr.write(`${message}\n`));

  /** SigV4 as API Gateway checks it, plus the session token rules for `ASIA…` keys when sessions are allowed. */
  async function authenticate(
    req: IncomingMessage,
    rawPath: string,
    query: string,
    body: Buffer,
    allowSessions: boolean,
  ): Promise<{ ok: true; accessKeyId: string; principal: string } | ({ ok: false } & Refusal)> {
    const token = presentedToken(req, query);
    if (typeof token === 'object') return { ok: false, ...token };
    const store = allowSessions ? opts.sessions?.store : undefined;
    let session: SessionKey | undefined;
    const verdict = await verifySigV4(
      { method: req.method ?? 'GET', path: rawPath, query, headers: req.headers, body },
      {
        service: 'execute-api',
        lookupSecret: async (id) => {
          session = store?.find(id);
          if (session !== undefined && opts.sessions) {
            return { secretAccessKey: session.secretAccessKey, principal: opts.sessions.principal(id) };
          }
          return opts.lookupSecret(id);
        },
      },
    );
    if (!verdict.ok) return verdict;
    const refusal = sessionRefusal(store, session, token);
    return refusal ? { ok: false, ...refusal } : verdict;
  }

  async function api(req: IncomingMessage, res: ServerResponse, rawPath: string, query: string) {
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.writeHead(200, { ...PREFLIGHT_HEADERS, 'Content-Length': 0 });
      res.end();
      return;
    }
    const body = await readBody(req, maxBody);
    const verdict = await authenticate(req, rawPath, query, body, true);
    if (!verdict.ok) {
      sendJson(res, verdict.status, { message: verdict.message }, { 'x-amzn-ErrorType': verdict.errorType });
      return;
    }
    const requestId = randomUUID();
    const stagePath = rawPath.slice(API_PREFIX.length) || '/';
    const event = toProxyEvent({
      req,
      body,
      path: stagePath,
      query,
      caller: { accessKeyId: verdict.accessKeyId, principal: verdict.principal },
      requestId,
    });
    let result: unknown;
    try {
      result = await opts.handler(event);
    } catch (error) {
      log(`dlt local: handler failed for ${method} ${stagePath} (${requestId}): ${describe(error)}`);
      sendJson(res, 500, { message: 'Internal server error' }, { 'x-amzn-RequestId': requestId });
      return;
    }
    if (!isProxyResult(result)) {
      // API Gateway's answer to a malformed Lambda proxy response.
      log(`dlt local: handler returned a malformed result for ${method} ${stagePath} (${requestId})`);
      sendJson(res, 502, { message: 'Internal server error' }, { 'x-amzn-RequestId': requestId });
      return;
    }
    writeProxyResult(res, result, { requestId, head: method === 'HEAD' });
  }

  async function login(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') {
      sendJson(res, 405, { message: 'Method Not Allowed' }, { Allow: 'POST' });
      return;
    }
    const body = await readBody(req, LOGIN_BODY_BYTES);
    let token: unknown;
    try {
      token = (JSON.parse(body.toString('utf8')) as { token?: unknown } | null)?.token;
    } catch {
      token = undefined;
    }
    const creds = typeof token === 'string' && opts.login ? await opts.login(token) : undefined;
    if (!creds) {
      sendJson(res, 401, { message: 'The login token is invalid, used or expired.' });
      return;
    }
    sendJson(res, 200, creds, { 'Cache-Control': 'no-store' });
  }

  /** Signatures already used on GET /auth/login-link, so a captured presigned URL cannot mint a second link. */
  const usedLinkSignatures = new Map<string, number>();

  async function loginLink(req: IncomingMessage, res: ServerResponse, rawPath: string, query: string) {
    if (req.method !== 'GET' || !opts.loginLink) {
      sendJson(res, 405, { message: 'Method Not Allowed' }, { Allow: 'GET' });
      return;
    }
    const verdict = await authenticate(req, rawPath, query, await readBody(req, LOGIN_BODY_BYTES), false);
    if (!verdict.ok) {
      sendJson(res, verdict.status, { message: verdict.message }, { 'x-amzn-ErrorType': verdict.errorType });
      return;
    }
    const params = new URLSearchParams(query);
    if (Number(params.get('X-Amz-Expires') ?? 0) > MAX_LINK_URL_SECONDS) {
      sendJson(res, 403, { message: `X-Amz-Expires may be at most ${MAX_LINK_URL_SECONDS} s here.` });
      return;
    }
    const signature = params.get('X-Amz-Signature') ?? String(req.headers.authorization);
    const at = Date.now();
    for (const [used, expiry] of usedLinkSignatures) if (expiry <= at) usedLinkSignatures.delete(used);
    if (usedLinkSignatures.has(signature)) {
      sendJson(res, 403, { message: 'This signed request was already used; sign a new one.' });
      return;
    }
    // A signature is good for at most 15 minutes either side of its date (plus X-Amz-Expires, capped above).
    usedLinkSignatures.set(signature, at + 30 * 60_000);
    sendJson(res, 200, { loginUrl: opts.loginLink() }, { 'Cache-Control': 'no-store' });
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const rawPath = q < 0 ? target : target.slice(0, q);
    const query = q < 0 ? '' : target.slice(q + 1);
    if (!isCleanPath(rawPath)) {
      sendJson(res, 400, { message: 'Invalid request path' });
      return;
    }
    if (rawPath === API_PREFIX || rawPath.startsWith(`${API_PREFIX}/`)) return api(req, res, rawPath, query);
    if (rawPath === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      sendJson(res, 200, { ok: true }, { 'Cache-Control': 'no-store' });
      return;
    }
    if (rawPath === '/auth/login') return login(req, res);
    if (rawPath === LOGIN_LINK_PATH) return loginLink(req, res, rawPath, query);
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (opts.serveStatic && (await opts.serveStatic(req, res, rawPath))) return;
      if (rawPath === '/' || rawPath === '/login') {
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Length': Buffer.byteLength(PLACEHOLDER_PAGE),
          'Cache-Control': 'no-store',
          'Referrer-Policy': 'no-referrer',
        });
        res.end(req.method === 'HEAD' ? undefined : PLACEHOLDER_PAGE);
        return;
      }
    }
    sendJson(res, 404, { message: 'Not Found' });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        if (!res.headersSent) sendJson(res, 413, { message: 'Request Too Long' });
        return;
      }
      log(`dlt local: ${req.method} ${req.url}: ${describe(error)}`);
      if (res.headersSent) res.destroy();
      else if (!req.destroyed) sendJson(res, 500, { message: 'Internal server error' });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    host,
    port,
    url: `http://${urlHost}:${port}`,
    server,
    close() {
      closing ??= closeServer(server);
      return closing;
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Idle keep-alive sockets are dropped at once, busy ones after a short drain, so close() never hangs. */
async function closeServer(server: Server): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve, reject) =>
    server.close((err) => (err ? reject(err) : resolve())),
  );
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), 2_000);
  timer.unref();
  try {
    await closed;
  } finally {
    clearTimeout(timer);
  }
}
