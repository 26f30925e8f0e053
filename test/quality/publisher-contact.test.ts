/**
 * Reaching a provider that gives no phone, email or website, and reporting a wrong listing, inside
 * <micro-provider-finder>: the feed publisher's contact on the card and the details, and "Report a
 * problem with this listing" on the details and in the print view. Axe in each new state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { fixtures } from '@micro-provider-finder/test/handlers.ts';
import { detailsOpen, mountFinder, resultsStatus, useFeedWorker, waitForStatus } from '@micro-provider-finder/test/helpers/finder.ts';
import { deepQueryAll, deepText, getButton, getByLabelText } from '@micro-provider-finder/test/helpers/queries.ts';
import { typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';

const FEED = '/test-feeds/publisher.json';
const WALKS = 'Somerset Recovery Walks (fictional)';

/** The fixture feed with a publisher who gives an email and a website, and one provider with no contact. */
const feed = {
  ...fixtures.okFeed,
  publisher: { name: 'Fictional Somerset Directory', email: 'directory@example.org', url: 'https://example.org/directory' },
  providers: fixtures.okFeed.providers.map((p) => (p.id === 't-12' ? { ...p, contact: undefined } : p)),
};

useFeedWorker(http.get(FEED, () => HttpResponse.json(feed)));

const links = (root: Element) => deepQueryAll<HTMLAnchorElement>(root, 'a');
const cardOf = (el: Element, name: string) =>
  deepQueryAll(el, 'mpf-provider-card').find((card) => deepText(card.shadowRoot!.querySelector('[part~="result-name"]')!) === name)!;

async function searchWalks(el: MicroProviderFinder) {
  await waitForStatus(el, /providers listed/, 'feed loaded');
  await typeInto(getByLabelText(el, 'What do you need help with?'), 'walks');
  getButton(el, 'Search').click();
  await waitForStatus(el, resultsStatus(), 'results');
}

describe('the feed publisher, for a provider with no contact and for reporting a problem', function () {
  this.timeout(20_000); // searches and axe runs on a shared machine
  const realPrint = MicroProviderFinder.print;
  beforeEach(() => (MicroProviderFinder.print = () => undefined));
  afterEach(() => (MicroProviderFinder.print = realPrint));

  it('the card offers the publisher, the details add "Report a problem", and both are accessible', async () => {
    const el = await mountFinder(FEED);
    await searchWalks(el);
    const card = cardOf(el, WALKS);
    expect(deepText(card)).to.include('Ask Fictional Somerset Directory about this provider:');
    const asks = links(card).map((a) => a.getAttribute('href'));
    expect(asks).to.deep.equal([
      'mailto:directory@example.org?subject=About%20Somerset%20Recovery%20Walks%20(fictional)%20(listing%20t-12)',
      'https://example.org/directory',
    ]);
    // Providers with their own contact are not sent to the publisher.
    const other = deepQueryAll(el, 'mpf-provider-card').find((c) => c !== card);
    if (other) expect(deepText(other)).not.to.include('Ask Fictional Somerset Directory');
    await expect(el).to.be.accessible();

    getButton(el, WALKS).click();
    await waitUntil(() => detailsOpen(el), 'details open');
    const details = deepQueryAll(el, 'mpf-provider-details')[0]!;
    expect(deepText(details)).to.include('Contact Ask Fictional Somerset Directory about this provider:');
    const report = links(details).find((a) => deepText(a).startsWith('Report a problem with this listing'))!;
    expect(report.getAttribute('href')).to.equal(
      'mailto:directory@example.org?subject=Problem%20with%20the%20listing%20for%20Somerset%20Recovery%20Walks%20(fictional)%20(id%20t-12)',
    );
    await expect(el).to.be.accessible();
  });

  it('the print view of the results carries "Report a problem" for each provider', async () => {
    const el = await mountFinder(FEED);
    await searchWalks(el);
    const shown = deepQueryAll(el, 'mpf-provider-card').length;
    getButton(el, 'Print').click();
    await waitUntil(() => deepQueryAll(el, '[part~="print"]').length === 1, 'print view');
    const printed = deepQueryAll(el, '[part~="print"] mpf-provider-details');
    await Promise.all(printed.map((d) => (d as MicroProviderFinder).updateComplete));
    const reports = printed.map((d) => links(d).filter((a) => deepText(a).startsWith('Report a problem with this listing')).length);
    expect(reports).to.deep.equal(Array(shown).fill(1));
    await expect(el).to.be.accessible();
  });
});
