/**
 * Remote mode (`mode="remote"`): a resident searches a national-size Open Referral UK 3.0
 * directory through its API. The API here is msw's fictional ORUK 3.0 API
 * (test/fixtures/oruk/mock-oruk-api.ts: the paginated `contents` list of schemas/oruk-3.0-uk) on
 * the council's own origin. The finder asks that API and nothing else: no whole-feed download, no
 * saved copy, no other origin.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { mockOrukApi, mockServices, type MockApiLog } from '../fixtures/oruk/mock-oruk-api.ts';
import { statusText, waitForStatus } from '../helpers/finder.ts';
import { deepQueryAll, deepText, getButton, getByLabelText, headingTexts } from '../helpers/queries.ts';
import { typeInto } from '../helpers/user.ts';
import '../../packages/elements/src/define.ts';
import type { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';

const API = 'https://council.example/api';
const log: MockApiLog = { requests: [] };
const worker = setupWorker();
/** Every request the page made while a test ran (msw sees each one, its own or not). */
let seen: URL[] = [];
const record = ({ request }: { request: Request }) => void seen.push(new URL(request.url));

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  log.requests.length = 0;
  seen = [];
  worker.use(...mockOrukApi(API, mockServices(60), log));
  worker.events.on('request:start', record);
});
afterEach(() => {
  worker.events.removeListener('request:start', record);
  worker.resetHandlers();
});
after(() => worker.stop());

const mount = () =>
  fixture<MicroProviderFinder>(html`<micro-provider-finder mode="remote" src=${API} page-size="5"></micro-provider-finder>`);
const resultNames = (el: Element) => deepQueryAll(el, '[part~="result-name"]').map((n) => n.textContent?.trim());

/** The resident's search: a postcode and a need, typed into the fields found by their labels, then Search. */
async function searchFor(el: MicroProviderFinder, postcode: string, need: string) {
  await typeInto(getByLabelText(el, 'Postcode'), postcode);
  await typeInto(getByLabelText(el, 'What do you need help with?'), need);
  getButton(el, 'Search').click();
}

/** Page 1 of a search near BS1 (30 providers, 5 a page), then a "Show more" the network drops. */
async function withFailedShowMore(): Promise<MicroProviderFinder> {
  const el = await mount();
  await searchFor(el, 'BS1 4DJ', '');
  await waitForStatus(el, '30 providers near BS1', 'searched');
  worker.use(http.get(`${API}/services`, () => HttpResponse.error(), { once: true }));
  getButton(el, 'Show more providers').click();
  await waitForStatus(el, "We can't load the list of providers right now. Check your connection and try again.", 'failed');
  return el;
}

/** No request left the page except to the configured API (and the page's own code). */
function expectOnlyTheApi() {
  for (const url of seen) {
    if (url.origin === location.origin) {
      expect(url.pathname, `own-origin request: ${url.href}`).to.match(/\.(ts|js|mjs)$/);
      continue;
    }
    expect(`${url.origin}${url.pathname}`, `request to ${url.href}`).to.match(/^https:\/\/council\.example\/api\/services/);
  }
}

