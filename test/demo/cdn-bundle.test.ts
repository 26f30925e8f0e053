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
    for (const tag of ['micro-provider-finder', 'mpf-search-form', 'mpf-results-list', 'mpf-provider-card', 'mpf-provider-details', 'mpf-status-message']) {
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
    const chunkRefs = (code: string) => [...code.matchAll(/chunks\/([\w-]+\.js)|(?<![.\w])\.\/([\w-]+\.js)/g)].map((m) => `chunks/${m[1] ?? m[2]}`);
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
    // "AB10,57.1" starts the table's first row (Aberdeen): it must live in the chunk, not the core.
    expect(await table.text()).to.include('AB10,57.1');
    expect(core, 'the table is not inlined in the core').not.to.include('AB10,57.1');
  });
});
