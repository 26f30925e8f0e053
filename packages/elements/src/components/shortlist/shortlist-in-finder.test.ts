/**
 * The shortlist inside <micro-provider-finder>, used like a person would: Add to shortlist on
 * cards and details, the Shortlist (N) view, kept per feed in this browser only, Copy link,
 * Email the list, Print, Clear shortlist. Axe in each new state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { FEED_URLS } from '@micro-provider-finder/test/handlers.ts';
import {
  detailsOpen,
  mountFinder,
  resultNames,
  statusText,
  useFeedWorker,
  waitForStatus,
  resultsStatus,
} from '@micro-provider-finder/test/helpers/finder.ts';
import { deepActiveElement, deepQueryAll, deepText, getButton, getByLabelText } from '@micro-provider-finder/test/helpers/queries.ts';
import { typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import { MicroProviderFinder } from '../provider-finder/provider-finder.component.ts';

useFeedWorker();

/** Names in the shortlist view (the results stay in the page, hidden, for going back). */
const listNames = (el: Element) => deepQueryAll(el, 'mpf-shortlist').flatMap((list) => resultNames(list));

const LUNCH = 'Quantock Lunch Friends (fictional)';
const BEFRIEND = 'Tone Valley Befrienders (fictional)';

async function searchAll(el: MicroProviderFinder) {
  await waitForStatus(el, /providers listed/, 'feed loaded');
  await typeInto(getByLabelText(el, 'What do you need help with?'), '');
  getButton(el, 'Search').click();
  await waitForStatus(el, resultsStatus(), 'results');
}

describe('shortlist in the finder', function () {
  this.timeout(20_000); // several searches and axe runs per test on a shared machine
  let printed = 0;
  const realPrint = MicroProviderFinder.print;
  beforeEach(() => {
    printed = 0;
    MicroProviderFinder.print = () => printed++;
  });
  afterEach(() => {
    MicroProviderFinder.print = realPrint;
  });

  it('adds from cards, announces it, shows Shortlist (N), and the list view focuses its heading', async () => {
    const el = await mountFinder();
    await searchAll(el);
    getButton(el, `Add to shortlist: ${LUNCH}`).click();
    await waitForStatus(el, 'Added to your shortlist (1)');
    getButton(el, `Add to shortlist: ${BEFRIEND}`).click();
    await waitForStatus(el, 'Added to your shortlist (2)');
    expect(getButton(el, `Remove from shortlist: ${LUNCH}`)).to.exist;
    await expect(el).to.be.accessible();

    getButton(el, 'Shortlist (2)').click();
    await waitUntil(() => deepText(deepActiveElement()!) === 'Your shortlist (2)', 'focus on the list heading');
    expect(listNames(el)).to.deep.equal([LUNCH, BEFRIEND]);
    expect(deepQueryAll<HTMLElement>(el, 'mpf-search-form')[0]!.hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('is kept in this browser for this feed only, and removing and clearing work', async () => {
    const first = await mountFinder();
    await searchAll(first);
    getButton(first, `Add to shortlist: ${LUNCH}`).click();
    await waitForStatus(first, 'Added to your shortlist (1)');
    first.remove();

    const again = await mountFinder();
    await searchAll(again);
    expect(getButton(again, 'Shortlist (1)')).to.exist;
    const other = await mountFinder(FEED_URLS.badRecords);
    await waitForStatus(other, /providers listed/);
    expect(deepText(other)).not.to.include('Shortlist (');
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('mpf:shortlist:'));
    expect(keys).to.deep.equal([`mpf:shortlist:v1:${new URL(FEED_URLS.ok, document.baseURI).href}`]);
    expect(JSON.parse(localStorage.getItem(keys[0]!)!)).to.deep.equal(['t-01']); // ids only, no names or places

    getButton(again, 'Shortlist (1)').click();
    await waitUntil(() => listNames(again).length === 1);
    getButton(again, 'Clear shortlist').click();
    await waitUntil(() => deepText(again).includes('Your shortlist is empty'), 'empty message');
    await expect(again).to.be.accessible();
  });

  it('adds and removes from the details view', async () => {
    const el = await mountFinder();
    await searchAll(el);
    getButton(el, LUNCH).click();
    await waitUntil(() => detailsOpen(el));
    getButton(el, `Add to shortlist: ${LUNCH}`).click();
    await waitUntil(() => deepQueryAll(el, 'mpf-provider-details').some((d) => deepText(d).includes('Remove from shortlist')));
    expect(statusText(el)).to.equal('Added to your shortlist (1)');
    await expect(el).to.be.accessible();
  });

  it('emails the list as plain text and copies a link that opens the same list', async () => {
    const el = await mountFinder();
    await searchAll(el);
    getButton(el, `Add to shortlist: ${LUNCH}`).click();
    await waitForStatus(el, 'Added to your shortlist (1)');
    getButton(el, 'Shortlist (1)').click();
    await waitUntil(() => listNames(el).length === 1);
    const email = deepQueryAll<HTMLAnchorElement>(el, 'a').find((a) => deepText(a) === 'Email the list')!;
    const url = new URL(email.href);
    expect(url.protocol).to.equal('mailto:');
    const body = decodeURIComponent(email.href.split('body=')[1]!);
    expect(body).to.include(LUNCH);
    expect(body).to.include('From Fictional test publisher (not real providers), updated 5 January 2026');
    expect(body).not.to.match(/<[a-z]/i);

    getButton(el, 'Copy link').click();
    let link = '';
    await waitUntil(async () => {
      const field = deepQueryAll<HTMLInputElement>(el, '.copy-field')[0];
      link = field?.value ?? (await navigator.clipboard.readText().catch(() => ''));
      return link.includes('mpf-list=');
    }, 'a link was copied or shown');
    expect(new URL(link).searchParams.get('mpf-list')).to.equal('t-01');
  });

  it('prints the shortlist: no form or filters, each provider in full, publisher, date and page address', async () => {
    const el = await mountFinder();
    await searchAll(el);
    getButton(el, `Add to shortlist: ${BEFRIEND}`).click();
    await waitForStatus(el, 'Added to your shortlist (1)');
    getButton(el, 'Shortlist (1)').click();
    await waitUntil(() => listNames(el).length === 1);
    getButton(deepQueryAll(el, 'mpf-shortlist')[0]!, 'Print').click();
    await waitUntil(() => printed === 1, 'print dialog asked for');
    const view = deepQueryAll(el, '[part~="print"]')[0]!;
    const text = deepText(view);
    expect(text).to.include(BEFRIEND);
    expect(text).to.include('From Fictional test publisher (not real providers), updated 5 January 2026');
    expect(text).to.include(`Printed from ${window.location.href}`);
    expect(deepQueryAll<HTMLElement>(el, 'mpf-search-form')[0]!.hidden).to.equal(true);
    expect(deepQueryAll(el, 'mpf-filters-panel').every((p) => (p as HTMLElement).hidden)).to.equal(true);
    await expect(el).to.be.accessible();
    getButton(deepQueryAll(el, '[part~="print"]')[0]!, 'Back to results').click();
    await waitUntil(
      () => deepText(deepActiveElement() ?? document.body) === 'Your shortlist (1)',
      `back to the list, focus on ${deepActiveElement()?.outerHTML}`,
    );
  });

  it('prints the results too', async () => {
    const el = await mountFinder();
    await searchAll(el);
    const names = resultNames(el);
    getButton(el, 'Print').click();
    await waitUntil(() => printed === 1);
    const text = deepText(deepQueryAll(el, '[part~="print"]')[0]!);
    for (const name of names) expect(text).to.include(name);
  });
});
