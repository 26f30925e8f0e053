/**
 * A hostile feed at scale, mounted in the element: markup and script in every
 * text field, script URLs in every link field, broken records among good ones,
 * and a 100,000-record feed. No script runs, nothing from the feed becomes an
 * element, every valid record is shown, every bad record is reported.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resultsStatus } from '@micro-provider-finder/test/helpers/finder.ts';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import okFeed from '../fixtures/feeds/ok.json';
import { allShadowRoots, deepQueryAll, deepText, getButton, getByLabelText, getStatus, queryButtons } from '../helpers/queries.ts';
import { pressEnter, typeInto } from '../helpers/user.ts';
import { savedCopiesSettled } from '../../packages/elements/src/controllers/feed-load.ts';
import '../../packages/elements/src/define.ts';
import type { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';
import type { MpfFeedProblemsEvent } from '../../packages/elements/src/events/mpf-feed-problems.ts';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const TEXT_ATTACKS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '\'><iframe src="javascript:window.__pwned=1"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}',
];
const URL_ATTACKS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  '  javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  '&#106;avascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
];

/** One record with an attack in every text field and a script URL in every link field. */
function hostileRecord(i: number): Record<string, unknown> {
  const attack = TEXT_ATTACKS[i % TEXT_ATTACKS.length]!;
  const link = URL_ATTACKS[i % URL_ATTACKS.length]!;
  return {
    id: `hostile-${i}`,
    name: `${attack} Hostile Helper ${i} (fictional)`,
    summary: `${attack} summary`,
    description: `${attack}\n\n${attack} description`,
    support: ['shopping', attack],
    whoFor: ['older-people', attack],
    delivery: ['home-visit'],
    languages: ['en', attack],
    areas: ['TA1', attack],
    location: { postcode: 'TA1 1AA', town: `${attack} Taunton`, address: `${attack} 1 Example Road` },
    takingNewClients: true,
    cost: { text: `${attack} cost`, free: false },
    contact: { name: attack, phone: link, email: link, website: link },
    quality: { checkedBy: attack, lastChecked: '2026-05-01' },
  };
}

/** Records the parser must skip, each for a different reason. */
const BAD_RECORDS: Array<{ record: Record<string, unknown>; id?: string }> = [
  { record: { name: 'No id (fictional)', support: ['shopping'] } },
  { record: { id: 'hostile-0', name: 'Duplicate id (fictional)', support: ['shopping'] }, id: 'hostile-0' },
  { record: { id: 'bad-name', name: { toString: 'x' }, support: ['shopping'] }, id: 'bad-name' },
  {
    record: { id: 'bad-support', name: 'Support is a string (fictional)', support: '<script>window.__pwned=1</script>' },
    id: 'bad-support',
  },
  { record: { id: '__proto__', name: 7, support: [] }, id: '__proto__' },
];

const VALID = 36;
const hostileFeed = {
  format: 'micro-provider-feed/1',
  publisher: { name: '<img src=x onerror=window.__pwned=1> Fictional publisher', url: 'javascript:window.__pwned=1' },
  generated: '2026-05-01T09:00:00Z',
  providers: [...Array.from({ length: VALID }, (_, i) => hostileRecord(i)), ...BAD_RECORDS.map((b) => b.record)],
};

const HOSTILE_URL = '/quality-feeds/hostile-at-scale.json';
const worker = setupWorker(
  http.get(HOSTILE_URL, () => HttpResponse.json(hostileFeed)),
  // The missing file the attacks' images point at (and missingImageHasFailed's probe).
  http.get(/\/x$/, () => new HttpResponse(null, { status: 404 })),
);

before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
const warn = console.warn;
beforeEach(async () => {
  await savedCopiesSettled(); // the previous test's finder saves its copy as the cleanup removes it
  localStorage.clear();
  delete window.__pwned;
  console.warn = () => {}; // the finder's one warning about skipped records is expected here
});
afterEach(() => {
  console.warn = warn;
  worker.resetHandlers();
});
after(() => worker.stop());

const statusText = (el: Element) => deepText(getStatus(el));
async function waitForStatus(el: Element, test: (text: string) => boolean, what: string, timeout = 5000) {
  await waitUntil(() => test(statusText(el)), `${what}; status was "${statusText(el)}"`, { timeout });
}

/** Resolves once an image whose file is missing (like the attacks' `src=x`) has fired its error event. */
async function missingImageHasFailed(): Promise<void> {
  const probe = document.createElement('img');
  const failed = new Promise((resolve) => probe.addEventListener('error', resolve, { once: true }));
  probe.src = 'x';
  document.body.append(probe);
  try {
    await failed;
  } finally {
    probe.remove();
  }
}

/** Elements that could only have come from feed text (our own templates use none of them). */
const INJECTABLE = 'img, script, svg, iframe, object, embed, math, style, table, b';

