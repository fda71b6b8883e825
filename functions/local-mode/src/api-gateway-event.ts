import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export type { APIGatewayProxyEvent, APIGatewayProxyResult };

/** The one account every local principal belongs to; AWS reserves no meaning for it. */
export const LOCAL_ACCOUNT_ID = '000000000000';
export const LOCAL_STAGE = 'api';

/** Who signed the request, as the SigV4 check established it. */
export interface VerifiedCaller {
  accessKeyId: string;
  /** An ARN, e.g. `arn:aws:iam::000000000000:user/dlt-local`. */
  principal: string;
}

export interface EventInput {
  req: IncomingMessage;
  body: Buffer;
  /** Raw (still percent-encoded) path with the stage prefix already removed, e.g. `/scenarios/abc`. */
  path: string;
  /** Raw query string without '?'. */
  query: string;
  caller: VerifiedCaller;
  requestId?: string;
  now?: Date;
}

// Media types whose body API Gateway hands over as text; anything else arrives base64-encoded, as it does for
// binary media types, so bytes survive the trip through a string.
const TEXT_TYPES =
  /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded|x-yaml|yaml)\b)|[+/](json|xml)\b/;

export function isTextContentType(contentType: string | undefined): boolean {
  if (contentType === undefined || contentType.trim() === '') return true;
  return TEXT_TYPES.test(contentType.trim().toLowerCase());
}

/** Decodes one segment as API Gateway does for path parameters; a malformed escape stays as sent. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function decodePath(rawPath: string): string {
  return rawPath.split('/').map(decodeSegment).join('/');
}

/** API Gateway's `requestTime` format: `09/Apr/2015:12:34:56 +0000`. */
function requestTime(at: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${p(at.getUTCDate())}/${months[at.getUTCMonth()]}/${at.getUTCFullYear()}:` +
    `${p(at.getUTCHours())}:${p(at.getUTCMinutes())}:${p(at.getUTCSeconds())} +0000`
  );
}

function append(map: Record<string, string[]>, key: string, value: string): void {
  const values = map[key];
  if (values) values.push(value);
  else map[key] = [value];
}

function readHeaders(req: IncomingMessage) {
  const multi: Record<string, string[]> = {};
  // rawHeaders keeps the client's spelling, as API Gateway does; repeats of one name (any case) are merged.
  const spelling = new Map<string, string>();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    const value = req.rawHeaders[i + 1]!;
    const key = spelling.get(name.toLowerCase()) ?? name;
    spelling.set(name.toLowerCase(), key);
    append(multi, key, value);
  }
  const single: Record<string, string> = {};
  for (const [name, values] of Object.entries(multi)) single[name] = values.at(-1) ?? '';
  return { single, multi };
}

function readQuery(query: string) {
  const multi: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(query)) append(multi, name, value);
  const single: Record<string, string> = {};
  // API Gateway's single-value map keeps the last occurrence of a repeated parameter.
  for (const [name, values] of Object.entries(multi)) single[name] = values.at(-1) ?? '';
  const any = Object.keys(multi).length > 0;
  return { single: any ? single : null, multi: any ? multi : null };
}

/** Builds the REST API (payload v1) proxy event for the `/{proxy+}` resource of the `api` stage. */
export function toProxyEvent(input: EventInput): APIGatewayProxyEvent {
  const { req, body, caller } = input;
  const at = input.now ?? new Date();
  const requestId = input.requestId ?? randomUUID();
  const headers = readHeaders(req);
  const query = readQuery(input.query);
  const path = decodePath(input.path);
  const proxy = path.replace(/^\//, '');
  const contentType = req.headers['content-type'];
  const text = isTextContentType(contentType);
  const method = req.method ?? 'GET';
  const host = req.headers.host ?? '127.0.0.1';
  return {
    resource: '/{proxy+}',
    path,
    httpMethod: method,
    headers: headers.single,
    multiValueHeaders: headers.multi,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: proxy === '' ? null : { proxy },
    stageVariables: null,
    body: body.length === 0 ? null : text ? body.toString('utf8') : body.toString('base64'),
    isBase64Encoded: body.length > 0 && !text,
    requestContext: {
      accountId: LOCAL_ACCOUNT_ID,
      apiId: 'local',
      authorizer: null,
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      extendedRequestId: requestId,
      httpMethod: method,
      identity: {
        accessKey: caller.accessKeyId,
        accountId: LOCAL_ACCOUNT_ID,
        apiKey: null,
        apiKeyId: null,
        caller: caller.accessKeyId,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        user: caller.accessKeyId,
        userAgent: req.headers['user-agent'] ?? null,
        userArn: caller.principal,
      },
      path: `/${LOCAL_STAGE}${path}`,
      protocol: `HTTP/${req.httpVersion}`,
      requestId,
      requestTime: requestTime(at),
      requestTimeEpoch: at.getTime(),
      resourceId: 'local',
      resourcePath: '/{proxy+}',
      stage: LOCAL_STAGE,
    },
  };
}

/** A result API Gateway would accept; anything else is its 502 "Internal server error". */
export function isProxyResult(value: unknown): value is APIGatewayProxyResult {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    Number.isInteger(r.statusCode) &&
    (r.statusCode as number) >= 100 &&
    (r.statusCode as number) <= 599 &&
    (r.body === undefined || r.body === null || typeof r.body === 'string')
  );
}

/** Writes a handler's result the way API Gateway puts it on the wire. */
/** Large bodies answered again and again (the cached scenario list) are encoded once, not per response. */
const MEMO_MIN_BYTES = 16 * 1024;
let lastBody: { text: string; base64: boolean; bytes: Buffer } | undefined;

function encodeBody(text: string, base64: boolean): Buffer {
  if (text.length < MEMO_MIN_BYTES) return Buffer.from(text, base64 ? 'base64' : 'utf8');
  if (lastBody?.base64 === base64 && lastBody.text === text) return lastBody.bytes;
  const bytes = Buffer.from(text, base64 ? 'base64' : 'utf8');
  lastBody = { text, base64, bytes };
  return bytes;
}

export function writeProxyResult(
  res: ServerResponse,
  result: APIGatewayProxyResult,
  opts: { requestId?: string; head?: boolean } = {},
): void {
  const headers = new Map<string, { name: string; values: string[] }>();
  const add = (name: string, values: string[]) => {
    const key = name.toLowerCase();
    const entry = headers.get(key);
    if (entry) entry.values.push(...values);
    else headers.set(key, { name, values: [...values] });
  };
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) {
    add(name, values.map(String));
  }
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    // A name in both maps is sent once, from multiValueHeaders, as API Gateway does.
    if (!headers.has(name.toLowerCase())) add(name, [String(value)]);
  }
  // API Gateway labels a Lambda proxy response JSON unless the function said otherwise.
  if (!headers.has('content-type')) add('Content-Type', ['application/json']);
  if (opts.requestId !== undefined && !headers.has('x-amzn-requestid')) {
    add('x-amzn-RequestId', [opts.requestId]);
  }
  // Framing is ours to decide, not the handler's.
  headers.delete('content-length');
  headers.delete('transfer-encoding');
  headers.delete('connection');

  const body = encodeBody(result.body ?? '', result.isBase64Encoded === true);
  for (const { name, values } of headers.values()) {
    res.setHeader(name, values.length === 1 ? values[0]! : values);
  }
  res.setHeader('Content-Length', body.length);
  res.statusCode = result.statusCode;
  res.end(opts.head ? undefined : body);
}
