/**
 * The built CDN bundle's split (see cdn/index.ts and vite.config.ts): the entry paints the form without the
 * engine, and the engine chunk it loads carries feed parsing and the result views. Needs
 * `npm run build`; skipped (pending) without a build, like test/demo/cdn-bundle.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { deepQueryAll, deepText, getButton, getByLabelText, getStatus } from '@micro-provider-finder/test/helpers/queries.ts';
import { typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import okFeed from '@micro-provider-finder/test/fixtures/feeds/ok.json';

const CDN_DIR = '/packages/elements/dist/cdn';
const ENTRY = `${CDN_DIR}/micro-provider-finder.js`;

describe('CDN bundle split (dist/cdn)', () => {
  let entry = '';
  /** The entry (the loader) and the core chunk it imports: what downloads before the first paint. */
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

  it('the entry is a loader with no static imports, which imports the core and engine chunks at once', () => {
    const staticImports = [...entry.matchAll(/(?:^|[;}])\s*import\s*(?:[\w*{][^;]*?from\s*)?["'`]([^"'`]+)["'`]/gm)].map((m) => m[1]);
    expect(staticImports).to.deep.equal([]);
    // Before its first `await`, so both requests leave together.
    const beforeAwait = entry.slice(0, entry.indexOf('await'));
    expect(beforeAwait).to.match(/import\(\s*["'`]\.\/chunks\/core-[\w-]+\.js["'`]\s*\)/);
    expect(beforeAwait).to.match(/import\(\s*["'`]\.\/chunks\/engine-and-views-[\w-]+\.js["'`]\s*\)/);
  });

  it('the core chunk imports nothing statically: the first paint is the loader and the core', () => {
    const core = firstPaint.slice(entry.length);
    expect(core, 'the core chunk is built').not.to.equal('');
    const staticImports = [...core.matchAll(/(?:^|[;}])\s*import\s*(?:[\w*{][^;]*?from\s*)?["'`]([^"'`]+)["'`]/gm)].map((m) => m[1]);
    expect(staticImports).to.deep.equal([]);
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

  /** Resource requests the page has made whose address matches `pattern`. */
  const requested = (pattern: RegExp) =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => pattern.test(name));

  it('paints the form from the first paint alone, and searches once the engine (with the results part) is in', async () => {
    await import(/* @vite-ignore */ ENTRY);
    // A blob: address, as the test server turns .json files into modules.
    const src = URL.createObjectURL(new Blob([JSON.stringify(okFeed)], { type: 'application/json' }));
    const el = await fixture(html`<micro-provider-finder src=${src}></micro-provider-finder>`);
    await waitUntil(() => deepQueryAll(el, 'input[name="postcode"]').length === 1, 'the form paints');
    await waitUntil(() => /providers listed$/.test(deepText(getStatus(el))), 'the feed is in', { timeout: 5000 });
    await typeInto(getByLabelText(el, 'What do you need help with?'), 'shopping');
    getButton(el, 'Search').click();
    await waitUntil(() => deepQueryAll(el, '[part~="result-name"]').length > 0, 'results show', { timeout: 5000 });
    expect(deepText(getStatus(el))).to.match(/providers? found|match/);
    await expect(el).to.be.accessible();
  });

  it('loads the theme presets only for a finder with a theme, and applies them before its first paint', async () => {
    await import(/* @vite-ignore */ ENTRY);
    const plain = await fixture(html`<micro-provider-finder></micro-provider-finder>`);
    await waitUntil(() => deepQueryAll(plain, 'input[name="postcode"]').length === 1, 'the form paints');
    expect(requested(/chunks\/presets-[\w-]+\.js$/), 'no theme, no presets').to.deep.equal([]);

    const themed = document.createElement('micro-provider-finder');
    themed.setAttribute('theme', 'nhs');
    /** The brand colour whenever the form is there: never the default look. */
    const brandWhenPainted: string[] = [];
    const observer = new MutationObserver(() => {
      const base = themed.shadowRoot?.querySelector('[part~="base"]');
      if (base) brandWhenPainted.push(getComputedStyle(base).getPropertyValue('--mpf-color-brand').trim());
    });
    document.body.append(themed);
    observer.observe(themed.shadowRoot!, { childList: true, subtree: true });
    try {
      await waitUntil(() => deepQueryAll(themed, 'input[name="postcode"]').length === 1, 'the themed form paints', { timeout: 5000 });
      expect(requested(/chunks\/presets-[\w-]+\.js$/)).to.have.length(1);
      expect(brandWhenPainted.length).to.be.greaterThan(0);
      expect([...new Set(brandWhenPainted)]).to.deep.equal(['#005eb8']);
    } finally {
      observer.disconnect();
      themed.remove();
    }
  });
});
