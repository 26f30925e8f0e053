/**
 * The CDN bundle keeps the Welsh strings in a lazy chunk: pages in English never download them,
 * and a Welsh page still gets Welsh from its very first render (never English first).
 * Needs `npm run build` first; skipped (pending) without a build.
 */
import { expect, waitUntil } from '@open-wc/testing';

const CDN_DIR = '/packages/elements/dist/cdn';
const ESM = `${CDN_DIR}/micro-provider-finder.js`;

function labelsOf(finder: Element): string[] {
  const form = finder.shadowRoot?.querySelector('mpf-search-form');
  return [...(form?.shadowRoot?.querySelectorAll('label') ?? [])].map((l) => l.textContent?.trim() ?? '');
}

describe('CDN bundle: Welsh on demand', () => {
  let built = false;
  before(async () => {
    built = (await fetch(ESM, { method: 'HEAD' })).ok;
    if (!built) console.warn(`${ESM} is not built: run \`npm run build\` to include these tests`);
  });
  beforeEach(function () {
    if (!built) this.skip();
  });

  it('keeps the Welsh table out of the core file, in a chunk the core can load', async () => {
    // The entry's code and the core chunk it imports statically (what loads before the first paint).
    const entry = await (await fetch(ESM)).text();
    const coreChunk = entry.match(/chunks\/core-[\w-]+\.js/)?.[0];
    const core = entry + (coreChunk ? await (await fetch(`${CDN_DIR}/${coreChunk}`)).text() : '');
    const chunk = core.match(/(?:chunks\/|\.\/)(cy-[\w-]+\.js)/)?.[1];
    expect(chunk, 'core refers to the Welsh chunk').to.be.a('string');
    const welsh = await (await fetch(`${CDN_DIR}/chunks/${chunk}`)).text();
    expect(welsh).to.include('Cod post');
    expect(core).not.to.include('Cod post');
  });

  it('renders a lang="cy" finder in Welsh from its first render', async () => {
    await import(/* @vite-ignore */ ESM);
    const finder = document.createElement('micro-provider-finder');
    finder.setAttribute('lang', 'cy');
    document.body.append(finder);
    try {
      // The first labels to appear (polled every millisecond) must already be Welsh.
      await waitUntil(() => labelsOf(finder).length > 0, 'no form rendered', { interval: 1 });
      expect(labelsOf(finder).find((text) => text.startsWith('Cod post') || text.startsWith('Postcode'))).to.match(/^Cod post/);
      expect((finder as unknown as { locale: { lang: string } }).locale.lang).to.equal('cy');
    } finally {
      finder.remove();
    }
  });
});