function expectNothingInjected(el: Element): void {
  expect(window.__pwned, 'a script from the feed ran').to.equal(undefined);
  expect(deepQueryAll(el, INJECTABLE).map((e) => e.localName)).to.deep.equal([]);
  for (const root of allShadowRoots(el)) {
    for (const node of root.querySelectorAll('*')) {
      for (const attr of node.attributes) expect(attr.name, `${node.localName} has ${attr.name}`).not.to.match(/^on/i);
    }
  }
  for (const link of deepQueryAll<HTMLAnchorElement>(el, 'a[href]')) {
    expect(link.href).to.match(/^(https?:|mailto:|tel:)|#/);
  }
}

describe('contact links from a hostile feed', () => {
  it('mailto: only for a plain address (no ?bcc= or ?body=); tel: dials the number, the extension stays text', async function () {
    this.timeout(30_000); // the file's first test: it also pays for loading the finder's code
    const provider = {
      ...okFeed.providers[0]!,
      id: 'links',
      name: 'Link Test Helpers (fictional)',
      contact: { phone: '01632 960001 ext 12', email: 'hello@example.org?bcc=everyone@example.org&body=Send%20your%20bank%20details' },
    };
    const plain = {
      ...provider,
      id: 'plain',
      name: 'Plain Email Helpers (fictional)',
      contact: { email: 'hello@example.org', phone: '01632 960002' },
    };
    const url = '/quality-feeds/contact-links.json';
    worker.use(http.get(url, () => HttpResponse.json({ ...okFeed, providers: [provider, plain] })));
    const problems: { path: string; id?: string }[] = [];
    const el = await fixture<MicroProviderFinder>(
      html`<micro-provider-finder
        src=${url}
        @mpf-feed-problems=${(e: MpfFeedProblemsEvent) => problems.push(...e.detail.problems)}
      ></micro-provider-finder>`,
    );
    await waitForStatus(el, (t) => t === '2 providers listed', 'listed', 15_000);
    expect(problems.map((p) => `${p.id} ${p.path}`)).to.deep.equal(['links contact.email']);
    getButton(el, 'Search').click();
    await waitUntil(() => deepQueryAll(el, '[part~="result-name"]').length === 2, 'both results shown', { timeout: 5000 });
    const hrefs = () => deepQueryAll<HTMLAnchorElement>(el, 'a[href]').map((a) => a.getAttribute('href')!);
    for (const name of ['Link Test Helpers (fictional)', 'Plain Email Helpers (fictional)']) {
      getButton(el, name).click();
      await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 1, 'details open');
      const details = deepText(deepQueryAll(el, '[part~="details"]')[0]!);
      if (name.startsWith('Link')) {
        expect(details, 'the extension is still shown').to.include('01632 960001 ext 12');
        expect(hrefs()).to.include('tel:01632960001');
        expect(details).not.to.include('bcc');
      } else {
        expect(hrefs()).to.include('mailto:hello@example.org');
        expect(hrefs()).to.include('tel:01632960002');
      }
      for (const href of hrefs().filter((h) => /^(mailto|tel):/.test(h))) {
        expect(href, 'a mailto: carries no headers').not.to.match(/[?#%&]/);
        expect(href, 'a tel: carries no extension').not.to.match(/^tel:.*(12|ext|x)$/i);
      }
      await expect(el).to.be.accessible();
      getButton(el, 'Back to results').click();
      await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 0, 'back');
    }
  });
});

describe('a hostile feed at scale, in the element', () => {
  it('runs no script, renders feed markup as text, shows every valid record and reports every bad one', async function () {
    this.timeout(30_000); // 36 records, six details views and axe, on a shared machine
    const problemsEvent = oneEvent(document, 'mpf-feed-problems');
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${HOSTILE_URL} page-size="50"></micro-provider-finder>`);
    const { detail } = (await problemsEvent) as MpfFeedProblemsEvent;
    await waitForStatus(el, (t) => t === `${VALID} providers listed`, 'valid records listed');

    const skipped = detail.problems.filter((p) => p.severity === 'record');
    expect(skipped).to.have.length(BAD_RECORDS.length);
    for (const [n, bad] of BAD_RECORDS.entries()) {
      const problem = skipped.find((p) => p.index === VALID + n);
      expect(problem, `record ${VALID + n} reported`).to.not.equal(undefined);
      expect(problem!.path).to.be.a('string').and.not.equal('');
      expect(problem!.message).to.be.a('string').and.not.equal('');
      if (bad.id) expect(problem!.id).to.equal(bad.id);
    }
    expect(detail.problems.some((p) => p.severity === 'field' && p.path === 'contact.website' && p.id === 'hostile-0')).to.equal(true);

    getButton(el, 'Search').click();
    await waitForStatus(el, (t) => t === `${VALID} providers found`, 'all valid records found');
    const names = deepQueryAll(el, '[part~="result-name"]').map((b) => deepText(b));
    for (let i = 0; i < VALID; i++) expect(names).to.include(`${TEXT_ATTACKS[i % TEXT_ATTACKS.length]} Hostile Helper ${i} (fictional)`);
    expectNothingInjected(el);

    // Open a few records' details, where every field is shown.
    for (const i of [0, 1, 2, 3, 4, 5]) {
      getButton(
        el,
        names.find((n) => n.includes(`Hostile Helper ${i} `))!,
      ).click();
      await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 1, 'details open');
      const text = deepText(deepQueryAll(el, '[part~="details"]')[0]!);
      expect(text).to.include(`${TEXT_ATTACKS[i]} description`);
      expectNothingInjected(el);
      getButton(el, 'Back to results').click();
      await waitUntil(() => deepQueryAll(el, '[part~="details"]').length === 0, 'back');
    }
    // Wait until an image like the attacks' (`src=x`, a missing file) has failed: an injected one,
    // made earlier, would have fired its onerror by then.
    await missingImageHasFailed();
    expectNothingInjected(el);
    await expect(el).to.be.accessible();
  });

  it('loads a 100,000-record feed and answers a search (the page stays usable)', async function () {
    this.timeout(120_000);
    const providers = Array.from({ length: 100_000 }, (_, i) => {
      const base = okFeed.providers[i % okFeed.providers.length]!;
      return { ...base, id: `big-${i}`, name: `${base.name.replace(' (fictional)', '')} ${i} (fictional)` };
    });
    const body = JSON.stringify({ ...okFeed, providers });
    // A blob: URL keeps 40 MB out of the service worker; the finder loads it like any feed.
    const src = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    try {
      const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${src}></micro-provider-finder>`);
      await waitForStatus(el, (t) => t === '100,000 providers listed', 'big feed listed', 100_000);
      await typeInto(getByLabelText(el, 'Postcode'), 'TA1');
      await typeInto(getByLabelText(el, 'What do you need help with?'), 'lunch club');
      await pressEnter();
      await waitForStatus(el, (t) => resultsStatus('TA1').test(t), 'search answered', 60_000);
      expect(deepQueryAll(el, '[part~="result-name"]').length).to.equal(10);
      expect(queryButtons(el).map((b) => deepText(b))).to.include('Show more providers');
    } finally {
      URL.revokeObjectURL(src);
    }
  });
});

