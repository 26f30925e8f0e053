/**
 * Privacy: with default settings, a whole session (load, search by full
 * postcode, a filter when the finder has one, details, back, show more) asks
 * only for the feed and our own lazily loaded code. No third party hears
 * about the resident, no cookie is set, and the postcode never leaves the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { FEED_URLS, feedOk } from '../handlers.ts';
import { deepQueryAll, deepText, getButton, getByLabelText, getStatus } from '../helpers/queries.ts';
import { pressEnter, typeInto } from '../helpers/user.ts';
import '../../packages/elements/src/define.ts';
import type { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';

const worker = setupWorker(feedOk);
before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
beforeEach(() => localStorage.clear());
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

    // A filter, when this build of the finder has a filters panel.
    const filter = deepQueryAll<HTMLInputElement>(el, 'input[type="checkbox"]')[0];
    if (filter) {
      filter.click();
      await waitUntil(() => /near TA1$/.test(statusText(el)) && statusText(el) !== '12 providers near TA1', 'filtered', { timeout: 5000 }).catch(() => undefined);
      filter.click();
      await waitForStatus(el, (t) => t === '12 providers near TA1', 'filter cleared');
    }

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
    expect(all.some((url) => /outcodes-data/.test(url)), 'the recording saw the lazily loaded district table').to.equal(true);
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