describe('<micro-provider-finder mode="remote">', function () {
  this.timeout(30_000); // whole sessions, with axe in each state
  it('searches the API by postcode and need, shows its page of results, and Show more fetches page 2', async () => {
    const el = await mount();
    await el.updateComplete;
    expect(statusText(el)).to.equal('');
    expect(log.requests, 'nothing is downloaded before a search').to.have.length(0);
    await expect(el).to.be.accessible();

    await searchFor(el, 'TA1 1AA', 'lunch');
    // 60 fictional services: lunch clubs in TA1 and TA6 (within the default 10 miles) -> 10, 5 a page.
    await waitForStatus(el, '10 providers near TA1', 'searched');
    expect(Object.fromEntries(log.requests[0]!.searchParams)).to.deep.equal({
      text: 'lunch',
      postcode: 'TA1 1AA',
      proximity: '16093',
      page: '1',
      per_page: '5',
    });
    expect(resultNames(el)).to.deep.equal([8, 11, 20, 23, 32].map((n) => `Example Lunch clubs ${n} (fictional)`));
    const text = deepText(el.shadowRoot!);
    expect(text).to.include("Providers are shown in the directory's own order.");
    expect(text).not.to.include('different order each day');
    expect(deepQueryAll(el, 'mpf-filters-panel'), 'no filter counts the API cannot give').to.have.length(0);
    await expect(el).to.be.accessible();

    getButton(el, 'Show more providers').click();
    await waitForStatus(el, 'Showing 10 of 10 providers', 'page 2');
    expect(log.requests.map((url) => url.searchParams.get('page'))).to.deep.equal(['1', '2']);
    expect(resultNames(el)).to.have.length(10);
    expect(resultNames(el).slice(5)).to.deep.equal([35, 44, 47, 56, 59].map((n) => `Example Lunch clubs ${n} (fictional)`));
    expect(deepQueryAll<HTMLButtonElement>(el, 'button').some((b) => b.textContent?.trim() === 'Show more providers')).to.equal(false);
    await expect(el).to.be.accessible();

    // Details of an API result, and back.
    deepQueryAll<HTMLButtonElement>(el, '[part~="result-name"]')[6]!.click();
    await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 1, 'details open');
    expect(headingTexts(el)).to.include('Example Lunch clubs 44 (fictional)');
    expect(deepText(el.shadowRoot!)).to.include('01632 960043');
    await expect(el).to.be.accessible();
    getButton(el, 'Back to results').click();
    await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 0, 'back');

    expectOnlyTheApi();
    expect(localStorage.length, 'no saved copy of the directory').to.equal(0);
  });

  it('an API that is down says so in plain words with Try again, which searches again', async () => {
    worker.use(http.get(`${API}/services`, () => new HttpResponse('down for maintenance', { status: 503 }), { once: true }));
    const el = await mount();
    await searchFor(el, 'BS1 4DJ', '');
    await waitForStatus(el, "We can't load the list of providers right now. Try again later.", 'failed');
    expect(headingTexts(el)).to.include("We can't show providers right now");
    expect(resultNames(el)).to.have.length(0);
    await expect(el).to.be.accessible();

    getButton(el, 'Try again').click();
    // BS1 and BS16 are both within 10 miles: 30 of the 60, 5 a page.
    await waitForStatus(el, '30 providers near BS1', 'searched again');
    expect(resultNames(el)).to.have.length(5);
    expect(log.requests).to.have.length(1); // the failed request was answered by the 503 handler
    await expect(el).to.be.accessible();
    expectOnlyTheApi();
  });

  it('an API that could not be reached is asked again, by itself, when the browser is back online', async () => {
    worker.use(http.get(`${API}/services`, () => HttpResponse.error(), { once: true }));
    const el = await mount();
    await searchFor(el, 'BS1 4DJ', '');
    await waitForStatus(el, "We can't load the list of providers right now. Check your connection and try again.", 'offline');
    window.dispatchEvent(new Event('online'));
    await waitForStatus(el, '30 providers near BS1', 'searched again when back online');
    expect(resultNames(el)).to.have.length(5);
    await expect(el).to.be.accessible();
    // Back online with nothing failed: no request.
    const asked = log.requests.length;
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(log.requests).to.have.length(asked);
  });

  it('a Show more that failed is asked again when the browser is back online, keeping page 1', async () => {
    const el = await withFailedShowMore();
    const focusedBefore = el.shadowRoot!.activeElement;
    window.dispatchEvent(new Event('online'));
    await waitForStatus(el, 'Showing 10 of 30 providers', 'page 2 when back online');
    expect(resultNames(el)).to.have.length(10);
    expect(el.shadowRoot!.activeElement, 'focus stays where it was: the person did not ask just now').to.equal(focusedBefore);
    expect(log.requests.map((url) => url.searchParams.get('page'))).to.deep.equal(['1', '2']);
  });

  it('a Show more that fails keeps the results, says so, and Try again fetches that page', async () => {
    const el = await withFailedShowMore();
    await expect(el).to.be.accessible();
    getButton(el, 'Try again').click();
    await waitForStatus(el, 'Showing 10 of 30 providers', 'page 2 on the second try');
    expect(resultNames(el)).to.have.length(10);
    expect(log.requests.map((url) => url.searchParams.get('page'))).to.deep.equal(['1', '2']);
  });

  it('keeps a shortlist for the visit (nothing stored) from API results', async () => {
    const el = await mount();
    await searchFor(el, 'TA1 1AA', 'lunch');
    await waitForStatus(el, '10 providers near TA1', 'searched');
    getButton(el, 'Add to shortlist: Example Lunch clubs 11 (fictional)').click();
    await waitForStatus(el, 'Added to your shortlist (1)');
    getButton(el, 'Shortlist (1)').click();
    await waitUntil(() => headingTexts(el).includes('Your shortlist (1)'), 'shortlist open');
    expect(resultNames(el.shadowRoot!.querySelector('mpf-shortlist')!)).to.deep.equal(['Example Lunch clubs 11 (fictional)']);
    await expect(el).to.be.accessible();
    expect(localStorage.length, 'no shortlist stored for an API address').to.equal(0);
    expectOnlyTheApi();
  });

  describe('a shared shortlist link', () => {
    const page = location.href;
    afterEach(() => window.history.replaceState(null, '', page));
    const openLink = (ids: string) => {
      const link = new URL(page);
      link.searchParams.set('mpf-list', ids);
      window.history.replaceState(null, '', link);
    };

    it('asks the API for each provider on it and opens the list (one it no longer has is left out)', async () => {
      openLink('svc-11,svc-999,svc-2');
      const el = await mount();
      await waitUntil(() => headingTexts(el).includes('Your shortlist (2)'), `shortlist open: ${headingTexts(el).join(' | ')}`);
      expect(resultNames(el.shadowRoot!.querySelector('mpf-shortlist')!)).to.deep.equal([
        'Example Lunch clubs 11 (fictional)',
        'Example Lunch clubs 2 (fictional)',
      ]);
      expect(log.requests.map((url) => url.pathname.replace(/^.*\/services/, 'services'))).to.have.members([
        'services/svc-11',
        'services/svc-999',
        'services/svc-2',
      ]);
      await expect(el).to.be.accessible();
      expect(localStorage.length, 'nothing stored').to.equal(0);
      expectOnlyTheApi();
    });

    it('if the API cannot be reached: the usual message, and Try again opens the list', async () => {
      openLink('svc-11');
      worker.use(http.get(`${API}/services/:id`, () => HttpResponse.error(), { once: true }));
      const el = await mount();
      await waitForStatus(el, "We can't load the list of providers right now. Check your connection and try again.", 'failed');
      await expect(el).to.be.accessible();
      getButton(el, 'Try again').click();
      await waitUntil(() => headingTexts(el).includes('Your shortlist (1)'), `shortlist open: ${headingTexts(el).join(' | ')}`);
      expect(resultNames(el.shadowRoot!.querySelector('mpf-shortlist')!)).to.deep.equal(['Example Lunch clubs 11 (fictional)']);
    });
  });

  it('sends a support filter as the taxonomy id the host gave (taxonomy-ids attribute)', async () => {
    const el = await fixture<MicroProviderFinder>(
      html`<micro-provider-finder mode="remote" src=${API} taxonomy-ids='{"befriending":"tx-befriending"}'></micro-provider-finder>`,
    );
    expect(el.taxonomyIds).to.deep.equal({ befriending: 'tx-befriending' });
    el.search({ text: '', support: ['befriending'] });
    await waitForStatus(el, '20 providers found', 'searched');
    expect(Object.fromEntries(log.requests[0]!.searchParams)).to.deep.equal({ taxonomy_id: 'tx-befriending', page: '1', per_page: '10' });
    expect(resultNames(el)).to.have.length(10);
    expect(resultNames(el).every((name) => name!.startsWith('Example Befriending'))).to.equal(true);
  });
});
