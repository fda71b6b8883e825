import fc from 'fast-check';

/**
 * Test helper: strings that attack the renderers. Arbitrary code points (lone surrogates and controls included),
 * strings built from markup-significant characters so `<script`, `]]>` or `http://` appear by chance, and known
 * payloads.
 */
const NASTY_UNITS = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '/',
  ':',
  ';',
  '#',
  '!',
  '-',
  '[',
  ']',
  '=',
  ' ',
  'h',
  't',
  'p',
  's',
  'c',
  'r',
  'i',
  'x',
  'a',
  '1',
  '\u0000',
  '\u0007',
  '\u001b',
  '\t',
  '\n',
  '\r',
  '\u0085',
  '\u2028',
  '\u202e',
  '\ud800',
  '\udc00',
  '\ufffe',
  '\uffff',
  '😀',
  '表',
  'é',
];

export const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE x; --",
  ']]><evil/>',
  '&amp;&lt;&#0;&#x1;&bogus;',
  'https://example.com/x?a=1&b=<2>',
  'HTTP://EXAMPLE.COM',
  '\u001b[31mred\u001b[0m',
  '\ud83d',
  '',
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...NASTY_UNITS), maxLength: 40 }),
  fc.constantFrom(...PAYLOADS),
);
