import { expect } from '@open-wc/testing';
import { createFeedCache, loadFeed } from '@micro-provider-finder/sdk';
import { fixtures } from '@micro-provider-finder/test/handlers.ts';
import { adoptingFetch } from './adopt-early-feed.ts';
import { mayHaveSavedCopy, startEarlyFeedRequest } from './early-feed-request.ts';
import { loadEngine } from './load-engine.ts';

const URL_ = 'https://feeds.example/early.json';

/** A fake network that records every request and answers with the ok fixture. */
function recordingFetch() {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl: typeof fetch = async (input, init = {}) => {
    calls.push({ url: String(input), init });
    init.signal?.throwIfAborted();
    return new Response(JSON.stringify(fixtures.okFeed), { headers: { 'Content-Type': 'application/json', ETag: '"v2"' } });
  };
  return { calls, fetchImpl };
}

describe('startEarlyFeedRequest', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('requests the feed at once, and loadFeed adopts that request instead of making another', async () => {
    const { calls, fetchImpl } = recordingFetch();
    const early = startEarlyFeedRequest(URL_, localStorage, fetchImpl)!;
    expect(
      calls.map((c) => c.url),
      'requested before loadFeed runs',
    ).to.deep.equal([URL_]);

    const loaded = await loadFeed(URL_, { fetch: adoptingFetch(early, fetchImpl) });

    // One request in all: so the early request is exactly the one loadFeed makes (no cookies, no referrer).
    expect(calls).to.have.length(1);
    expect(calls[0]!.init).to.include({ credentials: 'omit', mode: 'cors', referrerPolicy: 'no-referrer' });
    expect(loaded.notModified).to.equal(false);
    expect(loaded.notModified ? [] : loaded.providers).to.have.length(fixtures.okFeed.providers.length);
    expect(loaded.etag).to.equal('"v2"');
  });

  it('drops the early request when loadFeed asks for a different one (a conditional request)', async () => {
    const { calls, fetchImpl } = recordingFetch();
    const early = startEarlyFeedRequest(URL_, localStorage, fetchImpl)!;
    await loadFeed(URL_, { fetch: adoptingFetch(early, fetchImpl), cached: { etag: '"v1"' } });

    expect(calls).to.have.length(2);
    expect(calls[0]!.init.signal?.aborted, 'the early request is aborted').to.equal(true);
    expect(new Headers(calls[1]!.init.headers).get('If-None-Match'), 'the real request carries the validator').to.equal('"v1"');
  });

  it('drops the early request when loadFeed asks with other headers or another address', async () => {
    for (const [input, extra] of [
      [URL_, { headers: { 'X-Extra': '1' } }],
      [`${URL_}?page=2`, {}],
    ] as const) {
      const { calls, fetchImpl } = recordingFetch();
      const early = startEarlyFeedRequest(URL_, localStorage, fetchImpl)!;
      await loadFeed(input, { fetch: adoptingFetch(early, fetchImpl), ...extra });
      expect(calls, input).to.have.length(2);
      expect(calls[0]!.init.signal?.aborted, 'the early request is aborted').to.equal(true);
    }
  });

  it('passes loadFeed\u2019s abort on to the adopted request', async () => {
    const { calls, fetchImpl } = recordingFetch();
    const early = startEarlyFeedRequest(URL_, localStorage, fetchImpl)!;
    const controller = new AbortController();
    const loading = adoptingFetch(early, fetchImpl)(URL_, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      mode: 'cors',
      referrerPolicy: 'no-referrer',
    });
    controller.abort();
    await loading.catch(() => undefined);
    expect(calls).to.have.length(1);
    expect(calls[0]!.init.signal?.aborted).to.equal(true);
  });

  it('cancel() aborts a request nobody adopted, and a later call makes its own request', async () => {
    const { calls, fetchImpl } = recordingFetch();
    const early = startEarlyFeedRequest(URL_, localStorage, fetchImpl)!;
    early.cancel();
    expect(calls[0]!.init.signal?.aborted).to.equal(true);
    await loadFeed(URL_, { fetch: adoptingFetch(early, fetchImpl) });
    expect(calls).to.have.length(2);
    expect(calls[1]!.init.signal?.aborted).to.equal(false);
  });

  it('makes no request for a feed on this origin with a saved copy (its request will be conditional), and one for another origin', async () => {
    const local = new URL('/early-local.json', document.baseURI).href;
    const cache = createFeedCache(localStorage, { baseUrl: document.baseURI });
    await cache.save(local, JSON.stringify(fixtures.okFeed), { etag: '"saved"' });
    await cache.save(URL_, JSON.stringify(fixtures.okFeed), { etag: '"saved"' });
    const { calls, fetchImpl } = recordingFetch();
    expect(startEarlyFeedRequest('/early-local.json', localStorage, fetchImpl)).to.equal(undefined);
    expect(calls, 'nothing requested for the saved same-origin feed').to.deep.equal([]);
    // Cross-origin, validators are never sent (a CORS preflight), so the saved copy does not hold the request back.
    expect(startEarlyFeedRequest(URL_, localStorage, fetchImpl)).to.not.equal(undefined);
    expect(calls.map((c) => c.url)).to.deep.equal([URL_]);
  });
});

describe('mayHaveSavedCopy', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('finds the copy the SDK cache saved for that feed address, and only that one', async () => {
    const cache = createFeedCache(localStorage, { baseUrl: document.baseURI });
    expect(mayHaveSavedCopy(localStorage, URL_)).to.equal(false);
    await cache.save(URL_, JSON.stringify(fixtures.okFeed));
    expect(await cache.load(URL_), 'saved').to.not.equal(undefined);
    expect(mayHaveSavedCopy(localStorage, URL_)).to.equal(true);
    expect(mayHaveSavedCopy(localStorage, `${URL_}?other`)).to.equal(false);
  });

  it('says no when storage is missing or throws', () => {
    expect(mayHaveSavedCopy(undefined, URL_)).to.equal(false);
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(mayHaveSavedCopy(blocked, URL_)).to.equal(false);
  });
});

describe('loadEngine', () => {
  it('loads the engine once and shares it', async () => {
    const [first, second] = await Promise.all([loadEngine(), loadEngine()]);
    expect(first).to.equal(second);
    expect(first.createFinder).to.be.a('function');
    expect(first.loadFeed).to.equal(loadFeed);
  });
});
