/**
 * The ES module CDN loader requests each finder's feed as it runs, before its core chunk has arrived
 * (cdn/loader.ts, internal/early-feed-request.ts), and the finder's feed load adopts that request
 * (internal/adopt-early-feed.ts): one request, the same as before, only sooner. Each case is a page of
 * its own (an iframe) that records every `fetch` call from before any of its scripts. Needs
 * `npm run build`; skipped (pending) without a build, like cdn-bundle.test.ts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createFeedCache } from '@micro-provider-finder/sdk';
import okFeed from '@micro-provider-finder/test/fixtures/feeds/ok.json';

const ESM = '/packages/elements/dist/cdn/micro-provider-finder.js';
/** A feed served as it is on disk (the test server turns .json addresses into modules); `case` keeps each test's saved copy apart. */
const feedUrl = (name: string) => `/__raw__?file=test/fixtures/feeds/ok.json&case=${name}`;
const LISTED = `${okFeed.providers.length} providers listed`;

interface FetchCall {
  url: string;
  headers: [string, string][];
  signal?: AbortSignal;
  /** Whether the core had defined the finder when the call was made. */
  finderDefined: boolean;
}
type RecordingWindow = Window & { fetches: FetchCall[]; pageErrors: string[]; definedAtChange?: boolean };

/** Runs first in each page: records its errors, CSP violations and `fetch` calls. */
const RECORDER = `<script>
window.pageErrors = []; addEventListener('error', (e) => pageErrors.push(String(e.message)));
document.addEventListener('securitypolicyviolation', (e) => pageErrors.push('CSP ' + e.violatedDirective));
window.fetches = [];
const pageFetch = window.fetch;
window.fetch = function (input, init) {
  fetches.push({ url: String(input), headers: [...new Headers(init && init.headers)], signal: init && init.signal, finderDefined: !!customElements.get('micro-provider-finder') });
  return pageFetch.apply(this, arguments);
};
</script>`;

/** All text in `node` and the shadow roots inside it (across the iframe's realm, so no instanceof). */
function deepText(node: Node): string {
  const element = node as Element;
  const own = element.shadowRoot ? deepText(element.shadowRoot) : '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return own + [...node.childNodes].map(deepText).join('');
}

