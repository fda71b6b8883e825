import { AwsV4Signer } from 'aws4fetch';
import { ApiError, looksExpired, parseErrorBody, SESSION_EXPIRED } from './errors.js';

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** ISO 8601; past it, the client renews before sending. */
  expiration?: string;
}

export interface ApiClientOptions {
  /** The API base, e.g. `http://127.0.0.1:7420/api` or `https://x.execute-api.us-east-1.amazonaws.com/prod`. */
  baseUrl: string;
  region: string;
  credentials: () => SigningCredentials | undefined;
  /**
   * Called when the credentials are missing, expired or refused as expired. Resolves true when fresh ones are
   * in place (the call is retried once), false when the user is being sent to sign in.
   */
  renew: () => Promise<boolean>;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  signal?: AbortSignal;
}

/** Every call signed with SigV4 for `execute-api`, as API Gateway's IAM authorizer wants. */
export class ApiClient {
  constructor(private readonly opts: ApiClientOptions) {}

  get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }
  post<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }
  put<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PUT', path, { ...options, body });
  }
  delete<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('DELETE', path, { ...options, body });
  }

  url(path: string, query?: RequestOptions['query']): string {
    const base = this.opts.baseUrl.replace(/\/+$/, '');
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) search.set(key, String(value));
    }
    const qs = search.toString();
    return `${base}${path}${qs ? `?${qs}` : ''}`;
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    let creds = this.opts.credentials();
    if (!creds || this.isPastExpiry(creds)) {
      if (!(await this.opts.renew())) throw expiredError();
      creds = this.opts.credentials();
      if (!creds) throw expiredError();
    }
    let response = await this.send(method, path, options, creds);
    if (response.status === 403 || response.status === 401) {
      const error = parseErrorBody(
        response.status,
        await response.text(),
        response.headers.get('x-amzn-ErrorType'),
      );
      if (!looksExpired(error) && !this.isPastExpiry(creds)) throw error;
      if (!(await this.opts.renew())) throw expiredError();
      const fresh = this.opts.credentials();
      if (!fresh) throw expiredError();
      response = await this.send(method, path, options, fresh);
    }
    const text = await response.text();
    if (!response.ok) throw parseErrorBody(response.status, text, response.headers.get('x-amzn-ErrorType'));
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      return text as T;
    }
  }

  private isPastExpiry(creds: SigningCredentials): boolean {
    if (!creds.expiration) return false;
    const at = Date.parse(creds.expiration);
    // A minute of margin: a request signed just before expiry can arrive just after it.
    return Number.isFinite(at) && at - 60_000 <= (this.opts.now?.() ?? Date.now());
  }

  private async send(
    method: string,
    path: string,
    options: RequestOptions,
    creds: SigningCredentials,
  ): Promise<Response> {
    const hasBody = options.body !== undefined && method !== 'GET';
    const body = hasBody ? JSON.stringify(options.body) : undefined;
    const signer = new AwsV4Signer({
      method,
      url: this.url(path, options.query),
      headers: hasBody ? { 'content-type': 'application/json' } : {},
      ...(body === undefined ? {} : { body }),
      accessKeyId: creds.accessKeyId,
      secretAccessKey: creds.secretAccessKey,
      ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}),
      service: 'execute-api',
      region: this.opts.region,
    });
    const signed = await signer.sign();
    const doFetch = this.opts.fetch ?? globalThis.fetch.bind(globalThis);
    return doFetch(signed.url.toString(), {
      method,
      headers: signed.headers,
      ...(body === undefined ? {} : { body }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }
}

function expiredError(): ApiError {
  return new ApiError(403, SESSION_EXPIRED, 'Your session has expired. Sign in again to continue.');
}
