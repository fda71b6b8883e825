import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, escapeXmlAttr, toXmlChars } from './escape.js';
import { nastyString } from './test-strings.js';
import { parseXml, textOf } from './xml-check.js';

describe('XML escaping', () => {
  it('escapes markup and replaces characters XML 1.0 forbids', () => {
    expect(escapeXml('a<b & c>d')).toBe('a&lt;b &amp; c&gt;d');
    expect(escapeXml(']]>')).toBe(']]&gt;');
    expect(toXmlChars('a\u0000b\u001bc\ufffed\ud800e')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde');
    expect(toXmlChars('ok\t\n\r😀')).toBe('ok\t\n\r😀');
    expect(escapeXmlAttr('x"y\'z\n')).toBe('x&quot;y&apos;z&#10;');
  });

  it('round-trips any string through a strict parser, in text and in attributes', () => {
    fc.assert(
      fc.property(nastyString, (s) => {
        const doc = parseXml(`<r a="${escapeXmlAttr(s)}" b='${escapeXmlAttr(s)}'>${escapeXml(s)}</r>`);
        expect(doc.attrs.a).toBe(toXmlChars(s));
        expect(doc.attrs.b).toBe(toXmlChars(s));
        expect(textOf(doc)).toBe(toXmlChars(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('HTML escaping', () => {
  it('escapes markup characters and both quotes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('defuses URLs in user text while keeping them readable', () => {
    expect(escapeHtml('see https://example.com')).toBe('see https&#58;//example.com');
  });

  it('never emits markup characters or a URL scheme separator', () => {
    fc.assert(
      fc.property(nastyString, (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|#39|#58);)/);
        expect(out).not.toContain('://');
      }),
      { numRuns: 500 },
    );
  });
});

describe('xml-check helper', () => {
  it.each([
    ['<r>a < b</r>'],
    ['<r>a & b</r>'],
    ['<r a="1" a="2"/>'],
    ['<r><s></r></s>'],
    ['<r>&bogus;</r>'],
    ['<r>&#0;</r>'],
    ['<r>\u0001</r>'],
    ['<r/><r/>'],
    ['<r a="<"/>'],
  ])('rejects %j', (xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});
