import { timingSafeEqual } from 'node:crypto';
import {
  canonicalHeaderValue,
  canonicalQuery,
  canonicalUri,
  formatAmzDate,
  hmacHex,
  parseAmzDate,
  parseDateHeader,
  parseQuery,
  type QueryParam,
  sha256Hex,
  signingKey,
} from './canonical.js';

export interface SignedRequest {
  method: string;
  /** Raw path as received, still percent-encoded, without the query. */
  path: string;
  /** Raw query string without '?'. */
  query: string;
  /** Names in any case; repeated headers as arrays. */
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array | string;
}

export interface VerifyOptions {
  /** 'execute-api' for the DLT API. */
  service: string;
  /** When set, the credential scope's region must match. */
  region?: string;
  now?: Date;
  /** Allowed clock difference for header-signed requests; default 15 minutes, as API Gateway. */
  maxSkewMs?: number;
  /** Undefined for an unknown key. A rejection propagates: it is a server fault, not a 403. */
  lookupSecret(accessKeyId: string): Promise<{ secretAccessKey: string; principal: string } | undefined>;
}

/** The `x-amzn-ErrorType` API Gateway sends with each 403, so SDK clients name the exception alike. */
export type SigV4ErrorType =
  | 'MissingAuthenticationTokenException'
  | 'IncompleteSignatureException'
  | 'InvalidSignatureException'
  | 'UnrecognizedClientException';

export type VerifyResult =
  | { ok: true; accessKeyId: string; principal: string; region: string }
  | { ok: false; status: 403; message: string; errorType: SigV4ErrorType };

export const SIGV4_MESSAGES = {
  missing: 'Missing Authentication Token',
  mismatch:
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret ' +
    'Access Key and signing method. Consult the service documentation for details.',
  unknownKey: 'The security token included in the request is invalid.',
} as const;

const ALGORITHM = 'AWS4-HMAC-SHA256';
const DEFAULT_SKEW_MS = 15 * 60_000;
const MAX_EXPIRES_S = 7 * 24 * 3600;
const PRESIGN_PARAMS = [
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-Expires',
  'X-Amz-SignedHeaders',
  'X-Amz-Signature',
];
const PRESIGN_REQUIRED =
  "AWS query-string parameters must include 'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', " +
  "'X-Amz-Date', 'X-Amz-SignedHeaders', and 'X-Amz-Expires'. Re-examine the query-string parameters.";

type Denied = Extract<VerifyResult, { ok: false }>;

function deny(message: string, errorType: SigV4ErrorType = 'IncompleteSignatureException'): Denied {
  return { ok: false, status: 403, message, errorType };
}

/** What either form (header or presigned query) says about the signature. */
interface AuthParts {
  credential: string;
  signedHeaders: string;
  signature: string;
  amzDate: string;
  date: Date;
  /** Presigned only. */
  expiresS?: number;
}

type HeaderMap = Map<string, string | string[]>;

function lowerCaseHeaders(headers: SignedRequest['headers']): HeaderMap {
  const map: HeaderMap = new Map();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const prior = map.get(key);
    map.set(key, prior === undefined ? value : [...[prior].flat(), ...[value].flat()]);
  }
  // A one-element array is one header; only a real repeat should count as repeated.
  for (const [key, value] of map) {
    if (Array.isArray(value) && value.length <= 1) {
      if (value[0] === undefined) map.delete(key);
      else map.set(key, value[0]);
    }
  }
  return map;
}

export async function verifySigV4(req: SignedRequest, opts: VerifyOptions): Promise<VerifyResult> {
  const headers = lowerCaseHeaders(req.headers);
  const query = parseQuery(req.query);
  const parts = readAuth(headers, query);
  if ('ok' in parts) return parts;

  const scope = checkScope(parts, opts);
  if ('ok' in scope) return scope;

  const timing = checkTime(parts, opts);
  if (timing) return timing;

  const signed = parts.signedHeaders.split(';');
  const shape = checkSignedHeaders(signed, headers);
  if (shape) return shape;

  const payload = payloadHash(req.body, headers, parts.expiresS === undefined ? [] : query);
  if (typeof payload !== 'string') return payload;

  const found = await opts.lookupSecret(scope.accessKeyId);
  if (!found) return deny(SIGV4_MESSAGES.unknownKey, 'UnrecognizedClientException');

  const canonicalRequest = [
    req.method,
    canonicalUri(req.path),
    canonicalQuery(query),
    ...signed.map((name) => `${name}:${canonicalHeaderValue(headers.get(name)!)}`),
    '',
    parts.signedHeaders,
    payload,
  ].join('\n');
  const credentialScope = `${scope.scopeDate}/${scope.region}/${opts.service}/aws4_request`;
  const stringToSign = [ALGORITHM, parts.amzDate, credentialScope, sha256Hex(canonicalRequest)].join('\n');
  const key = signingKey(found.secretAccessKey, scope.scopeDate, scope.region, opts.service);
  const expected = Buffer.from(hmacHex(key, stringToSign), 'ascii');
  // Both are 64 lower-case hex characters (checked in readAuth), as timingSafeEqual needs equal lengths.
  if (!timingSafeEqual(expected, Buffer.from(parts.signature, 'ascii'))) {
    return deny(SIGV4_MESSAGES.mismatch, 'InvalidSignatureException');
  }
  return { ok: true, accessKeyId: scope.accessKeyId, principal: found.principal, region: scope.region };
}

