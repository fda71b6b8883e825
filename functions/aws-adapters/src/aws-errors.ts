/**
 * SDK v3 errors carry the service's exception name in `name`. Matching on the name rather than `instanceof`
 * keeps working when two copies of a client package are installed, and with errors tests construct.
 */
export function isAwsError(err: unknown, ...names: string[]): boolean {
  return err instanceof Error && names.includes(err.name);
}

/** `Name: message`, for failure lists and wrapped errors. */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message ? `${err.name}: ${err.message}` : err.name;
  return String(err);
}

/** Splits `items` into consecutive slices of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
