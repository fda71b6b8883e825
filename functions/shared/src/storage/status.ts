/** Every status a scenario row or a run row can hold (DLT v4 `test-execution.ts` lifecycle). */
export const TEST_STATUSES = [
  'created',
  'scheduled',
  'queued',
  'provisioning',
  'running',
  'parsing results',
  'cleaning up',
  'cancelling',
  'cancelled',
  'complete',
  'failed',
] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

export const TERMINAL_STATUSES = ['complete', 'failed', 'cancelled'] as const satisfies readonly TestStatus[];
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

export function isTestStatus(value: unknown): value is TestStatus {
  return typeof value === 'string' && (TEST_STATUSES as readonly string[]).includes(value);
}

export function isTerminalStatus(status: unknown): status is TerminalStatus {
  return typeof status === 'string' && (TERMINAL_STATUSES as readonly string[]).includes(status);
}

/**
 * The orchestration writers' rule: a terminal status is final, and once a cancel is under way only its
 * conclusion (`cancelled`) may replace it, so a late "complete" or "failed" from a region being torn down
 * cannot hide the cancel. Re-sending `cancelling` is allowed because the API and the canceler both write it.
 * A row without a status (or with a status this code does not know) accepts anything.
 *
 * Starting a new run of a finished scenario is not a transition: the API rewrites the row with `put`.
 */
export function canTransition(from: string | undefined, to: TestStatus): boolean {
  if (isTerminalStatus(from)) return false;
  if (from === 'cancelling') return to === 'cancelled' || to === 'cancelling';
  return true;
}

/** The statuses a row may be in for a write of `to` to go through: the condition `canTransition` states. */
export function blockingStatuses(to: TestStatus): TestStatus[] {
  return TEST_STATUSES.filter((from) => !canTransition(from, to));
}
