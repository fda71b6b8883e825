import { timingSafeEqual } from 'node:crypto';
import {
  canonicalHeaderValue,
  canonicalQuery,
  canonicalUri,
  EMPTY_SHA256,
  formatAmzDate,
  hmacHex,
  parseAmzDate,
  parseQuery,
  type QueryParam,
  sha256Hex,
  signingKey,
  uriEncodeBytes,
} from './canonical.js';
import { SIGV4_MESSAGES, type SigV4ErrorType, type VerifyResult } from './sigv4.js';

/**
 * Presigned URLs in the form AWS IoT expects from browsers opening `wss://<endpoint>/mqtt`: the signature sits
 * in the query, X-Amz-Expires is optional (Amplify's IoT provider and the IoT documentation leave it out), so
 * the URL is good for the clock-skew window around X-Amz-Date. `verifySigV4` covers API-Gateway-style
 * presigned requests, which must carry X-Amz-Expires; this module covers the IoT flavour and also signs,
 * because the local console and CLI need URLs the local broker accepts without pulling in an SDK.
 */

export interface PresignCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface PresignUrlOptions {
  /** ws://, wss://, http:// or https://; existing query parameters are kept and signed. */
  url: string | URL;
  /** 'iotdevicegateway' for AWS IoT's MQTT-over-WebSocket endpoint. */
  service: string;
  region: string;
  credentials: PresignCredentials;
  now?: Date;
  /** Adds X-Amz-Expires; IoT-style URLs leave it out. */
  expiresS?: number;
}

/** A WebSocket upgrade (or any GET) as the server received it. */
export interface PresignedUrlRequest {
  /** Usually 'GET'; the canonical request uses it as given. */
  method: string;
  /** Raw path as received, still percent-encoded, without the query. */
  path: string;
  /** Raw query string without '?'. */
  query: string;
  /** Names in any case; repeated headers as arrays. */
  headers: Record<string, string | string[] | undefined>;
}

