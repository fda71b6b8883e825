import { DRAFT_PREFIX } from './session-storage.js';

/**
 * Forms in progress survive a trip to the sign-in page: a form registers a source, and when the session
 * expires every source is written to sessionStorage before the redirect. The form restores it on return.
 */
const sources = new Map<string, () => unknown>();

export function registerDraftSource(key: string, snapshot: () => unknown): () => void {
  sources.set(key, snapshot);
  return () => {
    if (sources.get(key) === snapshot) sources.delete(key);
  };
}

export function persistDrafts(storage: Storage = sessionStorage): number {
  let saved = 0;
  for (const [key, snapshot] of sources) {
    try {
      storage.setItem(
        DRAFT_PREFIX + key,
        JSON.stringify({ savedAt: new Date().toISOString(), value: snapshot() }),
      );
      saved++;
    } catch {
      // A full or unavailable storage must not stop the redirect; the draft is lost, as it would be anyway.
    }
  }
  return saved;
}

export function takeDraft<T>(
  key: string,
  storage: Storage = sessionStorage,
): { savedAt: string; value: T } | undefined {
  const text = storage.getItem(DRAFT_PREFIX + key);
  if (!text) return undefined;
  storage.removeItem(DRAFT_PREFIX + key);
  try {
    return JSON.parse(text) as { savedAt: string; value: T };
  } catch {
    return undefined;
  }
}
