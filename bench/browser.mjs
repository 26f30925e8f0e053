/**
 * Time to first results in headless Chromium: builds the demo with Vite
 * (dist/demo), serves it with lib/static-server.mjs, and loads it cold 5 times
 * (new browser, fresh profile each time). For each load, the time is
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
/** The demo opened as a resident arriving from a council page with their need prefilled. */
export const DEMO_PATH = '/?postcode=TA1&query=befriending';
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

/**
 * Builds the demo, then measures cold loads.
 * @param {{ log?: (line: string) => void, loads?: number }} options
 */
export async function measureFirstResults({ log = () => {}, loads = LOADS } = {}) {
  if (!existsSync(join(ROOT, 'demo/index.html'))) throw new Error('demo/index.html does not exist yet');
  log('building the demo (vite build)...');
  execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  const { default: puppeteer } = await import('puppeteer-core');
  const server = await serveStatic(DEMO_DIST);
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
        await page.waitForFunction(() => window.__mpfFirstResultAt !== undefined, { timeout: TIMEOUT_MS, polling: 50 });
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
    url: DEMO_PATH,
    resultSelector: RESULT_SELECTOR,
    requestsPerLoad: requests,
  };
}
