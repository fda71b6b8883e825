// Test-only: signs requests with the AWS SDK's own signer, so the verifier is checked against real clients.
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SignedRequest, VerifyOptions } from './sigv4.js';

export const HOST = 'abc123.execute-api.us-east-1.amazonaws.com';
export const NOW = new Date('2024-05-01T12:00:00Z');
export const ACCESS_KEY_ID = 'AKIALOCALTEST0000001';
export const SECRET = 'L0calSecretKeyForTests-0123456789abcdefgh';

export type Query = Record<string, string | string[]>;

export interface Draft {
  method: string;
  /** As on the wire: already percent-encoded. */
  path: string;
  query?: Query;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface SignAs {
  accessKeyId?: string;
  secret?: string;
  sessionToken?: string;
  date?: Date;
  /** Presign (query auth) for this many seconds instead of signing headers. */
  presignFor?: number;
}

export function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** What an SDK HTTP handler puts on the wire for a query object. */
export function wireQuery(query: Query): string {
  return Object.entries(query)
    .flatMap(([key, value]) => [value].flat().map((v) => `${rfc3986(key)}=${rfc3986(v)}`))
    .join('&');
}

export async function sign(draft: Draft, as: SignAs = {}): Promise<SignedRequest> {
  const signer = new SignatureV4({
    service: 'execute-api',
    region: 'us-east-1',
    credentials: {
      accessKeyId: as.accessKeyId ?? ACCESS_KEY_ID,
      secretAccessKey: as.secret ?? SECRET,
      ...(as.sessionToken === undefined ? {} : { sessionToken: as.sessionToken }),
    },
    sha256: Sha256,
  });
  const request = {
    method: draft.method,
    protocol: 'https:',
    hostname: HOST,
    path: draft.path,
    query: draft.query ?? {},
    headers: { host: HOST, ...draft.headers },
    body: draft.body,
  };
  const signingDate = as.date ?? NOW;
  const signed =
    as.presignFor === undefined
      ? await signer.sign(request, { signingDate })
      : await signer.presign(request, { signingDate, expiresIn: as.presignFor });
  return {
    method: signed.method,
    path: signed.path,
    query: wireQuery((signed.query ?? {}) as Query),
    headers: { ...signed.headers },
    body: draft.body ?? '',
  };
}

export function options(overrides: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    service: 'execute-api',
    now: NOW,
    lookupSecret: async (id) =>
      id === ACCESS_KEY_ID ? { secretAccessKey: SECRET, principal: 'local-user' } : undefined,
    ...overrides,
  };
}
