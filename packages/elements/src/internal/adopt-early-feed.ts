/**
 * The engine's side of the early feed request (early-feed-request.ts): a `fetch` for `loadFeed`
 * whose first call gets the early response, if it asks for exactly the request made early. It
 * travels with the engine (controllers/feed-load.ts), so the first paint does not carry it.
 */
import type { EarlyFeedRequest } from './early-feed-request.ts';

/**
 * For `loadFeed`'s `fetch` option: its first call adopts `early` when it asks for the same request
 * (same URL, headers, credentials, mode, referrer policy); otherwise, e.g. a conditional request
 * carrying a saved copy's validators, the early request is dropped and this one made afresh. The
 * caller's abort signal (its abort, its timeout) reaches the adopted request and its body.
 *
 * @param fetchImpl - for tests; defaults to the page's `fetch` at call time.
 */
export function adoptingFetch(
  early: EarlyFeedRequest,
  fetchImpl: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init),
): typeof globalThis.fetch {
  return (input, init = {}) => {
    const response = early.response;
    early.response = undefined;
    if (!response || input !== early.url || !isSameRequest(init, early.init)) {
      if (response) early.controller.abort();
      return fetchImpl(input, init);
    }
    const signal = init.signal;
    if (signal?.aborted) early.controller.abort(signal.reason);
    else signal?.addEventListener('abort', () => early.controller.abort(signal.reason), { once: true });
    return response;
  };
}

/** True when `init` asks for what `made` asked for (their signals aside). */
function isSameRequest(init: RequestInit, made: RequestInit): boolean {
  const { signal: _signal, headers, ...rest } = init;
  const { signal: _made, headers: madeHeaders, ...madeRest } = made;
  const keys = Object.keys(rest) as (keyof typeof rest)[];
  if (keys.length !== Object.keys(madeRest).length || keys.some((key) => rest[key] !== madeRest[key as keyof typeof madeRest])) {
    return false;
  }
  const sent = [...new Headers(headers)];
  const expected = new Headers(madeHeaders);
  return sent.length === [...expected].length && sent.every(([name, value]) => expected.get(name) === value);
}
