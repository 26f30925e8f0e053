/**
 * Privacy: with default settings, a whole session (load, search by full
 * postcode, a filter when the finder has one, details, back, show more) asks
 * only for the feed and our own lazily loaded code. No third party hears
 * about the resident, no cookie is set, and the postcode never leaves the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resultsStatus } from '@micro-provider-finder/test/helpers/finder.ts';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { FEED_URLS, feedOk, fixtures } from '../handlers.ts';
import { deepQueryAll, deepText, everythingRendered, getButton, getByLabelText, getStatus } from '../helpers/queries.ts';
import { pressEnter, typeInto } from '../helpers/user.ts';
import { savedCopiesSettled } from '../../packages/elements/src/controllers/feed-load.ts';
import '../../packages/elements/src/define.ts';
import type { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';

const worker = setupWorker(feedOk);
before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
beforeEach(async () => {
  await savedCopiesSettled(); // the previous test's finder saves its copy as the cleanup removes it
  localStorage.clear();
});
afterEach(() => worker.resetHandlers());
after(() => worker.stop());

const statusText = (el: Element) => deepText(getStatus(el));
async function waitForStatus(el: Element, test: (text: string) => boolean, what: string) {
  await waitUntil(() => test(statusText(el)), `${what}; status was "${statusText(el)}"`, { timeout: 5000 });
}

describe('privacy: every request of a default session', () => {
  it('goes only to the feed and our own origin, sets no cookie, and keeps the postcode in the page', async () => {
    const seenByWorker: string[] = [];
    const onRequest = ({ request }: { request: Request }) => seenByWorker.push(request.url);
    worker.events.on('request:start', onRequest);
    performance.setResourceTimingBufferSize(10_000);
    performance.clearResourceTimings();
    expect(document.cookie).to.equal('');

    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok}></micro-provider-finder>`);
    await waitForStatus(el, (t) => t === '12 providers listed', 'loaded');

    // Search with a full postcode and "Any distance" (so there is more than one page).
    await typeInto(getByLabelText(el, 'Postcode'), 'TA1 1AA');
    const distance = getByLabelText(el, 'Distance') as unknown as HTMLSelectElement;
    distance.value = 'any';
    distance.dispatchEvent(new Event('change', { bubbles: true }));
    await pressEnter();
    await waitForStatus(el, (t) => t === '12 providers near TA1', 'searched');

    // A filter that narrows the results (its label gives the count it would leave), then cleared.
    const narrowing = deepQueryAll<HTMLInputElement>(el, 'input[type="checkbox"]').find((box) => {
      const count = Number(/\((\d+)\)/.exec(box.labels?.[0]?.textContent ?? '')?.[1] ?? 0);
      return !box.disabled && count > 0 && count < 12;
    });
    expect(narrowing, 'a filter option that narrows the 12 results').to.not.equal(undefined);
    narrowing!.click();
    await waitForStatus(el, (t) => resultsStatus('TA1').test(t) && t !== '12 providers near TA1', 'filtered');
    narrowing!.click();
    await waitForStatus(el, (t) => t === '12 providers near TA1', 'filter cleared');

    // Details and back.
    const first = deepQueryAll<HTMLButtonElement>(el, '[part~="result-name"]')[0]!;
    first.click();
    await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 1, 'details open');
    getButton(el, 'Back to results').click();
    await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 0, 'back to results');

    // Show more.
    getButton(el, 'Show more providers').click();
    await waitForStatus(el, (t) => t === 'Showing 12 of 12 providers', 'shown more');

    worker.events.removeListener('request:start', onRequest);
    const timed = performance.getEntriesByType('resource').map((entry) => entry.name);
    const all = [...new Set([...seenByWorker, ...timed])];
    const feed = new URL(FEED_URLS.ok, location.href).href;

    expect(all, 'the feed was requested').to.include(feed);
    expect(
      all.some((url) => /outcodes-data/.test(url)),
      'the recording saw the lazily loaded district table',
    ).to.equal(true);
    for (const url of all) {
      const parsed = new URL(url);
      expect(parsed.origin, `third-party request: ${url}`).to.equal(location.origin);
      // Besides the feed, only our own code (the lazily loaded postcode-district table, modules) is fetched.
      if (parsed.href !== feed) expect(parsed.pathname, `unexpected request: ${url}`).to.match(/\.(ts|js|mjs)$/);
      // Nothing the resident typed travels in a request.
      expect(decodeURIComponent(url)).not.to.match(/TA1 ?1AA/i);
    }
    expect(document.cookie).to.equal('');
  });
});

describe('privacy: home-based providers (location.private)', () => {
  const PRIVATE_URL = '/test-feeds/private-homes.json';
  const secrets = [
    '7 Hidden Close',
    '22 Privet Way',
    '4 Quiet Mews',
    'TA2 7QQ',
    'TA6 3AB',
    'TA3 5AA',
    '51.0312',
    '-3.1234',
    '51.1277',
    '-2.9931',
    '51.0155',
  ];
  /** The fixture feed, with exact coordinates on the home-based providers and one "private": "yes". */
  function privateHomesFeed() {
    const feed = structuredClone(fixtures.okFeed) as { providers: Record<string, unknown>[] };
    const extra: Record<string, { lat: number; lng: number } | { private: string; lat: number; lng: number }> = {
      't-02': { lat: 51.0312, lng: -3.1234 },
      't-03': { lat: 51.1277, lng: -2.9931 },
      't-11': { private: 'yes', lat: 51.0155, lng: -3.0402 },
    };
    for (const provider of feed.providers) {
      const more = extra[provider.id as string];
      if (more) provider.location = { ...(provider.location as object), ...more };
    }
    return feed;
  }

  /** Every mpf-* event dispatched anywhere while `run` runs (the finder's and its parts'). */
  async function recordEverything(run: () => Promise<void>): Promise<{ events: unknown[]; consoleOutput: unknown[][] }> {
    const events: unknown[] = [];
    const consoleOutput: unknown[][] = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      if (event.type.startsWith('mpf-')) events.push({ type: event.type, detail: (event as CustomEvent).detail });
      return dispatch.call(this, event);
    };
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((name) => console[name]);
    methods.forEach((name, i) => {
      console[name] = (...args: unknown[]) => {
        consoleOutput.push(args);
        originals[i]!.apply(console, args);
      };
    });
    try {
      await run();
    } finally {
      EventTarget.prototype.dispatchEvent = dispatch;
      methods.forEach((name, i) => (console[name] = originals[i]!));
    }
    return { events, consoleOutput };
  }

  /** Every reactive property of every mpf-* element in the finder (cards, details, lists, the finder itself). */
  function allElementProperties(el: Element): unknown[] {
    const elements = [el, ...deepQueryAll(el, '*').filter((e) => e.localName.startsWith('mpf-'))];
    return elements.map((element) => {
      const names = [
        ...((element.constructor as unknown as { elementProperties?: Map<PropertyKey, unknown> }).elementProperties?.keys() ?? []),
      ];
      const values: Record<string, unknown> = {};
      for (const name of names) values[String(name)] = (element as unknown as Record<PropertyKey, unknown>)[name];
      // Also what the finder keeps in its tasks (private in TypeScript, readable from page script).
      for (const task of ['feedTask', 'searchTask']) {
        const value = (element as unknown as Record<string, { value?: unknown } | undefined>)[task]?.value;
        if (value !== undefined) values[task] = value;
      }
      return { element: element.localName, values };
    });
  }

  /** A stored value as text: the saved copy's body is deflated (Latin-1), so inflate it too. */
  async function readable(value: string): Promise<string> {
    const lineBreak = value.indexOf('\n');
    if (lineBreak < 0) return value;
    const body = value.slice(lineBreak + 1);
    try {
      const bytes = Uint8Array.from(body, (c) => c.charCodeAt(0));
      const inflated = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
      return `${value}\n${inflated}`;
    } catch {
      return value; // not deflated
    }
  }

  it('never puts a street address, exact position or full postcode in storage, properties, events or the console', async () => {
    worker.use(http.get(PRIVATE_URL, () => HttpResponse.json(privateHomesFeed())));
    let el!: MicroProviderFinder;
    const { events, consoleOutput } = await recordEverything(async () => {
      el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${PRIVATE_URL}></micro-provider-finder>`);
      await waitForStatus(el, (t) => t === '12 providers listed', 'loaded');
      await typeInto(getByLabelText(el, 'Postcode'), 'TA2');
      const distance = getByLabelText(el, 'Distance') as unknown as HTMLSelectElement;
      distance.value = 'any';
      distance.dispatchEvent(new Event('change', { bubbles: true }));
      await pressEnter();
      await waitForStatus(el, (t) => t === '12 providers near TA2', 'searched');
      getButton(el, 'Show more providers').click();
      await waitForStatus(el, (t) => t === 'Showing 12 of 12 providers', 'shown more');
      getButton(el, 'Creech Shopping Pals (fictional)').click();
      await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 1, 'details open');
      await expect(el).to.be.accessible();
    });
    const details = deepText(deepQueryAll(el, '[part~="details"]')[0]!);
    expect(details, 'the "private": "yes" provider shows as home-based').to.include('Works from home (address not shown)');
    expect(details).to.include('TA3');

    await waitUntil(() => Object.keys(localStorage).some((key) => key.startsWith('mpf:feed:')), 'the copy is saved', { timeout: 5000 });
    const stored = (
      await Promise.all(Object.keys(localStorage).map(async (key) => `${key}=${await readable(localStorage.getItem(key)!)}`))
    ).join('\n');
    expect(stored, 'a saved copy was written').to.include('Creech Shopping Pals');
    const problemEvents = events.filter((e) => (e as { type: string }).type === 'mpf-feed-problems');
    expect(problemEvents, 'the "private": "yes" value was reported').to.have.length(1);
    expect(JSON.stringify(problemEvents)).to.include('location.private');
    expect(consoleOutput.length, 'the problem reached the console').to.be.greaterThan(0);
    const properties = JSON.stringify(allElementProperties(el));
    expect(properties, 'the cards were inspected').to.include('Tone Valley Befrienders');

    const places = {
      storage: stored,
      properties,
      events: JSON.stringify(events),
      console: JSON.stringify(consoleOutput),
      rendered: everythingRendered(el),
    };
    for (const [where, text] of Object.entries(places)) {
      for (const secret of secrets) expect(text, `${secret} reached ${where}`).not.to.include(secret);
    }
  });
});
