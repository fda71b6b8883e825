import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CriterionSyntaxError, parseCriteria, parseCriterion } from './parse.js';
import { criteriaSchema } from './schema.js';
import { parseDurationMs } from './units.js';

describe('parseCriterion: subjects', () => {
  it.each([
    ['avg-rt>200ms', { kind: 'avg-rt' }],
    ['AVG-RT>200ms', { kind: 'avg-rt' }],
    ['p50>1s', { kind: 'percentile', p: 50 }],
    ['p90>1s', { kind: 'percentile', p: 90 }],
    ['p95>1s', { kind: 'percentile', p: 95 }],
    ['p99>1s', { kind: 'percentile', p: 99 }],
    ['p99.9>1s', { kind: 'percentile', p: 99.9 }],
    ['p0>1s', { kind: 'percentile', p: 0 }],
    ['p100>1s', { kind: 'percentile', p: 100 }],
    ['p37.25>1s', { kind: 'percentile', p: 37.25 }],
    ['fail>5%', { kind: 'fail' }],
    ['failures>5%', { kind: 'fail' }],
    ['succ<95%', { kind: 'succ' }],
    ['success<95%', { kind: 'succ' }],
    ['hits<100', { kind: 'hits' }],
    ['rps<100', { kind: 'rps' }],
    ['hits/s<100', { kind: 'rps' }],
    ['rc:500>0', { kind: 'rc', pattern: '500' }],
    ['rc:5??>1%', { kind: 'rc', pattern: '5??' }],
    ['rc5??>1%', { kind: 'rc', pattern: '5??' }],
    ['rc4*>10', { kind: 'rc', pattern: '4*' }],
    ['rc:timeout>0', { kind: 'rc', pattern: 'timeout' }],
  ])('%s', (text, subject) => {
    expect(parseCriterion(text).subject).toEqual(subject);
  });
});

describe('parseCriterion: thresholds and units', () => {
  it.each([
    ['p95>500ms', 500, 'ms'],
    ['p95>1.5s', 1500, 'ms'],
    ['p95>2', 2000, 'ms'],
    ['p95>0.25', 250, 'ms'],
    ['p95>1m', 60_000, 'ms'],
    ['p95>1m30s', 90_000, 'ms'],
    ['avg-rt>2s500ms', 2500, 'ms'],
    ['avg-rt>1h', 3_600_000, 'ms'],
    ['avg-rt>500 ms', 500, 'ms'],
    ['avg-rt>500MS', 500, 'ms'],
    ['fail>5%', 5, '%'],
    ['fail>0.5%', 0.5, '%'],
    ['fail>5 %', 5, '%'],
    ['fail>10', 10, 'count'],
    ['succ<100', 100, 'count'],
    ['rc:5??>2.5%', 2.5, '%'],
    ['rc:5??>3', 3, 'count'],
    ['hits<1000', 1000, 'count'],
    ['rps<50', 50, 'req/s'],
    ['hits/s<50/s', 50, 'req/s'],
  ])('%s -> %d %s', (text, threshold, unit) => {
    const criterion = parseCriterion(text);
    expect(criterion.threshold).toBe(threshold);
    expect(criterion.unit).toBe(unit);
  });
});

describe('parseCriterion: comparators', () => {
  it.each([
    ['p95>1s', '>'],
    ['p95<1s', '<'],
    ['p95>=1s', '>='],
    ['p95<=1s', '<='],
    ['p95=1s', '='],
    ['p95==1s', '='],
    ['p95 >= 1s', '>='],
  ])('%s', (text, comparator) => {
    expect(parseCriterion(text).comparator).toBe(comparator);
  });
});

describe('parseCriterion: labels', () => {
  it.each([
    ['p95 of Login>300ms', 'Login'],
    ['avg-rt of GET /api>200ms', 'GET /api'],
    ['avg-rt of GET /api?x=1&y=2>200ms', 'GET /api?x=1&y=2'],
    ['p95 of https://example.com/a>1s', 'https://example.com/a'],
    ['p95 of Wait for it>1s for 5s', 'Wait for it'],
    ['p95 of Search, page 2>1s, continue', 'Search, page 2'],
    ['p95   OF   Checkout  step  >1s', 'Checkout  step'],
    ['rc:5?? of Login>5%', 'Login'],
    ['fail of of>5%', 'of'],
    ['p95 of a->b>1s', 'a->b'],
    ['p95 of wait for >1s', 'wait for'],
    ['p95 of wait for > 1s for 2s', 'wait for'],
  ])('%s -> %s', (text, label) => {
    expect(parseCriterion(text).label).toBe(label);
  });

  it('leaves label undefined for the overall results', () => {
    expect(parseCriterion('p95>300ms')).not.toHaveProperty('label');
  });
});

describe('parseCriterion: timeframe and action', () => {
  it('parses the full Taurus form', () => {
    expect(parseCriterion('  avg-rt of IndexPage>150ms for 10s, stop as failed ')).toEqual({
      source: 'avg-rt of IndexPage>150ms for 10s, stop as failed',
      subject: { kind: 'avg-rt' },
      label: 'IndexPage',
      comparator: '>',
      threshold: 150,
      unit: 'ms',
      timeframeSec: 10,
      action: 'stop',
      status: 'failed',
    });
  });

  it.each([
    ['p95>1s for 10s', 10],
    ['p95>1s for 1m', 60],
    ['p95>1s for 1m30s', 90],
    ['p95>1s for 7', 7],
    ['p95>1s FOR 3s', 3],
  ])('%s -> %d s', (text, seconds) => {
    expect(parseCriterion(text).timeframeSec).toBe(seconds);
  });

  it.each([
    ['p95>1s', 'stop', 'failed'],
    ['p95>1s, stop', 'stop', 'failed'],
    ['p95>1s, continue', 'continue', 'failed'],
    ['p95>1s, continue as non-failed', 'continue', 'non-failed'],
    ['p95>1s for 5s, stop as non-failed', 'stop', 'non-failed'],
    ['p95>1s,Continue As Non-Failed', 'continue', 'non-failed'],
  ])('%s -> %s as %s', (text, action, status) => {
    const criterion = parseCriterion(text);
    expect([criterion.action, criterion.status]).toEqual([action, status]);
  });
});

