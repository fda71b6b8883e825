/**
 * DLT's error bodies: a JSON string `"CODE: message"` from the API, or `{ "message": … }` from API Gateway (and
 * the local host) when the signature is refused. Both become an ApiError with the code split off.
 */
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

/** The code raised when credentials expired and could not be renewed; the user is being sent to sign in. */
export const SESSION_EXPIRED = 'SESSION_EXPIRED';

const CODE_PREFIX = /^([A-Za-z][A-Za-z0-9_ ]{1,60}?):\s+([\s\S]+)$/;

export function parseErrorBody(status: number, text: string, errorType?: string | null): ApiError {
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // A plain-text body (or none) is shown as it is.
  }
  let message: string;
  if (typeof body === 'string') message = body;
  else if (body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string')
    message = (body as { message: string }).message;
  else message = text || `The request failed with HTTP ${status}.`;
  const m = CODE_PREFIX.exec(message);
  // Codes are one token (TEST_NOT_FOUND, InvalidParameter) or DLT's one sentence-as-code for cron errors.
  if (m && (!m[1]!.includes(' ') || m[1] === 'Invalid Linux cron expression')) {
    return new ApiError(status, m[1]!, m[2]!);
  }
  return new ApiError(status, errorType ?? `HTTP_${status}`, message);
}

/** Messages AWS (and the local verifier) give for credentials that are past their time. */
const EXPIRED_PATTERNS = [/expired/i, /signature.*stale/i, /ExpiredToken/i, /security token.*invalid/i];

export function looksExpired(error: ApiError): boolean {
  if (error.status !== 403 && error.status !== 401) return false;
  return EXPIRED_PATTERNS.some((p) => p.test(error.message) || p.test(error.code));
}

/** A sentence for the user, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError)
    return error.code.startsWith('HTTP_') ? error.message : `${error.message} (${error.code})`;
  if (error instanceof Error) return error.message;
  return String(error);
}
