/**
 * Time to first results in headless Chromium: builds the demo with Vite
 * (dist/demo), serves it with lib/static-server.mjs, and loads it cold 5 times
 * (new browser, fresh profile each time).
 *
 * The demo page is served as built, except that its `<micro-provider-finder>`
 * gets `postcode="TA1 1AA" query="befriending"`: the element's own attributes
 * for a host page that pre-fills the need (e.g. a council "find befriending
 * near you" link), so the element searches as soon as the feed is parsed and
 * nobody has to type. The feed is the demo's sample feed (demo/data). For each load, the time is
 * `performance.now()` in the page (milliseconds since navigation start) at
 * the moment the first result appears in the element's shadow DOM.
 *
 * How "appears" is detected: a script injected before any page script wraps
 * `Element.prototype.attachShadow`, and watches the document and every shadow
 * root with a MutationObserver; after each batch of mutations it looks for a
 * result node. That fires within a microtask of Lit's render, without polling
 * (polling every frame would both add up to 16 ms and slow the page).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { median, round } from './lib/stats.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEMO_DIST = join(ROOT, 'dist/demo');
/** The page measured, and the attributes added to its element. */
export const DEMO_PATH = '/index.html';
export const PREFILL = { postcode: 'TA1 1AA', query: 'befriending' };
/** A rendered result: the card part, the card element, or a results-list item. */
export const RESULT_SELECTOR = '[part~="result"], mpf-provider-card, [part~="results"] > li';
const LOADS = 5;
const TIMEOUT_MS = 15_000;

/** Runs in the page before any of its scripts. */
function probe(selector) {
  const roots = [document];
  const check = () => {
    if (window.__mpfFirstResultAt !== undefined) return;
    for (const root of roots) {
      if (root.querySelector(selector)) {
        window.__mpfFirstResultAt = performance.now();
        return;
      }
    }
  };
  const watch = (root) => new MutationObserver(check).observe(root, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadowWatched(init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    watch(root);
    return root;
  };
  watch(document);
}

/** Why no result appeared: which of the element's tags are not defined on the page, and what the status says. */
async function diagnose(page) {
  return page.evaluate(() => {
    const tags = ['micro-provider-finder', 'mpf-search-form', 'mpf-results-list', 'mpf-provider-card', 'mpf-status-message'];
    const undefinedTags = tags.filter((tag) => !customElements.get(tag));
    const status = document.querySelector('micro-provider-finder')?.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim();
    return `undefined elements: ${undefinedTags.join(', ') || 'none'}; status: ${status ?? '-'}`;
  });
}

/**
 * Builds the demo, then measures cold loads.
 * @param {{ log?: (line: string) => void, loads?: number }} options
 */
export async function measureFirstResults({ log = () => {}, loads = LOADS } = {}) {
  if (!existsSync(join(ROOT, 'demo/index.html'))) throw new Error('demo/index.html does not exist yet');
  log('building the demo (vite build)...');
  execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  const { default: puppeteer } = await import('puppeteer-core');
  const server = await serveStatic([DEMO_DIST, join(ROOT, 'demo')], {
    rewriteHtml: (path, html) =>
      path === DEMO_PATH
        ? html.replace('<micro-provider-finder ', `<micro-provider-finder postcode="${PREFILL.postcode}" query="${PREFILL.query}" `)
        : html,
  });
  const samples = [];
  let requests = [];
  try {
    for (let i = 0; i < loads; i++) {
      const profile = mkdtempSync(join(tmpdir(), 'mpf-bench-chromium-'));
      const browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        headless: true,
        userDataDir: profile,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
          '--disable-sync', '--no-first-run', '--disable-extensions', '--disable-default-apps'],
      });
      try {
        const page = await browser.newPage();
        await page.evaluateOnNewDocument(probe, RESULT_SELECTOR);
        const start = server.requests.length;
        await page.goto(server.url + DEMO_PATH, { waitUntil: 'load' });
        await page
          .waitForFunction(() => window.__mpfFirstResultAt !== undefined, { timeout: TIMEOUT_MS, polling: 50 })
          .catch(async (error) => {
            throw new Error(`no result appeared within ${TIMEOUT_MS} ms (${await diagnose(page)}): ${error.message}`);
          });
        const ms = await page.evaluate(() => window.__mpfFirstResultAt);
        samples.push(ms);
        requests = server.requests.slice(start);
        log(`  cold load ${i + 1}: ${ms.toFixed(0)} ms`);
      } finally {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  return {
    firstResultsMs: round(median(samples), 0),
    samplesMs: samples.map((s) => round(s, 0)),
    page: DEMO_PATH,
    prefill: PREFILL,
    resultSelector: RESULT_SELECTOR,
    requestsPerLoad: requests,
  };
}
