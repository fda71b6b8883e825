// Step Functions stops a standard execution at 25,000 history events. The completion poll is the only part of a run
// whose event count grows with the test duration, so its interval is derived from that limit.
//
// Each region polls inside its own child execution (the run Map is a DISTRIBUTED Map), so the budget is per region
// and does not shrink with the number of regions. One poll iteration costs:
//   Wait   : WaitStateEntered + WaitStateExited                                         = 2
//   Task   : TaskStateEntered + LambdaFunctionScheduled + Started + Succeeded + TaskStateExited = 5
//   Choice : ChoiceStateEntered + ChoiceStateExited                                       = 2
//                                                                                        = 9 events
// Around the loop the child execution spends ExecutionStarted/Succeeded, the start-signal Task (5) and the closing
// Pass (2): 9 events, rounded up to FIXED_REGION_EVENTS. We aim at 80 % of the limit (20,000), leaving room for
// Lambda retries (each adds ~4 events) and for the status checker's first poll landing a little late.
// Max polls = floor((20,000 - 10) / 9) = 2,221. The first poll follows the start signal without a Wait, and the
// status checker reports a timeout at duration + grace, so waits = ceil((duration + grace) / interval) must stay
// <= 2,220: interval = ceil((duration + grace) / 2,220). For 24 h: ceil(86,700 / 2,220) = 40 s, i.e. 2,168 waits
// + 1 first poll = 2,169 polls x 9 + 10 = 19,531 events.

export const HISTORY_EVENT_LIMIT = 25_000;
export const HISTORY_EVENT_BUDGET = 20_000;
export const EVENTS_PER_POLL = 9;
export const FIXED_REGION_EVENTS = 10;
/** Added to the test duration before the status checker declares a timeout (DLT uses the same 300 s). */
export const COMPLETION_GRACE_SECONDS = 300;
/** Short tests still poll at most this often: Lambda invocations are not free and results are not that urgent. */
export const MIN_POLL_SECONDS = 10;

const MAX_WAITS = Math.floor((HISTORY_EVENT_BUDGET - FIXED_REGION_EVENTS) / EVENTS_PER_POLL) - 1;

/**
 * Seconds between completion polls for a test of `testDurationSec`. No upper clamp (unlike DLT's 60 s): past ~37 h
 * a clamp would break the budget, and a slower poll only delays noticing completion.
 */
export function pollIntervalSeconds(testDurationSec: number): number {
  if (!Number.isFinite(testDurationSec) || testDurationSec < 0) {
    throw new RangeError(`testDurationSec must be a non-negative number, got ${testDurationSec}`);
  }
  return Math.max(MIN_POLL_SECONDS, Math.ceil((testDurationSec + COMPLETION_GRACE_SECONDS) / MAX_WAITS));
}

/**
 * Worst-case history events of one region's child execution: polls until the deadline, with the first poll
 * immediately after the start signal and a Wait before each later one.
 */
export function worstCaseRegionHistoryEvents(testDurationSec: number, intervalSec: number): number {
  const polls = Math.ceil((testDurationSec + COMPLETION_GRACE_SECONDS) / intervalSec) + 1;
  return FIXED_REGION_EVENTS + polls * EVENTS_PER_POLL;
}
