/**
 * The last good copy of a feed (issue 6), kept in whatever key-value storage the caller
 * passes in (the element passes localStorage; the SDK never touches it). Entries are
 * re-validated with parseFeed on the way out, so a tampered or corrupt entry cannot
 * inject bad data; corrupt entries are removed. Storage errors (quota, private mode)
 * are swallowed: a cache that fails is just a cache that misses.
 */
import type { FeedMeta, ParsedFeed } from '../types.ts';
import type { FeedValidators } from './load.ts';
import { parseFeed } from './parse.ts';

/** The subset of the Web Storage API the cache needs. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Options for {@link createFeedCache}. */
export interface FeedCacheOptions {
  /** Largest entry saved, in UTF-16 code units (about 2 bytes each in localStorage). Default 4,000,000. */
  maxBytes?: number;
  /** Cache layout version; bump to ignore entries written by older code. Default 1. */
  version?: number;
}

/** Details stored with a cached feed. */
export interface CachedFeedInfo extends FeedValidators {
  /** ISO date-time the copy was downloaded. */
  fetchedAt?: string;
}

/** A feed read back from the cache. */
export interface CachedFeed extends FeedValidators {
  feed: ParsedFeed;
  /** ISO date-time the copy was saved (its `fetchedAt` when given). */
  savedAt: string;
}

/** A last-good-copy store; see {@link createFeedCache}. */
export interface FeedCache {
  /**
   * Saves a feed that parsed successfully (the caller's responsibility: never save a feed
   * that failed to load). Raw text is parsed first and not saved if it is not a feed.
   * Returns false when the entry was too big or storage refused it; never throws.
   */
  save(url: string, feed: ParsedFeed | string, info?: CachedFeedInfo): boolean;
  /** The saved copy for `url`, or undefined (missing, corrupt or from another version). */
  load(url: string): CachedFeed | undefined;
  /** Forgets the copy for `url`. */
  remove(url: string): void;
  /** The storage key used for `url`. */
  keyFor(url: string): string;
}

interface StoredEntry {
  savedAt: string;
  etag?: string;
  lastModified?: string;
  /** The feed in micro-provider-feed/1 form, so it is re-parsed (re-validated) on load. */
  feed: { format: FeedMeta['format']; publisher: FeedMeta['publisher']; generated: string; licence?: string; providers: unknown[] };
}

/** Default size limit of one cache entry. */
export const DEFAULT_CACHE_MAX_BYTES = 4_000_000;

/**
 * Creates a cache of last good feed copies in `storage`, one entry per feed URL under the
 * key `mpf:feed:v<version>:<url>`.
 */
export function createFeedCache(storage: KeyValueStorage, options: FeedCacheOptions = {}): FeedCache {
  const maxBytes = options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES;
  const prefix = `mpf:feed:v${options.version ?? 1}:`;
  const keyFor = (url: string) => prefix + url;

  const remove = (url: string) => {
    try {
      storage.removeItem(keyFor(url));
    } catch {
      // storage unavailable: nothing to forget
    }
  };

  return {
    keyFor,
    remove,
    save(url, feed, info = {}) {
      let parsed: ParsedFeed;
      try {
        parsed = typeof feed === 'string' ? parseFeed(feed) : feed;
      } catch {
        return false;
      }
      const entry: StoredEntry = {
        savedAt: info.fetchedAt ?? new Date().toISOString(),
        feed: { format: parsed.meta.format, publisher: parsed.meta.publisher, generated: parsed.meta.generated, providers: parsed.providers },
      };
      if (parsed.meta.licence !== undefined) entry.feed.licence = parsed.meta.licence;
      if (info.etag) entry.etag = info.etag;
      if (info.lastModified) entry.lastModified = info.lastModified;
      let text: string;
      try {
        text = JSON.stringify(entry);
      } catch {
        return false;
      }
      if (text.length > maxBytes) {
        remove(url); // an older, smaller copy would now be misleadingly stale
        return false;
      }
      try {
        storage.setItem(keyFor(url), text);
        return true;
      } catch {
        return false; // QuotaExceededError, SecurityError, private browsing
      }
    },
    load(url) {
      let text: string | null;
      try {
        text = storage.getItem(keyFor(url));
      } catch {
        return undefined;
      }
      if (text === null) return undefined;
      try {
        const entry = JSON.parse(text) as Partial<StoredEntry>;
        if (typeof entry !== 'object' || entry === null || typeof entry.savedAt !== 'string') throw new Error('corrupt');
        const feed = parseFeed(entry.feed);
        const cachedFeed: CachedFeed = { feed, savedAt: entry.savedAt };
        if (typeof entry.etag === 'string') cachedFeed.etag = entry.etag;
        if (typeof entry.lastModified === 'string') cachedFeed.lastModified = entry.lastModified;
        return cachedFeed;
      } catch {
        remove(url);
        return undefined;
      }
    },
  };
}
