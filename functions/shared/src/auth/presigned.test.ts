import { createHash, createHmac } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import {
  type PresignedUrlRequest,
  type PresignedVerifyOptions,
  presignSigV4Url,
  verifyPresignedUrl,
} from './presigned.js';
import { SIGV4_MESSAGES } from './sigv4.js';
import { wireQuery } from './test-support.js';

const SERVICE = 'iotdevicegateway';
const REGION = 'us-east-1';
const HOST = 'example-ats.iot.us-east-1.amazonaws.com';
const NOW = new Date('2024-05-01T12:00:00Z');
const KEY = 'AKIALOCALTEST0000001';
const SECRET = 'L0calSecretKeyForTests-0123456789abcdefgh';
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

function options(overrides: Partial<PresignedVerifyOptions> = {}): PresignedVerifyOptions {
  return {
    service: SERVICE,
    region: REGION,
    now: NOW,
    lookupSecret: async (id) =>
      id === KEY ? { secretAccessKey: SECRET, principal: 'local-user' } : undefined,
    ...overrides,
  };
}

function requestFor(url: string, host = new URL(url).host): PresignedUrlRequest {
  const u = new URL(url);
  // The raw query as it went on the wire, not URL's re-serialised form.
  const raw = url.slice(url.indexOf('?') + 1);
  return { method: 'GET', path: u.pathname, query: u.search === '' ? '' : raw, headers: { host } };
}

async function denied(req: PresignedUrlRequest, opts = options()): Promise<string> {
  const result = await verifyPresignedUrl(req, opts);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.status).toBe(403);
  return result.message;
}

/** The AWS SDK's own presigner, which always adds X-Amz-Expires. */
async function smithyPresign(
  opts: { date?: Date; expiresIn?: number; secret?: string; sessionToken?: string; host?: string } = {},
) {
  const signer = new SignatureV4({
    service: SERVICE,
    region: REGION,
    credentials: {
      accessKeyId: KEY,
      secretAccessKey: opts.secret ?? SECRET,
      ...(opts.sessionToken === undefined ? {} : { sessionToken: opts.sessionToken }),
    },
    sha256: Sha256,
  });
  const host = opts.host ?? HOST;
  const signed = await signer.presign(
    { method: 'GET', protocol: 'wss:', hostname: host, path: '/mqtt', query: {}, headers: { host } },
    { signingDate: opts.date ?? NOW, expiresIn: opts.expiresIn ?? 300 },
  );
  return `wss://${host}/mqtt?${wireQuery(signed.query as Record<string, string>)}`;
}

/**
 * An IoT-style URL (no X-Amz-Expires) signed the way the IoT developer guide spells it out step by step, with
 * a literal canonical request, so the verifier is not checked against its own canonicalisation.
 */
function handSigned(opts: { token?: string; tokenSigned?: boolean } = {}): string {
  const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  const credential = `${KEY}%2F20240501%2Fus-east-1%2Fiotdevicegateway%2Faws4_request`;
  const token = opts.token === undefined ? '' : `&X-Amz-Security-Token=${encodeURIComponent(opts.token)}`;
  // Already in canonical (sorted) order: Security-Token sorts before SignedHeaders.
  const query =
    `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${credential}&X-Amz-Date=20240501T120000Z` +
    `${opts.tokenSigned ? token : ''}&X-Amz-SignedHeaders=host`;
  const canonical = `GET\n/mqtt\n${query}\nhost:${HOST}\n\nhost\n${createHash('sha256').update('').digest('hex')}`;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    '20240501T120000Z',
    '20240501/us-east-1/iotdevicegateway/aws4_request',
    createHash('sha256').update(canonical).digest('hex'),
  ].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${SECRET}`, '20240501'), REGION), SERVICE), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return `wss://${HOST}/mqtt?${query}&X-Amz-Signature=${signature}${opts.tokenSigned ? '' : token}`;
}

describe('verifyPresignedUrl accepts what real signers produce', () => {
  it('an IoT-style URL without X-Amz-Expires', async () => {
    const result = await verifyPresignedUrl(requestFor(handSigned()), options());
    expect(result).toEqual({ ok: true, accessKeyId: KEY, principal: 'local-user', region: REGION });
  });

  it('a session token signed in the query (Amplify) or appended after signing (IoT guide)', async () => {
    const withToken = options({
      lookupSecret: async () => ({ secretAccessKey: SECRET, principal: 'p', sessionToken: 'tok/en+=' }),
    });
    for (const tokenSigned of [true, false]) {
      const url = handSigned({ token: 'tok/en+=', tokenSigned });
      expect((await verifyPresignedUrl(requestFor(url), withToken)).ok).toBe(true);
    }
  });

  it('@smithy/signature-v4 presigned URLs, with and without a session token', async () => {
    expect((await verifyPresignedUrl(requestFor(await smithyPresign()), options())).ok).toBe(true);
    const tokenOpts = options({
      lookupSecret: async () => ({ secretAccessKey: SECRET, principal: 'p', sessionToken: 'FwoG+a/b=' }),
    });
    const url = await smithyPresign({ sessionToken: 'FwoG+a/b=' });
    expect((await verifyPresignedUrl(requestFor(url), tokenOpts)).ok).toBe(true);
  });

  it('a host with a port, as a local broker on 127.0.0.1 sees it', async () => {
    const url = await smithyPresign({ host: '127.0.0.1:41234' });
    expect(url).toContain('127.0.0.1:41234');
    expect((await verifyPresignedUrl(requestFor(url), options())).ok).toBe(true);
  });
});

