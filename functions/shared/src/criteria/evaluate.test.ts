import { describe, expect, it } from 'vitest';
import { evaluateCriteria } from './evaluate.js';
import { parseCriterion } from './parse.js';
import { fakeSource, secondsWithLatency } from './test-support.js';
import type { CriteriaSource, CriterionOutcome } from './types.js';

function evaluateOne(text: string, source: CriteriaSource): CriterionOutcome {
  const { outcomes } = evaluateCriteria([parseCriterion(text)], source);
  const [outcome] = outcomes;
  if (!outcome) throw new Error('expected one outcome');
  return outcome;
}

const latency = (meanMs: number, p95: number) =>
  fakeSource({
    total: { requests: 100, durationSec: 10, meanMs, percentileMs: (p) => (p >= 95 ? p95 : meanMs) },
  });

describe('cumulative criteria', () => {
  it('fails when the percentile exceeds the threshold and says so', () => {
    const outcome = evaluateOne('p95>500ms', latency(200, 612.4));
    expect(outcome).toEqual({
      criterion: 'p95>500ms',
      passed: false,
      actual: 612.4,
      threshold: 500,
      unit: 'ms',
      message: 'p95 was 612.4 ms (threshold > 500 ms): FAILED',
      failsRun: true,
    });
  });

  it('passes when the condition does not hold', () => {
    const outcome = evaluateOne('p95>1s', latency(200, 612.4));
    expect(outcome.passed).toBe(true);
    expect(outcome.message).toBe('p95 was 612.4 ms (threshold > 1000 ms): passed');
  });

  it('asks the window for the exact percentile written', () => {
    const asked: number[] = [];
    const percentileMs = (p: number) => {
      asked.push(p);
      return 1;
    };
    const source = fakeSource({ total: { requests: 1, percentileMs } });
    evaluateOne('p99.9>1s', source);
    expect(asked).toEqual([99.9]);
  });

  it.each([
    ['avg-rt>200ms', false],
    ['avg-rt>=250ms', false],
    ['avg-rt<=250ms', false],
    ['avg-rt=250ms', false],
    ['avg-rt==250ms', false],
    ['avg-rt<250ms', true],
    ['avg-rt>250ms', true],
    ['avg-rt>0.25', true],
  ])('%s on a mean of 250 ms passes=%s', (text, passed) => {
    expect(evaluateOne(text, latency(250, 900)).passed).toBe(passed);
  });

  it('treats fail as a percentage with % and as a count without', () => {
    const source = fakeSource({ total: { requests: 200, errors: 12, durationSec: 10 } });
    const percent = evaluateOne('fail>5%', source);
    expect([percent.passed, percent.actual, percent.unit]).toEqual([false, 6, '%']);
    expect(percent.message).toBe('fail was 6% (threshold > 5%): FAILED');
    expect(evaluateOne('fail>6%', source).passed).toBe(true);
    const count = evaluateOne('fail>10', source);
    expect([count.passed, count.actual, count.unit]).toEqual([false, 12, 'count']);
    expect(count.message).toBe('fail was 12 (threshold > 10): FAILED');
    expect(evaluateOne('fail>12', source).passed).toBe(true);
  });

  it('measures succ as the complement of fail', () => {
    const source = fakeSource({ total: { requests: 200, errors: 12 } });
    expect(evaluateOne('succ<95%', source)).toMatchObject({ passed: false, actual: 94 });
    expect(evaluateOne('succ<188', source)).toMatchObject({ passed: true, actual: 188 });
  });

  it('measures hits as a count and rps per second of the window', () => {
    const source = fakeSource({ total: { requests: 1000, durationSec: 8 } });
    expect(evaluateOne('hits<2000', source)).toMatchObject({ passed: false, actual: 1000 });
    const rps = evaluateOne('rps<200', source);
    expect(rps).toMatchObject({ passed: false, actual: 125, unit: 'req/s' });
    expect(rps.message).toBe('rps was 125 req/s (threshold < 200 req/s): FAILED');
    expect(evaluateOne('hits/s<100', source).passed).toBe(true);
  });

  it('matches status codes with wildcards, as counts or percentages', () => {
    const statusCodes = { '200': 90, '404': 2, '500': 3, '503': 4, timeout: 1 };
    const source = fakeSource({ total: { requests: 100, errors: 10, statusCodes } });
    expect(evaluateOne('rc:5??>5', source)).toMatchObject({ passed: false, actual: 7 });
    expect(evaluateOne('rc5??>7', source)).toMatchObject({ passed: true, actual: 7 });
    expect(evaluateOne('rc:5??>5%', source)).toMatchObject({ passed: false, actual: 7, unit: '%' });
    expect(evaluateOne('rc:50?>=8', source)).toMatchObject({ passed: true, actual: 7 });
    expect(evaluateOne('rc:4*>0', source)).toMatchObject({ passed: false, actual: 2 });
    expect(evaluateOne('rc:*>100', source)).toMatchObject({ passed: true, actual: 100 });
    expect(evaluateOne('rc:TIMEOUT>0', source)).toMatchObject({ passed: false, actual: 1 });
    expect(evaluateOne('rc:2??<90', source)).toMatchObject({ passed: true, actual: 90 });
    expect(evaluateOne('rc:302>0', source)).toMatchObject({ passed: true, actual: 0 });
  });

  it('does not trip on floating-point noise in percentages', () => {
    // 7 / 100 * 100 is 7.000000000000001 in IEEE doubles.
    const source = fakeSource({ total: { requests: 100, errors: 7 } });
    expect(evaluateOne('fail>7%', source)).toMatchObject({ passed: true, actual: 7 });
  });
});

