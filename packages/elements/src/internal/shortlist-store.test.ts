import { expect } from '@open-wc/testing';
import { loadShortlist, saveShortlist, shortlistKey } from './shortlist-store.ts';
import { shareUrl, sharedIds } from './share-link.ts';

/** A Map-backed Storage, optionally refusing writes like a full or blocked store. */
function memoryStorage(refuse = false) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('shortlist storage', () => {
  it('keys by the absolute feed address, so relative and absolute addresses share one list', () => {
    expect(shortlistKey('/feeds/a.json', 'https://council.example/find/')).to.equal(
      'mpf:shortlist:v1:https://council.example/feeds/a.json',
    );
    expect(shortlistKey('https://council.example/feeds/a.json', 'https://other.example/')).to.equal(
      'mpf:shortlist:v1:https://council.example/feeds/a.json',
    );
  });

  it('saves ids per feed, loads them back in order, and removes the entry when empty', () => {
    const storage = memoryStorage();
    saveShortlist(storage, '/a.json', ['p-2', 'p-1']);
    saveShortlist(storage, '/b.json', ['q-1']);
    expect(loadShortlist(storage, '/a.json')).to.deep.equal(['p-2', 'p-1']);
    expect(loadShortlist(storage, '/b.json')).to.deep.equal(['q-1']);
    saveShortlist(storage, '/a.json', []);
    expect([...storage.map.keys()].some((k) => k.endsWith('/a.json'))).to.equal(false);
  });

  it('survives blocked, full or tampered storage', () => {
    expect(saveShortlist(memoryStorage(true), '/a.json', ['x'])).to.equal(false);
    expect(saveShortlist(undefined, '/a.json', ['x'])).to.equal(false);
    const tampered = memoryStorage();
    tampered.map.set(shortlistKey('/a.json'), '{"not":"a list"}');
    expect(loadShortlist(tampered, '/a.json')).to.deep.equal([]);
    tampered.map.set(shortlistKey('/a.json'), '["ok", 3, null]');
    expect(loadShortlist(tampered, '/a.json')).to.deep.equal(['ok']);
    tampered.map.set(shortlistKey('/a.json'), 'not json');
    expect(loadShortlist(tampered, '/a.json')).to.deep.equal([]);
  });
});

describe('shortlist link', () => {
  it('carries only ids, keeps the rest of the page address, and reads back', () => {
    const link = shareUrl('https://council.example/care?lang=cy#top', ['t-01', 't 2']);
    const url = new URL(link);
    expect(url.searchParams.get('lang')).to.equal('cy');
    expect(url.hash).to.equal('#top');
    expect(sharedIds(link)).to.deep.equal(['t-01', 't 2']);
    expect(sharedIds('https://council.example/care')).to.deep.equal([]);
    expect(sharedIds('not a url')).to.deep.equal([]);
  });
});
