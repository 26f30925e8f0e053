#!/usr/bin/env node
/**
 * Screenshots of the finder in each state, at a phone (390 px) and a desktop (1280 px) width,
 * written to docs/screenshots/<state>-<width>.png and linked from packages/elements/README.md.
 *
 *   node scripts/screenshots.mjs
 *
 * Serves the demo with Vite (the fictional sample feed), drives Debian's /usr/bin/chromium with
 * puppeteer-core (already installed for the test runner; nothing is downloaded) and uses the
 * element's own API and controls. Feed failure is shown with a feed address that does not exist.
 * Needs no build first: Vite serves the demo from the sources.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}docs/screenshots`;
const WIDTHS = [390, 1280];

/** Runs in the page: everything under `root` through shadow roots. */
const DEEP = `
  window.__deep = (selector) => {
    const out = [];
    const visit = (node) => {
      out.push(...node.querySelectorAll(selector));
      for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return out;
  };
  window.__button = (name) => window.__deep('button, a').find((b) => b.checkVisibility() && (b.getAttribute('aria-label') || b.textContent).replace(/\\s+/g, ' ').trim().startsWith(name));
  window.__status = () => (window.__deep('[role="status"]')[0]?.textContent ?? '').trim();
`;

async function waitFor(page, fn, arg) {
  await page.waitForFunction(fn, { timeout: 15000 }, arg);
}

async function finder(page) {
  await page.evaluate(DEEP);
  await waitFor(page, () => /providers listed/.test(window.__status()));
}

async function search(page, query) {
  await page.evaluate((q) => document.querySelector('micro-provider-finder').search(q), query);
  await waitFor(page, () => /providers? (near|found)|No providers/.test(window.__status()));
}

async function click(page, name) {
  await page.evaluate((n) => window.__button(n).click(), name);
}

/** Each state: how to reach it from a freshly loaded demo page. */
const STATES = {
  idle: async () => {},
  results: async (page) => search(page, { text: 'lunch club', postcode: 'TA1 1AA', maxMiles: 10 }),
  'filters-open': async (page) => {
    await search(page, { text: '', postcode: 'TA1 1AA', maxMiles: 10 });
    await page.evaluate(() => {
      const panel = window.__deep('mpf-filters-panel')[0];
      panel.open = true;
    });
  },
  details: async (page) => {
    await search(page, { text: 'befriending', postcode: 'TA1 1AA', maxMiles: 10 });
    await page.evaluate(() => window.__deep('[part~="result-name"]')[0].click());
    await waitFor(page, () => window.__deep('[part~="details"]').length === 1);
  },
  'postcode-error': async (page) => {
    await page.evaluate(() => {
      const input = window.__deep('input[name="postcode"]')[0];
      input.value = 'my house';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      window.__button('Search').click();
    });
    await waitFor(page, () => window.__deep('.error-summary').length === 1);
  },
  'no-results': async (page) => search(page, { text: 'xylophone lessons', postcode: 'TA1 1AA', maxMiles: 1 }),
  shortlist: async (page) => {
    await search(page, { text: 'meals', postcode: 'TA1 1AA', maxMiles: 10 });
    await page.evaluate(() =>
      window
        .__deep('.shortlist-toggle')
        .slice(0, 2)
        .forEach((b) => b.click()),
    );
    await waitFor(page, () => !!window.__button('Shortlist (2)'));
    await click(page, 'Shortlist (2)');
    await waitFor(page, () => window.__deep('mpf-shortlist').length === 1);
  },
  print: async (page) => {
    await search(page, { text: 'meals', postcode: 'TA1 1AA', maxMiles: 10 });
    await page.evaluate(() => {
      customElements.get('micro-provider-finder').print = () => {};
      window.__button('Print').click();
    });
    await waitFor(page, () => window.__deep('[part~="print"]').length === 1);
    await page.emulateMediaType('print');
  },
  'feed-error': async () => {},
  // "Order: Fair order / Nearest first" beside the results, with Nearest first chosen.
  'nearest-first': async (page) => {
    await search(page, { text: '', postcode: 'TA1 1AA', maxMiles: 10 });
    await page.evaluate(() => window.__deep('input[type="radio"][value="distance"]')[0].click());
    await waitFor(page, () => window.__deep('.order').some((p) => p.textContent.includes('Nearest providers are shown first')));
  },
  // A provider with no phone, email or website: "Ask <publisher> about this provider", and "Report a problem".
  'ask-publisher': async (page) => {
    await search(page, { text: 'knit and natter', postcode: 'TA1 1AA', maxMiles: 10 });
    await click(page, 'Tone Pennywhistle Knit and Natter');
    await waitFor(page, () => window.__deep('[part~="details"]').length === 1);
  },
  // Text at 200% (the person's browser setting): the results reflow, nothing scrolls sideways.
  'text-200': async (page) => {
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await search(page, { text: 'lunch club', postcode: 'TA1 1AA', maxMiles: 10 });
    // Start the picture at the result count: at 200% the form alone fills the first 2,400 px.
    await page.evaluate(() => (window.__clipFrom = window.__deep('[part~="status"]')[0].getBoundingClientRect().top + window.scrollY));
  },
  // The Welsh demo page (searches its postcode on load): Welsh words around the English feed text.
  'welsh-details': async (page) => {
    await page.evaluate(() => window.__deep('[part~="result-name"]')[0].click());
    await waitFor(page, () => window.__deep('[part~="details"]').length === 1);
  },
};

/** States shown on another demo page, and what its live region says once it is ready. */
const PAGES = { 'welsh-details': { path: 'cy.html', ready: /darparwr ger/ } };

const server = await createServer({ configFile: `${root}vite.config.ts`, server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const address = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
mkdirSync(outDir, { recursive: true });
const written = [];
try {
  for (const width of WIDTHS) {
    for (const [state, reach] of Object.entries(STATES)) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: width < 600 ? 844 : 900 });
      const other = PAGES[state];
      await page.goto(other ? new URL(other.path, address).href : address, { waitUntil: 'load' });
      if (other) {
        await page.evaluate(DEEP);
        await waitFor(page, (ready) => new RegExp(ready).test(window.__status()), other.ready.source);
        await reach(page);
      } else if (state === 'feed-error') {
        await page.evaluate(DEEP);
        await page.evaluate(() => {
          localStorage.clear();
          document.querySelector('micro-provider-finder').src = './data/missing-feed.json';
        });
        await waitFor(page, () => window.__deep('mpf-status-message[variant="error"]').length === 1);
      } else {
        await finder(page);
        await reach(page);
      }
      await page.evaluate(() => document.fonts.ready);
      const file = `${outDir}/${state}-${width}.png`;
      // The top of the page (up to 2,400 px): enough to see each state, small enough to keep in the repository.
      const y = await page.evaluate(() => Math.floor(window.__clipFrom ?? 0));
      const height = await page.evaluate((top) => Math.min(document.documentElement.scrollHeight - top, 2400), y);
      await page.screenshot({ path: file, clip: { x: 0, y, width, height }, captureBeyondViewport: true });
      written.push(file.replace(root, ''));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(written.join('\n'));
