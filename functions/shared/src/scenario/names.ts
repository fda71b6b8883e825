export const NAME_MIN_LENGTH = 3;
export const NAME_MAX_LENGTH = 255;
export const TEST_ID_MAX_LENGTH = 128;
export const TEST_ID_PATTERN = /^[a-zA-Z0-9-]+$/;
export const GENERATED_ID_LENGTH = 10;

// C0 controls, DEL plus C1 controls, and the two Unicode line/paragraph separators: they break the JSON keys
// and one-line displays names end up in. Everything else (accents, CJK, emoji, punctuation) is allowed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the purpose.
const CONTROL_CHAR = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

const CONTROL_CHAR_NAMES: Readonly<Record<number, string>> = {
  0: 'null',
  9: 'tab',
  10: 'newline',
  13: 'carriage return',
};

/** `tab (U+0009)` for the characters people actually paste, `U+0085` for the rest. */
export function describeControlChar(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CONTROL_CHAR_NAMES[codePoint];
  return name === undefined ? hex : `${name} (${hex})`;
}

/** The first disallowed control character in `value`, if any. */
export function findControlChar(value: string): number | undefined {
  const match = CONTROL_CHAR.exec(value);
  return match ? match[0].codePointAt(0) : undefined;
}

/**
 * Every rule a user-facing name (testName, a scenario key) breaks, in DLT's order and wording, with `label`
 * as the subject (`testName`, `Scenario name`). The name is stored verbatim, so it is checked, not trimmed.
 */
export function nameIssues(value: string, label: string): string[] {
  const issues: string[] = [];
  if (value.length < NAME_MIN_LENGTH) issues.push(`${label} must be at least ${NAME_MIN_LENGTH} characters`);
  if (value.length > NAME_MAX_LENGTH) issues.push(`${label} must not exceed ${NAME_MAX_LENGTH} characters`);
  if (value !== value.trim()) issues.push(`${label} cannot have leading or trailing whitespace`);
  const control = findControlChar(value);
  if (control !== undefined) {
    issues.push(`${label} contains a disallowed control character: ${describeControlChar(control)}`);
  }
  return issues;
}

/** testId rules (1–128 chars of [a-zA-Z0-9-]); every broken rule, as DLT reports them. */
export function testIdIssues(value: string): string[] {
  const issues: string[] = [];
  if (value.length < 1) issues.push('testId is required');
  if (value.length > TEST_ID_MAX_LENGTH) {
    issues.push(`testId must not exceed ${TEST_ID_MAX_LENGTH} characters`);
  }
  if (!TEST_ID_PATTERN.test(value)) {
    issues.push('testId must contain only alphanumeric characters and hyphens');
  }
  return issues;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
// Bytes at or above this are discarded so every character is equally likely (256 is not a multiple of 62).
const UNBIASED_BYTE_LIMIT = 256 - (256 % ID_ALPHABET.length);

/** A random alphanumeric id (DLT uses 10 characters for testId and testRunId). */
export function generateTestId(length: number = GENERATED_ID_LENGTH): string {
  if (!Number.isInteger(length) || length < 1) throw new RangeError(`Invalid id length ${length}`);
  let id = '';
  while (id.length < length) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length * 2));
    for (const byte of bytes) {
      if (byte >= UNBIASED_BYTE_LIMIT) continue;
      id += ID_ALPHABET[byte % ID_ALPHABET.length];
      if (id.length === length) break;
    }
  }
  return id;
}
