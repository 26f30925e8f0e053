/**
 * The last good copy of a feed (issue 6), kept in whatever key-value storage the caller
 * passes in (the element passes localStorage; the SDK never touches it).
 *
 * - Only a copy worth keeping replaces the last one: not a feed with no providers, nor one
 *   where most records were skipped, nor one too big for storage (the previous copy stays,
 *   and `onNotSaved` says why).
 * - The copy is compact: the feed's own fields and the parsed providers (no problems list),
 *   with no home-based provider's address, coordinates or full postcode, compressed
 *   (deflate, where the platform has CompressionStream) so a 10,000-provider feed fits.
 * - Entries are re-validated with parseFeed on the way out, so a tampered or corrupt entry
 *   cannot inject bad data; corrupt entries are removed.
 * - Storage errors (quota, private mode) are swallowed: a cache that fails is a cache that misses.
 * - Keys use the absolute feed address (resolved against `baseUrl`), so "feed.json" and
 *   "/feed.json" on one page share a copy, and the same text on two pages does not.
 */
import type { FeedMeta, ParsedFeed, Provider } from '../types.ts';
import type { FeedValidators } from './load.ts';
import { parseFeed, parseFeedFromJson } from './parse.ts';
import { publicLocation } from './privacy.ts';

/** The subset of the Web Storage API the cache needs (`length` and `key` are used, when present, to clear old-format entries). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

/** Why a copy was not saved (the previous copy, if any, is kept). */
export type NotSavedReason = 'not-a-feed' | 'no-providers' | 'mostly-bad' | 'too-big' | 'storage-refused';

/** Options for {@link createFeedCache}. */
export interface FeedCacheOptions {
  /** Largest entry saved, in UTF-16 code units (about 1 to 2 bytes each in localStorage). Default 4,000,000. */
  maxBytes?: number;
  /** Cache layout version; bump to ignore entries written by older code. Default 2. */
  version?: number;
  /** Base for relative feed addresses (the element passes `document.baseURI`). */
  baseUrl?: string;
  /** Told when a copy is not saved, with a sentence for developers (never any feed content). */
  onNotSaved?: (reason: NotSavedReason, message: string) => void;
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
   * Saves a feed that loaded (raw text is parsed first). Resolves false, keeping the previous
   * copy, when the feed is not worth keeping, too big, or storage refused it; never rejects.
   */
  save(url: string, feed: ParsedFeed | string, info?: CachedFeedInfo): Promise<boolean>;
  /** The saved copy for `url`, or undefined (missing, corrupt or from another version). Never rejects. */
  load(url: string): Promise<CachedFeed | undefined>;
  /** Forgets the copy for `url`. */
  remove(url: string): void;
  /** The storage key used for `url`. */
  keyFor(url: string): string;
}

/**
 * What is stored under a key: this header as one line of JSON, a line break, then the body: the
 * feed JSON, deflated into Latin-1 text when `packed` (kept outside the JSON, where escaping
 * its control characters would cost half as much again).
 */
interface StoredHeader {
  savedAt: string;
  etag?: string;
  lastModified?: string;
  packed: boolean;
}

/** The feed as stored, in micro-provider-feed/1 form so it is re-parsed (re-validated) on load. */
interface StoredFeed {
  format: FeedMeta['format'];
  publisher: FeedMeta['publisher'];
  generated: string;
  licence?: string;
  providers: Provider[];
}

/** Default size limit of one cache entry. */
export const DEFAULT_CACHE_MAX_BYTES = 4_000_000;
/** Current cache layout. Version 1 stored whole feeds uncompressed, home-based addresses included. */
export const FEED_CACHE_VERSION = 2;
const KEY_PREFIX = 'mpf:feed:v';

/**
 * Saves still compressing, per storage and key: a load waits for them, so a copy saved a moment
 * ago on this page is found even though writing it is asynchronous.
 */
const pendingSaves = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Creates a cache of last good feed copies in `storage`, one entry per feed address under the
 * key `mpf:feed:v<version>:<absolute url>`. Entries of older layouts are removed on creation.
 */
