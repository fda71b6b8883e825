import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTag, normalizeTags } from './tags.js';

describe('normalizeTag', () => {
  it.each([
    ['  Load Test  ', 'load-test'],
    ['PROD', 'prod'],
    ['a \t b', 'a-b'],
    ['api/v2 (beta)!', 'apiv2-beta'],
    ['a---b', 'a-b'],
    ['a - b', 'a-b'],
    ['-edge-', 'edge'],
    ['--x--', 'x'],
    ['émoji 🚀 ok', 'moji-ok'],
    ['!!!', ''],
  ])('%j → %j', (input, output) => {
    expect(normalizeTag(input)).toBe(output);
  });
});

describe('normalizeTags', () => {
  it('normalises, drops empty and over-50-character tags, and dedupes in order', () => {
    const long = 'x'.repeat(51);
    expect(normalizeTags(['Smoke Test', '***', long, 'smoke-test', 'Nightly'])).toEqual([
      'smoke-test',
      'nightly',
    ]);
    expect(normalizeTags(['y'.repeat(50)])).toEqual(['y'.repeat(50)]);
    expect(normalizeTags([])).toEqual([]);
  });

  it('InvalidParameter: Maximum 5 tags allowed per scenario (counted before normalisation)', () => {
    const attempt = () => normalizeTags(['a', 'a', 'a', 'a', 'a', 'a']);
    expect(attempt).toThrow('Maximum 5 tags allowed per scenario');
    expect(() => attempt()).toThrowError(expect.objectContaining({ code: 'InvalidParameter' }));
  });

  it('is idempotent', () => {
    const tagText = fc.string({
      unit: fc.constantFrom('a', 'B', '1', '-', ' ', '\t', '_', 'é', '!', '🚀'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(tagText, fc.string()), { maxLength: 5 }), (tags) => {
        const once = normalizeTags(tags);
        expect(normalizeTags(once)).toEqual(once);
        for (const tag of once) expect(tag).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });
});
