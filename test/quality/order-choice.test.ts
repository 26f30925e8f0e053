/**
 * "Order: Fair order / Nearest first" beside the results, used like a person would: with the mouse
 * and with the arrow keys. The choice applies at once, keeps the filters, keeps focus on the chosen
 * radio, changes the explanation of the order, and the live region says the new count. Axe in each state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { FEED_URLS } from '@micro-provider-finder/test/handlers.ts';
import { resultsStatus, statusText, useFeedWorker, waitForStatus } from '@micro-provider-finder/test/helpers/finder.ts';
import { deepActiveElement, deepQueryAll, deepText, getButton, getByLabelText } from '@micro-provider-finder/test/helpers/queries.ts';
import { typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import type { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';
import type { MpfProviderCard } from '../../packages/elements/src/components/provider-card/provider-card.component.ts';

useFeedWorker();

const FAIR = 'Providers that match equally are shown in a different order each day, so everyone gets seen.';
const NEAREST = 'Nearest providers are shown first.';

/** The sentence explaining the order, as shown above the results. */
const orderExplanation = (el: Element) => deepText(deepQueryAll(el, '.order')[0]!);
/** Distances of the results shown, in order (undefined for a provider with no place). */
const distances = (el: Element) => deepQueryAll<MpfProviderCard>(el, 'mpf-provider-card').map((card) => card.result?.distanceMiles);

async function search(el: Element, postcode: string, labels = { postcode: 'Postcode', search: 'Search' }) {
  await waitForStatus(el, /providers listed|darparwr wedi'u rhestru/, 'feed loaded');
  await typeInto(getByLabelText(el, labels.postcode), postcode);
  getButton(el, labels.search).click();
}

describe('the choice of order beside the results', function () {
  this.timeout(30_000); // several searches and axe runs on a shared machine
  before(() => setViewport({ width: 1280, height: 900 }));

  it('offers Fair order (chosen) and Nearest first after a search from a postcode, and is accessible', async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok}></micro-provider-finder>`);
    await search(el, 'TA1 1AA');
    await waitForStatus(el, resultsStatus('TA1'), 'results');
    expect(getByLabelText(el, 'Fair order').checked).to.equal(true);
    expect(getByLabelText(el, 'Nearest first').checked).to.equal(false);
    const legend = deepQueryAll(el, 'legend').find((l) => deepText(l) === 'Order');
    expect(legend, 'a visible "Order" legend').to.not.equal(undefined);
    expect(orderExplanation(el)).to.include(FAIR);
    await expect(el).to.be.accessible();
  });

  it('Nearest first with the arrow keys: applied at once, filters kept, focus kept, count announced; and back to Fair order', async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok}></micro-provider-finder>`);
    await search(el, 'TA1 1AA');
    await waitForStatus(el, resultsStatus('TA1'), 'results');
    const before = statusText(el);
    const panel = deepQueryAll(el, 'mpf-filters-panel')[0]!;
    const meals = deepQueryAll<HTMLLabelElement>(panel, 'label').find((l) => deepText(l).startsWith('Meals ('))!;
    getByLabelText(el, deepText(meals)).click();
    await waitForStatus(el, (text) => text !== before && resultsStatus('TA1').test(text), 'filtered results');
    const filtered = deepQueryAll(el, 'mpf-provider-card').length;

    getByLabelText(el, 'Fair order').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => orderExplanation(el).includes(NEAREST), 'the nearest-first explanation');
    await waitUntil(() => (deepActiveElement() as HTMLInputElement | null)?.value === 'distance', 'focus on "Nearest first"');
    expect(getByLabelText(el, 'Nearest first').checked).to.equal(true);
    await waitForStatus(el, resultsStatus('TA1'), 'the count announced again');
    expect(deepQueryAll(el, 'mpf-provider-card').length, 'the filter still applies').to.equal(filtered);
    const shown = distances(el).filter((d): d is number => d !== undefined);
    expect(shown).to.deep.equal([...shown].sort((a, b) => a - b));
    await expect(el).to.be.accessible();

    getByLabelText(el, 'Fair order').click();
    await waitUntil(() => orderExplanation(el).includes(FAIR), 'the fair-order explanation');
    await waitUntil(() => (deepActiveElement() as HTMLInputElement | null)?.value === 'fair', 'focus on "Fair order"');
    expect(deepQueryAll(el, 'mpf-provider-card').length).to.equal(filtered);
  });

  it('is not offered when there is no place to measure from', async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok}></micro-provider-finder>`);
    await search(el, '');
    await waitForStatus(el, resultsStatus(), 'results');
    expect(deepQueryAll(el, 'input[type="radio"]')).to.have.length(0);
  });

  it('speaks Welsh', async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder lang="cy" src=${FEED_URLS.ok}></micro-provider-finder>`);
    await search(el, 'TA1 1AA', { postcode: 'Cod post', search: 'Chwilio' });
    await waitUntil(() => deepQueryAll(el, 'mpf-provider-card').length > 0, 'results');
    expect(getByLabelText(el, 'Trefn deg').checked).to.equal(true);
    getByLabelText(el, 'Agosaf yn gyntaf').click();
    await waitUntil(() => orderExplanation(el).includes('Dangosir y darparwyr agosaf yn gyntaf.'), 'the Welsh explanation');
    await expect(el).to.be.accessible();
  });
});
