/**
 * One load of the finder's feed once the engine is here (FeedController calls it; it travels with
 * the engine, so the first paint does not carry it): the last good copy is read, revalidated with
 * a conditional request when the feed is on our own origin, replaced by a fresh download (the early
 * request adopted when there is one), and stands in, reported with `mpf-error`, when the load fails.
 */
import type { CachedFeed, FeedCache, ParsedFeed } from '@micro-provider-finder/sdk';
import { MpfErrorEvent } from '../events/mpf-error.ts';
import { adoptingFetch } from '../internal/adopt-early-feed.ts';
import type { EarlyFeedRequest } from '../internal/early-feed-request.ts';
import { feedErrorDetail } from '../internal/feed-error-detail.ts';
import { isAbortError, type FeedState } from '../internal/finder-state.ts';
import type { Engine } from '../internal/load-engine.ts';
import { isSameOrigin, savedCopyOptions } from '../internal/saved-copy.ts';
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
 * write to storage) is work the first results need not wait for, so it runs once the page is idle.
 * It starts at once instead when the page may be about to go (hidden, or being left) or the finder
 * leaves the page (`saveWaitingCopiesNow`): a person who saw results and moved on quickly still has
 * the copy next time. A later load of the same feed (another finder, Try again) runs the waiting
 * save first, so it finds the copy.
 */
const waitingSaves = new Map<string, () => Promise<unknown>>();
/** Saves started and not yet finished (see savedCopiesSettled). */
const savesInFlight = new Set<Promise<unknown>>();

/** Runs `save` when the page is next idle (or soon, where there is no requestIdleCallback), or earlier (see above). */
function saveWhenIdle(src: string, save: () => Promise<unknown>): void {
  let saving: Promise<unknown> | undefined;
  const run = () => {
    if (waitingSaves.get(src) === run) waitingSaves.delete(src);
    if (saving === undefined) {
      const started = save().catch(() => undefined); // the cache reports its own failures
      savesInFlight.add(started);
      void started.finally(() => savesInFlight.delete(started));
      saving = started;
    }
    return saving;
  };
  waitingSaves.set(src, run);
  listenForPageLeaving();
  whenIdle(() => void run(), { timeoutMs: 2000, fallbackMs: 50 });
}

/** Starts every save still waiting for an idle moment (a finder left the page; the page is hidden or being left). */
export function saveWaitingCopiesNow(): void {
  for (const run of [...waitingSaves.values()]) void run();
}

/** Resolves once no save is waiting or under way (waiting ones are started now). For tests that clear storage between cases. */
export async function savedCopiesSettled(): Promise<void> {
  saveWaitingCopiesNow();
  await Promise.all([...savesInFlight]);
}

let listeningForPageLeaving = false;
/** Mobile browsers often discard a hidden page without `pagehide`, so a hidden page saves too. */
function listenForPageLeaving(): void {
  if (listeningForPageLeaving || typeof window === 'undefined') return;
  listeningForPageLeaving = true;
  window.addEventListener('pagehide', saveWaitingCopiesNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveWaitingCopiesNow();
  });
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
      ...(load.early ? { fetch: adoptingFetch(load.early) } : {}),
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
      saveWhenIdle(src, () => cache.save(src, feed, { etag: loaded.etag, lastModified: loaded.lastModified, fetchedAt: loaded.fetchedAt }));
    return { feed, problems: loaded.problems };
  } catch (error) {
    if (!saved || signal.aborted || isAbortError(error)) throw error;
    const detail = feedErrorDetail(error, true);
    load.host.dispatchEvent(new MpfErrorEvent(detail));
    return { feed: saved.feed, problems: [], savedAt: saved.savedAt, error: detail };
  }
}
