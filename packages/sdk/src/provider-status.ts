/**
 * Whether a provider runs now: one definition for the parser (a closed service never takes new
 * clients) and the finder (closed services come after open ones).
 */
import type { ProviderStatus } from './types.ts';

/** True when `status` says the service is not running now (closed or temporarily closed); absent means open. */
export function isClosed(status: ProviderStatus | undefined): boolean {
  return status === 'closed' || status === 'temporarily-closed';
}
