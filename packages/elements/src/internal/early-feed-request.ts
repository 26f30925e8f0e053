/**
 * Starts the feed download before the engine (which holds `loadFeed`) has arrived, so the two
 * downloads overlap instead of following one another. In the ES module CDN build the loader
 * (cdn/loader.ts) calls this for the finders already in the page as soon as it runs, before the core
 * chunk has even arrived; the finder then takes that request (cdn/early-feed-request.from-loader.ts).
 *
 * `loadFeed` stays in charge of the request: the engine hands it {@link adoptingFetch} (in
 * adopt-early-feed.ts) as its `fetch` option, and it gets the early response only when it asks for
 * exactly the request made early (same URL, headers, credentials, mode, referrer policy). Any other
 * request is made afresh and the early one is dropped, so this can save time but never changes what
 * is sent. With a saved copy on our own origin no early request is made: the finder's request then
 * carries the copy's validators (a conditional request), which needs the engine to read the copy.
 *
 * This module imports nothing: the CDN loader bundles it, and nothing else in that build may.
 */

/** The request `loadFeed` makes without validators (see packages/sdk/src/feed/load.ts): no cookies, no referrer. */
const EARLY_INIT = {
  credentials: 'omit',
  mode: 'cors',
  referrerPolicy: 'no-referrer',
  headers: { Accept: 'application/json' },
} as const satisfies RequestInit;

/** Mirrors the SDK cache's key (`mpf:feed:v2:<absolute url>`, as saved-copy.ts); a test checks they agree. */
const SAVED_COPY_KEY_PREFIX = 'mpf:feed:v2:';

/** A feed request started early, waiting for `loadFeed` to adopt it. */
export interface EarlyFeedRequest {
  /** The feed address requested. */
  readonly url: string;
  /** What was asked for (its signal aside): `loadFeed` gets the response only if it asks for the same. */
  readonly init: typeof EARLY_INIT;
  /** The response, until it is adopted or cancelled. */
  response: Promise<Response> | undefined;
  /** Aborts the early request (and its body). */
  readonly controller: AbortController;
  /** Drops the early request unless it has been adopted. */
  cancel(reason?: unknown): void;
}

/**
 * ES module CDN build: the loader's hand-over to the core (a global, since no chunk may import the
 * loader): the request it started for `url`, taken once, or else a new one. See cdn/loader.ts.
 */
export interface EarlyFeedPage {
  mpfEarlyFeed?: (url: string) => EarlyFeedRequest | undefined;
}

/**
 * Requests `url` now, the way `loadFeed` would without validators; undefined when a saved copy on
 * our own origin will make the finder's request a conditional one.
 *
 * @param storage - where saved copies are; defaults to the page's localStorage.
 * @param fetchImpl - for tests; defaults to the page's `fetch` at call time.
 */
export function startEarlyFeedRequest(
  url: string,
  storage: Pick<Storage, 'getItem'> | undefined = localStorageOrNothing(),
  fetchImpl: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init),
): EarlyFeedRequest | undefined {
  if (isSameOrigin(url) && mayHaveSavedCopy(storage, url)) return undefined;
  const controller = new AbortController();
  const response = fetchImpl(url, { ...EARLY_INIT, signal: controller.signal });
  response.catch(() => undefined); // a request nobody adopts may fail unseen; an adopted one reports to loadFeed
  const early: EarlyFeedRequest = {
    url,
    init: EARLY_INIT,
    response,
    controller,
    cancel: (reason) => {
      if (!early.response) return;
      early.response = undefined;
      controller.abort(reason);
    },
  };
  return early;
}

/**
 * True when `storage` may hold a saved copy of the feed at `url` (then the finder waits for the
 * engine to read its validators and make a conditional request). If this ever drifts from the
 * SDK's key, nothing breaks: a wrong "no" makes an early request that `loadFeed` does not adopt.
 */
export function mayHaveSavedCopy(storage: Pick<Storage, 'getItem'> | undefined, url: string): boolean {
  try {
    return storage?.getItem(SAVED_COPY_KEY_PREFIX + new URL(url, document.baseURI).href) != null;
  } catch {
    return false; // storage blocked: there is no saved copy to use either
  }
}

/**
 * The page's localStorage, or undefined where reading it throws (sandboxed iframes, some private modes).
 * page-storage.ts's `pageStorage` in the loader's own copy (this module imports nothing, see above).
 */
function localStorageOrNothing(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** True when `src` is on this page's origin (so conditional-request headers need no CORS preflight); saved-copy.ts's test, copied. */
function isSameOrigin(src: string): boolean {
  // The document's origin: `location.origin` is "null" in a srcdoc or about:blank frame that inherits it.
  try {
    return new URL(src, document.baseURI).origin === window.origin;
  } catch {
    return false;
  }
}
