/**
 * One load of the finder's feed once the engine is here (FeedController calls it; it travels with
 * the engine, so the first paint does not carry it): the last good copy is read, revalidated with
 * a conditional request when the feed is on our own origin, replaced by a fresh download (the early
 * request adopted when there is one), and stands in, reported with `mpf-error`, when the load fails.
 */
import type { CachedFeed, FeedCache, ParsedFeed } from '@micro-provider-finder/sdk';
import { MpfErrorEvent } from '../events/mpf-error.ts';
import { isSameOrigin, type EarlyFeedRequest } from '../internal/early-feed-request.ts';
import { feedErrorDetail } from '../internal/feed-error-detail.ts';
import { isAbortError, type FeedState } from '../internal/finder-state.ts';
import type { Engine } from '../internal/load-engine.ts';
import { savedCopyOptions } from '../internal/saved-copy.ts';
import { whenIdle } from '../internal/when-idle.ts';

export interface FeedLoad {
  signal: AbortSignal;
  /** The download started while the engine loaded, if any. */
  early: EarlyFeedRequest | undefined;
  /** When the load gives up (ms since the epoch): the time limit counts from the start, engine download included. */
  deadline: number;
  /** Where `mpf-error` goes when a saved copy stands in. */
  host: EventTarget;
}

/**
 * Saves of a fresh feed waiting for an idle moment, by feed address. Saving (stringify, compress,
 * write to storage) is work the first results need not wait for, so it runs once the page is idle;
 * a later load of the same feed (another finder, Try again) runs the waiting save first, so it still
 * finds the copy. A save whose finder has left the page by then is dropped: a copy must not appear
 * in storage after the page removed the finder (and, say, cleared storage itself).
 */
const waitingSaves = new Map<string, () => Promise<unknown>>();

/** Runs `save` when the page is next idle (or soon, where there is no requestIdleCallback), if `host` is still in the page. */
function saveWhenIdle(src: string, host: EventTarget, save: () => Promise<unknown>): void {
  let saving: Promise<unknown> | undefined;
  const run = () => {
    if (waitingSaves.get(src) === run) waitingSaves.delete(src);
    if ((host as Partial<Node>).isConnected === false) return Promise.resolve();
    return (saving ??= save());
  };
  waitingSaves.set(src, run);
  whenIdle(() => void run(), { timeoutMs: 2000, fallbackMs: 50 });
}

/** Opens the last-good-copy cache in localStorage; undefined when storage is unavailable. */
function openFeedCache(engine: Engine): FeedCache | undefined {
  try {
    return engine.createFeedCache(window.localStorage, savedCopyOptions());
  } catch {
    return undefined; // storage disabled, sandboxed iframe, private mode
  }
}

/**
 * The feed at `src` (or its saved copy). Rejects when it cannot be loaded and there is no saved
 * copy; the caller reports that.
 */
export async function loadFinderFeed(engine: Engine, src: string, load: FeedLoad): Promise<FeedState> {
  const { signal } = load;
  // While the feed downloads: compile the built-in care vocabulary that the search index is built
  // with (the same shared, immutable one every finder uses), if the page is idle before the feed
  // arrives. Otherwise the index build compiles it, as before.
  whenIdle(() => engine.interpretNeed(''));
  const cache = openFeedCache(engine);
  let saved: CachedFeed | undefined;
  try {
    await waitingSaves.get(src)?.();
    saved = await cache?.load(src);
    const loaded = await engine.loadFeed(src, {
      signal,
      timeoutMs: Math.max(1, load.deadline - Date.now()),
      ...(load.early ? { fetch: load.early.fetch } : {}),
      // Validators make a cross-origin request "non-simple" (a CORS preflight the feed host may refuse),
      // so they are only sent to our own origin; the browser's HTTP cache revalidates the others.
      ...(saved && isSameOrigin(src) ? { cached: { etag: saved.etag, lastModified: saved.lastModified } } : {}),
    });
    if (loaded.notModified) {
      // Validators are only sent with a saved copy, and the SDK rejects a 304 to a request without them.
      const copy = saved as CachedFeed;
      return { feed: copy.feed, problems: copy.feed.problems };
    }
    const feed: ParsedFeed = { meta: loaded.meta, providers: loaded.providers, problems: loaded.problems };
    if (cache)
      saveWhenIdle(src, load.host, () =>
        cache.save(src, feed, { etag: loaded.etag, lastModified: loaded.lastModified, fetchedAt: loaded.fetchedAt }),
      );
    return { feed, problems: loaded.problems };
  } catch (error) {
    if (!saved || signal.aborted || isAbortError(error)) throw error;
    const detail = feedErrorDetail(error, true);
    load.host.dispatchEvent(new MpfErrorEvent(detail));
    return { feed: saved.feed, problems: [], savedAt: saved.savedAt, error: detail };
  }
}
