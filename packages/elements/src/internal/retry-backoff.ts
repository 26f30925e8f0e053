/**
 * Backoff between feed loads after a failure, so a feed that keeps failing (or a server that
 * answers oddly) can never draw a storm of requests from a page: "Try again", coming back
 * online or any other reload of the same address waits 1 s after one failure, then 2 s, 4 s ...
 * up to 5 minutes, with a little jitter so many pages do not retry in step. The first load, and
 * any load after a success, starts at once.
 *
 * Kept per finder element and feed address: another finder, or another address, starts fresh.
 */

/** Delay after the first failure; it doubles with each further failure, up to {@link MAX_DELAY_MS}. */
export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 5 * 60_000;

/** Consecutive failures, per owner (a finder element) and feed address. */
const failuresByOwner = new WeakMap<object, Map<string, number>>();

/** Milliseconds to wait before the next load after `failures` failures in a row (0 when none). */
export function backoffDelayMs(failures: number, random: () => number = Math.random): number {
  if (failures <= 0) return 0;
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - 1, 20));
  return Math.round(base * (0.9 + 0.2 * random())); // ±10 % jitter
}

/**
 * Runs `load` for `owner`'s feed at `url`, first waiting the backoff its earlier failures call
 * for. A load fails when it throws (other than by `signal` aborting) or resolves with an `error`
 * (a saved copy shown instead of the feed). Rejects with the abort reason if `signal` aborts
 * during the wait.
 */
export async function afterBackoff<T extends { error?: unknown } | undefined>(
  owner: object,
  url: string,
  signal: AbortSignal,
  load: () => Promise<T>,
): Promise<T> {
  let failures = failuresByOwner.get(owner);
  if (!failures) failuresByOwner.set(owner, (failures = new Map()));
  await sleep(backoffDelayMs(failures.get(url) ?? 0), signal);
  const failed = () => failures.set(url, (failures.get(url) ?? 0) + 1);
  let result: T;
  try {
    result = await load();
  } catch (error) {
    if (!signal.aborted) failed();
    throw error;
  }
  if (result?.error !== undefined) failed();
  else failures.delete(url);
  return result;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  if (ms === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      signal.removeEventListener('abort', aborted);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const aborted = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', aborted, { once: true });
  });
}
