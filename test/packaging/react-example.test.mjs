/**
 * examples/react (React 19) works as its README says: built with Vite, the app renders
 * <micro-provider-finder> with a property (pageSize) and custom-event props (onmpf-results), and a
 * postcode search updates React state from the element's event. Uses the workspace's built packages
 * (run after `npm run build`; npm test does).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, openPage, ROOT, searchByPostcode, serve } from './browser.mjs';

let outDir = '';
let server;

before(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'mpf-react-example-'));
  const { build } = await import('vite');
  await build({ root: join(ROOT, 'examples/react'), logLevel: 'warn', configFile: false, build: { outDir, emptyOutDir: true } });
  server = await serve(() => outDir);
});
after(async () => {
  server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

it('React 19 sets the element property, hears its events, and a postcode search reaches React state', async () => {
  const browser = await launchChromium();
  try {
    const { page, errors } = await openPage(browser, `${server.origin}/`);
    await searchByPostcode(page, 'TA1 1AA', errors);
    const summarised = () => /^\d+ providers match/.test(document.querySelector('[data-testid="summary"]')?.textContent ?? '');
    await page.waitForFunction(summarised, { polling: 100, timeout: 10_000 });
    const state = await page.evaluate(() => {
      const finder = document.querySelector('micro-provider-finder');
      const cards = finder.shadowRoot.querySelector('mpf-results-list')?.shadowRoot?.querySelectorAll('mpf-provider-card') ?? [];
      return {
        pageSize: finder.pageSize,
        pageSizeAttribute: finder.getAttribute('pagesize'),
        src: finder.src,
        cards: cards.length,
        summary: document.querySelector('[data-testid="summary"]').textContent,
      };
    });
    assert.equal(state.pageSize, 5, 'pageSize={5} arrived as a number property');
    assert.equal(state.pageSizeAttribute, null, 'not as a string attribute');
    assert.equal(state.src, '/feed.json');
    assert.ok(state.cards > 0 && state.cards <= 5, `one page of 5 at most (got ${state.cards})`);
    assert.match(state.summary, /^\d+ providers match$/);
    assert.deepEqual(errors, []);
    assert.ok(server.requests.includes('/feed.json'));
  } finally {
    await browser.close();
  }
});