export interface PresignedVerifyOptions {
  service: string;
  /** When set, the credential scope's region must match. */
  region?: string;
  now?: Date;
  /** How far X-Amz-Date may lie from now, either way; default 15 minutes. X-Amz-Expires can only shorten it. */
  maxSkewMs?: number;
  /**
   * Undefined for an unknown key. `sessionToken` is the token the key requires; a key without one must not be
   * presented with a token. A rejection propagates: it is a server fault, not a 403.
   */
  lookupSecret(
    accessKeyId: string,
  ): Promise<{ secretAccessKey: string; principal: string; sessionToken?: string } | undefined>;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const DEFAULT_SKEW_MS = 15 * 60_000;
const MAX_EXPIRES_S = 7 * 24 * 3600;
const TOKEN_PARAM = 'X-Amz-Security-Token';
const AUTH_PARAMS = [
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-SignedHeaders',
  'X-Amz-Signature',
] as const;

type Denied = Extract<VerifyResult, { ok: false }>;

function deny(message: string, errorType: SigV4ErrorType = 'IncompleteSignatureException'): Denied {
  return { ok: false, status: 403, message, errorType };
}

function encode(text: string): string {
  return uriEncodeBytes(Buffer.from(text, 'utf8'), false);
}

function canonicalRequest(
  method: string,
  path: string,
  query: readonly QueryParam[],
  signedHeaders: readonly string[],
  headerValue: (name: string) => string | readonly string[],
): string {
  return [
    method,
    canonicalUri(path),
    canonicalQuery(query),
    ...signedHeaders.map((name) => `${name}:${canonicalHeaderValue(headerValue(name))}`),
    '',
    signedHeaders.join(';'),
    // A WebSocket upgrade has no body; every IoT signer hashes the empty string.
    EMPTY_SHA256,
  ].join('\n');
}

function signatureFor(
  secret: string,
  amzDate: string,
  region: string,
  service: string,
  request: string,
): string {
  const scopeDate = amzDate.slice(0, 8);
  const scope = `${scopeDate}/${region}/${service}/aws4_request`;
  const stringToSign = [ALGORITHM, amzDate, scope, sha256Hex(request)].join('\n');
  return hmacHex(signingKey(secret, scopeDate, region, service), stringToSign);
}

/**
 * Signs `url` for a GET, with only `host` signed (a browser cannot add headers to a WebSocket upgrade).
 * The session token, when there is one, is signed inside the query, as Amplify v6 does.
 */
export function presignSigV4Url(opts: PresignUrlOptions): string {
  const url = new URL(opts.url.toString());
  const amzDate = formatAmzDate(opts.now ?? new Date());
  const { accessKeyId, secretAccessKey, sessionToken } = opts.credentials;
  const scope = `${amzDate.slice(0, 8)}/${opts.region}/${opts.service}/aws4_request`;
  const added: Array<[string, string]> = [
    ['X-Amz-Algorithm', ALGORITHM],
    ['X-Amz-Credential', `${accessKeyId}/${scope}`],
    ['X-Amz-Date', amzDate],
    ['X-Amz-SignedHeaders', 'host'],
  ];
  if (opts.expiresS !== undefined) added.push(['X-Amz-Expires', String(opts.expiresS)]);
  if (sessionToken !== undefined) added.push([TOKEN_PARAM, sessionToken]);
  const prior = url.search.replace(/^\?/, '');
  const query = [prior, ...added.map(([k, v]) => `${encode(k)}=${encode(v)}`)].filter((s) => s).join('&');
  const request = canonicalRequest('GET', url.pathname, parseQuery(query), ['host'], () => url.host);
  const signature = signatureFor(secretAccessKey, amzDate, opts.region, opts.service, request);
  // Assigning url.search would re-encode the query; build the string so the signed bytes go on the wire.
  return `${url.origin}${url.pathname}?${query}&X-Amz-Signature=${signature}`;
}

interface Parts {
  accessKeyId: string;
  region: string;
  amzDate: string;
  date: Date;
  expiresS?: number;
  signedHeaders: string[];
  signature: string;
  token?: string;
}

/** Verifies an IoT-style presigned URL. Refusals read like AWS's, so clients show familiar messages. */
export async function verifyPresignedUrl(
  req: PresignedUrlRequest,
  opts: PresignedVerifyOptions,
): Promise<VerifyResult> {
  const query = parseQuery(req.query);
  const headers = lowerCaseHeaders(req.headers);
  const parts = readParts(query, opts);
  if ('ok' in parts) return parts;

  const late = checkTime(parts, opts);
  if (late) return late;

  for (const name of parts.signedHeaders) {
    if (!headers.has(name)) return deny(`Signed header '${name}' is not present in the request.`);
  }

  const found = await opts.lookupSecret(parts.accessKeyId);
  if (!found || found.sessionToken !== parts.token) {
    return deny(SIGV4_MESSAGES.unknownKey, 'UnrecognizedClientException');
  }

  const provided = Buffer.from(parts.signature, 'ascii');
  const matches = (params: readonly QueryParam[]) => {
    const request = canonicalRequest(
      req.method,
      req.path,
      params,
      parts.signedHeaders,
      (name) => headers.get(name)!,
    );
    const expected = signatureFor(found.secretAccessKey, parts.amzDate, parts.region, opts.service, request);
    // Both are 64 lower-case hex characters (checked in readParts), as timingSafeEqual needs equal lengths.
    return timingSafeEqual(Buffer.from(expected, 'ascii'), provided);
  };
  // The IoT documentation's browser example appends the token after signing; Amplify signs it. Accept both.
  const signed =
    matches(query) || (parts.token !== undefined && matches(query.filter((p) => p.name !== TOKEN_PARAM)));
  if (!signed) return deny(SIGV4_MESSAGES.mismatch, 'InvalidSignatureException');
  return { ok: true, accessKeyId: parts.accessKeyId, principal: found.principal, region: parts.region };
}

function lowerCaseHeaders(headers: PresignedUrlRequest['headers']): Map<string, string | string[]> {
  const map = new Map<string, string | string[]>();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const prior = map.get(key);
    map.set(key, prior === undefined ? value : [...[prior].flat(), ...[value].flat()]);
  }
  return map;
}

function single(query: readonly QueryParam[], name: string): string | undefined | Denied {
  const matches = query.filter((p) => p.name === name);
  if (matches.length > 1) return deny(`Query parameter '${name}' is repeated.`);
  return matches[0]?.value;
}

