/**
 * Time to first results in headless Chromium, on the CDN bundle a host copies
 * (packages/elements/dist/cdn, built by `npm run build`), unthrottled and
 * throttled (4x CPU slowdown; 1.6 Mbit/s down, 750 kbit/s up, 150 ms round
 * trip, as Lighthouse's "slow 4G"), each a set of cold loads (new browser,
 * fresh profile each time).
 *
 * Each browser first sits on about:blank for {@link SETTLE_MS}, then navigates: in its first second
 * a just-launched Chromium is still starting up (it builds its own WebUI pages, e.g. the omnibox
 * popup, and sets up the network service and the new profile's cache), and on a 2-core machine that
 * work delayed the page's first request by 100-250 ms and its first results by 400-600 ms. A
 * person's browser is already running when they follow a link, so that is not the page's cost. The
 * load itself stays cold (new profile, empty cache, no-store responses) and is timed from
 * navigation start, as a real page load is.
 *
 * The page is the README's embed snippet and nothing else: the bundle's script
 * and `<micro-provider-finder src=... postcode="TA1 1AA" query="befriending">`,
 * the element's own attributes for a host page that pre-fills the need (e.g. a
 * council "find befriending near you" link), so the element searches as soon as
 * the feed is parsed and nobody types. The feed is the demo's sample feed
 * (480 providers). Everything (HTML, JS, the feed) is served gzip-encoded, as
 * any real host serves it. For each load, the time is `performance.now()` in
 * the page (milliseconds since navigation start) at the moment the first result
 * appears in the element's shadow DOM.
 *
 * How "appears" is detected: a script injected before any page script wraps
 * `Element.prototype.attachShadow`, and watches the document and every shadow
 * root with a MutationObserver; after each batch of mutations it looks for a
 * result node. That fires within a microtask of Lit's render, without polling
 * (polling every frame would both add up to 16 ms and slow the page). Its own cost
 * is a few CPU samples in a profile of the load (bench/browser-profile.mjs), well
 * under 1% of the time measured. The browser then still lays out and paints the
 * results, 50-350 ms more here; the time is when they are in the page.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { median, round } from './lib/stats.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const CDN_DIST = join(ROOT, 'packages/elements/dist');
/** The page measured. */
export const PAGE_PATH = '/bench-cdn.html';
export const PREFILL = { postcode: 'TA1 1AA', query: 'befriending' };
const FEED_PATH = '/data/sample-feed.json';
export const PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Find local care providers</title>
<script type="module" src="/cdn/micro-provider-finder.js"></script></head>
<body><main><h1>Find local care providers</h1>
<micro-provider-finder src="${FEED_PATH}" postcode="${PREFILL.postcode}" query="${PREFILL.query}"></micro-provider-finder>
</main></body>
</html>
`;
/**
 * A rendered result: the card's own content (its `part="result"` article, in the card's shadow
 * root). Not the `<mpf-provider-card>` element or its list item: those are in the page a Lit
 * update before the card has rendered anything (25-100 ms earlier here, more on the first card).
 */
export const RESULT_SELECTOR = '[part~="result"]';
const LOADS = 5;
/** How long a just-launched browser is left to finish starting up before the measured navigation. */
export const SETTLE_MS = 1000;
const TIMEOUT_MS = 30_000;
/** Throttled profile: Chrome DevTools Protocol parameters. */
export const THROTTLE = {
  cpuSlowdown: 4,
  network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};

/** Runs in the page before any of its scripts. */
export function probe(selector) {
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
 * One cold load of the bench page in a new browser with a fresh profile.
 * @param {{ url: string }} server from serveStatic
 * @param {{ throttled: boolean, puppeteer: any, beforeLoad?: (page: any) => Promise<void>, afterResult?: (page: any) => Promise<void> }} options
 *   `beforeLoad`/`afterResult`: hooks for bench/browser-profile.mjs (tracing); the bench passes none.
 * @returns {Promise<{ ms: number, arrivedMs: Record<string, number>, requestedMs: Record<string, number> }>}
 */
export async function coldLoad(server, { throttled, puppeteer, beforeLoad, afterResult }) {
  const profile = mkdtempSync(join(tmpdir(), 'mpf-bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    userDataDir: profile,
    args: [...CHROMIUM_ARGS, '--disable-extensions', '--disable-default-apps'],
  });
  try {
    const page = await browser.newPage();
    if (throttled) {
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuSlowdown });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', THROTTLE.network);
    }
    await page.evaluateOnNewDocument(probe, RESULT_SELECTOR);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await beforeLoad?.(page);
    await page.goto(server.url + PAGE_PATH, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await page
      .waitForFunction(() => window.__mpfFirstResultAt !== undefined, { timeout: TIMEOUT_MS, polling: 50 })
      .catch(async (error) => {
        throw new Error(`no result appeared within ${TIMEOUT_MS} ms (${await diagnose(page)}): ${error.message}`);
      });
    await afterResult?.(page);
    // When each file was asked for and finished arriving (ms since navigation start), to see where the time goes.
    return await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource');
      const name = (e) => new URL(e.name).pathname;
      return {
        ms: window.__mpfFirstResultAt,
        arrivedMs: Object.fromEntries([
          ['document', Math.round(navigation?.responseEnd ?? 0)],
          ['domContentLoaded', Math.round(navigation?.domContentLoadedEventEnd ?? 0)],
          ...resources.map((e) => [name(e), Math.round(e.responseEnd)]),
        ]),
        requestedMs: Object.fromEntries([
          ['document', Math.round(navigation?.requestStart ?? 0)],
          ...resources.map((e) => [name(e), Math.round(e.startTime)]),
        ]),
      };
    });
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The least time the throttled network alone allows before the first result, with no time at all
 * for the browser or our code: every byte the page needs (the page, the loader, the chunks and the
 * feed, as sent) crossing the line at its download rate, plus one round trip for each step of the
 * request chain (the page, then the loader it names, then the chunks and the feed the loader asks
 * for together). The favicon is left out: the page does not wait for it.
 * @param {string[]} requests paths asked for in one load
 * @param {Map<string, number>} bodyBytes bytes sent for each path
 */
function networkFloor(requests, bodyBytes) {
  const needed = requests.filter((path) => path !== '/favicon.ico');
  const bytes = needed.reduce((sum, path) => sum + (bodyBytes.get(path) ?? 0), 0);
  const feedBytes = bodyBytes.get(FEED_PATH) ?? 0;
  const lineMs = (bytes / THROTTLE.network.downloadThroughput) * 1000;
  const roundTrips = 3;
  return {
    bytes,
    feedBytes,
    lineMs: round(lineMs, 0),
    roundTrips,
    ms: round(lineMs + roundTrips * THROTTLE.network.latency, 0),
  };
}

/**
 * Builds the CDN bundle when missing, then measures cold loads unthrottled and throttled.
 * @param {{ log?: (line: string) => void, loads?: number, dist?: string }} options
 *   `dist`: another build's packages/elements/dist (to compare builds); it is not built.
 */
export async function measureFirstResults({ log = () => {}, loads = LOADS, dist } = {}) {
  if (!dist && !existsSync(join(CDN_DIST, 'cdn/micro-provider-finder.js'))) {
    log('building the CDN bundle (npm run build)...');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await serveStatic([dist ?? CDN_DIST, join(ROOT, 'demo')], { gzip: true, pages: { [PAGE_PATH]: PAGE } });
  const runs = {};
  const timings = {};
  const requested = {};
  let requests = [];
  try {
    for (const throttled of [false, true]) {
      const profile = throttled ? 'throttled' : 'unthrottled';
      const samples = [];
      for (let i = 0; i < loads; i++) {
        const start = server.requests.length;
        const load = await coldLoad(server, { throttled, puppeteer });
        samples.push(load.ms);
        timings[profile] = load.arrivedMs;
        requested[profile] = load.requestedMs;
        requests = server.requests.slice(start);
        log(`  ${profile} cold load ${i + 1}: ${load.ms.toFixed(0)} ms`);
      }
      runs[profile] = {
        firstResultsMs: round(median(samples), 0),
        samplesMs: samples.map((s) => round(s, 0)),
      };
    }
  } finally {
    await server.close();
  }
  return {
    firstResultsMs: runs.unthrottled.firstResultsMs,
    samplesMs: runs.unthrottled.samplesMs,
    throttled: {
      ...runs.throttled,
      cpuSlowdown: THROTTLE.cpuSlowdown,
      network: { downloadMbitPerS: 1.6, uploadKbitPerS: 750, roundTripMs: THROTTLE.network.latency },
      networkFloor: networkFloor(requests, server.bodyBytes),
    },
    page: PAGE_PATH,
    bundle: 'packages/elements/dist/cdn/micro-provider-finder.js (+ chunks/)',
    feed: `demo${FEED_PATH}, gzip`,
    prefill: PREFILL,
    resultSelector: RESULT_SELECTOR,
    requestsPerLoad: requests,
    /** Last load of each profile: when each file had arrived, ms since navigation start. */
    arrivedMs: timings,
    /** Last load of each profile: when each file was asked for, ms since navigation start. */
    requestedMs: requested,
  };
}
