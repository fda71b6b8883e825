import { describe, expect, it } from 'vitest';
import { isCronSyntaxValid, validateCronExpression } from './cron.js';

describe('isCronSyntaxValid (schema check)', () => {
  it.each([
    '0 * * * *',
    '0 9 * * *',
    '0 8 * * 1-5',
    '0 17 * * 0',
    '0 11 1 * *',
    '05 */2 * * *',
    '30 9-17/2,20 1,15 JAN-mar/2 ?',
    '0 0 L * *',
    '0 0 ? * FRI#2',
    '0 0 ? * 5L',
    '0 0 ? * mon-friL,L',
    '0 0 1-31/3 01,12 *',
  ])('accepts %j', (cron) => {
    expect(isCronSyntaxValid(cron)).toBe(true);
    expect(validateCronExpression(cron)).toBe('');
  });

  it.each([
    '*/5 * * * *',
    '0,30 * * * *',
    '60 * * * *',
    '0 24 * * *',
    '0 * 0 * *',
    '0 * 32 * *',
    '0 * * 13 *',
    '0 * * * 7',
    '0 * * * 1/2',
    '0 * * * 1#2,3',
    '0 * * * l',
    '0  * * * *',
    ' 0 * * * *',
    '0 * * *',
    '0 * * * * *',
    '0 H * * *',
  ])('refuses %j', (cron) => {
    expect(isCronSyntaxValid(cron)).toBe(false);
  });
});

describe('validateCronExpression (business check, code "Invalid Linux cron expression")', () => {
  it('wants five fields', () => {
    expect(validateCronExpression('0 * * *')).toBe('Expected format: 0 * * * *');
  });

  it('splits on any whitespace like DLT', () => {
    expect(validateCronExpression('  0   9 * *\t1 ')).toBe('');
  });

  it.each([
    ['*/5 * * * *', 'Minutes must be a single value (0-59). Step values and lists are not supported.'],
    ['0 25 * * *', 'Hours must be *, a value (0-23), a step value (*/N or h/N), or a comma-separated list.'],
    [
      '0 * 0 * *',
      "Day of month must be *, ?, L, a value (1-31), or a range/list (e.g., 1-5, 1,5). Use '/N' to increment by N.",
    ],
    [
      '0 * * FOO *',
      "Month must be *, a value (1-12), name prefix (JAN-DEC), or a range/list (e.g., 1-5, 1,5). Use '/N' to increment by N.",
    ],
    [
      '0 * * * 8',
      'Day of week must be *, ?, L, a value (0-6), name prefix (SUN-SAT), or a range/list (e.g., 1-5, 0,6).',
    ],
  ])('%j → field message', (cron, message) => {
    expect(validateCronExpression(cron)).toBe(message);
  });

  it('catches what the grammar lets through', () => {
    expect(validateCronExpression('0 17-9 * * *')).toBe(
      "Invalid range '17-9' in hour: the start must not be after the end.",
    );
    expect(validateCronExpression('0 */0 * * *')).toBe(
      "Invalid step '*/0' in hour: the step must be at least 1.",
    );
    expect(validateCronExpression('0 0 * DEC-JAN *')).toBe(
      "Invalid range 'DEC-JAN' in month: the start must not be after the end.",
    );
    expect(validateCronExpression('0 0 * * FRI-MONL')).toBe(
      "Invalid range 'FRI-MONL' in day-of-week: the start must not be after the end.",
    );
    expect(validateCronExpression('0 0 ? * ?')).toBe("Day of month and day of week cannot both be '?'.");
    expect(validateCronExpression('0 0 * JUL-AUG *')).toBe('');
  });
});