function readAuth(headers: HeaderMap, query: readonly QueryParam[]): AuthParts | Denied {
  const authorization = headers.get('authorization');
  const presigned = query.some((p) =>
    ['x-amz-algorithm', 'x-amz-credential', 'x-amz-signature'].includes(p.name.toLowerCase()),
  );
  const hasHeader = authorization !== undefined && authorization !== '';
  if (hasHeader && presigned) {
    return deny(
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string ' +
        'parameter or the Authorization header should be specified',
    );
  }
  if (presigned) return readQueryAuth(query);
  if (!hasHeader) return deny(SIGV4_MESSAGES.missing, 'MissingAuthenticationTokenException');
  if (Array.isArray(authorization)) return deny('Only one Authorization header is allowed.');
  return readHeaderAuth(authorization, headers);
}

function readHeaderAuth(authorization: string, headers: HeaderMap): AuthParts | Denied {
  const text = authorization.trim();
  const space = text.search(/\s/);
  const scheme = space < 0 ? text : text.slice(0, space);
  if (scheme.startsWith('AWS4-') && scheme !== ALGORITHM) {
    return deny(`Unsupported signing algorithm '${scheme}'; use ${ALGORITHM}.`);
  }
  const fields = new Map<string, string>();
  const params = scheme === ALGORITHM && space >= 0 ? text.slice(space + 1) : '';
  for (const item of params.split(',')) {
    const part = item.trim();
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      return deny(`'${part}' not a valid key=value pair (missing equal-sign) in Authorization header.`);
    }
    const name = part.slice(0, eq).trim();
    if (fields.has(name)) return deny(`Authorization header has a repeated '${name}' parameter.`);
    fields.set(name, part.slice(eq + 1).trim());
  }
  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  const xAmzDate = headers.get('x-amz-date');
  const dateHeader = xAmzDate ?? headers.get('date');
  if (Array.isArray(dateHeader)) {
    return deny(`Only one ${xAmzDate ? 'X-Amz-Date' : 'Date'} header is allowed.`);
  }
  // API Gateway lists every missing piece at once, whatever the scheme (e.g. 'Bearer').
  const missing = [
    credential === undefined ? "Authorization header requires 'Credential' parameter." : '',
    signature === undefined ? "Authorization header requires 'Signature' parameter." : '',
    signedHeaders === undefined ? "Authorization header requires 'SignedHeaders' parameter." : '',
    dateHeader === undefined
      ? "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
      : '',
  ].filter((m) => m !== '');
  if (
    credential === undefined ||
    signedHeaders === undefined ||
    signature === undefined ||
    dateHeader === undefined
  ) {
    return deny(missing.join(' '));
  }
  const date = xAmzDate !== undefined ? parseAmzDate(dateHeader) : parseDateHeader(dateHeader);
  if (!date) {
    return deny(
      `Date must be in ISO-8601 'basic format' (YYYYMMDD'T'HHMMSS'Z') or an HTTP-date. Got '${dateHeader}'.`,
    );
  }
  return finishParts({ credential, signedHeaders, signature, amzDate: formatAmzDate(date), date });
}

function readQueryAuth(query: readonly QueryParam[]): AuthParts | Denied {
  const values = new Map<string, string>();
  for (const name of PRESIGN_PARAMS) {
    const matches = query.filter((p) => p.name === name);
    if (matches.length > 1) return deny(`Query parameter '${name}' is repeated.`);
    if (matches[0]) values.set(name, matches[0].value);
  }
  const algorithm = values.get('X-Amz-Algorithm');
  const credential = values.get('X-Amz-Credential');
  const amzDate = values.get('X-Amz-Date');
  const expires = values.get('X-Amz-Expires');
  const signedHeaders = values.get('X-Amz-SignedHeaders');
  const signature = values.get('X-Amz-Signature');
  if (
    algorithm === undefined ||
    credential === undefined ||
    amzDate === undefined ||
    expires === undefined ||
    signedHeaders === undefined ||
    signature === undefined
  ) {
    return deny(PRESIGN_REQUIRED);
  }
  if (algorithm !== ALGORITHM) return deny(`X-Amz-Algorithm only supports '${ALGORITHM}'.`);
  const date = parseAmzDate(amzDate);
  if (!date) {
    return deny(`X-Amz-Date must be in ISO-8601 'basic format' (YYYYMMDD'T'HHMMSS'Z'). Got '${amzDate}'.`);
  }
  if (!/^\d{1,6}$/.test(expires) || Number(expires) > MAX_EXPIRES_S) {
    return deny(
      `X-Amz-Expires must be a whole number of seconds from 0 to ${MAX_EXPIRES_S}. Got '${expires}'.`,
    );
  }
  return finishParts({ credential, signedHeaders, signature, amzDate, date, expiresS: Number(expires) });
}

