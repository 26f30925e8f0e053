import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { loadFeed, parseRetryAfter } from './load.ts';
import { FeedError, isFeedError } from './errors.ts';

const FEED = {
  format: 'micro-provider-feed/1',
  publisher: { name: 'Example Council (fictional)' },
  generated: '2025-03-31T09:00:00Z',
  providers: [{ id: 'p1', name: 'Example Befriending (fictional)', support: ['befriending'] }],
};
const url = (name: string) => `/feeds/load-test/${name}.json`;

const worker = setupWorker();

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
async function feedError(promise: Promise<unknown>): Promise<FeedError> {
  const error = await rejection(promise);
  expect(isFeedError(error), String(error)).to.equal(true);
  return error as FeedError;
}

describe('loadFeed', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('loads and parses a feed, returning validators and fetchedAt', async () => {
    worker.use(
      http.get(url('ok'), () => HttpResponse.json(FEED, { headers: { ETag: '"v1"', 'Last-Modified': 'Mon, 31 Mar 2025 09:00:00 GMT' } })),
    );
    const loaded = await loadFeed(url('ok'));
    if (loaded.notModified) throw new Error('expected a fresh feed');
    expect(loaded.providers.map((p) => p.id)).to.deep.equal(['p1']);
    expect(loaded.problems).to.deep.equal([]);
    expect(loaded.etag).to.equal('"v1"');
    expect(loaded.lastModified).to.equal('Mon, 31 Mar 2025 09:00:00 GMT');
    expect(Number.isNaN(Date.parse(loaded.fetchedAt))).to.equal(false);
  });

  it('sends no cookies and no referrer', async () => {
    let seen: Request | undefined;
    worker.use(http.get(url('privacy'), ({ request }) => ((seen = request), HttpResponse.json(FEED))));
    await loadFeed(url('privacy'));
    expect(seen!.credentials).to.equal('omit');
    expect(seen!.headers.get('cookie')).to.equal(null);
    expect(seen!.referrer === '' || seen!.referrer === 'about:client' || seen!.referrer === 'no-referrer').to.equal(true);
  });

  it('uses a fetch passed in the options', async () => {
    const calls: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response(JSON.stringify(FEED), { headers: { 'Content-Type': 'application/json' } });
    };
    const loaded = await loadFeed('https://feeds.example/feed.json', { fetch: fakeFetch });
    expect(calls).to.deep.equal(['https://feeds.example/feed.json']);
    expect(loaded.notModified).to.equal(false);
  });

  for (const status of [404, 500]) {
    it(`reports HTTP ${status} as kind http with the status`, async () => {
      worker.use(http.get(url(`status-${status}`), () => new HttpResponse('nope', { status })));
      const error = await feedError(loadFeed(url(`status-${status}`)));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(status);
      expect(error.url).to.equal(url(`status-${status}`));
      expect(error.retryAfterSeconds).to.equal(undefined);
    });
  }

  it('reads Retry-After from a 503', async () => {
    worker.use(http.get(url('busy'), () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '120' } })));
    const error = await feedError(loadFeed(url('busy')));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
    expect(error.retryAfterSeconds).to.equal(120);
  });

  it('times out with kind timeout', async () => {
    worker.use(
      http.get(url('slow'), async () => {
        await delay(2_000);
        return HttpResponse.json(FEED);
      }),
    );
    const error = await feedError(loadFeed(url('slow'), { timeoutMs: 50 }));
    expect(error.kind).to.equal('timeout');
  });

  it('reports a connection reset as kind network', async () => {
    worker.use(http.get(url('reset'), () => HttpResponse.error()));
    const error = await feedError(loadFeed(url('reset')));
    expect(error.kind).to.equal('network');
  });

  it('reports bad JSON as kind parse', async () => {
    worker.use(http.get(url('bad-json'), () => new HttpResponse("{'providers': []}", { headers: { 'Content-Type': 'application/json' } })));
    const error = await feedError(loadFeed(url('bad-json')));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('not valid JSON');
  });

  it('reports truncated JSON as kind parse, saying it was cut short', async () => {
    const text = JSON.stringify(FEED);
    worker.use(
      http.get(
        url('truncated'),
        () => new HttpResponse(text.slice(0, text.length / 2), { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const error = await feedError(loadFeed(url('truncated')));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('cut short');
  });

  it('recognises an HTML login page instead of JSON', async () => {
    worker.use(http.get(url('login'), () => HttpResponse.html('<!doctype html><title>Sign in</title><form>…</form>')));
    const error = await feedError(loadFeed(url('login')));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('returned a web page, not JSON');
  });

  it('recognises HTML sent with a JSON content type', async () => {
    worker.use(
      http.get(
        url('html-as-json'),
        () => new HttpResponse('\n  <html><body>Error</body></html>', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    expect((await feedError(loadFeed(url('html-as-json')))).message).to.contain('web page');
  });

  it('reports JSON that is not a feed as kind not-a-feed, with the url', async () => {
    worker.use(http.get(url('not-feed'), () => HttpResponse.json({ hello: 'world' })));
    const error = await feedError(loadFeed(url('not-feed')));
    expect(error.kind).to.equal('not-a-feed');
    expect(error.url).to.equal(url('not-feed'));
  });

  it('sends validators when given a cached copy and resolves notModified on 304', async () => {
    let ifNoneMatch: string | null = null;
    let ifModifiedSince: string | null = null;
    worker.use(
      http.get(url('cached'), ({ request }) => {
        ifNoneMatch = request.headers.get('If-None-Match');
        ifModifiedSince = request.headers.get('If-Modified-Since');
        return ifNoneMatch === '"v1"' ? new HttpResponse(null, { status: 304, headers: { ETag: '"v1"' } }) : HttpResponse.json(FEED);
      }),
    );
    const loaded = await loadFeed(url('cached'), { cached: { etag: '"v1"', lastModified: 'Mon, 31 Mar 2025 09:00:00 GMT' } });
    expect(ifNoneMatch).to.equal('"v1"');
    expect(ifModifiedSince).to.equal('Mon, 31 Mar 2025 09:00:00 GMT');
    expect(loaded.notModified).to.equal(true);
    expect(loaded.etag).to.equal('"v1"');
    expect(loaded.lastModified).to.equal('Mon, 31 Mar 2025 09:00:00 GMT');
    expect('providers' in loaded).to.equal(false);
  });

  it('treats a 304 to a request that sent no validators as an http error (never as "not modified")', async () => {
    let requests = 0;
    worker.use(
      http.get(url('stray-304'), () => {
        requests += 1;
        return new HttpResponse(null, { status: 304 });
      }),
    );
    const error = await feedError(loadFeed(url('stray-304')));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(304);
    expect(error.url).to.equal(url('stray-304'));
    const withoutValues = await feedError(loadFeed(url('stray-304'), { cached: {} }));
    expect(withoutValues.status, 'a cached copy without validators sends none either').to.equal(304);
    expect(requests).to.equal(2);
  });

  for (const timeoutMs of [-1, 0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, '5000', null]) {
    it(`rejects timeoutMs ${String(timeoutMs)} with a clear error, before any request`, async () => {
      let requests = 0;
      worker.use(http.get(url('timeout-option'), () => ((requests += 1), HttpResponse.json(FEED))));
      const error = await rejection(loadFeed(url('timeout-option'), { timeoutMs: timeoutMs as number }));
      expect(error).to.be.instanceOf(typeof timeoutMs === 'number' ? RangeError : TypeError);
      expect((error as Error).message).to.match(/^loadFeed: timeoutMs must be/);
      expect(requests).to.equal(0);
    });
  }

  it('rejects with nothing but FeedError, whatever the server answers', async () => {
    const answers = fc.record({
      status: fc.constantFrom(200, 201, 204, 206, 301, 304, 400, 404, 429, 500, 503),
      body: fc.oneof(fc.string(), fc.json(), fc.constant(JSON.stringify(FEED)), fc.constant(`{"providers":[${'{},'.repeat(1000)}{}]}`)),
      type: fc.constantFrom('application/json', 'text/html', 'text/plain', ''),
      retryAfter: fc.oneof(fc.constant(null), fc.string()),
    });
    await fc.assert(
      fc.asyncProperty(answers, async ({ status, body, type, retryAfter }) => {
        const headers = new Headers(type ? { 'Content-Type': type } : {});
        if (retryAfter !== null) {
          try {
            headers.set('Retry-After', retryAfter);
          } catch {
            // not a valid header value: send none
          }
        }
        const respond = () => new Response([101, 204, 205, 304].includes(status) ? null : body, { status, headers });
        try {
          const loaded = await loadFeed('https://feeds.example.org/any.json', { fetch: async () => respond() });
          expect(loaded.notModified).to.equal(false);
        } catch (error) {
          expect(isFeedError(error), String(error)).to.equal(true);
        }
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('rejects with AbortError when the caller aborts mid-request', async () => {
    worker.use(
      http.get(url('abort'), async () => {
        await delay(2_000);
        return HttpResponse.json(FEED);
      }),
    );
    const controller = new AbortController();
    const pending = loadFeed(url('abort'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect(isFeedError(error)).to.equal(false);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('rejects with AbortError at once when the signal is already aborted', async () => {
    const error = await rejection(loadFeed(url('never'), { signal: AbortSignal.abort() }));
    expect((error as DOMException).name).to.equal('AbortError');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2025-03-31T09:00:00Z');
    expect(parseRetryAfter('30', now)).to.equal(30);
    expect(parseRetryAfter('Mon, 31 Mar 2025 09:02:00 GMT', now)).to.equal(120);
    expect(parseRetryAfter('Mon, 31 Mar 2025 08:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});
