import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { FEED_URLS, failingAt } from '@micro-provider-finder/test/handlers.ts';
import {
  mountFinder,
  resultNames,
  statusText,
  useFeedWorker,
  waitForStatus,
  resultsStatus,
} from '@micro-provider-finder/test/helpers/finder.ts';
import {
  deepActiveElement,
  deepQueryAll,
  deepText,
  everythingRendered,
  getButton,
  getByLabelText,
  headingTexts,
} from '@micro-provider-finder/test/helpers/queries.ts';
import { pressEnter, typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import '../../define.ts';
import { defineElement } from '../../internal/define.ts';
import { MicroProviderFinder } from './provider-finder.component.ts';

const worker = useFeedWorker();
const mount = mountFinder;

/** Loads the ok feed and searches like a person: type postcode and need, press Search. */
async function searchAsPerson(el: MicroProviderFinder, postcode: string, need: string) {
  await waitForStatus(el, (t) => /providers listed/.test(t), 'feed loaded');
  await typeInto(getByLabelText(el, 'Postcode'), postcode);
  await typeInto(getByLabelText(el, 'What do you need help with?'), need);
  getButton(el, 'Search').click();
}

describe('<micro-provider-finder>', () => {
  describe('registration', () => {
    it('is defined as our class, and defining again does not throw', async () => {
      expect(document.createElement('micro-provider-finder')).to.be.instanceOf(MicroProviderFinder);
      // A second copy of the define modules (new URLs, so the browser runs them again).
      const again = ['../../define.ts?copy=2', './provider-finder.ts?copy=2'];
      for (const path of again) await import(/* @vite-ignore */ path);
      defineElement('micro-provider-finder', class extends MicroProviderFinder {});
      expect(customElements.get('micro-provider-finder')).to.equal(MicroProviderFinder);
    });
  });

  describe('search flow', () => {
    it('finds providers by postcode and need, announces the count and lists them with headings', async () => {
      const el = await mount();
      const searched = oneEvent(el, 'mpf-search');
      const resultsEvent = oneEvent(el, 'mpf-results');
      await searchAsPerson(el, 'ta1 1aa', 'lunch club');
      const search = await searched;
      expect(search.detail).to.deep.equal({ query: 'lunch club', postcode: 'TA1 1AA' });
      const results = await resultsEvent;
      expect(results.detail.page).to.equal(1);
      expect(results.detail.query).to.equal('lunch club');
      expect(results.detail.total).to.be.greaterThan(0);
      await waitForStatus(el, (t) => resultsStatus('TA1').test(t));
      // Lunch clubs match closely; meals-only providers are counted as related help, apart.
      const n = results.detail.total;
      const close = results.detail.closeTotal;
      expect(close, 'close matches').to.be.greaterThan(0);
      expect(n - close, 'related matches').to.be.greaterThan(0);
      expect(statusText(el)).to.equal(
        `${close} provider${close === 1 ? ' near TA1 matches' : 's near TA1 match'} ‘lunch club’; ${n - close} more offer${n - close === 1 ? 's' : ''} related help`,
      );
      expect(resultNames(el)).to.include('Quantock Lunch Friends (fictional)');
      expect(headingTexts(el)).to.include('Quantock Lunch Friends (fictional)');
      expect(deepQueryAll(el, 'ol > li mpf-provider-card').length).to.equal(resultNames(el).length);
      expect(deepText(el)).to.include('Providers that match equally are shown in a different order each day, so everyone gets seen.');
      await expect(el).to.be.accessible();
    });

    it('submits with Enter from the need field', async () => {
      const el = await mount();
      await waitForStatus(el, (t) => /providers listed/.test(t));
      await typeInto(getByLabelText(el, 'What do you need help with?'), 'shopping');
      const searched = oneEvent(el, 'mpf-search');
      await pressEnter();
      expect((await searched).detail).to.deep.equal({ query: 'shopping', postcode: '' });
      await waitForStatus(el, resultsStatus());
    });

    it('shows distance, cost, payment, capacity and contact in words on each card', async () => {
      const el = await mount();
      await searchAsPerson(el, 'TA1 1AA', '');
      await waitForStatus(el, (t) => /near TA1/.test(t));
      const text = deepText(el);
      expect(text).to.match(/about \d+ miles? away|less than a mile away|Covers your area/);
      expect(text).to.include('Free');
      expect(text).to.match(/From £\d+ an hour/);
      expect(text).to.include('Direct payments');
      expect(text).to.include('Taking new clients');
      expect(text).to.include('Does not need to register with a regulator');
    });

    it('pages with "Show more", announcing how many are shown and moving focus to the first new result', async () => {
      const el = await fixture<MicroProviderFinder>(
        html`<micro-provider-finder src=${FEED_URLS.ok} page-size="3"></micro-provider-finder>`,
      );
      await searchAsPerson(el, '', '');
      await waitForStatus(el, (t) => t === '12 providers found');
      expect(resultNames(el)).to.have.length(3);
      const more = oneEvent(el, 'mpf-results');
      getButton(el, 'Show more providers').click();
      expect((await more).detail).to.include({ total: 12, page: 2 });
      await waitForStatus(el, (t) => t === 'Showing 6 of 12 providers');
      expect(resultNames(el)).to.have.length(6);
      await waitUntil(() => deepText(deepActiveElement()!) === resultNames(el)[3], 'focus on first new result');
    });

    it('shows a GOV.UK-style error on the postcode field and moves focus to it', async () => {
      const el = await mount();
      await searchAsPerson(el, 'not a postcode', 'lunch');
      const input = getByLabelText(el, 'Postcode');
      await waitUntil(() => input.getAttribute('aria-invalid') === 'true');
      const root = input.getRootNode() as ShadowRoot;
      const ids = input.getAttribute('aria-describedby')!.split(' ');
      expect(ids).to.have.length(2);
      expect(deepText(root.getElementById(ids[0]!)!)).to.include('For example');
      const error = root.getElementById(ids[1]!)!;
      expect(deepText(error)).to.equal("Error: That doesn't look like a postcode. Try something like TA1 1AA");
      await waitUntil(() => deepActiveElement() === root.querySelector('.error-summary'), 'focus on the error summary');
      await expect(el).to.be.accessible();
    });

    it('a bad postcode after a good search clears the results and the count, and the title says "Error: "', async () => {
      const title = document.title;
      const el = await mount();
      await searchAsPerson(el, 'ta1 1aa', 'lunch club');
      await waitForStatus(el, resultsStatus('TA1'), 'first results');
      expect(resultNames(el).length).to.be.greaterThan(0);
      await typeInto(getByLabelText(el, 'Postcode'), 'my house');
      getButton(el, 'Search').click();
      await waitUntil(() => resultNames(el).length === 0, 'old results gone');
      expect(statusText(el)).to.equal('');
      expect(document.title).to.equal(`Error: ${title}`);
      expect(deepText(el)).not.to.match(/providers? near TA1/);
      await expect(el).to.be.accessible();
      await typeInto(getByLabelText(el, 'Postcode'), 'TA1');
      getButton(el, 'Search').click();
      await waitForStatus(el, resultsStatus('TA1'), 'results again');
      expect(document.title).to.equal(title);
    });

    it('a postcode outside the directory says what it covers and shows the host help line, not far results', async () => {
      const help = html`<p slot="help">Call Somerset Direct on <a href="tel:03001232224">0300 123 2224</a></p>`;
      const el = await mount(FEED_URLS.ok, help);
      await searchAsPerson(el, 'EH1 1AA', '');
      await waitForStatus(el, 'This directory covers the BA, LD and TA postcode areas.');
      expect(resultNames(el)).to.deep.equal([]);
      expect(deepText(el)).to.include('It does not list providers near EH1.');
      expect(el.querySelector('a')!.checkVisibility(), 'host help line shown').to.equal(true);
      await expect(el).to.be.accessible();
      await typeInto(getByLabelText(el, 'Postcode'), 'TA1');
      getButton(el, 'Search').click();
      await waitForStatus(el, resultsStatus('TA1'));
      expect(el.querySelector('a')!.checkVisibility(), 'help line only with the message').to.equal(false);
    });

    it('does not announce the size of the directory on load, when nothing is listed yet', async () => {
      const el = await mount();
      await waitForStatus(el, '12 providers listed');
      const status = deepQueryAll(el, '[role="status"]')[0]!;
      expect(status.getAttribute('aria-live')).to.equal('off');
      await searchAsPerson(el, '', 'lunch club');
      await waitForStatus(el, resultsStatus());
      expect(status.getAttribute('aria-live')).to.equal('polite');
    });
  });

  describe('details', () => {
    it('opens details, then "Back to results" restores the results and focus on that provider', async () => {
      const el = await mount();
      await searchAsPerson(el, 'TA1', 'befriending');
      await waitForStatus(el, (t) => /near TA1/.test(t));
      const name = 'Tone Valley Befrienders (fictional)';
      const before = resultNames(el);
      const selected = oneEvent(el, 'mpf-select');
      getButton(el, name).click();
      expect((await selected).detail).to.deep.equal({ providerId: 't-02' });
      await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 1, 'details open');
      const details = deepQueryAll(el, '[part~="details"]')[0]!;
      expect(deepText(details)).to.include('We can also go for short walks.');
      expect(deepText(details)).to.include('People with dementia');
      await waitUntil(() => deepText(deepActiveElement()!) === name, 'focus on details heading');
      await expect(el).to.be.accessible();

      getButton(details, 'Back to results').click?.();
      await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 0, 'details closed');
      expect(resultNames(el)).to.deep.equal(before);
      await waitUntil(() => {
        const active = deepActiveElement();
        return active?.getAttribute('part') === 'result-name' && deepText(active) === name;
      }, 'focus back on the provider name');
    });

    it('does not open details when mpf-select is cancelled', async () => {
      const el = await mount();
      await searchAsPerson(el, '', 'lunch club');
      await waitForStatus(el, resultsStatus());
      let cancelled = false;
      document.addEventListener('mpf-select', (e) => ((cancelled = true), e.preventDefault()), { once: true });
      getButton(el, 'Quantock Lunch Friends (fictional)').click();
      // The card asks (mpf-select) and opens details in the same task: once the finder has rendered, they would be there.
      expect(cancelled, 'mpf-select reached the page').to.equal(true);
      await el.updateComplete;
      expect(deepQueryAll(el, '[part~="details"]')).to.have.length(0);
    });

    it('never renders the street address of a home-based provider, in cards, details or events', async () => {
      const el = await mount();
      const events: unknown[] = [];
      for (const type of ['mpf-search', 'mpf-results', 'mpf-select', 'mpf-error', 'mpf-feed-problems']) {
        el.addEventListener(type, (e) => events.push((e as CustomEvent).detail));
      }
      const distance = getByLabelText(el, 'Distance') as unknown as HTMLSelectElement;
      distance.value = 'any'; // "Any distance", so more than a page of results (and "Show more") is covered
      distance.dispatchEvent(new Event('change', { bubbles: true }));
      await searchAsPerson(el, 'TA2', '');
      await waitForStatus(el, (t) => /near TA2/.test(t));
      getButton(el, 'Show more providers').click();
      await waitUntil(() => resultNames(el).includes('Tone Valley Befrienders (fictional)'), 'private provider shown');
      const privateAddresses = ['7 Hidden Close', '22 Privet Way', '4 Quiet Mews'];
      const check = () => {
        const all = everythingRendered(el);
        for (const address of privateAddresses) expect(all).not.to.include(address);
        expect(all).not.to.include('TA2 7QQ');
      };
      check();
      getButton(el, 'Tone Valley Befrienders (fictional)').click();
      await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 1);
      const details = deepText(deepQueryAll(el, '[part~="details"]')[0]!);
      expect(details).to.include('Taunton, TA2');
      expect(details).to.include('Works from home (address not shown)');
      check();
      const serialised = JSON.stringify(events);
      for (const address of privateAddresses) expect(serialised).not.to.include(address);
    });

    it('shows the address of a provider with premises in its details', async () => {
      const el = await mount();
      await searchAsPerson(el, '', 'memory cafe');
      await waitForStatus(el, resultsStatus());
      getButton(el, 'Taunton Memory Cafe (fictional)').click();
      await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 1);
      expect(deepText(deepQueryAll(el, '[part~="details"]')[0]!)).to.include('Community Room, 1 Sample Street');
    });
  });

  describe('states', () => {
    it('loading: busy, says "Loading providers…" and is accessible', async () => {
      const el = await mount(FEED_URLS.slow);
      expect(statusText(el)).to.equal('Loading providers…');
      expect(deepQueryAll(el, '[aria-busy="true"]').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('idle: shows the form and how many providers are listed', async () => {
      const el = await mount();
      await waitForStatus(el, (t) => t === '12 providers listed');
      expect(getByLabelText(el, 'Postcode').autocomplete).to.equal('postal-code');
      expect(deepQueryAll(el, 'form[role="search"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('no results: says so and suggests what to try next', async () => {
      const el = await mount(FEED_URLS.empty);
      await waitForStatus(el, (t) => t === '0 providers listed');
      getButton(el, 'Search').click();
      await waitForStatus(el, (t) => t === 'No providers found');
      const text = deepText(el);
      expect(text).to.include('using fewer words');
      expect(text).to.include('removing any filters');
      expect(text).to.include('checking the postcode');
      await expect(el).to.be.accessible();
    });

    it('feed error with no saved copy: the reason once, the host fallback shown, and Try again', async () => {
      worker.use(failingAt(FEED_URLS.ok, 500));
      const fallback = html`<p>Call the care line on <a href="tel:01823000000">01823 000000</a></p>`;
      const el = await mount(FEED_URLS.ok, fallback);
      const link = el.querySelector('a')!;
      const sentence = "We can't load the list of providers right now. Try again later.";
      await waitForStatus(el, sentence, 'the reason announced');
      expect(deepText(el).split(sentence).length - 1, 'said once').to.equal(1);
      await waitUntil(() => link.checkVisibility(), 'the host fallback is shown');
      expect(deepText(el)).to.include('Call the care line on 01823 000000');
      expect(getButton(el, 'Try again')).to.exist;
      await expect(el).to.be.accessible();
      worker.resetHandlers();
      getButton(el, 'Try again').click();
      await waitForStatus(el, '12 providers listed', 'loaded on Try again');
      expect(link.checkVisibility(), 'fallback hidden again once the feed works').to.equal(false);
    });

    it('feed error: plain words, mpf-error, and a working "Try again"', async () => {
      worker.use(failingAt(FEED_URLS.ok, 500));
      const errored = oneEvent(document, 'mpf-error');
      const el = await mount();
      const error = await errored;
      expect(error.detail).to.include({ kind: 'http', status: 500, usingSavedCopy: false });
      expect(error.detail.message).to.be.a('string');
      await waitForStatus(el, (t) => t.startsWith("We can't load the list of providers right now."));
      await expect(el).to.be.accessible();
      worker.resetHandlers();
      getButton(el, 'Try again').click();
      await waitForStatus(el, (t) => t === '12 providers listed');
    });

    it('feed error for a web page instead of JSON says the list could not be read', async () => {
      const el = await mount(FEED_URLS.malformed);
      await waitForStatus(el, (t) => t === 'The list of providers could not be read. Try again later.');
    });

    it('feed error with a saved copy: shows saved results and when they were saved', async () => {
      const first = await mount();
      await waitForStatus(first, (t) => t === '12 providers listed');
      first.remove();
      worker.use(failingAt(FEED_URLS.ok, 503));
      const errored = oneEvent(document, 'mpf-error');
      const el = await mount();
      expect((await errored).detail).to.include({ kind: 'http', usingSavedCopy: true });
      await waitForStatus(el, (t) => t === '12 providers listed');
      const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
      expect(deepText(el)).to.include(`Showing saved information from ${today}`);
      await searchAsPerson(el, '', 'lunch club');
      await waitForStatus(el, resultsStatus());
      expect(resultNames(el)).to.include('Quantock Lunch Friends (fictional)');
      await expect(el).to.be.accessible();
    });

    it('some records skipped: a quiet note, mpf-feed-problems with the problems, one console warning', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const problems = oneEvent(document, 'mpf-feed-problems');
        const el = await mount(FEED_URLS.badRecords);
        const event = await problems;
        expect(event.detail.problems.filter((p: { severity: string }) => p.severity === 'record').length).to.equal(3);
        expect(event.detail.problems[0]).to.have.keys([
          'index',
          'path',
          'message',
          'severity',
          ...('id' in event.detail.problems[0]! ? ['id'] : []),
        ]);
        await waitForStatus(el, (t) => t === '4 providers listed');
        expect(deepText(el)).to.include('Some entries could not be shown.');
        await expect(el).to.be.accessible();
        getButton(el, 'Search').click();
        await waitForStatus(el, resultsStatus());
        expect(warnings.filter((w) => String(w[0]).includes('micro-provider-finder'))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('loading', () => {
    it('aborts the stale request when src changes and shows the new feed', async () => {
      const signals: AbortSignal[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        if (String(input).includes('/test-feeds/') && init?.signal) signals.push(init.signal);
        return realFetch(input, init);
      };
      try {
        const el = await mount(FEED_URLS.slow);
        await waitUntil(() => signals.length === 1, 'slow request started');
        el.src = FEED_URLS.ok;
        await waitForStatus(el, (t) => t === '12 providers listed');
        expect(signals[0]!.aborted).to.equal(true);
        expect(signals[1]!.aborted).to.equal(false);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('aborts its request when removed from the page', async () => {
      const signals: AbortSignal[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return realFetch(input, init);
      };
      try {
        const el = await mount(FEED_URLS.slow);
        await waitUntil(() => signals.length === 1);
        el.remove();
        expect(signals[0]!.aborted).to.equal(true);
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('untrusted feed text', () => {
    it('keeps markup and script as text, and links only http(s), mailto and tel', async () => {
      (window as { __pwned?: unknown }).__pwned = undefined;
      const el = await mount(FEED_URLS.hostile);
      await waitForStatus(el, (t) => t === '2 providers listed');
      await searchAsPerson(el, '', '');
      await waitForStatus(el, resultsStatus());
      getButton(el, deepText(deepQueryAll(el, '[part~="result-name"]').find((b) => deepText(b).includes('Hostile'))!)).click();
      await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 1);
      await waitUntil(() => deepText(el).includes('<script>window.__pwned=1</script>'), 'the markup shown as text');
      expect(deepQueryAll(el, 'script, img, iframe, svg, style, b')).to.have.length(0);
      expect(deepText(el)).to.include('<script>window.__pwned=1</script>');
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      for (const link of deepQueryAll<HTMLAnchorElement>(el, 'a[href]')) {
        expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(new URL(link.href).protocol);
      }
    });
  });

  describe('language', () => {
    it('speaks Welsh with lang="cy", including plural counts', async () => {
      const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder lang="cy" src=${FEED_URLS.ok}></micro-provider-finder>`);
      await waitForStatus(el, (t) => t === "12 darparwr wedi'u rhestru");
      expect(getByLabelText(el, 'Cod post')).to.exist;
      expect(getButton(el, 'Chwilio')).to.exist;
      await typeInto(getByLabelText(el, 'Gyda beth mae angen help arnoch chi?'), 'lunch club');
      getButton(el, 'Chwilio').click();
      await waitForStatus(el, (t) => /darparwr$|help tebyg$/.test(t));
      expect(deepText(el)).to.include('Clybiau cinio');
      await expect(el).to.be.accessible();
    });

    it('follows the closest [lang] above it, across shadow roots', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy-GB"><section></section></div>`);
      const host = wrapper.querySelector('section')!;
      const shadow = host.attachShadow({ mode: 'open' });
      const el = document.createElement('micro-provider-finder');
      el.src = FEED_URLS.ok;
      shadow.append(el);
      await waitUntil(() => deepQueryAll(el, 'label').some((label) => deepText(label) === 'Cod post'), 'the Welsh Postcode label');
      expect(() => getByLabelText(el, 'Cod post')).not.to.throw();
    });

    it('uses en-GB for a language it has no strings for', async () => {
      const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder lang="fr" src=${FEED_URLS.ok}></micro-provider-finder>`);
      expect(() => getByLabelText(el, 'Postcode')).not.to.throw();
    });
  });

  describe('attributes', () => {
    it('searches on load with postcode and query attributes', async () => {
      const results = oneEvent(document, 'mpf-results');
      const el = await fixture<MicroProviderFinder>(
        html`<micro-provider-finder src=${FEED_URLS.ok} postcode="LD3 7AA" query="befriending"></micro-provider-finder>`,
      );
      expect((await results).detail.query).to.equal('befriending');
      await waitForStatus(el, (t) => resultsStatus('LD3').test(t));
      expect(getByLabelText(el, 'Postcode').value).to.equal('LD3 7AA');
    });

    it('uses heading-level for result headings, and restores defaults when attributes are removed', async () => {
      const el = await fixture<MicroProviderFinder>(
        html`<micro-provider-finder src=${FEED_URLS.ok} heading-level="3" page-size="2"></micro-provider-finder>`,
      );
      expect(el.pageSize).to.equal(2);
      await searchAsPerson(el, '', '');
      await waitForStatus(el, resultsStatus());
      expect(deepQueryAll(el, 'h3 [part~="result-name"]')).to.have.length(2);
      el.removeAttribute('heading-level');
      el.removeAttribute('page-size');
      expect(el.headingLevel).to.equal(2);
      expect(el.pageSize).to.equal(10);
    });
  });
});
