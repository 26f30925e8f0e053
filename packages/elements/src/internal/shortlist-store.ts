/**
 * The person's shortlist, kept only in their own browser: a list of provider ids in
 * localStorage, one list per feed (keyed by the feed's absolute address). Nothing else is stored:
 * no names, no places. Storage that is blocked or full just means the list lasts for the visit.
 */
const PREFIX = 'mpf:shortlist:v1:';

/** The storage key for the feed at `feedUrl` (made absolute, so two pages using one feed share it). */
export function shortlistKey(feedUrl: string, base: string = globalThis.document?.baseURI ?? 'http://localhost/'): string {
  let absolute = feedUrl;
  try {
    absolute = new URL(feedUrl, base).href;
  } catch {
    // keep the address as given
  }
  return PREFIX + absolute;
}

/** The saved ids for the feed, in the order they were added; [] when none or unreadable. */
export function loadShortlist(storage: Pick<Storage, 'getItem'> | undefined, feedUrl: string): string[] {
  try {
    const raw = storage?.getItem(shortlistKey(feedUrl));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Saves the ids (an empty list removes the entry). Returns false when storage refused. */
export function saveShortlist(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  feedUrl: string,
  ids: readonly string[],
): boolean {
  try {
    if (!storage) return false;
    if (ids.length === 0) storage.removeItem(shortlistKey(feedUrl));
    else storage.setItem(shortlistKey(feedUrl), JSON.stringify(ids));
    return true;
  } catch {
    return false;
  }
}
