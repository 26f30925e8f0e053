/**
 * The built CDN bundle's split (see cdn/index.ts and vite.config.ts): the entry paints the form without the
 * engine, and the engine chunk it loads carries feed parsing and the result views. Needs
 * `npm run build`; skipped (pending) without a build, like test/demo/cdn-bundle.test.ts.
 */
import { expect } from '@open-wc/testing';

const CDN_DIR = '/packages/elements/dist/cdn';
const ENTRY = `${CDN_DIR}/micro-provider-finder.js`;

describe('CDN bundle split (dist/cdn)', () => {
  let entry = '';
  /** The entry and the core chunk it imports: what downloads before the first paint. */
  let firstPaint = '';

  before(async () => {
    const response = await fetch(ENTRY);
    if (!response.ok) {
      console.warn(`${ENTRY} is not built: run \`npm run build\` to include the bundle split tests`);
      return;
    }
    entry = await response.text();
    const core = entry.match(/chunks\/core-[\w-]+\.js/)?.[0];
    firstPaint = entry + (core ? await (await fetch(`${CDN_DIR}/${core}`)).text() : '');
  });

  beforeEach(function () {
    if (!entry) this.skip();
  });

  it('the entry imports statically only its content-hashed core chunk, so the first paint is two files', () => {
    const staticImports = [...entry.matchAll(/(?:^|[;}])\s*import\s*(?:[\w*{][^;]*?from\s*)?["'`]([^"'`]+)["'`]/gm)].map((m) => m[1]);
    expect(staticImports).to.have.length(1);
    expect(staticImports[0]).to.match(/^\.\/chunks\/core-[\w-]+\.js$/);
  });

  it('feed parsing, zod and the result views are not in the entry but in the engine chunk it loads', async () => {
    const engineFile = entry.match(/chunks\/engine-and-views-[\w-]+\.js/)?.[0];
    expect(engineFile, 'the entry loads the engine chunk').to.be.a('string');
    const engine = await (await fetch(`${CDN_DIR}/${engineFile}`)).text();
    // Markers: the feed format id (schema), zod's type names, the card's tag, the conditional request header.
    for (const marker of ['micro-provider-feed/1', '$ZodType', 'mpf-provider-card', 'If-None-Match']) {
      expect(firstPaint.includes(marker), `"${marker}" kept out of the entry and its core chunk`).to.equal(false);
      expect(engine.includes(marker), `"${marker}" in the engine chunk`).to.equal(true);
    }
  });

  it('the wording for results travels with the engine chunk; the English table is whole once it has loaded', async () => {
    const core = await (await fetch(`${CDN_DIR}/${entry.match(/chunks\/core-[\w-]+\.js/)?.[0]}`)).text();
    const engine = await (await fetch(`${CDN_DIR}/${entry.match(/chunks\/engine-and-views-[\w-]+\.js/)?.[0]}`)).text();
    // The form's wording paints first; "Show more providers" (results) and "Back to results" (details) wait.
    expect(
      entry.includes('What do you need help with?') || core.includes('What do you need help with?'),
      'form wording in the first paint',
    ).to.equal(true);
    for (const marker of ['Show more providers', 'Back to results']) {
      expect(entry.includes(marker) || core.includes(marker), `"${marker}" kept out of the first paint`).to.equal(false);
      expect(engine.includes(marker), `"${marker}" in the engine chunk`).to.equal(true);
    }
    const cdn = (await import(/* @vite-ignore */ ENTRY)) as typeof import('./index.ts');
    await customElements.whenDefined('mpf-results-list');
    expect(cdn.enGB.showMore).to.equal('Show more providers');
    expect(cdn.resolveLocale('en-GB').strings.backToResults).to.equal('Back to results');
    expect(cdn.resolveLocale('en-GB').strings.searchButton).to.equal('Search');
  });
});
