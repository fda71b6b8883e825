import { invalidParameter } from './errors.js';

export const MAX_TAGS = 5;
export const MAX_TAG_LENGTH = 50;
export const MAX_TAGS_MESSAGE = `Maximum ${MAX_TAGS} tags allowed per scenario`;

/**
 * One tag, normalised as DLT does: trim → lowercase → whitespace runs to `-` → drop everything outside
 * [a-z0-9-] → collapse `-` runs → strip a leading/trailing `-`. May return '' (callers drop it). Also used for
 * the `?tags=` filter of the scenario list.
 */
export function normalizeTag(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-/, '')
    .replace(/-$/, '');
}

/**
 * The tag list DLT stores. The 5-tag limit applies to the list as sent, before normalisation (DLT's schema and
 * its `validateTags` both count raw entries), so more than 5 is an error rather than a truncation; normalising
 * can only shrink the list. Empty and over-50-character tags are dropped silently, duplicates keep their first
 * position.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  if (tags.length > MAX_TAGS) throw invalidParameter(MAX_TAGS_MESSAGE);
  const kept = tags.map(normalizeTag).filter((tag) => tag.length > 0 && tag.length <= MAX_TAG_LENGTH);
  return [...new Set(kept)];
}
