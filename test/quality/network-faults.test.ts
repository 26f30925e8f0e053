/**
 * Network faults (issue 6), in the element, through msw: each fault shows
 * plain words in the element's language, a Try again button that works,
 * an `mpf-error` with a typed detail, and the last good copy when there is one.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import emptyFeed from '../fixtures/feeds/empty.json';
import okFeed from '../fixtures/feeds/ok.json';
import { deepText, getButton, getStatus, queryButtons } from '../helpers/queries.ts';
import { savedCopiesSettled } from '../../packages/elements/src/controllers/feed-load.ts';
import '../../packages/elements/src/define.ts';
import type { MpfErrorDetail } from '../../packages/elements/src/events/mpf-error.ts';
import { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';

const worker = setupWorker();
const errors: MpfErrorDetail[] = [];
const recordError = (event: Event) => errors.push((event as CustomEvent<MpfErrorDetail>).detail);
const defaultTimings = { ...MicroProviderFinder.timings };

before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await savedCopiesSettled(); // the previous test's finder saves its copy as the cleanup removes it
  localStorage.clear();
  errors.length = 0;
  document.addEventListener('mpf-error', recordError);
});
afterEach(() => {
  worker.resetHandlers();
  document.removeEventListener('mpf-error', recordError);
  MicroProviderFinder.timings = { ...defaultTimings };
});
after(() => worker.stop());

let nextUrl = 0;
/** A fresh same-origin feed address per test, so saved copies never leak between tests. */
const feedUrl = () => `/quality-feeds/feed-${++nextUrl}.json`;

/** Serves the 12-provider fixture at `url`. */
const ok = (url: string) => http.get(url, () => HttpResponse.json(okFeed));

const statusText = (el: Element) => deepText(getStatus(el));
async function waitForStatus(el: Element, test: (text: string) => boolean, what: string) {
  await waitUntil(() => test(statusText(el)), `${what}; status was "${statusText(el)}"`, { timeout: 5000 });
}

async function mount(src: string, lang = 'en-GB') {
  return fixture<MicroProviderFinder>(html`<micro-provider-finder src=${src} lang=${lang}></micro-provider-finder>`);
}

/** Loads `url` once in a finder that is then removed, leaving its last good copy saved. */
async function loadOnce(url: string, expectStatus = '12 providers listed') {
  const el = await mount(url);
  await waitForStatus(el, (t) => t === expectStatus, 'first load');
  // The copy is compressed and written just after the providers show; a returning visitor comes back later.
  await waitUntil(() => Object.keys(localStorage).some((key) => key.startsWith('mpf:feed:') && key.endsWith(url)), 'copy saved', {
    timeout: 5000,
  });
  el.remove();
}

const todayLong = () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());

interface Fault {
  name: string;
  respond: () => Response | Promise<Response>;
  detail: Partial<MpfErrorDetail>;
  /** What the person reads. */
  says: string;
  setUp?: () => void;
}

const COULD_NOT_READ = 'The list of providers could not be read. Try again later.';
const CANT_LOAD_LATER = "We can't load the list of providers right now. Try again later.";

const faults: Fault[] = [
  {
    name: '404 Not Found',
    respond: () => new HttpResponse('Not found', { status: 404 }),
    detail: { kind: 'http', status: 404 },
    says: CANT_LOAD_LATER,
  },
  {
    name: '500 Server Error',
    respond: () => new HttpResponse('Oops', { status: 500 }),
    detail: { kind: 'http', status: 500 },
    says: CANT_LOAD_LATER,
  },
  {
    name: '503 with Retry-After: 120',
    respond: () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '120' } }),
    detail: { kind: 'http', status: 503, retryAfterSeconds: 120 },
    says: 'The service is busy. Try again in about 2 minutes.',
  },
  {
    name: 'timeout',
    respond: async () => {
      await delay('infinite');
      return HttpResponse.json(okFeed);
    },
    setUp: () => (MicroProviderFinder.timings = { ...defaultTimings, feedTimeoutMs: 300 }),
    detail: { kind: 'timeout' },
    says: 'The list of providers is taking too long to load. Try again in a minute.',
  },
  {
    name: 'connection reset',
    respond: () => HttpResponse.error(),
    detail: { kind: 'network' },
    says: "We can't load the list of providers right now. Check your connection and try again.",
  },
  {
    name: 'truncated JSON',
    respond: () => new HttpResponse(JSON.stringify(okFeed).slice(0, 400), { headers: { 'Content-Type': 'application/json' } }),
    detail: { kind: 'parse' },
    says: COULD_NOT_READ,
  },
  {
    name: 'an HTML login page instead of JSON',
    respond: () =>
      new HttpResponse('<!doctype html><title>Sign in</title><form><input name="user"></form>', {
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      }),
    detail: { kind: 'parse' },
    says: COULD_NOT_READ,
  },
  {
    name: 'the wrong content type (JSON labelled text/html)',
    respond: () => new HttpResponse(JSON.stringify(okFeed), { headers: { 'Content-Type': 'text/html' } }),
    detail: { kind: 'parse' },
    says: COULD_NOT_READ,
  },
];

