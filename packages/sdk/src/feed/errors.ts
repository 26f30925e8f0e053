/**
 * Why a feed could not be used. User-facing wording lives in the element's
 * string table, keyed by `kind`; `message` here is for developers.
 *
 * - `not-a-feed`: the input is not an object with a `providers` array, or lists more than
 *   2^20 (1,048,576) providers.
 * - `unsupported-format`: `format` is present but is not `micro-provider-feed/1`.
 * - `network`: the request never got a response (offline, DNS, CORS, connection reset).
 * - `timeout`: no complete response within `timeoutMs`.
 * - `http`: the server answered with a non-2xx status (see `status`, `retryAfterSeconds`),
 *   including a 304 to a request that named no saved copy.
 * - `parse`: the response was not JSON (a web page, truncated or malformed text), or the
 *   value could not be read at all (a throwing getter or Proxy passed to parseFeed).
 *
 * A caller's own abort is not a FeedError: it rejects with the usual
 * `DOMException` named `AbortError`, so Lit Task treats it as an abort.
 */
export type FeedErrorKind = 'not-a-feed' | 'unsupported-format' | 'network' | 'timeout' | 'http' | 'parse';

/** Optional details carried by a {@link FeedError}. */
export interface FeedErrorDetails {
  /** The feed address, when the error came from loading one. */
  url?: string;
  /** HTTP status, for `kind: 'http'`. */
  status?: number;
  /** Seconds the server asked us to wait (from `Retry-After`), usually with a 503 or 429. */
  retryAfterSeconds?: number;
  /** The underlying error, if any. */
  cause?: unknown;
}

/** A feed could not be loaded or is not a micro-provider-feed/1 at all. Switch on `kind`. */
export class FeedError extends Error {
  override name = 'FeedError' as const;
  readonly kind: FeedErrorKind;
  readonly url?: string;
  readonly status?: number;
  readonly retryAfterSeconds?: number;

  constructor(kind: FeedErrorKind, message: string, details: FeedErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    if (details.url !== undefined) this.url = details.url;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** True when `value` is a {@link FeedError} (also across bundle copies, by `name` and `kind`). */
export function isFeedError(value: unknown): value is FeedError {
  if (value instanceof FeedError) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'FeedError' &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}
