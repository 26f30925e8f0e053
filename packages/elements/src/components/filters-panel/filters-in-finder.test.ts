/**
 * The filters panel, chips, did-you-mean and widening inside <micro-provider-finder>,
 * used like a person would: by label, by button name, watching the live region.
 * Expected counts come from the SDK over the same fixture feed, never typed in.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createFinder, type SearchQuery } from '@micro-provider-finder/sdk';
import { FEED_URLS, fixtures } from '@micro-provider-finder/test/handlers.ts';
import {
  resultNames,
  statusText as statusNow,
  useFeedWorker,
  waitForStatus,
  resultsStatus,
} from '@micro-provider-finder/test/helpers/finder.ts';
import {
  accessibleName,
  deepActiveElement,
  deepQueryAll,
  deepText,
  getButton,
  getByLabelText,
  queryButtons,
} from '@micro-provider-finder/test/helpers/queries.ts';
import { typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import '../../define.ts';
import type { MicroProviderFinder } from '../provider-finder/provider-finder.component.ts';

useFeedWorker();

/** The SDK over the same fictional feed, for expected counts. */
const sdk = createFinder(fixtures.okFeed.providers as Parameters<typeof createFinder>[0]);
const totalOf = (query: SearchQuery) => sdk.search(query).total;
const facetsOf = (query: SearchQuery) => sdk.search(query).facets;

const providers = (n: number) => `${n} provider${n === 1 ? '' : 's'} found`;

/** A checkbox by the start of its label ("Meals" finds "Meals (2)"); returns it and its full label. */
function checkbox(el: Element, label: string): { input: HTMLInputElement; text: string } {
  const panel = deepQueryAll(el, 'mpf-filters-panel')[0];
  if (!panel) throw new Error('No filters panel');
  const found = deepQueryAll<HTMLLabelElement>(panel, 'label').find((l) => l.textContent!.trim().startsWith(`${label} (`));
  if (!found) throw new Error(`No filter option "${label}"`);
  return { input: getByLabelText(el, found.textContent!.trim()), text: found.textContent!.trim() };
}

async function searchFor(el: MicroProviderFinder, need: string, postcode = '') {
  await waitForStatus(el, /providers listed/);
  await typeInto(getByLabelText(el, 'Postcode'), postcode);
  await typeInto(getByLabelText(el, 'What do you need help with?'), need);
  getButton(el, 'Search').click();
}