describe('labels', () => {
  const source = fakeSource({
    total: { requests: 300, meanMs: 100, percentileMs: 100 },
    labels: {
      Login: { requests: 100, meanMs: 400, percentileMs: 612.4 },
      'GET /api': { requests: 200, meanMs: 50, percentileMs: 80, errors: 20 },
      Empty: { requests: 0 },
    },
  });

  it('evaluates the named label only', () => {
    const outcome = evaluateOne('p95 of Login>500ms', source);
    expect(outcome.message).toBe('p95 of Login was 612.4 ms (threshold > 500 ms): FAILED');
    expect(evaluateOne('p95>500ms', source).passed).toBe(true);
    expect(evaluateOne('avg-rt of GET /api>60ms', source).passed).toBe(true);
    expect(evaluateOne('fail of GET /api>5%', source)).toMatchObject({ passed: false, actual: 10 });
  });

  it('fails a criterion on a label without requests, suggesting a close match', () => {
    const missing = evaluateOne('fail of login>5%', source);
    expect(missing).toMatchObject({ passed: false, actual: null, failsRun: true });
    expect(missing.message).toBe('no requests labelled "login" (did you mean "Login"?): FAILED');
    expect(evaluateOne('p95 of Empty>1s', source).message).toBe('no requests labelled "Empty": FAILED');
    expect(evaluateOne('hits of Nope<1', source).message).toBe('no requests labelled "Nope": FAILED');
  });

  it('fails overall criteria when the run recorded no requests', () => {
    const empty = fakeSource({ total: { requests: 0 } });
    expect(evaluateOne('fail>5%', empty)).toMatchObject({
      passed: false,
      message: 'no requests recorded: FAILED',
    });
  });
});