function finishParts(parts: AuthParts): AuthParts | Denied {
  // Lower-case hex only: accepting 'A' for 'a' would make two spellings of one signature both valid.
  if (!/^[0-9a-f]{64}$/.test(parts.signature)) {
    return deny('Signature must be 64 lower-case hexadecimal characters.');
  }
  return parts;
}

interface Scope {
  accessKeyId: string;
  scopeDate: string;
  region: string;
}

function checkScope(parts: AuthParts, opts: VerifyOptions): Scope | Denied {
  const pieces = parts.credential.split('/');
  const [accessKeyId, scopeDate, region, service, terminator] = pieces;
  if (pieces.length !== 5 || !accessKeyId || !scopeDate || !region || !service || !terminator) {
    return deny(
      `Credential '${parts.credential}' is malformed; expected '<access key>/<YYYYMMDD>/<region>/<service>/` +
        `aws4_request'.`,
    );
  }
  if (terminator !== 'aws4_request') {
    return deny(`Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'.`);
  }
  if (service !== opts.service) {
    return deny(`Credential should be scoped to correct service: '${opts.service}'.`);
  }
  if (!/^[a-z0-9-]+$/.test(region) || (opts.region !== undefined && region !== opts.region)) {
    return deny(`Credential should be scoped to a valid region, not '${region}'.`);
  }
  const requestDay = parts.amzDate.slice(0, 8);
  if (scopeDate !== requestDay) {
    return deny(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: ` +
        `'${scopeDate}' != '${requestDay}', from '${parts.amzDate}'.`,
    );
  }
  return { accessKeyId, scopeDate, region };
}

function checkTime(parts: AuthParts, opts: VerifyOptions): Denied | undefined {
  const now = (opts.now ?? new Date()).getTime();
  const skewMs = opts.maxSkewMs ?? DEFAULT_SKEW_MS;
  const at = parts.date.getTime();
  const fmt = (ms: number) => formatAmzDate(new Date(ms));
  const minutes = `${skewMs / 60_000} min.`;
  if (at > now + skewMs) {
    return deny(
      `Signature not yet current: ${parts.amzDate} is still later than ${fmt(now + skewMs)} ` +
        `(${fmt(now)} + ${minutes})`,
      'InvalidSignatureException',
    );
  }
  if (parts.expiresS !== undefined) {
    const expiry = at + parts.expiresS * 1000;
    if (now > expiry) {
      return deny(
        `Signature expired: ${fmt(expiry)} is now earlier than ${fmt(now)} ` +
          `(X-Amz-Date ${parts.amzDate} + X-Amz-Expires ${parts.expiresS} s)`,
        'InvalidSignatureException',
      );
    }
  } else if (at < now - skewMs) {
    return deny(
      `Signature expired: ${parts.amzDate} is now earlier than ${fmt(now - skewMs)} ` +
        `(${fmt(now)} - ${minutes})`,
      'InvalidSignatureException',
    );
  }
  return undefined;
}

function checkSignedHeaders(signed: readonly string[], headers: HeaderMap): Denied | undefined {
  for (const [i, name] of signed.entries()) {
    if (!/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
      return deny(
        `SignedHeaders must be lower-case header names separated by ';'. Got '${signed.join(';')}'.`,
      );
    }
    // The canonical request lists headers in SignedHeaders order; every signer sorts, so demand it.
    const prior = signed[i - 1];
    if (prior !== undefined && prior >= name) {
      return deny(`SignedHeaders must be sorted and unique. Got '${signed.join(';')}'.`);
    }
    if (!headers.has(name)) return deny(`Signed header '${name}' is not present in the request.`);
  }
  if (!signed.includes('host')) {
    return deny("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  // An unsigned token could be swapped for another session's without touching the signature.
  if (headers.has('x-amz-security-token') && !signed.includes('x-amz-security-token')) {
    return deny("'X-Amz-Security-Token' must be a 'SignedHeader' when it is present.");
  }
  return undefined;
}

/**
 * The hash that goes into the canonical request: always the body's real hash. A declared x-amz-content-sha256
 * (header, or for presigned URLs the parameter the signer hoisted into the query) must equal it.
 * UNSIGNED-PAYLOAD is refused: it is an S3 feature, SDK signers never send it for execute-api, and accepting
 * it would let a captured request be replayed with another body.
 */
function payloadHash(
  body: Uint8Array | string,
  headers: HeaderMap,
  query: readonly QueryParam[],
): string | Denied {
  const actual = sha256Hex(body);
  const declared =
    headers.get('x-amz-content-sha256') ??
    query.find((p) => p.name.toLowerCase() === 'x-amz-content-sha256')?.value;
  if (declared === undefined) return actual;
  if (Array.isArray(declared)) return deny('Only one x-amz-content-sha256 header is allowed.');
  if (declared === 'UNSIGNED-PAYLOAD') {
    return deny("x-amz-content-sha256 'UNSIGNED-PAYLOAD' is not accepted by this API; sign the payload.");
  }
  if (declared !== actual) {
    return deny(
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
      'InvalidSignatureException',
    );
  }
  return actual;
}
