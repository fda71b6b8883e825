import { describe, expect, it } from 'vitest';
import { checkRegionalCompatibility, validateTaskCountConcurrency } from './regional.js';

describe('validateTaskCountConcurrency', () => {
  const details = { 'us-west-2': { dltAvailableTasks: '4' } };

  it('parses counts the way DLT does', () => {
    expect(
      validateTaskCountConcurrency([{ region: 'us-west-2', taskCount: 4, concurrency: 200 }], details),
    ).toEqual([{ region: 'us-west-2', taskCount: 4, concurrency: 200 }]);
  });

  it('InvalidParameter: Concurrency should be positive number', () => {
    expect(() =>
      validateTaskCountConcurrency([{ region: 'us-west-2', taskCount: 1, concurrency: 0 }], details),
    ).toThrow('Concurrency should be positive number');
  });

  it('ignores inherited keys when looking up a region', () => {
    expect(() =>
      validateTaskCountConcurrency([{ region: 'constructor', taskCount: 1, concurrency: 1 }], {}),
    ).toThrow('The regional stack for "constructor" no longer exists.');
  });
});

describe('checkRegionalCompatibility', () => {
  it.each([
    ['v4.2.3', 'v4.1.0', '4.1.0', { compatible: true }],
    ['v4.2.3', 'custom-v4.2.3-ITL', '4.1.0', { compatible: true }],
    [
      'v4.2.3',
      'v4.0.9',
      '4.1.0',
      { compatible: false, reason: 'Regional stack version v4.0.9 is below minimum required version 4.1.0' },
    ],
    [
      'v4.2.3',
      'v4.2.4',
      '4.1.0',
      {
        compatible: false,
        reason:
          'Regional stack version v4.2.4 is newer than hub version v4.2.3. Upgrade the hub stack first.',
      },
    ],
    ['dev', 'v4.2.3', '4.1.0', { compatible: false, reason: 'Unable to parse hub stack version: dev' }],
    ['v4.2.3', '', '4.1.0', { compatible: false, reason: 'Unable to parse regional stack version: ' }],
    ['v4.2.3', 'v4.2.3', 'x', { compatible: false, reason: 'Unable to parse minimum compatible version: x' }],
  ])('hub %s, regional %s, minimum %s', (hub, regional, minimum, expected) => {
    expect(checkRegionalCompatibility(hub, regional, minimum)).toEqual(expected);
  });
});
