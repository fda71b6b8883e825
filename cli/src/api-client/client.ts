import {
  ApiError,
  ApiUnreachableError,
  type Method,
  type RequestOptions,
  SignedApiClient,
} from '@dlt/api-client';
import type { ApiConfig } from './config.js';
import { ClientError } from './credentials.js';

export { ApiError, type Method, parseApiError, type Query, type RequestOptions } from '@dlt/api-client';

export interface ApiClientOptions extends ApiConfig {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * The shared signed client (@dlt/api-client) with the CLI's messages: failures without an answer become a
 * ClientError (exit 2, one line), and the common local-mode mistakes get a hint.
 */
export class ApiClient extends SignedApiClient {
  override async request<T = unknown>(method: Method, path: string, opts: RequestOptions = {}): Promise<T> {
    try {
      return await super.request<T>(method, path, opts);
    } catch (error) {
      if (error instanceof ApiError) throw this.withHint(error);
      if (!(error instanceof ApiUnreachableError)) throw error;
      if (error.reason === 'network') {
        throw new ClientError(`cannot reach the API at ${this.endpoint}${this.localHint}: ${error.detail}`);
      }
      if (error.reason === 'not-json') {
        // Often a web page: the console or a proxy at an endpoint without the API's path prefix.
        throw new ClientError(
          `the API at ${this.endpoint} answered ${method} ${path} with non-JSON (is ${this.endpoint} the API ` +
            'base URL, e.g. http://127.0.0.1:7420/api?)',
        );
      }
      // The CLI's credential sources already say what is missing and how to set it up.
      throw new ClientError(error.detail || error.message);
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
