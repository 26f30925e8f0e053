import { expect } from '@open-wc/testing';
// @ts-expect-error -- plain JavaScript sample generator, no type declarations
import { generateFeed } from '../../../../scripts/sample/generate.mjs';
import { DEFAULT_CACHE_MAX_BYTES, createFeedCache, type KeyValueStorage, type NotSavedReason } from './cache.ts';
import { parseFeed } from './parse.ts';
import type { ParsedFeed } from '../types.ts';

const FEED = {
  format: 'micro-provider-feed/1',
  publisher: { name: 'Example Council (fictional)' },
  generated: '2025-03-31T09:00:00Z',
  licence: 'OGL-UK-3.0',
  providers: [
    { id: 'p1', name: 'Example Meals (fictional)', support: ['meals'], contact: { website: 'https://example.org/' } },
    { id: 'p2', name: 'Example Sitting (fictional)', support: ['sitting-service'] },
  ],
};
const FEED_URL = 'https://feeds.example/somerset.json';

/** In-memory Web Storage stand-in; `failWrites` simulates QuotaExceededError. */
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A cache that records what it was told about copies it did not save. */
function recordingCache(storage: KeyValueStorage, options: Parameters<typeof createFeedCache>[1] = {}) {
  const notSaved: { reason: NotSavedReason; message: string }[] = [];
  const cache = createFeedCache(storage, { ...options, onNotSaved: (reason, message) => notSaved.push({ reason, message }) });
  return { cache, notSaved };
}

const withProviders = (count: number, skipped = 0): ParsedFeed => {
  const feed = parseFeed({
    ...FEED,
    providers: Array.from({ length: count }, (_, i) => ({ id: `p${i}`, name: `Example ${i} (fictional)`, support: ['meals'] })),
  });
  for (let i = 0; i < skipped; i++)
    feed.problems.push({ index: count + i, path: 'name', message: 'name: missing, record skipped', severity: 'record' });
  return feed;
};

