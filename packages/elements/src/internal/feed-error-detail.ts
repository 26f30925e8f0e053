/** Turns whatever a feed load threw into the `mpf-error` detail the finder reports and words. */
import { isFeedError } from '@micro-provider-finder/sdk';
import type { MpfErrorDetail } from '../events/mpf-error.ts';

/** `{offline: true}` when the browser says it has no network. */
function offlineFlag(): { offline?: true } {
  return typeof navigator !== 'undefined' && navigator.onLine === false ? { offline: true } : {};
}

/** The detail for a failed load: the SDK's `FeedError` fields, else a network failure (e.g. the engine download failed). */
export function feedErrorDetail(error: unknown, usingSavedCopy: boolean): MpfErrorDetail {
  if (isFeedError(error)) {
    return {
      kind: error.kind,
      ...(error.status !== undefined ? { status: error.status } : {}),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      message: error.message,
      usingSavedCopy,
      ...offlineFlag(),
    };
  }
  return { kind: 'network', message: error instanceof Error ? error.message : String(error), usingSavedCopy, ...offlineFlag() };
}
