/**
 * Runs work the first results need not wait for when the page is next idle. Where there is no
 * `requestIdleCallback` (Safari), `fallbackMs` later, or not at all when `fallbackMs` is undefined.
 */
export function whenIdle(work: () => void, { timeoutMs, fallbackMs }: { timeoutMs?: number; fallbackMs?: number } = {}): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
  else if (fallbackMs !== undefined) setTimeout(work, fallbackMs);
}
