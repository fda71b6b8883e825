import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockingStatuses,
  canTransition,
  isTerminalStatus,
  TERMINAL_STATUSES,
  TEST_STATUSES,
} from './status.js';

describe('canTransition', () => {
  it('never lets a terminal status change, not even to itself', () => {
    for (const from of TERMINAL_STATUSES) {
      for (const to of TEST_STATUSES) expect(canTransition(from, to)).toBe(false);
    }
  });

  it('lets only cancelled replace cancelling (re-sending cancelling is not a replacement)', () => {
    const allowed = TEST_STATUSES.filter((to) => canTransition('cancelling', to));
    expect(allowed.sort()).toEqual(['cancelled', 'cancelling']);
  });

  it('lets every other status move anywhere, and a row without a status take any status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEST_STATUSES), fc.constantFrom(...TEST_STATUSES), (from, to) => {
        if (isTerminalStatus(from) || from === 'cancelling') return;
        expect(canTransition(from, to)).toBe(true);
      }),
    );
    for (const to of TEST_STATUSES) expect(canTransition(undefined, to)).toBe(true);
  });

  it('blockingStatuses is exactly the complement, for every target', () => {
    for (const to of TEST_STATUSES) {
      for (const from of TEST_STATUSES) {
        expect(blockingStatuses(to).includes(from)).toBe(!canTransition(from, to));
      }
    }
  });
});