export function createFeedCache(storage: KeyValueStorage, options: FeedCacheOptions = {}): FeedCache {
  const maxBytes = options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES;
  const version = options.version ?? FEED_CACHE_VERSION;
  const prefix = `${KEY_PREFIX}${version}:`;
  const keyFor = (url: string) => prefix + absolute(url, options.baseUrl);
  const notSaved = (reason: NotSavedReason, message: string): false => {
    try {
      options.onNotSaved?.(reason, message);
    } catch {
      // a failing listener must not break loading
    }
    return false;
  };
  removeOlderLayouts(storage, version);

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
      const key = keyFor(url);
      let pending = pendingSaves.get(storage);
      if (!pending) pendingSaves.set(storage, (pending = new Map()));
      const saving = saveNow(url, key, feed, info);
      pending.set(key, saving);
      void saving.finally(() => {
        if (pending.get(key) === saving) pending.delete(key);
      });
      return saving;
    },
    async load(url) {
      await pendingSaves.get(storage)?.get(keyFor(url));
      let text: string | null;
      try {
        text = storage.getItem(keyFor(url));
      } catch {
        return undefined;
      }
      if (text === null) return undefined;
      try {
        const lineBreak = text.indexOf('\n');
        if (lineBreak < 0) throw new Error('corrupt');
        const entry = JSON.parse(text.slice(0, lineBreak)) as Partial<StoredHeader>;
        if (typeof entry !== 'object' || entry === null || typeof entry.savedAt !== 'string') throw new Error('corrupt');
        const body = text.slice(lineBreak + 1);
        const json = entry.packed === true ? await inflate(body) : body;
        const feed = parseFeedFromJson(JSON.parse(json));
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

  /** Saves now (see FeedCache.save); `save` registers it as pending for loads to wait on. */
  async function saveNow(url: string, key: string, feed: ParsedFeed | string, info: CachedFeedInfo): Promise<boolean> {
    let parsed: ParsedFeed;
    try {
      parsed = typeof feed === 'string' ? parseFeed(feed) : feed;
    } catch {
      return notSaved('not-a-feed', `the copy of ${url} was not saved: it is not a feed`);
    }
    const keep = worthKeeping(parsed);
    if (keep !== true) return notSaved(keep.reason, `the saved copy of ${url} was kept: the new one ${keep.why}`);
    let text: string;
    try {
      const packed = typeof CompressionStream === 'function';
      const json = JSON.stringify(compactFeed(parsed));
      // Text compresses about 5 to 8 times; beyond 10 there is no point spending the time to find out.
      if (json.length > maxBytes * 10) {
        return notSaved(
          'too-big',
          `the saved copy of ${url} was kept: the new one is too big to save (${json.length} characters before compression)`,
        );
      }
      const header: StoredHeader = { savedAt: info.fetchedAt ?? new Date().toISOString(), packed };
      if (info.etag) header.etag = info.etag;
      if (info.lastModified) header.lastModified = info.lastModified;
      text = `${JSON.stringify(header)}\n${packed ? await deflate(json) : json}`;
    } catch {
      return notSaved('storage-refused', `the copy of ${url} could not be prepared for saving`);
    }
    if (text.length > maxBytes) {
      return notSaved(
        'too-big',
        `the saved copy of ${url} was kept: the new one is too big to save (${text.length} of at most ${maxBytes} characters)`,
      );
    }
    try {
      storage.setItem(key, text);
      return true;
    } catch {
      // QuotaExceededError, SecurityError, private browsing: a failed setItem leaves the old value.
      return notSaved(
        'storage-refused',
        `the saved copy of ${url} was kept: storage refused the new one (${text.length} characters; full or blocked)`,
      );
    }
  }
}

/** True, or why a parsed feed must not replace the last good copy. */
function worthKeeping(feed: ParsedFeed): true | { reason: NotSavedReason; why: string } {
  if (feed.providers.length === 0) return { reason: 'no-providers', why: 'has no providers' };
  const skipped = new Set<number>();
  for (const problem of feed.problems) if (problem.severity === 'record') skipped.add(problem.index);
  if (skipped.size > feed.providers.length) {
    return { reason: 'mostly-bad', why: `had more records skipped (${skipped.size}) than usable (${feed.providers.length})` };
  }
  return true;
}

/** What the finder needs from a feed, and nothing a home-based provider keeps private. */
function compactFeed(feed: ParsedFeed): StoredFeed {
  const { meta } = feed;
  const providers = feed.providers.map((provider) => {
    if (provider.location?.private !== true) return provider;
    // parseFeed already did this, unless the caller built the feed itself.
    return { ...provider, location: publicLocation(provider.location) };
  });
  const stored: StoredFeed = { format: meta.format, publisher: meta.publisher, generated: meta.generated, providers };
  if (meta.licence !== undefined) stored.licence = meta.licence;
  return stored;
}

function absolute(url: string, base: string | undefined): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url; // not resolvable (no base): the text is the best key there is
  }
}

/** Removes entries written by other cache layouts (version 1 kept home-based providers' addresses). */
function removeOlderLayouts(storage: KeyValueStorage, version: number): void {
  try {
    if (typeof storage.key !== 'function' || typeof storage.length !== 'number') return;
    const stale: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      const match = key === null ? null : /^mpf:feed:v(\d+):/.exec(key);
      if (match && Number(match[1]) < version) stale.push(key!);
    }
    for (const key of stale) storage.removeItem(key);
  } catch {
    // storage unavailable
  }
}

/** Deflates text into a Latin-1 string (one byte per character), which storage keeps compactly. */
async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

async function inflate(latin1: string): Promise<string> {
  const bytes = new Uint8Array(latin1.length);
  for (let i = 0; i < latin1.length; i++) {
    const code = latin1.charCodeAt(i);
    if (code > 0xff) throw new Error('corrupt');
    bytes[i] = code;
  }
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}
