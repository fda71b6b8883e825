import { createHash, createHmac } from 'node:crypto';

/** SHA-256 of the empty string: the payload hash of a request without a body. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function isUnreserved(b: number): boolean {
  return (
    (b >= 0x41 && b <= 0x5a) ||
    (b >= 0x61 && b <= 0x7a) ||
    (b >= 0x30 && b <= 0x39) ||
    b === 0x2d ||
    b === 0x2e ||
    b === 0x5f ||
    b === 0x7e
  );
}

function isHexDigit(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
}

/**
 * RFC 3986 percent-encoding of raw bytes, upper-case hex, as SigV4 requires. Working on bytes rather than on
 * a decoded string keeps invalid UTF-8 and stray '%' signs byte-exact, so the function never throws.
 */
export function uriEncodeBytes(bytes: Uint8Array, keepSlash: boolean): string {
  let out = '';
  for (const b of bytes) {
    if (isUnreserved(b) || (keepSlash && b === 0x2f)) out += String.fromCharCode(b);
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * Canonical URI for every service but S3. The signer (smithy with `uriEscapePath: true`, botocore) takes the
 * path as it goes on the wire, already percent-encoded once, drops empty and '.' segments, resolves '..', and
 * encodes the result again. So '/a%20b' is signed as '/a%2520b', and the raw path must not be decoded first.
 */
export function canonicalUri(rawPath: string): string {
  if (rawPath === '') return '/';
  const segments: string[] = [];
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const lead = rawPath.startsWith('/') ? '/' : '';
  const trail = segments.length > 0 && rawPath.endsWith('/') ? '/' : '';
  return uriEncodeBytes(Buffer.from(lead + segments.join('/') + trail, 'utf8'), true);
}

/**
 * Percent-decodes one query component to bytes. '+' means a space, as in WHATWG URLSearchParams, so the
 * signed meaning is the meaning the API host reads; botocore relies on it (it signs '%20' and sends '+').
 * Malformed escapes stay literal, again as URLSearchParams does.
 */
function decodeComponent(raw: string): Buffer {
  const src = Buffer.from(raw, 'utf8');
  const out = Buffer.alloc(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const b = src[i]!;
    if (b === 0x25 && i + 2 < src.length && isHexDigit(src[i + 1]!) && isHexDigit(src[i + 2]!)) {
      out[n++] = Number.parseInt(String.fromCharCode(src[i + 1]!, src[i + 2]!), 16);
      i += 2;
    } else {
      out[n++] = b === 0x2b ? 0x20 : b;
    }
  }
  return out.subarray(0, n);
}

export interface QueryParam {
  /** Decoded, for looking up X-Amz-* parameters. */
  name: string;
  value: string;
  /** Canonical (re-encoded) forms, for the canonical query string. */
  encodedName: string;
  encodedValue: string;
}

export function parseQuery(raw: string): QueryParam[] {
  const params: QueryParam[] = [];
  for (const part of raw.split('&')) {
    // 'a=1&&b=2' and a trailing '&' carry no parameter; URLSearchParams skips them too.
    if (part === '') continue;
    const eq = part.indexOf('=');
    const nameBytes = decodeComponent(eq < 0 ? part : part.slice(0, eq));
    const valueBytes = decodeComponent(eq < 0 ? '' : part.slice(eq + 1));
    params.push({
      name: nameBytes.toString('utf8'),
      value: valueBytes.toString('utf8'),
      encodedName: uriEncodeBytes(nameBytes, false),
      encodedValue: uriEncodeBytes(valueBytes, false),
    });
  }
  return params;
}

function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted by encoded name, then encoded value; X-Amz-Signature is being computed, so it is left out. */
export function canonicalQuery(params: readonly QueryParam[]): string {
  return params
    .filter((p) => p.name.toLowerCase() !== 'x-amz-signature')
    .map((p) => [p.encodedName, p.encodedValue] as const)
    .sort((a, b) => compareAscii(a[0], b[0]) || compareAscii(a[1], b[1]))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

function trimAll(value: string): string {
  return value.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
}

/** Repeated headers are joined with ',' after trimming each value, per the specification. */
export function canonicalHeaderValue(value: string | readonly string[]): string {
  return typeof value === 'string' ? trimAll(value) : value.map(trimAll).join(',');
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: Uint8Array | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

export function signingKey(secret: string, scopeDate: string, region: string, service: string): Buffer {
  const kDate = hmac(`AWS4${secret}`, scopeDate);
  return hmac(hmac(hmac(kDate, region), service), 'aws4_request');
}

export function hmacHex(key: Uint8Array, data: string): string {
  return createHmac('sha256', key).update(data, 'utf8').digest('hex');
}

const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** `YYYYMMDD'T'HHMMSS'Z'`, rejecting impossible dates such as 20240230 that Date.UTC would roll over. */
export function parseAmzDate(text: string): Date | undefined {
  const m = AMZ_DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return formatAmzDate(date) === text ? date : undefined;
}

/** The `Date` header may carry either form; an HTTP-date must be an IMF-fixdate, to avoid lenient parsing. */
export function parseDateHeader(text: string): Date | undefined {
  const amz = parseAmzDate(text);
  if (amz) return amz;
  if (!IMF_FIXDATE.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

export function formatAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
