/**
 * loadFeed: fetches a micro-provider-feed/1 document without cookies and parses it.
 * Every failure the caller cannot prevent becomes a FeedError with a `kind`; a caller's
 * own abort rejects with the AbortSignal's reason (a DOMException named "AbortError").
 */
import type { ParsedFeed } from '../types.ts';
import { FeedError, isFeedError } from './errors.ts';
import { parseFeedFromJson } from './parse.ts';
import { followPages, type PagingOptions } from './paging.ts';

/** Validators from an earlier successful load, for a conditional request. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

/** Options for {@link loadFeed}. `maxPages` bounds the pages read from a paged Open Referral API (see paging.ts). */
export interface LoadFeedOptions extends PagingOptions {
  /** Aborts the request; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Give up after this many milliseconds (whole request and body), from 1 to 2,147,483,647.
   * Default 15,000. Anything else (negative, 0, NaN, Infinity, not a number) rejects with a
   * TypeError or RangeError before any request is made.
   */
  timeoutMs?: number;
  /** fetch implementation. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /**
   * Validators of the copy you already hold. Sends If-None-Match / If-Modified-Since and
   * resolves `{notModified: true}` on HTTP 304. Note: these headers make a cross-origin
   * request "non-simple" (a CORS preflight), so only pass them when the feed's server
   * allows them; the browser's HTTP cache revalidates on its own anyway.
   */
  cached?: FeedValidators;
}

/** A freshly downloaded and parsed feed. */
export interface FreshFeed extends ParsedFeed, FeedValidators {
  notModified: false;
  /** ISO date-time the response arrived. */
  fetchedAt: string;
}

/** The server said the copy described by `cached` is still current (HTTP 304). */
export interface NotModifiedFeed extends FeedValidators {
  notModified: true;
  fetchedAt: string;
}

/** Result of {@link loadFeed}: check `notModified` before reading `providers`. */
export type LoadedFeed = FreshFeed | NotModifiedFeed;

/** Default time limit for {@link loadFeed}. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Downloads and parses the feed at `url`.
 *
 * Requests use `credentials: 'omit'` (no cookies), `mode: 'cors'` and `referrerPolicy:
 * 'no-referrer'` (the feed host does not learn which page the resident is on).
 *
 * @throws {FeedError} `network`, `timeout`, `http` (with `status`, and `retryAfterSeconds`
 *   when the server sent Retry-After; also a 304 to a request that sent no validators), `parse` (not JSON, a web page, truncated),
 *   `not-a-feed`, `unsupported-format`. Rejects with the abort reason when `signal` aborts.
 * @throws {TypeError | RangeError} when `timeoutMs` is not a number from 1 to 2,147,483,647
 *   (a mistake in the calling code, so it is not a FeedError).
 */
