/**
 * A link to a shortlist: the page's own address with the provider ids in an `mpf-list`
 * parameter. Only ids travel (no names, no places); opening the link on the same page shows them.
 */
const PARAM = 'mpf-list';

/** `pageUrl` with the list's ids (any previous list replaced; the rest of the address kept). */
export function shareUrl(pageUrl: string, ids: readonly string[]): string {
  const url = new URL(pageUrl);
  url.searchParams.set(PARAM, ids.join(','));
  return url.href;
}

/** The ids a shared link carries, or [] when it carries none. */
export function sharedIds(pageUrl: string): string[] {
  try {
    const value = new URL(pageUrl).searchParams.get(PARAM);
    return value
      ? value
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
      : [];
  } catch {
    return [];
  }
}
