/**
 * How the finder keeps the last good copy of its feed in localStorage (the SDK's
 * `createFeedCache` does the work): keyed by the feed's absolute address, so `src="feed.json"`
 * and `src="/feed.json"` on one page share a copy and the same `src` text on two pages does not;
 * and a copy that is not saved (too big, no providers, most records bad) says so in the console.
 */
import type { FeedCacheOptions } from '@micro-provider-finder/sdk';

/** Options for the SDK's `createFeedCache` in a page. */
export function savedCopyOptions(): FeedCacheOptions {
  return {
    baseUrl: document.baseURI,
    onNotSaved: (_reason, message) => console.warn(`<micro-provider-finder>: ${message}`),
  };
}

/**
 * True when `src` is on this page's origin: only then does the finder send a saved copy's validators
 * (cross-origin they make the request "non-simple", a CORS preflight the feed host may refuse).
 */
export function isSameOrigin(src: string): boolean {
  // The document's origin: `location.origin` is "null" in a srcdoc or about:blank frame that inherits it.
  // early-feed-request.ts keeps its own copy of this test: the CDN loader bundles that module, which
  // may import nothing the chunks also import (see its header).
  try {
    return new URL(src, document.baseURI).origin === window.origin;
  } catch {
    return false;
  }
}