describe('CDN bundle: the loader starts the feed request', () => {
  let built = false;
  const frames: HTMLIFrameElement[] = [];

  before(async () => {
    built = (await fetch(ESM, { method: 'HEAD' })).ok;
    if (!built) console.warn(`${ESM} is not built: run \`npm run build\` to include the CDN early feed tests`);
  });
  beforeEach(function () {
    if (!built) this.skip();
    localStorage.clear();
  });
  afterEach(() => {
    frames.splice(0).forEach((frame) => frame.remove());
    localStorage.clear();
  });

  async function page(head: string, body: string): Promise<RecordingWindow> {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en-GB"><head>${RECORDER}${head}</head><body>${body}</body></html>`;
    frames.push(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    return frame.contentWindow as RecordingWindow;
  }
  const status = (win: Window) =>
    win.document.querySelector('micro-provider-finder')?.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim() ?? '';
  const feedRequests = (win: Window, url: string) =>
    win.performance.getEntriesByType('resource').filter((entry) => entry.name === new URL(url, location.href).href);

  it('requests the feed before the core has defined the finder, and the finder uses that one request', async () => {
    const src = feedUrl('once');
    // Two copies of the loader (another ?v=): still one early request.
    const win = await page(
      `<script type="module" src="${ESM}?v=1"></script><script type="module" src="${ESM}?v=2"></script>`,
      `<micro-provider-finder src="${src}"></micro-provider-finder>`,
    );
    await waitUntil(() => status(win) === LISTED, 'the feed is in', { timeout: 5000 });
    const calls = win.fetches.filter((call) => call.url === src);
    expect(calls, 'one fetch of the feed').to.have.length(1);
    expect(calls[0]!.finderDefined, 'made by the loader, before the core ran').to.equal(false);
    expect(calls[0]!.headers).to.deep.equal([['accept', 'application/json']]);
    expect(feedRequests(win, src), 'one request on the network').to.have.length(1);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('drops an early request that no finder takes (its src changed before the core ran)', async () => {
    const from = feedUrl('changed-from');
    const to = feedUrl('changed-to');
    // Module scripts run in order, and the loader's top-level await does not hold this one back: it
    // runs before the core chunk (a network fetch away) has defined the finder.
    const change = `window.definedAtChange = !!customElements.get('micro-provider-finder');
      document.querySelector('micro-provider-finder').setAttribute('src', ${JSON.stringify(to)});`;
    const win = await page(
      `<script type="module" src="${ESM}"></script><script type="module">${change}</script>`,
      `<micro-provider-finder src="${from}"></micro-provider-finder>`,
    );
    await waitUntil(() => status(win) === LISTED, 'the new feed is in', { timeout: 5000 });
    expect(win.definedAtChange, 'changed before the core ran').to.equal(false);
    const dropped = win.fetches.filter((call) => call.url === from);
    expect(dropped, 'the loader requested the first address').to.have.length(1);
    expect(dropped[0]!.signal?.aborted, 'and dropped it once the core had run').to.equal(true);
    expect(win.fetches.filter((call) => call.url === to)).to.have.length(1);
  });

  it('with a saved copy on this origin, sends one conditional request carrying its validators', async () => {
    const src = feedUrl('saved');
    const cache = createFeedCache(localStorage, { baseUrl: document.baseURI });
    expect(await cache.save(src, JSON.stringify(okFeed), { etag: '"saved-copy"' }), 'saved').to.equal(true);
    const win = await page(`<script type="module" src="${ESM}"></script>`, `<micro-provider-finder src="${src}"></micro-provider-finder>`);
    await waitUntil(() => status(win) === LISTED, 'the feed is in', { timeout: 5000 });
    const calls = win.fetches.filter((call) => call.url === src);
    expect(calls, 'one fetch of the feed').to.have.length(1);
    expect(new Headers(calls[0]!.headers).get('If-None-Match')).to.equal('"saved-copy"');
    expect(calls[0]!.finderDefined, 'made by the finder, once the engine had read the copy').to.equal(true);
    expect(feedRequests(win, src)).to.have.length(1);
  });

  it('when the early request fails, the finder says so as before, with Try again', async () => {
    // connect-src 'self' blocks the cross-origin feed: the early fetch rejects, as it would offline.
    const src = 'https://feeds.example/early-fails.json';
    const win = await page(
      `<meta http-equiv="Content-Security-Policy" content="connect-src 'self'"><script type="module" src="${ESM}"></script>`,
      `<micro-provider-finder src="${src}"></micro-provider-finder>`,
    );
    const network = "We can't load the list of providers right now. Check your connection and try again.";
    await waitUntil(() => status(win) === network, 'the reason is shown', { timeout: 5000 });
    const finder = win.document.querySelector('micro-provider-finder')!;
    expect(deepText(finder)).to.include('Try again');
    const calls = win.fetches.filter((call) => call.url === src);
    expect(calls, 'one fetch: the early one, adopted').to.have.length(1);
    expect(calls[0]!.finderDefined).to.equal(false);
  });

  it('when the early request fails and there is a saved copy, the finder shows the copy and says it is saved', async () => {
    // Cross-origin: validators are never sent there, so the loader makes the early request even with a copy.
    const src = 'https://feeds.example/early-fails-saved.json';
    const cache = createFeedCache(localStorage, { baseUrl: document.baseURI });
    expect(await cache.save(src, JSON.stringify(okFeed)), 'saved').to.equal(true);
    const win = await page(
      `<meta http-equiv="Content-Security-Policy" content="connect-src 'self'"><script type="module" src="${ESM}"></script>`,
      `<micro-provider-finder src="${src}"></micro-provider-finder>`,
    );
    await waitUntil(() => status(win) === LISTED, 'the saved copy is in', { timeout: 5000 });
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
    expect(deepText(win.document.body)).to.include(`Showing saved information from ${today}`);
    expect(win.fetches.filter((call) => call.url === src)).to.have.length(1);
  });
});