describe('timeframe criteria', () => {
  it('fails when the condition holds in every second of a long enough streak', () => {
    const source = fakeSource({ seconds: secondsWithLatency([100, 600, 700, 650, 100, 600, 800, 900, 700]) });
    const outcome = evaluateOne('p95>500ms for 4s', source);
    expect(outcome).toMatchObject({ passed: false, actual: 900, longestStreakSec: 4, failsRun: true });
    expect(outcome.message).toBe('p95 > 500 ms for 4 s: held 4 s (t=5..8, worst 900 ms): FAILED');
  });

  it('passes when no streak is long enough, reporting the longest one', () => {
    const source = fakeSource({ seconds: secondsWithLatency([600, 700, 100, 600, 100, 900]) });
    const outcome = evaluateOne('p95>500ms for 3s', source);
    expect(outcome).toMatchObject({ passed: true, actual: 700, longestStreakSec: 2 });
    expect(outcome.message).toBe('p95 > 500 ms for 3 s: held at most 2 s (t=0..1, worst 700 ms): passed');
  });

  it('reports the closest value when the condition never held', () => {
    const source = fakeSource({ seconds: secondsWithLatency([100, 450, 300]) });
    const outcome = evaluateOne('p95>500ms for 2s', source);
    expect(outcome).toMatchObject({ passed: true, actual: 450, longestStreakSec: 0 });
    expect(outcome.message).toBe('p95 > 500 ms for 2 s: never held (closest 450 ms): passed');
  });

  it('is not fooled by a bad cumulative value when no single streak is long enough', () => {
    const values = [5000, 100, 5000, 100, 5000, 100];
    const source = fakeSource({
      total: { requests: 60, meanMs: 2550, percentileMs: 5000 },
      seconds: secondsWithLatency(values),
    });
    expect(evaluateOne('p95>1s', source).passed).toBe(false);
    expect(evaluateOne('p95>1s for 2s', source).passed).toBe(true);
  });

  it('breaks a streak on seconds without requests for time subjects', () => {
    const seconds = [
      { t: 0, total: { requests: 5, percentileMs: 900 } },
      { t: 1, total: { requests: 5, percentileMs: 900 } },
      { t: 2, total: { requests: 0 } },
      { t: 3, total: { requests: 5, percentileMs: 900 } },
      // t=4 and t=5 missing: no requests
      { t: 6, total: { requests: 5, percentileMs: 900 } },
    ];
    const outcome = evaluateOne('p95>500ms for 3s', fakeSource({ seconds }));
    expect(outcome).toMatchObject({ passed: true, longestStreakSec: 2 });
  });

  it('counts seconds without requests as zero for count subjects, including gaps in t', () => {
    const seconds = [
      { t: 10, total: { requests: 3 } },
      { t: 11, total: { requests: 20 } },
      { t: 12, total: { requests: 1 } },
      { t: 15, total: { requests: 2 } },
      { t: 16, total: { requests: 50 } },
    ];
    const outcome = evaluateOne('hits<5 for 5s', fakeSource({ seconds }));
    expect(outcome).toMatchObject({ passed: true, actual: 0, longestStreakSec: 4 });
    expect(outcome.message).toBe('hits < 5 for 5 s: held at most 4 s (t=12..15, worst 0): passed');
    expect(evaluateOne('rps<5 for 4s', fakeSource({ seconds }))).toMatchObject({
      passed: false,
      longestStreakSec: 4,
    });
  });

  it('evaluates per-second data of the label', () => {
    const seconds = [0, 1, 2, 3].map((t) => ({
      t,
      total: { requests: 20, errors: 2 },
      labels: { Checkout: { requests: 10, errors: t === 0 ? 1 : 6 } },
    }));
    const source = fakeSource({ labels: { Checkout: { requests: 40, errors: 19 } }, seconds });
    const outcome = evaluateOne('fail of Checkout>50% for 3s, stop as failed', source);
    expect(outcome).toMatchObject({ passed: false, actual: 60, longestStreakSec: 3 });
    expect(outcome.message).toBe('fail of Checkout > 50% for 3 s: held 3 s (t=1..3, worst 60%): FAILED');
    expect(evaluateOne('fail>50% for 1s', source).passed).toBe(true);
  });

  it('uses the value closest to the threshold as worst for =', () => {
    const source = fakeSource({
      total: { requests: 30 },
      seconds: [0, 1, 2].map((t) => ({ t, total: { requests: 10 } })),
    });
    expect(evaluateOne('hits=10 for 3s', source)).toMatchObject({ passed: false, actual: 10 });
    expect(evaluateOne('hits=11 for 1s', source)).toMatchObject({
      passed: true,
      actual: 10,
      longestStreakSec: 0,
    });
  });

  it('fails when per-second data is missing altogether', () => {
    const outcome = evaluateOne('p95>500ms for 5s', fakeSource({ total: { requests: 10, percentileMs: 1 } }));
    expect(outcome).toMatchObject({ passed: false, actual: null });
    expect(outcome.message).toBe(
      'p95 > 500 ms for 5 s: no per-second data to evaluate the timeframe: FAILED',
    );
  });
});

describe('verdict and actions', () => {
  const source = latency(200, 900);

  it('passes with no criteria', () => {
    expect(evaluateCriteria([], source)).toEqual({ verdict: 'pass', outcomes: [] });
  });

  it('fails when any failing criterion has status failed', () => {
    const criteria = ['p95>1s', 'p95>500ms', 'avg-rt>1s'].map((text) => parseCriterion(text));
    const { verdict, outcomes } = evaluateCriteria(criteria, source);
    expect(verdict).toBe('fail');
    expect(outcomes.map((outcome) => outcome.passed)).toEqual([true, false, true]);
  });

  it('reports but does not fail the run for continue as non-failed', () => {
    const { verdict, outcomes } = evaluateCriteria(
      [parseCriterion('p95>500ms, continue as non-failed'), parseCriterion('avg-rt>1s')],
      source,
    );
    expect(verdict).toBe('pass');
    expect(outcomes[0]).toMatchObject({ passed: false, failsRun: false });
    expect(outcomes[0]?.message).toBe(
      'p95 was 900 ms (threshold > 500 ms): FAILED (reported only: continue as non-failed)',
    );
  });

  it('still fails the run for continue without a status', () => {
    const { verdict } = evaluateCriteria([parseCriterion('p95>500ms, continue')], source);
    expect(verdict).toBe('fail');
  });
});
