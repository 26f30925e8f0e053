/**
 * How the finder keeps the last good copy of its feed in localStorage (the SDK's
 * `createFeedCache` does the work): keyed by the feed's absolute address, so `src="feed.json"`
 * and `src="/feed.json"` on one page share a copy and the same `src` text on two pages does not;
 * and a copy that is not saved (too big, no providers, most records bad) says so in the console.
 */
import type { FeedCacheOptions } from '@micro-provider-finder/sdk';

/** Mirrors the SDK cache's key (`mpf:feed:v2:<absolute url>`); a test checks they agree. */
const KEY_PREFIX = 'mpf:feed:v2:';

/** `src` resolved against the page, as the browser will request it. */
export function absoluteFeedUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}

/** The localStorage key of the saved copy of the feed at `src`. */
export function savedCopyKey(src: string): string {
  return KEY_PREFIX + absoluteFeedUrl(src);
}

/** Options for the SDK's `createFeedCache` in a page. */
export function savedCopyOptions(): FeedCacheOptions {
  return {
    baseUrl: document.baseURI,
    onNotSaved: (_reason, message) => console.warn(`<micro-provider-finder>: ${message}`),
  };
}
