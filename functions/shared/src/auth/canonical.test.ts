import { describe, expect, it } from 'vitest';
import {
  canonicalHeaderValue,
  canonicalQuery,
  canonicalUri,
  parseAmzDate,
  parseDateHeader,
  parseQuery,
} from './canonical.js';

describe('canonical forms', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['/api/scenarios/a%20b', '/api/scenarios/a%2520b'],
    ['/a/./b/../c//d/', '/a/c/d/'],
    ['//', '/'],
    ["/it's(1)!*~-_.", '/it%27s%281%29%21%2A~-_.'],
    ['/é', '/%C3%A9'],
  ])('path %j is signed as %j', (raw, canonical) => {
    expect(canonicalUri(raw)).toBe(canonical);
  });

  it('queries: re-encoded, + as space, malformed escapes literal, sorted, signature left out', () => {
    const raw = 'b=2&a=x+y&a=%7e&&c&X-Amz-Signature=ff&d=%zz&e=%2b%2F';
    expect(canonicalQuery(parseQuery(raw))).toBe('a=x%20y&a=~&b=2&c=&d=%25zz&e=%2B%2F');
  });

  it('header values: trimmed, runs of whitespace collapsed, repeats joined with commas', () => {
    expect(canonicalHeaderValue('  a \t b\r\n  c ')).toBe('a b c');
    expect(canonicalHeaderValue([' x ', 'y  z'])).toBe('x,y z');
  });

  it('dates: basic ISO-8601 only for X-Amz-Date, IMF-fixdate also for Date', () => {
    expect(parseAmzDate('20240501T120000Z')?.toISOString()).toBe('2024-05-01T12:00:00.000Z');
    expect(parseAmzDate('20240230T120000Z')).toBeUndefined();
    expect(parseAmzDate('2024-05-01T12:00:00Z')).toBeUndefined();
    expect(parseDateHeader('Wed, 01 May 2024 12:00:00 GMT')?.toISOString()).toBe('2024-05-01T12:00:00.000Z');
    expect(parseDateHeader('20240501T120000Z')?.toISOString()).toBe('2024-05-01T12:00:00.000Z');
    expect(parseDateHeader('May 1 2024')).toBeUndefined();
  });
});