describe('parseCriterion: errors', () => {
  it.each([
    ['', /empty criterion, expected <subject>/],
    ['p95>>5', /^cannot parse "p95>>5": expected <subject>\[ of <label>\]<op><value>\[unit\]\[ for <N>s\]/],
    ['p95 500ms', /missing comparison operator \(one of >, <, >=, <=, =, ==\)/],
    ['>5s', /missing subject before the operator/],
    ['p95>', /missing threshold after the operator/],
    ['latency>5s', /unknown subject "latency", expected one of avg-rt, pNN/],
    ['rcx>5', /unknown subject "rcx"/],
    ['p101>1s', /percentile "p101" is out of range/],
    ['avg-lt>100ms', /subject "avg-lt" is not supported: average latency .* not measured/],
    ['avg-ct>100ms', /subject "avg-ct" is not supported: average connect time .* not measured/],
    ['stdev-rt>1s', /subject "stdev-rt" is not supported/],
    ['p95 Login>1s', /unexpected "Login" after subject "p95"; to target a label write "p95 of <label>"/],
    ['p95 of >1s', /missing label after "of"/],
    ['p95>5%', /"p95" is a time; use a time threshold/],
    ['p95>fast', /invalid time threshold "fast"/],
    ['p95>500ms2s', /invalid time threshold "500ms2s"/],
    ['p95>5d', /invalid time threshold "5d"/],
    ['p95>-5ms', /invalid time threshold "-5ms"/],
    ['fail>5s', /invalid threshold "5s" for "fail", expected a request count .* or a percentage/],
    ['fail>150%', /percentage "150%" is above 100%/],
    ['fail>x%', /invalid percentage "x%"/],
    ['hits>5%', /invalid threshold "5%" for "hits"/],
    ['rps>5ms', /invalid threshold "5ms" for "rps", expected requests per second/],
    ['p95>1s foo', /unexpected text in threshold "1s foo"/],
    ['p95>1s for', /missing timeframe after "for"/],
    ['p95>1s for ever', /invalid timeframe "for ever"/],
    ['p95>1s for 500ms', /must be a whole number of seconds, at least 1s/],
    ['p95>1s for 1.5s', /must be a whole number of seconds/],
    ['p95>1s within 10s', /"within" timeframes .* not supported; use "for <N>s"/],
    ['p95>1s over 10s', /"over" timeframes/],
    ['p95>1s, halt', /unknown action "halt", expected "stop" or "continue"/],
    ['p95>1s, stop as passed', /unknown action "stop as passed"/],
    ['p95>1s,', /missing action after ","/],
  ])('%j', (text, message) => {
    expect(() => parseCriterion(text)).toThrow(CriterionSyntaxError);
    expect(() => parseCriterion(text)).toThrow(message);
  });

  it('keeps the criterion and the problem on the error', () => {
    try {
      parseCriterion('p95>fast');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CriterionSyntaxError);
      expect((error as CriterionSyntaxError).criterion).toBe('p95>fast');
      expect((error as CriterionSyntaxError).problem).toMatch(/^invalid time threshold/);
      expect((error as CriterionSyntaxError).name).toBe('CriterionSyntaxError');
    }
  });

  it('only ever throws CriterionSyntaxError, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          parseCriterion(text);
        } catch (error) {
          if (!(error instanceof CriterionSyntaxError)) throw error;
        }
      }),
    );
  });
});

describe('parseCriteria', () => {
  it('collects every error and keeps the valid criteria', () => {
    const { criteria, errors } = parseCriteria(['p95>1s', 'p95>>5', 'fail>5%', 'bogus>1']);
    expect(criteria.map((criterion) => criterion.source)).toEqual(['p95>1s', 'fail>5%']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^cannot parse "p95>>5"/);
    expect(errors[1]).toMatch(/unknown subject "bogus"/);
  });

  it('accepts an empty list', () => {
    expect(parseCriteria([])).toEqual({ criteria: [], errors: [] });
  });
});

describe('criteriaSchema', () => {
  it('accepts valid criteria unchanged and reports invalid ones', () => {
    expect(criteriaSchema.parse(['p95>1s'])).toEqual(['p95>1s']);
    const result = criteriaSchema.safeParse(['p95>1s', 'p95>>5']);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^cannot parse "p95>>5"/);
    expect(result.error?.issues[0]?.path).toEqual([1]);
  });
});

describe('parseDurationMs', () => {
  it('round-trips any whole number of milliseconds written as compound units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 3_600_000 }), (ms) => {
        const h = Math.floor(ms / 3_600_000);
        const m = Math.floor((ms % 3_600_000) / 60_000);
        const s = Math.floor((ms % 60_000) / 1000);
        const rest = ms % 1000;
        const text = `${h}h${m}m${s}s${rest}ms`;
        expect(parseDurationMs(text)).toBe(ms);
      }),
    );
  });

  it('rejects repeated or out-of-order units', () => {
    expect(parseDurationMs('1s1s')).toBeUndefined();
    expect(parseDurationMs('1s1m')).toBeUndefined();
    expect(parseDurationMs('')).toBeUndefined();
    expect(parseDurationMs('s')).toBeUndefined();
  });
});