describe('presignSigV4Url', () => {
  it('produces the same signature as @smithy/signature-v4', async () => {
    const ours = presignSigV4Url({
      url: `wss://${HOST}/mqtt`,
      service: SERVICE,
      region: REGION,
      credentials: { accessKeyId: KEY, secretAccessKey: SECRET, sessionToken: 'tok/en+=' },
      now: NOW,
      expiresS: 300,
    });
    const theirs = await smithyPresign({ sessionToken: 'tok/en+=' });
    const signature = (url: string) => new URL(url).searchParams.get('X-Amz-Signature');
    expect(signature(ours)).toMatch(/^[0-9a-f]{64}$/);
    expect(signature(ours)).toBe(signature(theirs));
  });

  it('matches the hand-signed IoT form, and its URLs verify', async () => {
    const url = presignSigV4Url({
      url: `wss://${HOST}/mqtt`,
      service: SERVICE,
      region: REGION,
      credentials: { accessKeyId: KEY, secretAccessKey: SECRET },
      now: NOW,
    });
    expect(url).toBe(handSigned());
    expect(new URL(url).searchParams.has('X-Amz-Expires')).toBe(false);
    expect((await verifyPresignedUrl(requestFor(url), options())).ok).toBe(true);
  });

  it('keeps and signs query parameters already on the URL', async () => {
    const url = presignSigV4Url({
      url: 'ws://127.0.0.1:9/mqtt?clientId=a%20b',
      service: SERVICE,
      region: REGION,
      credentials: { accessKeyId: KEY, secretAccessKey: SECRET },
      now: NOW,
    });
    expect(url.startsWith('ws://127.0.0.1:9/mqtt?clientId=a%20b&X-Amz-Algorithm=')).toBe(true);
    expect((await verifyPresignedUrl(requestFor(url), options())).ok).toBe(true);
    const tampered = url.replace('clientId=a%20b', 'clientId=other');
    expect(await denied(requestFor(tampered))).toBe(SIGV4_MESSAGES.mismatch);
  });
});

describe('verifyPresignedUrl refuses', () => {
  it('a URL without a signature', async () => {
    expect(await denied(requestFor(`wss://${HOST}/mqtt`))).toBe(SIGV4_MESSAGES.missing);
    expect(await denied(requestFor(`wss://${HOST}/mqtt?clientId=x`))).toBe(SIGV4_MESSAGES.missing);
  });

  it('a URL with only some of the parameters', async () => {
    const url = handSigned().replace(/&X-Amz-SignedHeaders=host/, '');
    expect(await denied(requestFor(url))).toContain("'X-Amz-SignedHeaders'");
  });

  it('a URL signed with another secret', async () => {
    const url = await smithyPresign({ secret: 'another-secret-entirely-0123456789abcd' });
    expect(await denied(requestFor(url))).toBe(SIGV4_MESSAGES.mismatch);
  });

  it('an unknown access key', async () => {
    const opts = options({ lookupSecret: async () => undefined });
    expect(await denied(requestFor(handSigned()), opts)).toBe(SIGV4_MESSAGES.unknownKey);
  });

  it('a date outside the 15-minute window, either way', async () => {
    const url = requestFor(handSigned());
    expect((await verifyPresignedUrl(url, options({ now: minutes(14) }))).ok).toBe(true);
    expect(await denied(url, options({ now: minutes(16) }))).toContain('Signature expired');
    expect(await denied(url, options({ now: minutes(-16) }))).toContain('not yet current');
  });

  it('a URL past a short X-Amz-Expires, and a long X-Amz-Expires does not stretch the window', async () => {
    const short = requestFor(await smithyPresign({ expiresIn: 60 }));
    expect((await verifyPresignedUrl(short, options({ now: minutes(0.5) }))).ok).toBe(true);
    expect(await denied(short, options({ now: minutes(2) }))).toContain('Signature expired');
    const long = requestFor(await smithyPresign({ expiresIn: 3600 }));
    expect(await denied(long, options({ now: minutes(30) }))).toContain('Signature expired');
  });

  it('a token the key does not have, a wrong token, and a missing token', async () => {
    const tokenless = requestFor(handSigned({ token: 'T', tokenSigned: true }));
    expect(await denied(tokenless)).toBe(SIGV4_MESSAGES.unknownKey);
    const needsToken = (sessionToken: string) =>
      options({ lookupSecret: async () => ({ secretAccessKey: SECRET, principal: 'p', sessionToken }) });
    expect(await denied(tokenless, needsToken('other'))).toBe(SIGV4_MESSAGES.unknownKey);
    expect(await denied(requestFor(handSigned()), needsToken('T'))).toBe(SIGV4_MESSAGES.unknownKey);
  });

  it('another host than the one signed, or no host header', async () => {
    const url = handSigned();
    expect(await denied(requestFor(url, 'evil.example.com'))).toBe(SIGV4_MESSAGES.mismatch);
    const noHost = { ...requestFor(url), headers: {} };
    expect(await denied(noHost)).toContain("'host' is not present");
  });

  it('another service or region in the credential scope', async () => {
    expect(await denied(requestFor(handSigned()), options({ service: 'execute-api' }))).toContain(
      'correct service',
    );
    expect(await denied(requestFor(handSigned()), options({ region: 'eu-west-1' }))).toContain(
      'valid region',
    );
  });

  it('a repeated parameter and an upper-case signature', async () => {
    const url = handSigned();
    expect(await denied(requestFor(`${url}&X-Amz-Date=20240501T120000Z`))).toContain('repeated');
    const upper = url.replace(
      /X-Amz-Signature=([0-9a-f]+)/,
      (_, s: string) => `X-Amz-Signature=${s.toUpperCase()}`,
    );
    expect(await denied(requestFor(upper))).toContain('lower-case');
  });
});
