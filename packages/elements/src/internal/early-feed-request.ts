/**
 * Starts the feed download before the engine (which holds `loadFeed`) has arrived, so the two
 * downloads overlap instead of following one another.
 *
 * `loadFeed` stays in charge of the request: it is handed {@link EarlyFeedRequest.fetch} as its
 * `fetch` option and gets the early response only when it asks for exactly the request made early
 * (same URL, headers, credentials, mode, referrer policy). Any other request, e.g. a conditional
 * one carrying a saved copy's validators, is made afresh and the early one is dropped, so this can
 * save time but never changes what is sent. Its abort signal (caller abort, timeout) reaches the
 * early request and its body.
 */

import { savedCopyKey } from './saved-copy.ts';

/** What `loadFeed` sends (see packages/sdk/src/feed/load.ts): no cookies, no referrer. */
const EARLY_INIT = {
  credentials: 'omit',
  mode: 'cors',
  referrerPolicy: 'no-referrer',
} as const satisfies RequestInit;
const EARLY_HEADERS: Record<string, string> = { accept: 'application/json' };

/** A feed request started early, waiting for `loadFeed` to adopt it. */
export interface EarlyFeedRequest {
  /** The feed address requested. */
  readonly url: string;
  /** For `loadFeed`'s `fetch` option: its first call gets the early response if it asks for the same request. */
  readonly fetch: typeof globalThis.fetch;
  /** Drops the early request unless it has been adopted. */
  cancel(reason?: unknown): void;
}

/**
 * Requests `url` now, the way `loadFeed` would without validators.
 *
 * @param fetchImpl - for tests; defaults to the page's `fetch` at call time.
 */
export function startEarlyFeedRequest(
  url: string,
  fetchImpl: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init),
): EarlyFeedRequest {
  const controller = new AbortController();
  let early: Promise<Response> | undefined = fetchImpl(url, {
    ...EARLY_INIT,
    headers: { Accept: EARLY_HEADERS.accept! },
    signal: controller.signal,
  });
  early.catch(() => undefined); // a request nobody adopts may fail unseen; an adopted one reports to loadFeed
  return {
    url,
    fetch: (input, init = {}) => {
      const response = early;
      early = undefined;
      if (!response || input !== url || !isSameRequest(init)) {
        if (response) controller.abort();
        return fetchImpl(input, init);
      }
      const signal = init.signal;
      if (signal?.aborted) controller.abort(signal.reason);
      else signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
      return response;
    },
    cancel: (reason) => {
      if (!early) return;
      early = undefined;
      controller.abort(reason);
    },
  };
}

/** True when `init` asks for what the early request asked for (its signal aside). */
function isSameRequest(init: RequestInit): boolean {
  const { signal: _signal, headers, ...rest } = init;
  const keys = Object.keys(rest) as (keyof typeof EARLY_INIT)[];
  if (keys.length !== Object.keys(EARLY_INIT).length || keys.some((key) => rest[key] !== EARLY_INIT[key])) return false;
  const sent = [...new Headers(headers)];
  return sent.length === Object.keys(EARLY_HEADERS).length && sent.every(([name, value]) => EARLY_HEADERS[name] === value);
}

/**
 * True when `storage` may hold a saved copy of the feed at `url` (then the finder waits for the
 * engine to read its validators and make a conditional request). Mirrors the key of the SDK's
 * `createFeedCache` (see saved-copy.ts; a test checks they agree). If they ever drift, nothing
 * breaks: a wrong "no" makes an early request that `loadFeed` does not adopt.
 */
export function mayHaveSavedCopy(storage: Pick<Storage, 'getItem'> | undefined, url: string): boolean {
  try {
    return storage?.getItem(savedCopyKey(url)) != null;
  } catch {
    return false; // storage blocked: there is no saved copy to use either
  }
}

/** True when `src` is on this page's origin (so conditional-request headers need no CORS preflight). */
export function isSameOrigin(src: string): boolean {
  try {
    return new URL(src, document.baseURI).origin === window.location.origin;
  } catch {
    return false;
  }
}
