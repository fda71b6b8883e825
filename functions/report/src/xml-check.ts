/**
 * Test helper: a strict, minimal XML 1.0 well-formedness parser. Node has no XML parser built in, and the JUnit
 * output must be checked by something stricter than "looks right": it rejects raw `<` or `&` in content,
 * undefined entities, characters outside the XML 1.0 Char production, duplicate attributes and unbalanced tags.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw '<' in ${where}`);
  return raw.replace(/&([^;]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new Error(`unterminated reference in ${where}`);
    if (body in NAMED) return NAMED[body]!;
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (!m) throw new Error(`undefined entity &${body}; in ${where}`);
    const cp = m[1] !== undefined ? Number.parseInt(m[1], 16) : Number(m[2]);
    if (!isXmlChar(cp)) throw new Error(`reference to invalid character ${cp} in ${where}`);
    return String.fromCodePoint(cp);
  });
}

export function parseXml(xml: string): XmlElement {
  // Checked code point by code point, independently of the escaper's regex, so the test is not circular.
  for (const ch of xml) {
    const cp = ch.codePointAt(0)!;
    if (!isXmlChar(cp)) throw new Error(`invalid XML character U+${cp.toString(16)}`);
  }
  let pos = 0;
  const decl = /^<\?xml[^?]*\?>/.exec(xml);
  if (decl) pos = decl[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const skipOutside = (): void => {
    const ws = /^\s*/.exec(xml.slice(pos));
    pos += ws?.[0].length ?? 0;
  };

  while (pos < xml.length) {
    const parent = stack[stack.length - 1];
    if (!parent) {
      skipOutside();
      if (pos >= xml.length) break;
      if (root) throw new Error(`content after the root element at ${pos}`);
    }
    if (xml.startsWith('<!--', pos)) {
      const end = xml.indexOf('-->', pos + 4);
      if (end < 0) throw new Error('unterminated comment');
      pos = end + 3;
      continue;
    }
    if (xml.startsWith('</', pos)) {
      const m = /^<\/([A-Za-z_:][\w.:-]*)\s*>/.exec(xml.slice(pos));
      if (!m || !parent || m[1] !== parent.name) throw new Error(`mismatched end tag at ${pos}`);
      stack.pop();
      pos += m[0].length;
      continue;
    }
    if (xml[pos] === '<') {
      const name = NAME.exec(xml.slice(pos + 1))?.[0];
      if (!name) throw new Error(`bad tag at ${pos}`);
      pos += 1 + name.length;
      const el: XmlElement = { name, attrs: {}, children: [] };
      for (;;) {
        const attr = /^\s+([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(xml.slice(pos));
        if (!attr) break;
        const key = attr[1]!;
        if (key in el.attrs) throw new Error(`duplicate attribute ${key}`);
        // Attribute-value normalisation: literal whitespace characters become spaces, references survive.
        const raw = (attr[2] ?? attr[3] ?? '').replace(/[\t\n\r]/g, ' ');
        el.attrs[key] = decode(raw, `attribute ${key}`);
        pos += attr[0].length;
      }
      const close = /^\s*(\/?)>/.exec(xml.slice(pos));
      if (!close) throw new Error(`malformed start tag <${name}> at ${pos}`);
      pos += close[0].length;
      if (parent) parent.children.push(el);
      else root = el;
      if (close[1] !== '/') stack.push(el);
      continue;
    }
    if (!parent) throw new Error(`text outside the root element at ${pos}`);
    const next = xml.indexOf('<', pos);
    const end = next < 0 ? xml.length : next;
    const text = xml.slice(pos, end);
    if (text.includes(']]>')) throw new Error("']]>' in text");
    parent.children.push(decode(text, `text of <${parent.name}>`));
    pos = end;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

export function childElements(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