describe('createFeedCache', () => {
  it('saves a parsed feed and loads it back with its validators', async () => {
    const storage = new MemoryStorage();
    const cache = createFeedCache(storage);
    const saved = await cache.save(FEED_URL, parseFeed(FEED), {
      etag: '"v1"',
      lastModified: 'Mon, 31 Mar 2025 09:00:00 GMT',
      fetchedAt: '2025-04-01T10:00:00.000Z',
    });
    expect(saved).to.equal(true);
    expect([...storage.items.keys()]).to.deep.equal([`mpf:feed:v2:${FEED_URL}`]);
    const loaded = (await cache.load(FEED_URL))!;
    expect(loaded.savedAt).to.equal('2025-04-01T10:00:00.000Z');
    expect(loaded.etag).to.equal('"v1"');
    expect(loaded.lastModified).to.equal('Mon, 31 Mar 2025 09:00:00 GMT');
    expect(loaded.feed.meta).to.deep.equal(parseFeed(FEED).meta);
    expect(loaded.feed.providers).to.deep.equal(parseFeed(FEED).providers);
  });

  it('accepts raw text and refuses text that is not a feed', async () => {
    const { cache, notSaved } = recordingCache(new MemoryStorage());
    expect(await cache.save(FEED_URL, JSON.stringify(FEED))).to.equal(true);
    expect((await cache.load(FEED_URL))!.feed.providers).to.have.length(2);
    expect(await cache.save('https://feeds.example/other.json', '<html>')).to.equal(false);
    expect(await cache.load('https://feeds.example/other.json')).to.equal(undefined);
    expect(notSaved.map((n) => n.reason)).to.deep.equal(['not-a-feed']);
  });

  it('finds a copy whose (asynchronous) save has not finished yet, from another cache on the same storage', async () => {
    const storage = new MemoryStorage();
    void createFeedCache(storage).save(FEED_URL, parseFeed(FEED));
    expect(storage.items.size, 'still compressing').to.equal(0);
    expect((await createFeedCache(storage).load(FEED_URL))?.feed.providers).to.have.length(2);
  });

  it('returns undefined for a feed it has not seen', async () => {
    expect(await createFeedCache(new MemoryStorage()).load(FEED_URL)).to.equal(undefined);
  });

  it('keeps versions apart, and removes entries of older layouts (which held private fields) when opened', async () => {
    const storage = new MemoryStorage();
    storage.items.set(
      `mpf:feed:v1:${FEED_URL}`,
      '{"savedAt":"2025-01-01","feed":{"providers":[{"location":{"address":"7 Hidden Close"}}]}}',
    );
    storage.items.set('someone-else:v1', 'kept');
    await createFeedCache(storage, { version: 2 }).save(FEED_URL, parseFeed(FEED));
    expect([...storage.items.keys()].sort()).to.deep.equal([`mpf:feed:v2:${FEED_URL}`, 'someone-else:v1']);
    expect(await createFeedCache(storage, { version: 3 }).load(FEED_URL)).to.equal(undefined);
  });

  it('keys copies by the absolute feed address', async () => {
    const storage = new MemoryStorage();
    const cache = createFeedCache(storage, { baseUrl: 'https://council.example/directory/page.html' });
    expect(cache.keyFor('feed.json')).to.equal('mpf:feed:v2:https://council.example/directory/feed.json');
    expect(cache.keyFor('/directory/feed.json')).to.equal(cache.keyFor('feed.json'));
    expect(cache.keyFor('https://council.example/directory/feed.json')).to.equal(cache.keyFor('feed.json'));
    await cache.save('feed.json', parseFeed(FEED));
    expect((await cache.load('/directory/feed.json'))?.feed.providers).to.have.length(2);
    const elsewhere = createFeedCache(storage, { baseUrl: 'https://council.example/other/' });
    expect(await elsewhere.load('feed.json'), 'the same text on another page is another feed').to.equal(undefined);
  });

  describe('keeps the last good copy', () => {
    for (const [label, feed, reason] of [
      ['a feed with no providers', withProviders(0), 'no-providers'],
      ['a feed where most records were skipped', withProviders(3, 4), 'mostly-bad'],
    ] as const) {
      it(`instead of ${label}, and says so`, async () => {
        const storage = new MemoryStorage();
        const { cache, notSaved } = recordingCache(storage);
        expect(await cache.save(FEED_URL, parseFeed(FEED))).to.equal(true);
        expect(await cache.save(FEED_URL, feed)).to.equal(false);
        expect((await cache.load(FEED_URL))!.feed.providers.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
        expect(notSaved).to.have.length(1);
        expect(notSaved[0]!.reason).to.equal(reason);
        expect(notSaved[0]!.message).to.match(new RegExp(`^the saved copy of ${FEED_URL} was kept: the new one `));
      });
    }

    it('but a feed with as many good records as skipped ones replaces it', async () => {
      const { cache } = recordingCache(new MemoryStorage());
      await cache.save(FEED_URL, parseFeed(FEED));
      expect(await cache.save(FEED_URL, withProviders(3, 3))).to.equal(true);
      expect((await cache.load(FEED_URL))!.feed.providers).to.have.length(3);
    });

    it('when the new copy is too big, and says so', async () => {
      const storage = new MemoryStorage();
      await createFeedCache(storage, { maxBytes: 1_000_000 }).save(FEED_URL, parseFeed(FEED));
      const { cache, notSaved } = recordingCache(storage, { maxBytes: 100 });
      expect(await cache.save(FEED_URL, withProviders(50))).to.equal(false);
      expect((await cache.load(FEED_URL))!.feed.providers.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
      expect(notSaved.map((n) => n.reason)).to.deep.equal(['too-big']);
      expect(notSaved[0]!.message).to.match(
        /was kept: the new one is too big to save \(\d+ (of at most 100 characters|characters before compression)\)$/,
      );
    });

    it('when storage is full (and never throws), and says so', async () => {
      const storage = new MemoryStorage();
      const { cache, notSaved } = recordingCache(storage);
      await cache.save(FEED_URL, parseFeed(FEED));
      storage.failWrites = true;
      expect(await cache.save(FEED_URL, withProviders(5))).to.equal(false);
      expect((await cache.load(FEED_URL))!.feed.providers).to.have.length(2);
      expect(notSaved.map((n) => n.reason)).to.deep.equal(['storage-refused']);
    });
  });

  it("never stores a home-based provider's address, coordinates or full postcode, even in a feed built by hand", async () => {
    const storage = new MemoryStorage();
    const cache = createFeedCache(storage);
    const feed = parseFeed(FEED);
    feed.providers[0]!.location = {
      address: '7 Hidden Close',
      postcode: 'TA1 4XX',
      lat: 51.0151,
      lng: -3.1062,
      town: 'Taunton',
      private: true,
    };
    await cache.save(FEED_URL, feed);
    expect(feed.providers[0]!.location.address, "the caller's feed is untouched").to.equal('7 Hidden Close');
    const loaded = (await cache.load(FEED_URL))!;
    expect(loaded.feed.providers[0]!.location).to.deep.equal({ postcode: 'TA1', town: 'Taunton', private: true });
    const stored = storage.items.get(cache.keyFor(FEED_URL))!;
    for (const secret of ['Hidden Close', '4XX', '51.0151', '3.1062']) expect(stored).not.to.include(secret);
  });

  it('never throws when storage itself throws on read', async () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(await createFeedCache(broken).load(FEED_URL)).to.equal(undefined);
  });

  for (const [label, text] of [
    ['not JSON', '{oops'],
    ['no header line', '{"savedAt":"2025-01-01","packed":false}'],
    ['JSON without a feed', '{"savedAt":"2025-01-01","packed":false}\n{"nope":true}'],
    ['a packed body that does not inflate', '{"savedAt":"2025-01-01","packed":true}\nnot deflate data'],
    ['a packed body with characters beyond Latin-1', '{"savedAt":"2025-01-01","packed":true}\n\u2603'],
    ['a JSON string', '"hello"'],
    ['null', 'null'],
  ]) {
    it(`ignores and removes a corrupt entry (${label})`, async () => {
      const storage = new MemoryStorage();
      const cache = createFeedCache(storage);
      storage.items.set(cache.keyFor(FEED_URL), text);
      expect(await cache.load(FEED_URL)).to.equal(undefined);
      expect(storage.items.size).to.equal(0);
    });
  }

  it('re-validates entries on load, so tampered storage cannot inject unsafe links', async () => {
    const storage = new MemoryStorage();
    const cache = createFeedCache(storage);
    const key = cache.keyFor(FEED_URL);
    const tampered = JSON.stringify({ ...FEED, providers: [{ ...FEED.providers[0], contact: { website: 'javascript:alert(1)' } }] });
    storage.items.set(key, `${JSON.stringify({ savedAt: '2025-01-01', packed: false })}\n${tampered}`);
    const loaded = (await cache.load(FEED_URL))!;
    expect(loaded.feed.providers[0]!.contact).to.equal(undefined);
  });

  it('fits a generated 10,000-provider feed in real localStorage, and reads it back', async function () {
    this.timeout(60_000);
    const feed = parseFeed(generateFeed({ total: 10_000 }));
    expect(feed.providers).to.have.length(10_000);
    const url = `/feeds/cache-test-10k-${Math.random()}.json`;
    const { cache, notSaved } = recordingCache(localStorage);
    try {
      expect(await cache.save(url, feed), JSON.stringify(notSaved)).to.equal(true);
      const stored = localStorage.getItem(cache.keyFor(url))!;
      expect(stored.length, 'well inside the default limit').to.be.below(DEFAULT_CACHE_MAX_BYTES / 2);
      const loaded = (await cache.load(url))!;
      expect(loaded.feed.providers).to.deep.equal(feed.providers);
    } finally {
      cache.remove(url);
    }
  });

  it('works with real localStorage', async () => {
    const cache = createFeedCache(localStorage);
    const url = `/feeds/cache-test-${Math.random()}.json`;
    try {
      expect(await cache.save(url, parseFeed(FEED), { etag: '"v2"' })).to.equal(true);
      expect(localStorage.getItem(cache.keyFor(url))).to.be.a('string');
      const loaded = (await cache.load(url))!;
      expect(loaded.etag).to.equal('"v2"');
      expect(loaded.feed.providers.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
    } finally {
      cache.remove(url);
    }
    expect(localStorage.getItem(cache.keyFor(url))).to.equal(null);
  });
});
