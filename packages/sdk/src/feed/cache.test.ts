import { expect } from '@open-wc/testing';
import { createFeedCache, type KeyValueStorage } from './cache.ts';
import { parseFeed } from './parse.ts';

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

describe('createFeedCache', () => {
  it('saves a parsed feed and loads it back with its validators', () => {
    const storage = new MemoryStorage();
    const cache = createFeedCache(storage);
    const saved = cache.save(FEED_URL, parseFeed(FEED), { etag: '"v1"', lastModified: 'Mon, 31 Mar 2025 09:00:00 GMT', fetchedAt: '2025-04-01T10:00:00.000Z' });
    expect(saved).to.equal(true);
    expect([...storage.items.keys()]).to.deep.equal([`mpf:feed:v1:${FEED_URL}`]);
    const loaded = cache.load(FEED_URL)!;
    expect(loaded.savedAt).to.equal('2025-04-01T10:00:00.000Z');
    expect(loaded.etag).to.equal('"v1"');
    expect(loaded.lastModified).to.equal('Mon, 31 Mar 2025 09:00:00 GMT');
    expect(loaded.feed.meta).to.deep.equal(parseFeed(FEED).meta);
    expect(loaded.feed.providers).to.deep.equal(parseFeed(FEED).providers);
  });

  it('accepts raw text and refuses text that is not a feed', () => {
    const cache = createFeedCache(new MemoryStorage());
    expect(cache.save(FEED_URL, JSON.stringify(FEED))).to.equal(true);
    expect(cache.load(FEED_URL)!.feed.providers).to.have.length(2);
    expect(cache.save('https://feeds.example/other.json', '<html>')).to.equal(false);
    expect(cache.load('https://feeds.example/other.json')).to.equal(undefined);
  });

  it('returns undefined for a feed it has not seen', () => {
    expect(createFeedCache(new MemoryStorage()).load(FEED_URL)).to.equal(undefined);
  });

  it('keeps versions apart', () => {
    const storage = new MemoryStorage();
    createFeedCache(storage, { version: 1 }).save(FEED_URL, parseFeed(FEED));
    expect(createFeedCache(storage, { version: 2 }).load(FEED_URL)).to.equal(undefined);
  });

  it('skips saving (and forgets the old copy) when the entry is too big', () => {
    const storage = new MemoryStorage();
    const cache = createFeedCache(storage, { maxBytes: 1_000_000 });
    expect(cache.save(FEED_URL, parseFeed(FEED))).to.equal(true);
    const small = createFeedCache(storage, { maxBytes: 100 });
    expect(small.save(FEED_URL, parseFeed(FEED))).to.equal(false);
    expect(storage.items.size).to.equal(0);
  });

  it('never throws when storage is full', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    expect(createFeedCache(storage).save(FEED_URL, parseFeed(FEED))).to.equal(false);
  });

  it('never throws when storage itself throws on read', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(createFeedCache(broken).load(FEED_URL)).to.equal(undefined);
  });

  for (const [label, text] of [
    ['not JSON', '{oops'],
    ['JSON without a feed', '{"savedAt":"2025-01-01","feed":{"nope":true}}'],
    ['a JSON string', '"hello"'],
    ['null', 'null'],
  ]) {
    it(`ignores and removes a corrupt entry (${label})`, () => {
      const storage = new MemoryStorage();
      const cache = createFeedCache(storage);
      storage.items.set(cache.keyFor(FEED_URL), text);
      expect(cache.load(FEED_URL)).to.equal(undefined);
      expect(storage.items.size).to.equal(0);
    });
  }

  it('re-validates entries on load, so tampered storage cannot inject unsafe links', () => {
    const storage = new MemoryStorage();
    const cache = createFeedCache(storage);
    cache.save(FEED_URL, parseFeed(FEED));
    const key = cache.keyFor(FEED_URL);
    storage.items.set(key, storage.items.get(key)!.replace('https://example.org/', 'javascript:alert(1)'));
    const loaded = cache.load(FEED_URL)!;
    expect(loaded.feed.providers[0]!.contact).to.equal(undefined);
  });

  it('works with real localStorage', () => {
    const cache = createFeedCache(localStorage);
    const url = `/feeds/cache-test-${Math.random()}.json`;
    try {
      expect(cache.save(url, parseFeed(FEED), { etag: '"v2"' })).to.equal(true);
      expect(localStorage.getItem(cache.keyFor(url))).to.be.a('string');
      const loaded = cache.load(url)!;
      expect(loaded.etag).to.equal('"v2"');
      expect(loaded.feed.providers.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
    } finally {
      cache.remove(url);
    }
    expect(localStorage.getItem(cache.keyFor(url))).to.equal(null);
  });
});
