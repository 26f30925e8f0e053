/**
 * ES module CDN build only (swapped in for internal/early-feed-request.ts where the feed controller
 * imports it, by vite.config.ts): the loader (cdn/loader.ts) has already started the feed requests of
 * the finders that were in the page when it ran, before this core chunk arrived, and hands them over
 * here; for any other finder it starts one the same way. The code that makes the request is in the
 * loader only, so the first paint carries it once.
 */
import type { EarlyFeedRequest, EarlyFeedPage } from '../internal/early-feed-request.ts';

/** The loader's request for `url` if it made one, else a new one (none with a saved copy on our origin). */
export function startEarlyFeedRequest(url: string): EarlyFeedRequest | undefined {
  return (globalThis as EarlyFeedPage).mpfEarlyFeed?.(url);
}
