import { describe, expect, it } from 'vitest';
import {
  describeControlChar,
  GENERATED_ID_LENGTH,
  generateTestId,
  nameIssues,
  TEST_ID_PATTERN,
  testIdIssues,
} from './names.js';

describe('nameIssues', () => {
  it('accepts punctuation, accents, CJK and emoji', () => {
    expect(nameIssues('Checkout (v2) — München 東京 🚀', 'testName')).toEqual([]);
  });

  it('enforces 3–255 characters', () => {
    expect(nameIssues('ab', 'testName')).toEqual(['testName must be at least 3 characters']);
    expect(nameIssues('a'.repeat(256), 'testName')).toEqual(['testName must not exceed 255 characters']);
    expect(nameIssues('a'.repeat(255), 'testName')).toEqual([]);
  });

  it('refuses leading or trailing whitespace', () => {
    expect(nameIssues(' abc', 'testName')).toEqual(['testName cannot have leading or trailing whitespace']);
    expect(nameIssues('abc ', 'Scenario name')).toEqual([
      'Scenario name cannot have leading or trailing whitespace',
    ]);
  });

  it.each([
    ['a\tb c', 'tab (U+0009)'],
    ['a\nbc', 'newline (U+000A)'],
    ['a\rbc', 'carriage return (U+000D)'],
    ['a\u0000bc', 'null (U+0000)'],
    ['a\u001bbc', 'U+001B'],
    ['a\u007fbc', 'U+007F'],
    ['a\u0085bc', 'U+0085'],
    ['a\u2028bc', 'U+2028'],
    ['a\u2029bc', 'U+2029'],
  ])('names the control character in %j', (value, described) => {
    expect(nameIssues(value, 'testName')).toEqual([
      `testName contains a disallowed control character: ${described}`,
    ]);
  });

  it('reports every broken rule in order', () => {
    expect(nameIssues('\t', 'testName')).toEqual([
      'testName must be at least 3 characters',
      'testName cannot have leading or trailing whitespace',
      'testName contains a disallowed control character: tab (U+0009)',
    ]);
  });

  it('describes code points with four hex digits', () => {
    expect(describeControlChar(0x9f)).toBe('U+009F');
  });
});

describe('testIdIssues', () => {
  it('accepts 1–128 alphanumerics and hyphens', () => {
    expect(testIdIssues('a')).toEqual([]);
    expect(testIdIssues('Ab-3'.repeat(32))).toEqual([]);
  });

  it('uses DLT messages', () => {
    expect(testIdIssues('')).toEqual([
      'testId is required',
      'testId must contain only alphanumeric characters and hyphens',
    ]);
    expect(testIdIssues('a'.repeat(129))).toEqual(['testId must not exceed 128 characters']);
    expect(testIdIssues('a_b')).toEqual(['testId must contain only alphanumeric characters and hyphens']);
  });
});

describe('generateTestId', () => {
  it('makes 10-character alphanumeric ids by default', () => {
    const ids = Array.from({ length: 200 }, () => generateTestId());
    for (const id of ids) {
      expect(id).toHaveLength(GENERATED_ID_LENGTH);
      expect(id).toMatch(/^[A-Za-z0-9]+$/);
      expect(id).toMatch(TEST_ID_PATTERN);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('honours the length and refuses nonsense', () => {
    expect(generateTestId(64)).toHaveLength(64);
    expect(() => generateTestId(0)).toThrow(RangeError);
  });
});
