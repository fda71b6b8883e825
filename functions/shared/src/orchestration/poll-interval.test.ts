import { describe, expect, it } from 'vitest';
import {
  HISTORY_EVENT_BUDGET,
  HISTORY_EVENT_LIMIT,
  MIN_POLL_SECONDS,
  pollIntervalSeconds,
  worstCaseRegionHistoryEvents,
} from './poll-interval.js';

describe('pollIntervalSeconds', () => {
  it('keeps a 24 h test well under the history limit', () => {
    const duration = 86_400;
    const interval = pollIntervalSeconds(duration);
    expect(interval).toBe(40);
    const events = worstCaseRegionHistoryEvents(duration, interval);
    expect(events).toBeLessThanOrEqual(HISTORY_EVENT_BUDGET);
    expect(events).toBeLessThan(HISTORY_EVENT_LIMIT);
  });

  it('stays within budget for every duration from 0 to 7 days', () => {
    for (let d = 0; d <= 7 * 86_400; d += 997) {
      expect(worstCaseRegionHistoryEvents(d, pollIntervalSeconds(d))).toBeLessThanOrEqual(
        HISTORY_EVENT_BUDGET,
      );
    }
  });

  it('never polls more often than the floor', () => {
    expect(pollIntervalSeconds(0)).toBe(MIN_POLL_SECONDS);
    expect(pollIntervalSeconds(60)).toBe(MIN_POLL_SECONDS);
  });

  it('rejects nonsense durations', () => {
    expect(() => pollIntervalSeconds(-1)).toThrow(RangeError);
    expect(() => pollIntervalSeconds(Number.NaN)).toThrow(RangeError);
  });
});
