// Test-only: sends requests signed by the AWS SDK's own signer, as any SigV4 client of the local API would.
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

export interface SignedFetchOptions {
  method?: string;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  /** With a sessionToken, the signer sends and signs X-Amz-Security-Token, as for STS credentials. */
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region?: string;
  date?: Date;
}

function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The URL and fetch() init of a signed request, so a test can also tamper with it. */
export async function signRequest(
  url: string,
  opts: SignedFetchOptions,
): Promise<{ url: string; init: RequestInit & { headers: Record<string, string> } }> {
  const target = new URL(url);
  const query: Record<string, string[]> = {};
  for (const [k, v] of target.searchParams) query[k] = [...(query[k] ?? []), v];
  const signer = new SignatureV4({
    service: 'execute-api',
    region: opts.region ?? 'us-east-1',
    credentials: opts.credentials,
    sha256: Sha256,
  });
  const signed = await signer.sign(
    {
      method: opts.method ?? 'GET',
      protocol: target.protocol,
      hostname: target.hostname,
      ...(target.port ? { port: Number(target.port) } : {}),
      path: target.pathname,
      query,
      headers: { host: target.host, ...opts.headers },
      body: opts.body,
    },
    { signingDate: opts.date ?? new Date() },
  );
  const wire = Object.entries(signed.query ?? {})
    .flatMap(([k, v]) => [v ?? ''].flat().map((one) => `${rfc3986(k)}=${rfc3986(one)}`))
    .join('&');
  const { host: _host, ...headers } = signed.headers;
  return {
    url: `${target.origin}${target.pathname}${wire ? `?${wire}` : ''}`,
    init: { method: signed.method, headers, ...(opts.body === undefined ? {} : { body: opts.body }) },
  };
}

export async function signedFetch(url: string, opts: SignedFetchOptions): Promise<Response> {
  const signed = await signRequest(url, opts);
  return fetch(signed.url, signed.init);
}
