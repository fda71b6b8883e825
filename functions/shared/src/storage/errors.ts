/** `next_token` that this store did not hand out (DLT answers 400). */
export class InvalidNextTokenError extends Error {
  override readonly name = 'InvalidNextTokenError';
  constructor(reason: string) {
    super(`Invalid next_token: ${reason}`);
  }
}

/** A time filter or timestamp that is not ISO 8601 (or not a real calendar instant). */
export class InvalidTimestampError extends Error {
  override readonly name = 'InvalidTimestampError';
  constructor(readonly value: string) {
    super(`Invalid timestamp "${value}": expected ISO 8601, e.g. 2025-01-31T13:45:00Z`);
  }
}

/** A presigned upload whose declared length is over the allowed size. */
export class ObjectTooLargeError extends RangeError {
  override readonly name = 'ObjectTooLargeError';
  constructor(
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`Object of ${size} bytes exceeds the limit of ${maxBytes} bytes`);
  }
}

/** True for the SDK error DynamoDB returns when a ConditionExpression fails. */
export function isConditionalCheckFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
