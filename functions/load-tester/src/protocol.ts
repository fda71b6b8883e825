/** The worker's stdout protocol: one JSON object per line (see README.md). */
export function line(obj: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(obj)}\n`);
}

/** Prints the reason on stderr and as an `error` line, then exits with `code`. */
export function fail(message: string, code = 2): never {
  process.stderr.write(`dlt-load-tester: ${message}\n`);
  line({ type: 'error', message });
  process.exit(code);
}

/** A diagnostic that is not fatal (stderr only, so the stdout protocol stays machine-readable). */
export function warn(message: string): void {
  process.stderr.write(`dlt-load-tester: ${message}\n`);
}
