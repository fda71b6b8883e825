import type { z } from 'zod';

/** DLT's error shape: the API body is the JSON string `toString()` returns, i.e. `"CODE: message"`. */
export interface ScenarioError {
  code: string;
  message: string;
  statusCode: number;
  toString(): string;
}

export class ScenarioValidationError extends Error implements ScenarioError {
  override readonly name = 'ScenarioValidationError';
  readonly code: string;
  readonly statusCode: number;

  constructor(code: string, message: string, statusCode = 400) {
    super(message);
    this.code = code;
    this.statusCode = statusCode;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** Error codes DLT uses for the rules in this module (kept verbatim, including the odd ones). */
export const ErrorCodes = {
  invalidRequestBody: 'INVALID_REQUEST_BODY',
  invalidParameter: 'InvalidParameter',
  invalidRegionalStack: 'InvalidRegionalStack',
  incompatibleRegionalStacks: 'INCOMPATIBLE_REGIONAL_STACKS',
  // DLT really uses this sentence as the code of its cron errors.
  invalidCron: 'Invalid Linux cron expression',
} as const;

/**
 * Renders a zod path the way DLT does: the first segment bare (even an index), later indices as `[n]`
 * and later keys as `.key`; an empty path (the body itself is wrong) reads `value`.
 */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'value';
  let out = '';
  path.forEach((segment, index) => {
    if (index === 0) out = String(segment);
    else if (typeof segment === 'number') out += `[${segment}]`;
    else out += `.${String(segment)}`;
  });
  return out;
}

/**
 * `path.to[0].field: msg; other: msg` — every issue, in zod's order, joined with `; `. A bad record key (a
 * scenario name) is reported with the name rules it breaks rather than zod's bare "Invalid key in record",
 * which is what DLT shows; that is the one deliberate wording difference.
 */
export function formatZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>): string {
  return issues
    .flatMap((issue) => {
      const path = formatIssuePath(issue.path);
      if (issue.code === 'invalid_key' && issue.issues.length > 0) {
        return issue.issues.map((inner) => `${path}: ${inner.message}`);
      }
      return [`${path}: ${issue.message}`];
    })
    .join('; ');
}

export function requestBodyError(issues: ReadonlyArray<z.core.$ZodIssue>): ScenarioValidationError {
  return new ScenarioValidationError(ErrorCodes.invalidRequestBody, formatZodIssues(issues));
}

export function invalidParameter(message: string): ScenarioValidationError {
  return new ScenarioValidationError(ErrorCodes.invalidParameter, message);
}
