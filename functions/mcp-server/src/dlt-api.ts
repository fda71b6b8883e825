import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The AWS SDK's provider shape (e.g. `fromNodeProviderChain()`), or fixed keys. */
export type CredentialSource = AwsCredentials | (() => Promise<AwsCredentials>);

export interface DltApiOptions {
  /** The API base URL, e.g. http://127.0.0.1:7420/api or https://abc.execute-api.eu-west-1.amazonaws.com/prod. */
  endpoint: string;
  /** SigV4 signing region. */
  region: string;
  credentials: CredentialSource;
  fetch?: typeof fetch;
  /** Per request; default 30 s. */
  timeoutMs?: number;
}

/** An answer of the API other than 2xx; `code` is DLT's error code (e.g. TEST_NOT_FOUND) or `HTTP_<status>`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request never got an answer: network, timeout, credentials, or a body that is not JSON. */
export class ApiUnreachableError extends Error {
  override readonly name = 'ApiUnreachableError';
}

export type Query = Record<string, string | number | boolean | undefined>;

const DLT_ERROR = /^([A-Za-z][A-Za-z0-9_]*): ([\s\S]*)$/;

/** DLT's errors are a JSON string "CODE: message"; API Gateway's own are `{message}`. */
export function parseApiError(status: number, text: string): ApiError {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // A proxy's HTML page or plain text: its first line is the best message there is.
  }
  if (typeof body === 'string') {
    const m = DLT_ERROR.exec(body);
    if (m?.[1] !== undefined && m[2] !== undefined) return new ApiError(status, m[1], m[2]);
    return new ApiError(status, `HTTP_${status}`, body.split('\n')[0]?.slice(0, 500) || `HTTP ${status}`);
  }
  const message = (body as { message?: unknown } | null)?.message;
  return new ApiError(status, `HTTP_${status}`, typeof message === 'string' ? message : `HTTP ${status}`);
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

/**
 * SigV4-signed JSON calls (service execute-api) to a DLT-compatible REST API: the MCP server's only way to the
 * product. Nothing is retried, because a repeated POST /scenarios would start a second run.
 */
export class DltApi {
  readonly endpoint: string;
  private readonly signer: SignatureV4;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(opts: DltApiOptions) {
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

  async request<T = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    opts: { query?: Query | undefined; body?: unknown } = {},
  ): Promise<T> {
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
      throw new ApiUnreachableError(
        `no AWS credentials to sign the request with: ${(error as Error).message}`,
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
      throw new ApiUnreachableError(`cannot reach the DLT API at ${this.endpoint}: ${networkCause(error)}`);
    }
    const text = await res.text();
    if (!res.ok) throw parseApiError(res.status, text);
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiUnreachableError(
        `the API at ${this.endpoint} answered ${method} ${path} with something other than JSON`,
      );
    }
  }
}
