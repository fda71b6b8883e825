import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, padStart, sanitizeTerminal, truncate } from './text.js';

describe('displayWidth', () => {
  it('counts ASCII, wide CJK, emoji and combining marks by terminal columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('表示')).toBe(4);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('👍🏽')).toBe(2);
  });
});

describe('truncate', () => {
  it('keeps short strings and cuts long ones to the width with an ellipsis', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghijkl', 6)).toBe('abcde…');
    expect(displayWidth(truncate('表示表示表示', 5))).toBeLessThanOrEqual(5);
  });

  it('never exceeds the width and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (s, w) => {
        const t = truncate(s, w);
        expect(displayWidth(t)).toBeLessThanOrEqual(w);
        expect(t).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      }),
    );
  });
});

describe('sanitizeTerminal', () => {
  it('neutralises escapes, newlines and bidi overrides but keeps them visible', () => {
    expect(sanitizeTerminal('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(sanitizeTerminal('line1\nline2')).toBe('line1\\nline2');
    expect(sanitizeTerminal('abc\u202edef')).toBe('abc\\u202edef');
    expect(sanitizeTerminal('tab\there')).toBe('tab here');
  });

  it('leaves no control characters behind', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
        expect(sanitizeTerminal(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }),
    );
  });
});

describe('padding', () => {
  it('pads by display width', () => {
    expect(padEnd('表', 4)).toBe('表  ');
    expect(padStart('1', 3)).toBe('  1');
  });
});