describe('network faults', () => {
  for (const fault of faults) {
    describe(fault.name, () => {
      it('says so in plain words, emits mpf-error, and Try again works once the feed is back', async () => {
        fault.setUp?.();
        const url = feedUrl();
        worker.use(http.get(url, fault.respond));
        const el = await mount(url);
        await waitForStatus(el, (t) => t === fault.says, 'fault message announced');
        expect(deepText(el)).to.include("We can't show providers right now");
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include({ ...fault.detail, usingSavedCopy: false });
        expect(errors[0]!.message).to.be.a('string').and.not.equal('');
        await expect(el).to.be.accessible();
        worker.use(ok(url));
        getButton(el, 'Try again').click();
        await waitForStatus(el, (t) => t === '12 providers listed', 'retry loaded the feed');
        expect(queryButtons(el).map((b) => deepText(b))).not.to.include('Try again');
      });

      it('with a last good copy: shows it, says when it was saved, and still offers Try again', async () => {
        const url = feedUrl();
        worker.use(ok(url));
        await loadOnce(url);
        fault.setUp?.();
        worker.use(http.get(url, fault.respond));
        const el = await mount(url);
        await waitForStatus(el, (t) => t === '12 providers listed', 'saved copy shown');
        const text = deepText(el);
        expect(text).to.include(`Showing saved information from ${todayLong()}`);
        expect(text).to.include(fault.says);
        expect(errors.at(-1)).to.include({ ...fault.detail, usingSavedCopy: true });
        await expect(el).to.be.accessible();
        worker.use(ok(url));
        getButton(el, 'Try again').click();
        await waitUntil(
          () => statusText(el) === '12 providers listed' && !deepText(el).includes('Showing saved information'),
          'fresh copy replaces the saved one',
          { timeout: 5000 }, // Try again after a failure waits about a second (retry-backoff.ts)
        );
      });
    });
  }

  it('says it in Welsh for a Welsh page', async () => {
    const url = feedUrl();
    worker.use(http.get(url, () => new HttpResponse(null, { status: 500 })));
    const el = await mount(url, 'cy');
    await waitForStatus(el, (t) => t.startsWith("Ni allwn lwytho'r rhestr o ddarparwyr"), 'Welsh fault message');
    getButton(el, 'Rhowch gynnig arall arni');
  });

  it('a very slow feed: "Still loading…" after a few seconds, then the providers', async () => {
    MicroProviderFinder.timings = { ...defaultTimings, slowAfterMs: 50 };
    const url = feedUrl();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get(url, async () => {
        await released;
        return HttpResponse.json(okFeed);
      }),
    );
    const el = await mount(url);
    expect(statusText(el)).to.equal('Loading providers…');
    await waitForStatus(el, (t) => t.startsWith('Still loading…'), 'still loading');
    expect(deepText(el)).to.include('This can take a little longer on a slow connection.');
    await expect(el).to.be.accessible();
    release();
    await waitForStatus(el, (t) => t === '12 providers listed', 'loaded in the end');
  });

  describe('going offline', () => {
    let onLine: PropertyDescriptor | undefined;
    const goOffline = () => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    beforeEach(() => (onLine = Object.getOwnPropertyDescriptor(navigator, 'onLine')));
    afterEach(() => {
      if (onLine) Object.defineProperty(navigator, 'onLine', onLine);
      else delete (navigator as { onLine?: boolean }).onLine; // back to Navigator.prototype's getter
    });

    it('says you seem to be offline, shows the saved copy, and reloads when the browser is back online', async () => {
      const url = feedUrl();
      worker.use(ok(url));
      await loadOnce(url);
      goOffline();
      worker.use(http.get(url, () => HttpResponse.error()));
      const el = await mount(url);
      await waitUntil(() => deepText(el).includes('You seem to be offline. Check your connection and try again.'), 'offline message');
      expect(errors.at(-1)).to.include({ kind: 'network', offline: true, usingSavedCopy: true });
      expect(statusText(el)).to.equal('12 providers listed');
      expect(deepText(el)).to.include('Showing saved information from');
      worker.use(ok(url));
      delete (navigator as { onLine?: boolean }).onLine;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => !deepText(el).includes('Showing saved information'), 'reloaded when back online', { timeout: 5000 });
    });

    it('without a saved copy: the offline message and a working Try again', async () => {
      const url = feedUrl();
      goOffline();
      worker.use(http.get(url, () => HttpResponse.error()));
      const el = await mount(url);
      await waitForStatus(el, (t) => t === 'You seem to be offline. Check your connection and try again.', 'offline');
      expect(errors[0]).to.include({ kind: 'network', offline: true, usingSavedCopy: false });
      delete (navigator as { onLine?: boolean }).onLine;
      worker.use(ok(url));
      getButton(el, 'Try again').click();
      await waitForStatus(el, (t) => t === '12 providers listed', 'retry');
    });
  });

  describe('the last good copy', () => {
    it('is replaced only by a feed that parses', async () => {
      const url = feedUrl();
      worker.use(ok(url));
      await loadOnce(url);
      // A malformed feed after a good one: the good copy is shown and kept.
      worker.use(
        http.get(
          url,
          () =>
            new HttpResponse('{"format":"micro-provider-feed/1","providers":[{"id":', { headers: { 'Content-Type': 'application/json' } }),
        ),
      );
      const afterBad = await mount(url);
      await waitForStatus(afterBad, (t) => t === '12 providers listed', 'good copy shown after a malformed feed');
      afterBad.remove();
      worker.use(http.get(url, () => new HttpResponse(null, { status: 503 })));
      const stillGood = await mount(url);
      await waitForStatus(stillGood, (t) => t === '12 providers listed', 'good copy kept');
      stillGood.remove();
      // A feed that parses with providers does replace it.
      const fewer = { ...okFeed, providers: okFeed.providers.slice(0, 5) };
      worker.use(http.get(url, () => HttpResponse.json(fewer)));
      await loadOnce(url, '5 providers listed');
      worker.use(http.get(url, () => new HttpResponse(null, { status: 503 })));
      const replaced = await mount(url);
      await waitForStatus(replaced, (t) => t === '5 providers listed', 'replaced by the newer good feed');
    });

    for (const [label, body, shows] of [
      ['no providers', emptyFeed, '0 providers listed'],
      [
        'mostly bad records',
        { ...okFeed, providers: [okFeed.providers[0], ...Array.from({ length: 5 }, (_, i) => ({ id: `bad-${i}`, support: ['meals'] }))] },
        '1 provider listed',
      ],
    ] as const) {
      it(`is not replaced by a feed with ${label}, and the console says so`, async () => {
        const url = feedUrl();
        worker.use(ok(url));
        await loadOnce(url);
        worker.use(http.get(url, () => HttpResponse.json(body)));
        const warnings: string[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
        try {
          const fresh = await mount(url);
          await waitForStatus(fresh, (t) => t === shows, 'the new feed is shown as it is');
          await waitUntil(() => warnings.some((w) => w.includes('was kept')), 'the console says the copy was kept', { timeout: 5000 });
          fresh.remove();
        } finally {
          console.warn = warn;
        }
        expect(warnings.find((w) => w.includes('was kept'))).to.match(
          /^<micro-provider-finder>: the saved copy of \S+ was kept: the new one (has no providers|had more records skipped)/,
        );
        worker.use(http.get(url, () => new HttpResponse(null, { status: 503 })));
        const offline = await mount(url);
        await waitForStatus(offline, (t) => t === '12 providers listed', 'the last good copy is still there');
      });
    }

    it("is found by the feed's absolute address, whatever the src text", async () => {
      const url = feedUrl();
      worker.use(ok(url));
      await loadOnce(url.slice(1)); // "quality-feeds/feed-N.json", relative to this page
      worker.use(http.get(url, () => new HttpResponse(null, { status: 503 })));
      const el = await mount(new URL(url, document.baseURI).href);
      await waitForStatus(el, (t) => t === '12 providers listed', 'the copy saved under the relative src is used');
      expect(deepText(el)).to.include('Showing saved information');
      expect(Object.keys(localStorage).filter((k) => k.startsWith('mpf:feed:'))).to.deep.equal([
        `mpf:feed:v2:${new URL(url, document.baseURI).href}`,
      ]);
    });
  });

  describe('conditional requests', () => {
    it('a 304 to a request that named no saved copy is an error, never a loop; Try again waits a growing backoff', async () => {
      const url = feedUrl();
      const requestedAt: number[] = [];
      worker.use(
        http.get(url, () => {
          requestedAt.push(performance.now());
          return new HttpResponse(null, { status: 304 });
        }),
      );
      const el = await mount(url);
      await waitForStatus(el, (t) => t === CANT_LOAD_LATER, 'the error is shown');
      expect(requestedAt, 'one request, no loop').to.have.length(1);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ kind: 'http', status: 304, usingSavedCopy: false });
      await expect(el).to.be.accessible();

      const clickedAt = performance.now();
      getButton(el, 'Try again').click();
      await waitUntil(() => requestedAt.length === 2, 'Try again asked again', { timeout: 5000 });
      expect(requestedAt[1]! - clickedAt, 'after one failure the retry waits about a second').to.be.at.least(850);
      await waitForStatus(el, (t) => t === CANT_LOAD_LATER, 'the error is shown again');
      const clickedAgainAt = performance.now();
      getButton(el, 'Try again').click();
      await waitUntil(() => requestedAt.length === 3, 'Try again asked a third time', { timeout: 6000 });
      expect(requestedAt[2]! - clickedAgainAt, 'after two failures it waits about two seconds').to.be.at.least(1750);
      await waitForStatus(el, (t) => t === CANT_LOAD_LATER, 'the error is shown a third time');
      expect(requestedAt).to.have.length(3);
      expect(errors).to.have.length(3);
    });

    it('sends the saved ETag as If-None-Match and shows the saved providers on 304', async () => {
      const url = feedUrl();
      const seen: (string | null)[] = [];
      worker.use(
        http.get(url, ({ request }) => {
          const tag = request.headers.get('If-None-Match');
          seen.push(tag);
          if (tag === '"v1"') return new HttpResponse(null, { status: 304, headers: { ETag: '"v1"' } });
          return HttpResponse.json(okFeed, { headers: { ETag: '"v1"' } });
        }),
      );
      await loadOnce(url);
      const el = await mount(url);
      await waitForStatus(el, (t) => t === '12 providers listed', 'saved providers after 304');
      expect(seen).to.deep.equal([null, '"v1"']);
      expect(deepText(el)).not.to.include('Showing saved information'); // 304 means the copy is current
      expect(errors).to.have.length(0);
    });

    it('sends the saved Last-Modified as If-Modified-Since', async () => {
      const url = feedUrl();
      const lastModified = 'Tue, 01 Apr 2025 09:00:00 GMT';
      const seen: (string | null)[] = [];
      worker.use(
        http.get(url, ({ request }) => {
          const since = request.headers.get('If-Modified-Since');
          seen.push(since);
          if (since === lastModified) return new HttpResponse(null, { status: 304 });
          return HttpResponse.json(okFeed, { headers: { 'Last-Modified': lastModified } });
        }),
      );
      await loadOnce(url);
      const el = await mount(url);
      await waitForStatus(el, (t) => t === '12 providers listed', 'saved providers after 304');
      expect(seen).to.deep.equal([null, lastModified]);
    });

    it('sends no validators to another origin (they would force a CORS preflight)', async () => {
      const url = 'https://feeds.example.org/quality/cross-origin.json';
      const seen: (string | null)[] = [];
      worker.use(
        http.get(url, ({ request }) => {
          seen.push(request.headers.get('If-None-Match'));
          return HttpResponse.json(okFeed, { headers: { ETag: '"x1"', 'Access-Control-Allow-Origin': '*' } });
        }),
      );
      await loadOnce(url);
      const el = await mount(url);
      await waitForStatus(el, (t) => t === '12 providers listed', 'loaded again');
      expect(seen).to.deep.equal([null, null]);
    });
  });
});
