/**
 * Escaping for the HTML and XML reports. Everything that did not come from this module's own templates (test
 * names, labels, error messages, criterion text) goes through one of these functions.
 */

// Lone surrogates cannot be encoded as UTF-8, and U+FFFE/U+FFFF and most C0 controls are not XML 1.0 characters.
const INVALID_XML_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces characters that XML 1.0 forbids (and lone surrogates) with U+FFFD, so the document always parses. */
export function toXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '\ufffd');
}

const XML_TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/**
 * For XML text content. `>` is escaped too so that `]]>` can never appear, and CR because parsers would otherwise
 * normalise it to LF.
 */
export function escapeXml(text: string): string {
  return toXmlChars(text).replace(/[&<>\r]/g, (ch) => XML_TEXT_ENTITIES[ch] ?? ch);
}

const XML_ATTR_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalisation would turn raw whitespace controls into spaces; references survive it.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** For XML attribute values in either quote style. */
export function escapeXmlAttr(text: string): string {
  return toXmlChars(text).replace(/[&<>"'\t\n\r]/g, (ch) => XML_ATTR_ENTITIES[ch] ?? ch);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * For HTML text and quoted attribute values alike. Besides the markup characters, the `://` of URLs in user text
 * (error messages often quote them) is written as a character reference: it renders the same, but the file then
 * contains no literal network URL at all, which keeps "does this report phone home?" audits a simple grep.
 */
export function escapeHtml(text: string): string {
  return toXmlChars(text)
    .replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch)
    .replace(/:\/\//g, '&#58;//');
}