function readParts(query: readonly QueryParam[], opts: PresignedVerifyOptions): Parts | Denied {
  const values = new Map<string, string>();
  for (const name of [...AUTH_PARAMS, 'X-Amz-Expires', TOKEN_PARAM]) {
    const value = single(query, name);
    if (typeof value === 'object') return value;
    if (value !== undefined) values.set(name, value);
  }
  const missing = AUTH_PARAMS.filter((name) => !values.has(name));
  if (missing.length === AUTH_PARAMS.length) {
    return deny(SIGV4_MESSAGES.missing, 'MissingAuthenticationTokenException');
  }
  if (missing.length > 0) {
    return deny(`The presigned URL lacks ${missing.map((n) => `'${n}'`).join(', ')}.`);
  }
  const algorithm = values.get('X-Amz-Algorithm')!;
  const credential = values.get('X-Amz-Credential')!;
  const amzDate = values.get('X-Amz-Date')!;
  const signature = values.get('X-Amz-Signature')!;
  const signedHeaders = values.get('X-Amz-SignedHeaders')!.split(';');
  const expires = values.get('X-Amz-Expires');

  if (algorithm !== ALGORITHM) return deny(`X-Amz-Algorithm only supports '${ALGORITHM}'.`);
  const date = parseAmzDate(amzDate);
  if (!date) {
    return deny(`X-Amz-Date must be in ISO-8601 'basic format' (YYYYMMDD'T'HHMMSS'Z'). Got '${amzDate}'.`);
  }
  if (expires !== undefined && (!/^\d{1,6}$/.test(expires) || Number(expires) > MAX_EXPIRES_S)) {
    return deny(
      `X-Amz-Expires must be a whole number of seconds from 0 to ${MAX_EXPIRES_S}. Got '${expires}'.`,
    );
  }
  // Lower-case hex only: accepting 'A' for 'a' would make two spellings of one signature both valid.
  if (!/^[0-9a-f]{64}$/.test(signature))
    return deny('Signature must be 64 lower-case hexadecimal characters.');

  const pieces = credential.split('/');
  const [accessKeyId, scopeDate, region, service, terminator] = pieces;
  if (pieces.length !== 5 || !accessKeyId || !scopeDate || !region || !service) {
    return deny(
      `Credential '${credential}' is malformed; expected '<access key>/<YYYYMMDD>/<region>/<service>/aws4_request'.`,
    );
  }
  if (terminator !== 'aws4_request') {
    return deny(`Credential should be scoped with a valid terminator: 'aws4_request', not '${terminator}'.`);
  }
  if (service !== opts.service)
    return deny(`Credential should be scoped to correct service: '${opts.service}'.`);
  if (!/^[a-z0-9-]+$/.test(region) || (opts.region !== undefined && region !== opts.region)) {
    return deny(`Credential should be scoped to a valid region, not '${region}'.`);
  }
  if (scopeDate !== amzDate.slice(0, 8)) {
    return deny(`Date in Credential scope ('${scopeDate}') does not match X-Amz-Date ('${amzDate}').`);
  }
  for (const [i, name] of signedHeaders.entries()) {
    const prior = signedHeaders[i - 1];
    if (!/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(name) || (prior !== undefined && prior >= name)) {
      return deny(
        `X-Amz-SignedHeaders must be sorted, unique, lower-case header names separated by ';'. ` +
          `Got '${signedHeaders.join(';')}'.`,
      );
    }
  }
  if (!signedHeaders.includes('host')) return deny("'host' must be one of X-Amz-SignedHeaders.");

  const token = values.get(TOKEN_PARAM);
  return {
    accessKeyId,
    region,
    amzDate,
    date,
    ...(expires === undefined ? {} : { expiresS: Number(expires) }),
    signedHeaders,
    signature,
    ...(token === undefined ? {} : { token }),
  };
}

function checkTime(parts: Parts, opts: PresignedVerifyOptions): Denied | undefined {
  const now = (opts.now ?? new Date()).getTime();
  const skewMs = opts.maxSkewMs ?? DEFAULT_SKEW_MS;
  const at = parts.date.getTime();
  const fmt = (ms: number) => formatAmzDate(new Date(ms));
  if (at > now + skewMs) {
    return deny(
      `Signature not yet current: ${parts.amzDate} is later than ${fmt(now + skewMs)} ` +
        `(${fmt(now)} + ${skewMs / 60_000} min.)`,
      'InvalidSignatureException',
    );
  }
  const lifetimeMs = Math.min(skewMs, (parts.expiresS ?? Number.POSITIVE_INFINITY) * 1000);
  if (now > at + lifetimeMs) {
    return deny(
      `Signature expired: ${parts.amzDate} + ${lifetimeMs / 1000} s is earlier than ${fmt(now)}. ` +
        'Presign the URL again.',
      'InvalidSignatureException',
    );
  }
  return undefined;
}
