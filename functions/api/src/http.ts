/** DLT v4's wire conventions: CORS headers on every answer, JSON bodies, errors as the string "CODE: message". */
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const CORS_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Origin, X-Requested-With, Content-Type, Accept',
});

/** What API Gateway's CORS preflight allows (DLT's `defaultCorsPreflightOptions`). */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Api-Key',
  'Access-Control-Allow-Methods': 'OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD',
});

/** API Gateway's payload limit; DLT never sees bigger bodies, so neither do the handlers here. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export const ID_PATTERN = /^[a-zA-Z0-9-]+$/;
export const ID_MAX_LENGTH = 128;

/**
 * An answer DLT would give as `ErrorException`: the body is `"CODE: message"`, or the bare message when DLT
 * has no code for it (malformed JSON).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string | undefined,
    message: string,
    readonly statusCode = 400,
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  override toString(): string {
    return this.code === undefined ? this.message : `${this.code}: ${this.message}`;
  }
}

export const notFound = (code: string, message: string) => new ApiError(code, message, 404);
export const conflict = (code: string, message: string) => new ApiError(code, message, 409);
export const invalidQuery = (message: string) => new ApiError('INVALID_QUERY_PARAMETER', message);
export const invalidPath = (message: string) => new ApiError('INVALID_PATH_PARAMETER', message);
export const invalidBody = (message: string) => new ApiError('INVALID_REQUEST_BODY', message);

export function json(
  statusCode: number,
  data: unknown,
  extra: Record<string, string> = {},
): APIGatewayProxyResult {
  return {
    statusCode,
    headers: { ...CORS_HEADERS, 'Content-Type': 'application/json', ...extra },
    body: JSON.stringify(data),
  };
}

/** A route answer the handler passes through as it is: a body that is not DLT's JSON, or JSON made already. */
export class RawResult {
  constructor(readonly result: APIGatewayProxyResult) {}
}

export function isRawResult(value: unknown): value is RawResult {
  return value instanceof RawResult;
}

/** Errors thrown by shared code (`ScenarioValidationError`) carry the same code/statusCode/toString shape. */
interface CodedError {
  code: string;
  statusCode: number;
  toString(): string;
}

function isCodedError(error: unknown): error is CodedError {
  return (
    error instanceof Error &&
    typeof (error as Partial<CodedError>).code === 'string' &&
    typeof (error as Partial<CodedError>).statusCode === 'number'
  );
}

export function errorResult(error: unknown): APIGatewayProxyResult | undefined {
  if (error instanceof ApiError) {
    const extra: Record<string, string> =
      error.retryAfter === undefined ? {} : { 'Retry-After': String(error.retryAfter) };
    return json(error.statusCode, error.toString(), extra);
  }
  if (isCodedError(error)) return json(error.statusCode, error.toString());
  return undefined;
}

/** Internal failures are logged, never echoed: SDK messages would leak table names and keys. */
export function internalError(): APIGatewayProxyResult {
  return json(500, 'InternalError: Internal server error');
}

export function rawBody(event: Pick<APIGatewayProxyEvent, 'body' | 'isBase64Encoded'>): string | null {
  if (event.body === null || event.body === undefined) return null;
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

export function bodyBytes(event: Pick<APIGatewayProxyEvent, 'body' | 'isBase64Encoded'>): number {
  if (!event.body) return 0;
  return event.isBase64Encoded
    ? Math.floor((event.body.length * 3) / 4)
    : Buffer.byteLength(event.body, 'utf8');
}

/** An absent or blank body reads as undefined; anything else must be JSON (DLT's 400 otherwise). */
export function parseJsonBody(event: Pick<APIGatewayProxyEvent, 'body' | 'isBase64Encoded'>): unknown {
  const text = rawBody(event);
  if (text === null || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(undefined, 'Invalid JSON in request body');
  }
}

export function idIssues(name: string, value: string): string[] {
  const issues: string[] = [];
  if (value.length < 1 || value.length > ID_MAX_LENGTH) {
    issues.push(`${name}: must be 1-${ID_MAX_LENGTH} characters`);
  }
  if (!ID_PATTERN.test(value)) issues.push(`${name}: must contain only alphanumeric characters and hyphens`);
  return issues;
}

/** Path parameters in DLT's order; the message lists every problem as `name: msg; name: msg`. */
export function checkPathParams(params: Record<string, string>): void {
  const issues = Object.entries(params).flatMap(([name, value]) => idIssues(name, value));
  if (issues.length > 0) throw invalidPath(issues.join('; '));
}

export type QueryRule = (value: string) => string | undefined;

export const booleanParam: QueryRule = (value) =>
  value === 'true' || value === 'false' ? undefined : 'Invalid option: expected one of "true"|"false"';

/**
 * DLT's query schemas are strict: an unknown parameter is an error, as is a known one with a bad value.
 * Returns the parameters that were sent.
 */
export function checkQuery(
  query: APIGatewayProxyEvent['queryStringParameters'],
  rules: Record<string, QueryRule>,
): Record<string, string> {
  const sent: Record<string, string> = {};
  const issues: string[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    const rule = Object.hasOwn(rules, name) ? rules[name] : undefined;
    if (!rule) {
      issues.push(`${name}: Unrecognized query parameter`);
      continue;
    }
    const problem = rule(value);
    if (problem) issues.push(`${name}: ${problem}`);
    else sent[name] = value;
  }
  if (issues.length > 0) throw invalidQuery(issues.join('; '));
  return sent;
}
