/**
 * A Welsh page showing an English feed: the publisher's own words (names, summaries, descriptions,
 * places, areas, cost, hours and who-for text, accreditations) carry lang="en" so a screen reader reads them in an English
 * voice, while the interface around them stays Welsh. Checked on the cards, the details, the
 * shortlist and the print view, with axe in each; and nothing is marked when the languages agree.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { fixtures } from '@micro-provider-finder/test/handlers.ts';
import { detailsOpen, resultNames, useFeedWorker, waitForStatus } from '@micro-provider-finder/test/helpers/finder.ts';
import { allShadowRoots, deepQueryAll, getButton, getByLabelText } from '@micro-provider-finder/test/helpers/queries.ts';
import { typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';
import { closestLang } from '../../packages/elements/src/internal/lang.ts';

const ENGLISH_FEED = '/test-feeds/english.json';
const WELSH_FEED = '/test-feeds/welsh.json';
const BEFRIEND = 'Tone Valley Befrienders (fictional)';

const befriender = fixtures.okFeed.providers.find((p) => p.id === 't-02')!;
const providers = fixtures.okFeed.providers.map((p) =>
  p.id === 't-02'
    ? {
        ...p,
        hoursText: 'Evenings by arrangement.',
        cost: { free: true, text: 'Donations welcome.' },
        whoForText: 'Adults living alone',
        accreditations: ['Fictional Quality Mark'],
      }
    : p,
);
const english = { ...fixtures.okFeed, providers };
const welsh = { ...fixtures.okFeed, language: 'cy', providers };

useFeedWorker(
  http.get(ENGLISH_FEED, () => HttpResponse.json(english)),
  http.get(WELSH_FEED, () => HttpResponse.json(welsh)),
);

/** The language a screen reader would use for the element holding `text` (its own text, not a child's). */
function langOfText(root: Element, text: string): string {
  for (const scope of [root, ...allShadowRoots(root)]) {
    for (const element of scope.querySelectorAll('*')) {
      const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '');
      if (own.some((t) => t.includes(text))) return closestLang(element);
    }
  }
  throw new Error(`"${text}" is not shown`);
}

/** Feed text on the card and (with `details`) the details of the befriender. */
const FEED_TEXT = [BEFRIEND, befriender.summary, 'Donations welcome.'];
const DETAILS_TEXT = [
  ...FEED_TEXT,
  'We visit people at home for a chat.',
  'Evenings by arrangement.',
  'TA1, TA2, TA3',
  'Sam',
  'Adults living alone',
  'Fictional Quality Mark',
];

async function searchBefriending(el: Element, need: string, search: string) {
  await waitForStatus(el, /darparwr wedi'u rhestru|providers listed/, 'feed loaded');
  await typeInto(getByLabelText(el, need), 'befriending');
  getButton(el, search).click();
  await waitUntil(() => resultNames(el).includes(BEFRIEND), 'the befriender listed');
}

describe('feed text marked with its language on a Welsh page', function () {
  this.timeout(30_000); // several views and axe runs on a shared machine
  const realPrint = MicroProviderFinder.print;
  beforeEach(() => (MicroProviderFinder.print = () => undefined));
  afterEach(() => (MicroProviderFinder.print = realPrint));

  it('an English feed on a Welsh page: cards, details, shortlist and print mark it lang="en"; the interface stays Welsh', async () => {
    const page = await fixture(html`<div lang="cy"><micro-provider-finder src=${ENGLISH_FEED}></micro-provider-finder></div>`);
    const el = page.querySelector('micro-provider-finder')!;
    await searchBefriending(el, 'Gyda beth mae angen help arnoch chi?', 'Chwilio');
    for (const text of FEED_TEXT) expect(langOfText(el, text), text).to.equal('en');
    expect(langOfText(el, "Beth maen nhw'n ei gynnig"), 'a Welsh label').to.equal('cy');
    expect(langOfText(el, 'Am ddim'), 'Welsh cost words').to.equal('cy');
    await expect(el).to.be.accessible();

    getButton(el, BEFRIEND).click();
    await waitUntil(() => detailsOpen(el), 'details open');
    const details = deepQueryAll(el, 'mpf-provider-details')[0]!;
    for (const text of DETAILS_TEXT) expect(langOfText(details, text), text).to.equal('en');
    expect(langOfText(details, 'Enw cyswllt'), 'the Welsh label before the contact name').to.equal('cy');
    await expect(el).to.be.accessible();

    getButton(el, `Ychwanegu at y rhestr fer: ${BEFRIEND}`).click();
    getButton(el, "Yn ôl i'r canlyniadau").click();
    await waitUntil(() => !detailsOpen(el), 'details closed');
    getButton(el, 'Rhestr fer (1)').click();
    await waitUntil(() => deepQueryAll(el, 'mpf-shortlist').length === 1, 'shortlist open');
    const list = deepQueryAll(el, 'mpf-shortlist')[0]!;
    await waitUntil(() => resultNames(list).includes(BEFRIEND), 'the shortlist lists the befriender');
    for (const text of FEED_TEXT) expect(langOfText(list, text), text).to.equal('en');
    await expect(el).to.be.accessible();

    getButton(list, 'Argraffu').click();
    await waitUntil(() => deepQueryAll(el, '[part~="print"] mpf-provider-details').length === 1, 'print view');
    const printed = deepQueryAll(el, '[part~="print"]')[0]!;
    await waitUntil(() => {
      try {
        return langOfText(printed, 'Evenings by arrangement.') === 'en';
      } catch {
        return false;
      }
    }, 'the printed details rendered');
    for (const text of DETAILS_TEXT) expect(langOfText(printed, text), text).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('a Welsh feed on a Welsh page, and an English feed on an English page: nothing marked', async () => {
    const page = await fixture(html`<div lang="cy"><micro-provider-finder src=${WELSH_FEED}></micro-provider-finder></div>`);
    const cy = page.querySelector('micro-provider-finder')!;
    await searchBefriending(cy, 'Gyda beth mae angen help arnoch chi?', 'Chwilio');
    for (const text of FEED_TEXT) expect(langOfText(cy, text), text).to.equal('cy');
    expect(deepQueryAll(cy, '[lang="en"]')).to.have.length(0);

    const en = await fixture(html`<micro-provider-finder lang="en-GB" src=${ENGLISH_FEED}></micro-provider-finder>`);
    await searchBefriending(en, 'What do you need help with?', 'Search');
    expect(deepQueryAll(en, '[lang="en"]')).to.have.length(0);
    for (const text of FEED_TEXT) expect(langOfText(en, text), text).to.equal('en-GB');
  });
});
