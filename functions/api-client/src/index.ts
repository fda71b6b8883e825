import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The AWS SDK's provider shape (e.g. `fromNodeProviderChain()`), or fixed keys. */
export type CredentialSource = AwsCredentials | (() => Promise<AwsCredentials>);

export interface SignedApiClientOptions {
  /** The API base URL, e.g. http://127.0.0.1:7420/api or https://abc.execute-api.eu-west-1.amazonaws.com/prod. */
  endpoint: string;
  /** SigV4 signing region. */
  region: string;
  credentials: CredentialSource;
  fetch?: typeof fetch;
  /** Per request; default 30 s. */
  timeoutMs?: number;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  query?: Query | undefined;
  body?: unknown;
}

/** An answer of the API other than 2xx. `code` is DLT's error code, or the gateway's error type, or `HTTP_<status>`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** DLT's `TEST_NOT_FOUND` and `TESTRUN_NOT_FOUND`; a 404 from a wrong URL is not one of them. */
  get isNotFound(): boolean {
    return this.status === 404 && this.code.endsWith('_NOT_FOUND');
  }
}

/** Why a request got no usable answer. */
export type UnreachableReason = 'credentials' | 'network' | 'not-json';

/** The request never got a usable answer: no credentials to sign with, no connection or timeout, or not JSON. */
export class ApiUnreachableError extends Error {
  override readonly name = 'ApiUnreachableError';
  constructor(
    readonly reason: UnreachableReason,
    message: string,
    /** The underlying cause in a few words (e.g. `ECONNREFUSED`, `timed out`). */
    readonly detail = '',
  ) {
    super(message);
  }
}

const DLT_ERROR = /^([A-Za-z][A-Za-z0-9_]*): ([\s\S]*)$/;

/**
 * DLT's errors are a JSON string "CODE: message" (a few have no code); API Gateway's own (403, 413…) are
 * `{message}` with the type in `x-amzn-ErrorType`.
 */
export function parseApiError(status: number, text: string, errorType?: string | null): ApiError {
  const fallback = errorType?.split(':')[0]?.trim() || `HTTP_${status}`;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: a proxy's HTML page or plain text; its first line is the best message there is.
  }
  if (typeof body === 'string') {
    const m = DLT_ERROR.exec(body);
    return m?.[1] !== undefined && m[2] !== undefined
      ? new ApiError(status, m[1], m[2])
      : new ApiError(status, fallback, body.split('\n')[0]?.slice(0, 500) || `HTTP ${status}`);
  }
  const message = (body as { message?: unknown } | null)?.message;
  return new ApiError(status, fallback, typeof message === 'string' ? message : `HTTP ${status}`);
}

function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function networkCause(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return 'timed out';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** SigV4-signed JSON calls. Nothing is retried: a repeated POST /scenarios would start a second run. */
export class SignedApiClient {
  readonly endpoint: string;
  private readonly signer: SignatureV4;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(opts: SignedApiClientOptions) {
    this.endpoint = opts.endpoint.replace(/\/+$/, '');
    this.signer = new SignatureV4({
      service: 'execute-api',
      region: opts.region,
      credentials: opts.credentials,
      sha256: Sha256,
    });
    this.fetchImpl = opts.fetch ?? fetch;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
  }

  get<T = unknown>(path: string, query?: Query): Promise<T> {
    return this.request<T>('GET', path, { query });
  }

  async request<T = unknown>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
    const target = new URL(this.endpoint + path);
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) query[k] = String(v);
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    let signed: Awaited<ReturnType<SignatureV4['sign']>>;
    try {
      signed = await this.signer.sign({
        method,
        protocol: target.protocol,
        hostname: target.hostname,
        ...(target.port ? { port: Number(target.port) } : {}),
        path: target.pathname,
        query,
        headers: {
          host: target.host,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body,
      });
    } catch (error) {
      // The credential chain found nothing (or a profile is broken): say so rather than "signing failed".
      const detail = (error as Error).message;
      throw new ApiUnreachableError(
        'credentials',
        `no AWS credentials to sign the request with: ${detail}`,
        detail,
      );
    }
    // The wire query must be encoded exactly as the signer canonicalised it.
    const wire = Object.entries(query)
      .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
      .join('&');
    const { host: _host, ...headers } = signed.headers;
    let res: Response;
    try {
      res = await this.fetchImpl(`${target.origin}${target.pathname}${wire ? `?${wire}` : ''}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const detail = networkCause(error);
      throw new ApiUnreachableError('network', `cannot reach the API at ${this.endpoint}: ${detail}`, detail);
    }
    const text = await res.text();
    if (!res.ok) throw parseApiError(res.status, text, res.headers.get('x-amzn-errortype'));
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiUnreachableError(
        'not-json',
        `the API at ${this.endpoint} answered ${method} ${path} with something other than JSON`,
      );
    }
  }
}