export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<LoadedFeed> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, headers = {}, cached } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  checkTimeout(timeoutMs);
  signal?.throwIfAborted();

  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new FeedError('timeout', `no complete response from the feed address within ${timeoutMs} ms`, { url }));
  }, timeoutMs);

  /** Turns a rejection into the right error: caller abort, timeout, or `fallback`. */
  const explain = (error: unknown, fallback: () => FeedError): unknown => {
    if (signal?.aborted) return signal.reason;
    if (timedOut) return controller.signal.reason;
    if (isFeedError(error)) return error;
    return fallback();
  };

  try {
    const requestHeaders: Record<string, string> = { Accept: 'application/json', ...headers };
    if (cached?.etag) requestHeaders['If-None-Match'] = cached.etag;
    if (cached?.lastModified) requestHeaders['If-Modified-Since'] = cached.lastModified;

    let response: Response;
    try {
      response = await fetchImpl(url, {
        signal: controller.signal,
        headers: requestHeaders,
        credentials: 'omit',
        mode: 'cors',
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      throw explain(error, () => new FeedError('network', `could not reach the feed address (${describe(error)})`, { url, cause: error }));
    }

    const validators = readValidators(response.headers);
    const fetchedAt = new Date().toISOString();
    if (response.status === 304) {
      // "Not modified" only means something about a copy we named; otherwise it is a broken answer
      // (treating it as success made callers ask again at once, thousands of times a second).
      if (!sentValidators(requestHeaders)) {
        throw new FeedError('http', 'the feed address answered HTTP 304 (not modified) to a request that named no saved copy', {
          url,
          status: 304,
        });
      }
      return { notModified: true, fetchedAt, ...validators, ...keepCached(cached, validators) };
    }
    if (!response.ok) {
      const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
      throw new FeedError('http', `the feed address answered HTTP ${response.status}`, {
        url,
        status: response.status,
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      });
    }

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw explain(
        error,
        () => new FeedError('network', `the connection broke while reading the feed (${describe(error)})`, { url, cause: error }),
      );
    }
    const feed = await followPages(
      parseResponseText(text, response.headers.get('Content-Type') ?? '', url),
      url,
      (page) => loadFeed(page, { ...options, cached: undefined, maxPages: 1 }) as Promise<FreshFeed>,
      options,
    );
    return { ...feed, notModified: false, fetchedAt, ...validators };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** Longest delay setTimeout honours; a longer one fires at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** A bad `timeoutMs` is a programming mistake, not a feed problem: say so plainly instead of timing out at once or never. */
function checkTimeout(timeoutMs: unknown): void {
  if (typeof timeoutMs !== 'number') {
    throw new TypeError(`loadFeed: timeoutMs must be a number of milliseconds, got ${timeoutMs === null ? 'null' : typeof timeoutMs}`);
  }
  if (!(timeoutMs >= 1 && timeoutMs <= MAX_TIMEOUT_MS)) {
    throw new RangeError(`loadFeed: timeoutMs must be from 1 to ${MAX_TIMEOUT_MS} milliseconds, got ${String(timeoutMs)}`);
  }
}

/** Parses a response body, naming the usual mistakes (a web page, cut-short JSON). */
function parseResponseText(text: string, contentType: string, url: string): ParsedFeed {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start.startsWith('<') || /\btext\/html\b/i.test(contentType)) {
    throw new FeedError('parse', 'the feed address returned a web page, not JSON (is it a login or error page?)', { url });
  }
  if (start === '') throw new FeedError('parse', 'the feed address returned an empty response', { url });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const cutShort = /end of (json )?(data|input)|unterminated|unexpected end/i.test((error as Error).message);
    throw new FeedError(
      'parse',
      cutShort
        ? 'the feed is cut short (truncated JSON); the download may have been interrupted'
        : `the feed is not valid JSON (${(error as Error).message})`,
      { url, cause: error },
    );
  }
  try {
    return parseFeedFromJson(json); // json is ours alone: its records are cleaned in place
  } catch (error) {
    if (isFeedError(error)) throw new FeedError(error.kind, error.message, { url, cause: error });
    throw error;
  }
}

/** True when the request named a copy the caller holds (If-None-Match / If-Modified-Since, any case). */
function sentValidators(headers: Record<string, string>): boolean {
  return Object.keys(headers).some((name) => /^if-(none-match|modified-since)$/i.test(name) && headers[name] !== '');
}

function readValidators(headers: Headers): FeedValidators {
  const out: FeedValidators = {};
  const etag = headers.get('ETag');
  const lastModified = headers.get('Last-Modified');
  if (etag) out.etag = etag;
  if (lastModified) out.lastModified = lastModified;
  return out;
}

/** A 304 may omit validators; the caller's copy is still described by the ones it sent. */
function keepCached(cached: FeedValidators | undefined, fresh: FeedValidators): FeedValidators {
  const out: FeedValidators = {};
  if (!fresh.etag && cached?.etag) out.etag = cached.etag;
  if (!fresh.lastModified && cached?.lastModified) out.lastModified = cached.lastModified;
  return out;
}

/**
 * Retry-After as whole seconds from now: either delta-seconds ("120") or an HTTP date.
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
