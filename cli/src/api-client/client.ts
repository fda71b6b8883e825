import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { ApiConfig } from './config.js';
import { ClientError } from './credentials.js';

/** An answer of the API other than 2xx. `code` is DLT's error code, or the gateway's error type. */
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

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
}

export interface ApiClientOptions extends ApiConfig {
  fetch?: typeof fetch;
  timeoutMs?: number;
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
  if (
    body !== null &&
    typeof body === 'object' &&
    typeof (body as { message?: unknown }).message === 'string'
  ) {
    return new ApiError(status, fallback, (body as { message: string }).message);
  }
  return new ApiError(status, fallback, `HTTP ${status}`);
}

function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (error instanceof Error && error.name === 'TimeoutError') return 'timed out';
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** SigV4-signed JSON calls to a DLT-compatible API. Nothing is retried: a repeated POST would start a second run. */
export class ApiClient {
  readonly endpoint: string;
  private readonly signer: SignatureV4;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(opts: ApiClientOptions) {
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

  async request<T = unknown>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
    const target = new URL(this.endpoint + path);
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) query[k] = String(v);
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const signed = await this.signer.sign({
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
      throw new ClientError(
        `cannot reach the API at ${this.endpoint}${this.localHint}: ${describeNetworkError(error)}`,
      );
    }
    const text = await res.text();
    if (!res.ok) throw this.withHint(parseApiError(res.status, text, res.headers.get('x-amzn-errortype')));
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      // Often a web page: the console or a proxy at an endpoint without the API's path prefix.
      throw new ClientError(
        `the API at ${this.endpoint} answered ${method} ${path} with non-JSON (is ${this.endpoint} the API ` +
          'base URL, e.g. http://127.0.0.1:7420/api?)',
      );
    }
  }

  /** Only a loopback endpoint can be local mode; for a deployed stack the hint would mislead. */
  private get localHint(): string {
    const host = new URL(this.endpoint).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? ' (is `dlt local up` running?)' : '';
  }

  private withHint(error: ApiError): ApiError {
    // A bare 404 means the path missed the API entirely, most often an endpoint without its /api prefix.
    if (error.status === 404 && !error.isNotFound) {
      return new ApiError(
        404,
        error.code,
        `${error.message} (is ${this.endpoint} the API base URL, e.g. http://127.0.0.1:7420/api?)`,
      );
    }
    return error;
  }
}