describe('oversized input, in the element', () => {
  /** Serves `feed` from a blob: URL (keeps megabytes out of the service worker) while `run` runs. */
  async function withFeed(body: string, run: (src: string) => Promise<void>): Promise<void> {
    const src = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    try {
      await run(src);
    } finally {
      URL.revokeObjectURL(src);
    }
  }

  it('one monster record costs only itself: the others show and the cuts are reported', async function () {
    this.timeout(60_000);
    const monster = {
      ...okFeed.providers[0]!,
      id: 'monster',
      name: 'Monster Record (fictional)',
      support: Array.from({ length: 100_000 }, (_, i) => `term-${i}`),
      areas: Array.from({ length: 100_000 }, (_, i) => `Town ${i}`),
      languages: ['en', `en${'-abc'.repeat(1_000_000)}`],
      updated: 'x'.repeat(1_000_000),
      description: `${' '.repeat(2_000_000)}x`,
    };
    const body = JSON.stringify({ ...okFeed, generated: '9'.repeat(1_000_000), providers: [...okFeed.providers, monster] });
    await withFeed(body, async (src) => {
      const problems: unknown[] = [];
      const el = await fixture<MicroProviderFinder>(
        html`<micro-provider-finder
          src=${src}
          @mpf-feed-problems=${(e: MpfFeedProblemsEvent) => problems.push(...e.detail.problems)}
        ></micro-provider-finder>`,
      );
      await waitForStatus(el, (t) => t === '13 providers listed', 'all 13 providers listed', 30_000);
      const paths = (problems as { path: string }[]).map((p) => p.path).sort();
      expect(paths).to.deep.equal(['areas', 'generated', 'languages.1', 'support', 'updated']);
      expect(JSON.stringify(problems).length, 'no problem quotes a huge value').to.be.below(2_000);
      await expect(el).to.be.accessible();
    });
  });

  it('more than 2^20 providers: a clear error state at once, not a hang', async function () {
    this.timeout(60_000);
    const body = `{"format":"micro-provider-feed/1","providers":[${'{},'.repeat(2 ** 20)}{}]}`;
    await withFeed(body, async (src) => {
      const errored = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('mpf-error', (e) => resolve(e as CustomEvent), { once: true }),
      );
      const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${src}></micro-provider-finder>`);
      const error = await errored;
      expect(error.detail).to.include({ kind: 'not-a-feed', usingSavedCopy: false });
      expect(error.detail.message).to.equal(
        'the feed lists 1048577 providers, more than the 1048576 one feed may have; split it into smaller feeds',
      );
      await waitForStatus(el, (t) => t === 'The list of providers could not be read. Try again later.', 'error shown', 10_000);
      await expect(el).to.be.accessible();
    });
  });
});
