/**
 * The built CDN bundle works from a plain page: no npm, no bundler, one script.
 * Needs `npm run build` first; without a build these tests are skipped (pending), not failed,
 * and say why. CI builds before testing.
 */
import { expect, waitUntil } from '@open-wc/testing';

const CDN_DIR = '/packages/elements/dist/cdn';
const ESM = `${CDN_DIR}/micro-provider-finder.js`;
const IIFE = `${CDN_DIR}/micro-provider-finder.iife.js`;
const SKIP_REASON = `${ESM} is not built: run \`npm run build\` to include the CDN bundle tests`;

/** Loads a classic script (like a council's `<script src>` tag) and resolves once it has run. */
function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('CDN bundle (packages/elements/dist/cdn)', () => {
  let built = false;
  const pageErrors: string[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(event.message);

  before(async () => {
    const response = await fetch(ESM, { method: 'HEAD' });
    built = response.ok;
    if (!built) console.warn(SKIP_REASON);
    window.addEventListener('error', onError);
  });
  after(() => window.removeEventListener('error', onError));

  beforeEach(function () {
    if (!built) this.skip();
  });

  it('the classic-script (IIFE) build defines <micro-provider-finder> and its parts', async () => {
    expect(customElements.get('micro-provider-finder'), 'nothing defined before loading').to.equal(undefined);
    await loadClassicScript(IIFE);
    expect(pageErrors).to.deep.equal([]);
    for (const tag of [
      'micro-provider-finder',
      'mpf-search-form',
      'mpf-results-list',
      'mpf-provider-card',
      'mpf-provider-details',
      'mpf-status-message',
    ]) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('the ES module build loads next to it without throwing, and the tag stays defined', async () => {
    const before = customElements.get('micro-provider-finder');
    const api = await import(/* @vite-ignore */ ESM);
    expect(pageErrors).to.deep.equal([]);
    expect(customElements.get('micro-provider-finder')).to.equal(before);
    expect(api.MicroProviderFinder, 'exports the element class').to.be.a('function');
  });

  it('the ES module entry (a loader) exports what the IIFE, built from the static entry, exports', async () => {
    const api = (await import(/* @vite-ignore */ ESM)) as Record<string, unknown>;
    const iife = (window as unknown as { MicroProviderFinder?: Record<string, unknown> }).MicroProviderFinder;
    // Names only: a failing chai assertion on these module objects would print every class in them.
    expect(typeof iife, 'the IIFE ran first and set its global').to.equal('object');
    expect(Object.keys(api).sort()).to.deep.equal(Object.keys(iife ?? {}).sort());
  });

  it('loading the ES module a second time (the script tag added twice) does not throw', async () => {
    await import(/* @vite-ignore */ `${ESM}?loaded-again`);
    expect(pageErrors).to.deep.equal([]);
    expect(customElements.get('micro-provider-finder')).to.be.a('function');
  });

  it('renders a search form with a Postcode field in a plain page', async () => {
    const finder = document.createElement('micro-provider-finder');
    document.body.append(finder);
    try {
      const labels = () => {
        const form = finder.shadowRoot?.querySelector('mpf-search-form');
        return [...(form?.shadowRoot?.querySelectorAll('label') ?? [])].map((l) => l.textContent?.trim() ?? '');
      };
      await waitUntil(() => labels().some((text) => text.startsWith('Postcode')), 'no Postcode field rendered');
    } finally {
      finder.remove();
    }
  });

  it('keeps the postcode district table as a separate chunk that the core loads on demand', async () => {
    const core = await (await fetch(ESM)).text();
    // The core loads the engine chunk, which loads the table: follow chunk references from the core.
    const chunkRefs = (code: string) =>
      [...code.matchAll(/chunks\/([\w-]+\.js)|(?<![.\w])\.\/([\w-]+\.js)/g)].map((m) => `chunks/${m[1] ?? m[2]}`);
    const seen = new Set<string>();
    const queue = chunkRefs(core);
    let chunk: string | undefined;
    while (queue.length > 0 && !chunk) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      if (/^chunks\/outcodes-data-[\w-]+\.js$/.test(next)) chunk = next;
      else queue.push(...chunkRefs(await (await fetch(`${CDN_DIR}/${next}`)).text()));
    }
    expect(chunk, 'the core (or a chunk it loads) refers to the outcode chunk').to.be.a('string');
    const table = await fetch(`${CDN_DIR}/${chunk}`);
    expect(table.status).to.equal(200);
    // "AB10-16 21-25" starts the table's packed district codes (Aberdeen): it must live in the chunk, not the core.
    expect(await table.text()).to.include('AB10-16 21-25');
    expect(core, 'the table is not inlined in the core').not.to.include('AB10-16 21-25');
  });

  describe('in a page of its own (an iframe)', () => {
    const frames: HTMLIFrameElement[] = [];
    afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

    /**
     * A same-origin page with `head` and `body`, recording its errors and CSP violations from the
     * start in `window.pageErrors`.
     */
    async function page(head: string, body: string): Promise<Window & { pageErrors: string[] }> {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en-GB"><head>
<script>window.pageErrors = []; addEventListener('error', (e) => pageErrors.push(String(e.message)));
document.addEventListener('securitypolicyviolation', (e) => pageErrors.push('CSP ' + e.violatedDirective));</script>
${head}</head><body>${body}</body></html>`;
      frames.push(frame);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      return frame.contentWindow as Window & { pageErrors: string[] };
    }
    const requested = (win: Window, pattern: RegExp) =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => pattern.test(name));

    it('served with a ?v= query, loads once: its chunks never import the entry by another URL', async () => {
      const win = await page(`<script type="module" src="${ESM}?v=42"></script>`, '<micro-provider-finder></micro-provider-finder>');
      // The entry requests the engine chunk as it runs; that chunk defines the result views.
      await waitUntil(() => win.customElements.get('mpf-results-list'), 'the engine chunk loads and defines the result views', {
        timeout: 5000,
      });
      expect(requested(win, /micro-provider-finder\.js/)).to.deep.equal([`${location.origin}${ESM}?v=42`]);
      expect(requested(win, /chunks\/core-[\w-]+\.js$/), 'one core chunk, shared').to.have.length(1);
      expect(win.pageErrors).to.deep.equal([]);
    });

    it('under Trusted Types, the ES module by two URLs and then the IIFE: the later copies do nothing', async () => {
      // The policy Lit documents for hosts; no 'allow-duplicates', so a second Lit would throw.
      const csp = `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html">`;
      // Module and defer scripts run in document order: ESM ?v=1, then ESM ?v=2, then the IIFE.
      const win = await page(
        `${csp}<script type="module" src="${ESM}?v=1"></script><script type="module" src="${ESM}?v=2"></script><script defer src="${IIFE}"></script>`,
        '<micro-provider-finder></micro-provider-finder>',
      );
      await waitUntil(() => win.customElements.get('mpf-results-list') || win.pageErrors.length > 0, 'the result views are defined', {
        timeout: 5000,
      });
      const finder = win.document.querySelector('micro-provider-finder')!;
      await waitUntil(
        () => finder.shadowRoot?.querySelector('mpf-search-form')?.shadowRoot?.querySelector('input[name="postcode"]'),
        'the form renders',
      );
      expect(win.pageErrors).to.deep.equal([]);
      expect(finder.shadowRoot!.querySelectorAll('mpf-search-form')).to.have.length(1);
      expect(requested(win, /chunks\/core-[\w-]+\.js$/), 'one core chunk (one Lit) for both ES module URLs').to.have.length(1);
      expect((win as unknown as { MicroProviderFinder?: unknown }).MicroProviderFinder, 'the IIFE stood down').to.equal(undefined);
    });

    it('the IIFE stands down once the ES module loader has run, even before the loader has its core', async () => {
      // The loader marks the page as it starts (before its core chunk is in); an IIFE that runs in that
      // gap must not load a second Lit. Simulated here by the mark alone, so the race cannot hide the bug.
      const win = await page(
        `<script>globalThis.mpfEsm = 1;</script><script src="${IIFE}"></script>`,
        '<micro-provider-finder></micro-provider-finder>',
      );
      expect(win.customElements.get('micro-provider-finder'), 'no tags defined by the IIFE').to.equal(undefined);
      expect((win as unknown as { MicroProviderFinder?: unknown }).MicroProviderFinder, 'the IIFE stood down').to.equal(undefined);
      expect(win.pageErrors).to.deep.equal([]);
    });

    it('the ES module loader marks the page before its core chunk has arrived', async () => {
      const win = await page(`<script type="module" src="${ESM}"></script>`, '<micro-provider-finder></micro-provider-finder>');
      await waitUntil(() => win.customElements.get('micro-provider-finder'), 'the core defines the finder', { timeout: 5000 });
      expect((win as unknown as { mpfEsm?: unknown }).mpfEsm).to.equal(1);
    });

    it('starts the postcode table download at once when the element has a postcode, without waiting for the feed', async () => {
      // The feed address fails, so nothing after the feed runs: the table is requested regardless.
      const win = await page(
        `<script type="module" src="${ESM}"></script>`,
        '<micro-provider-finder src="/no-such-feed.json" postcode="TA1 1AA"></micro-provider-finder>',
      );
      await waitUntil(() => requested(win, /chunks\/outcodes-data-[\w-]+\.js$/).length === 1, 'the outcode chunk is requested', {
        timeout: 5000,
      });
    });

    it('starts the postcode table download when the person starts typing a postcode', async () => {
      const win = await page(
        `<script type="module" src="${ESM}"></script>`,
        '<micro-provider-finder src="/no-such-feed.json"></micro-provider-finder>',
      );
      const finder = win.document.querySelector('micro-provider-finder')!;
      const field = () =>
        finder.shadowRoot?.querySelector('mpf-search-form')?.shadowRoot?.querySelector<HTMLInputElement>('input[name="postcode"]');
      await waitUntil(() => field(), 'the form renders', { timeout: 5000 });
      await waitUntil(() => win.customElements.get('mpf-results-list'), 'the engine is in', { timeout: 5000 });
      expect(requested(win, /outcodes-data/), 'not before typing').to.deep.equal([]);
      const input = field()!;
      input.focus();
      input.value = 'T';
      input.dispatchEvent(
        new (win as unknown as typeof globalThis).InputEvent('input', {
          bubbles: true,
          composed: true,
          data: 'T',
          inputType: 'insertText',
        }),
      );
      await waitUntil(() => requested(win, /chunks\/outcodes-data-[\w-]+\.js$/).length === 1, 'the outcode chunk is requested', {
        timeout: 5000,
      });
    });
  });
});