async function mount() {
  return fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok}></micro-provider-finder>`);
}

describe('<micro-provider-finder> filters, chips and widening', function () {
  // The first test also pays for loading axe and resizing the window; on a shared 2-core machine that can pass 10 s.
  this.timeout(20_000);
  afterEach(() => setViewport({ width: 1024, height: 768 }));

  it('shows the filters with counts after a search, open on a wide screen', async () => {
    await setViewport({ width: 1024, height: 768 });
    const el = await mount();
    await searchFor(el, '');
    await waitForStatus(el, providers(12));
    const facets = facetsOf({ text: '' });
    expect(checkbox(el, 'Befriending and company').text).to.equal(`Befriending and company (${facets.support['befriending']})`);
    expect(checkbox(el, 'Free').text).to.equal(`Free (${facets.free['true']})`);
    expect(getButton(el, 'Filters').getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('on a phone the filters are closed behind the Filters button, and open with it', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await mount();
    await searchFor(el, '');
    await waitForStatus(el, providers(12));
    const toggle = getButton(el, 'Filters');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    // Closed, the options are not even rendered (no work before the first results for hidden checkboxes).
    expect(deepQueryAll(deepQueryAll(el, 'mpf-filters-panel')[0]!, 'input[type="checkbox"]')).to.have.length(0);
    await expect(el).to.be.accessible();
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true');
    expect(checkbox(el, 'Meals').input.checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('on a desktop the filters are a sidebar beside the results', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await mount();
    await searchFor(el, '');
    await waitForStatus(el, providers(12));
    const panel = deepQueryAll(el, 'mpf-filters-panel')[0]!.getBoundingClientRect();
    const list = deepQueryAll(el, 'mpf-results-list')[0]!.getBoundingClientRect();
    expect(panel.right, 'filters left of the results').to.be.at.most(list.left);
    expect(list.top, 'first result not pushed below the filters').to.be.below(panel.bottom);
    expect(deepQueryAll<HTMLButtonElement>(el, '.show-results')[0]!.checkVisibility()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('on a phone "Show N results" closes the filters and moves focus to the first result', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mount();
    await searchFor(el, '');
    await waitForStatus(el, providers(12));
    const toggle = getButton(el, 'Filters');
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true');
    checkbox(el, 'Meals').input.click();
    const meals = totalOf({ text: '', support: ['meals'] });
    await waitForStatus(el, providers(meals));
    await expect(el).to.be.accessible();
    getButton(el, `Show ${meals} result${meals === 1 ? '' : 's'}`).click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'false', 'filters closed');
    await waitUntil(() => deepText(deepActiveElement()!) === resultNames(el)[0], 'focus on the first result');
  });

  it('Distance applies at once to a search with a postcode', async () => {
    const el = await mount();
    await searchFor(el, '', 'TA1');
    await waitForStatus(el, resultsStatus('TA1'));
    const before = statusNow(el);
    const select = getByLabelText(el, 'Distance') as unknown as HTMLSelectElement;
    select.value = [...select.options].find((o) => o.text.trim() === 'Within 1 mile')!.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => statusNow(el) !== before && resultsStatus('TA1').test(statusNow(el)), 'searched again without pressing Search');
    const applied = statusNow(el);
    const results = oneEvent(el, 'mpf-results');
    getButton(el, 'Search').click();
    const { total } = (await results).detail;
    expect(applied, 'pressing Search gives the same').to.equal(`${total} provider${total === 1 ? '' : 's'} near TA1`);
  });

  it('ticking a checkbox searches at once, updates the live region and keeps the other counts disjunctive', async () => {
    const el = await mount();
    await searchFor(el, '');
    await waitForStatus(el, providers(12));
    const befriending = checkbox(el, 'Befriending and company').input;
    befriending.focus();
    befriending.click();
    const expected = totalOf({ support: ['befriending'] });
    await waitForStatus(el, providers(expected));
    expect(resultNames(el)).to.have.length(expected);
    expect(deepActiveElement()).to.equal(checkbox(el, 'Befriending and company').input, 'focus stays on the checkbox');
    // Disjunctive: ticking befriending still shows how many meals providers there are.
    const after = facetsOf({ support: ['befriending'] });
    expect(checkbox(el, 'Meals').text).to.equal(`Meals (${after.support['meals']})`);
    expect(after.support['meals']).to.be.greaterThan(0);
    // Other groups count within the befriending results.
    expect(checkbox(el, 'Free').text).to.equal(`Free (${after.free['true']})`);
    await expect(el).to.be.accessible();
  });

  it('keeps filters when searching again, and Clear filters removes them all', async () => {
    const el = await mount();
    await searchFor(el, '');
    await waitForStatus(el, providers(12));
    checkbox(el, 'Free').input.click();
    await waitForStatus(el, providers(totalOf({ free: true })));
    await typeInto(getByLabelText(el, 'What do you need help with?'), 'befriending');
    getButton(el, 'Search').click();
    await waitForStatus(el, providers(totalOf({ text: 'befriending', free: true })));
    expect(checkbox(el, 'Free').input.checked).to.equal(true);
    getButton(el, 'Clear filters').click();
    await waitForStatus(el, providers(totalOf({ text: 'befriending' })));
    expect(checkbox(el, 'Free').input.checked).to.equal(false);
    expect(deepQueryAll(el, '[part~="chip"]')).to.have.length(0);
  });

  it('shows a removable chip per filter; removing moves focus to the next chip, then to the results', async () => {
    const el = await mount();
    await searchFor(el, '');
    await waitForStatus(el, providers(12));
    checkbox(el, 'Shopping').input.click();
    await waitForStatus(el, providers(totalOf({ support: ['shopping'] })));
    checkbox(el, 'Home visits').input.click();
    await waitForStatus(el, providers(totalOf({ support: ['shopping'], delivery: ['home-visit'] })));
    const chips = () => deepQueryAll<HTMLButtonElement>(el, '[part~="chip"]').map(accessibleName);
    expect(chips()).to.deep.equal(['Remove filter: Shopping', 'Remove filter: Home visits']);
    await expect(el).to.be.accessible();

    getButton(el, 'Remove filter: Shopping').click();
    await waitForStatus(el, providers(totalOf({ delivery: ['home-visit'] })));
    await waitUntil(() => accessibleName(deepActiveElement()!) === 'Remove filter: Home visits', 'focus on the next chip');
    expect(checkbox(el, 'Shopping').input.checked).to.equal(false);

    getButton(el, 'Remove filter: Home visits').click();
    await waitForStatus(el, providers(12));
    await waitUntil(() => deepText(deepActiveElement()!) === resultNames(el)[0], 'focus on the first result');
    expect(chips()).to.deep.equal([]);
  });

  it('offers "Did you mean" for a misspelt need, and running it finds providers', async () => {
    const el = await mount();
    await searchFor(el, 'luch');
    await waitForStatus(el, 'No providers found');
    const corrected = sdk.search({ text: 'luch' }).didYouMean!;
    expect(corrected).to.equal('lunch');
    expect(deepText(deepQueryAll(el, '.did-you-mean')[0]!)).to.equal('Did you mean lunch ?');
    await expect(el).to.be.accessible();
    getButton(el, 'lunch').click();
    await waitForStatus(el, providers(totalOf({ text: 'lunch' })));
    expect(getByLabelText(el, 'What do you need help with?').value).to.equal('lunch');
    await waitUntil(() => deepText(deepActiveElement()!) === resultNames(el)[0], 'focus on the first result');
  });

  it('offers removing a filter that emptied the results, with the count it gives', async () => {
    const el = await mount();
    await searchFor(el, 'transport');
    const withText = totalOf({ text: 'transport' });
    await waitForStatus(el, providers(withText));
    // The panel no longer offers an option with no results (it is disabled), so the host asks for one.
    expect(checkbox(el, 'Free').input.disabled).to.equal(true);
    el.search({ text: 'transport', free: true });
    await waitForStatus(el, 'No providers found');
    const remove = getButton(el, `Remove ‘Free’ (${withText} provider${withText === 1 ? '' : 's'})`);
    await expect(el).to.be.accessible();
    remove.click();
    await waitForStatus(el, providers(withText));
    expect(checkbox(el, 'Free').input.checked).to.equal(false);
  });

  it('offers looking further away, with the count it gives, and the Distance choice follows', async () => {
    const el = await mount();
    await waitForStatus(el, /providers listed/);
    const distance = getByLabelText(el, 'Distance') as unknown as HTMLSelectElement;
    distance.value = '1';
    distance.dispatchEvent(new Event('change', { bubbles: true }));
    await searchFor(el, 'transport', 'TA1 1AA');
    await waitForStatus(el, 'No providers found');
    const wider = queryButtons(el).find((b) => /^Look /.test(accessibleName(b)));
    expect(wider, 'a distance suggestion').to.exist;
    const count = Number(/\((\d+) providers?\)/.exec(accessibleName(wider!))![1]);
    expect(count).to.be.greaterThan(0);
    wider!.click();
    await waitForStatus(el, `${count} provider${count === 1 ? '' : 's'} near TA1`);
    expect(distance.value).to.not.equal('1');
  });

  for (const [ordering, sentence] of [
    ['fair', 'Providers that match equally are shown in a different order each day, so everyone gets seen.'],
    ['distance', 'Nearest providers are shown first.'],
    ['name', 'Providers are shown in alphabetical order.'],
  ] as const) {
    it(`says in one sentence how results are ordered (ordering="${ordering}")`, async () => {
      const el = await fixture<MicroProviderFinder>(
        html`<micro-provider-finder src=${FEED_URLS.ok} ordering=${ordering}></micro-provider-finder>`,
      );
      await searchFor(el, '');
      await waitForStatus(el, providers(12));
      expect(deepQueryAll(el, '.order').map((p) => deepText(p))).to.deep.equal([sentence]);
    });
  }
});
