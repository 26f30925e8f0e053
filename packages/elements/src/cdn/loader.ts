/**
 * Entry of the ES module CDN bundle (`dist/cdn/micro-provider-finder.js`): a small loader with no
 * static imports. As soon as it runs it asks, all at once, for
 * - the core chunk (`chunks/core-*.js`: cdn/index.ts, with Lit, the finder's shell, the search form
 *   and status messages; it defines the tags),
 * - the engine chunk (`chunks/engine-and-views-*.js`: the very module internal/load-engine.ts loads,
 *   swapped for cdn/engine-and-views.ts by vite.config.ts, so it is fetched once), and
 * - when a finder on the page has a postcode, the postcode district data chunk (the module
 *   cdn/outcode-data-download.lazy.ts asks for), and
 * - the feed of each finder in the page, unless a saved copy will make it a conditional request
 *   (internal/early-feed-request.ts, bundled here; the finder's feed load adopts it).
 * With a static import of the core, the engine and postcode data were only requested once the core
 * had arrived and run: one round trip later, while the feed competed with them for bandwidth; the
 * feed, started by the finder, came after the core had arrived and run.
 *
 * No chunk imports this file (issue 10: a host's `?v=` URL would load it, and Lit, twice); its
 * exports are the core's, re-exported once the core is in. The classic-script (IIFE) build is
 * made from cdn/index.ts directly (see vite.config.ts).
 */
import { startEarlyFeedRequest, type EarlyFeedPage, type EarlyFeedRequest } from '../internal/early-feed-request.ts';

// Tells a classic-script copy (the IIFE) that runs before the core is in to stand down: module and
// `defer` scripts run in document order, but this file's top-level await does not hold the next one
// back, so the IIFE's own check (the tags already defined) can come too early. Two Lits on one page
// would break a host's Trusted Types policy (issue 10).
(globalThis as { mpfEsm?: 1 }).mpfEsm = 1;

const core = import('./index.ts');
// Failures are reported, and retried, by the finder: its feed load waits for the engine, and a
// postcode search loads the table.
import('./engine-and-views.ts').catch(() => undefined);
if (document.querySelector('micro-provider-finder[postcode]:not([postcode=""])')) {
  import('../../../sdk/src/geo/outcodes-data-packed.ts').catch(() => undefined);
}
// The feed of each finder already in the page, now: waiting for the core to arrive and run put one
// round trip and the core's start-up before it (the finders take these requests as they connect,
// through cdn/early-feed-request.from-loader.ts). Once per page: a second copy of the loader (another
// `?v=` URL) finds the hand-over in place. After the chunk requests, which the first paint needs first.
const page = globalThis as EarlyFeedPage;
if (!page.mpfEarlyFeed) {
  const started = new Map<string, EarlyFeedRequest | undefined>();
  for (const finder of document.querySelectorAll('micro-provider-finder[src]:not([mode="remote"])')) {
    const src = finder.getAttribute('src')!;
    if (src && !started.has(src)) started.set(src, startEarlyFeedRequest(src));
  }
  page.mpfEarlyFeed = (src) => {
    const early = started.get(src);
    started.delete(src);
    return early ?? startEarlyFeedRequest(src);
  };
  // Once the core has run, every finder that was in the page has taken its request as it connected:
  // any left (the finder removed, or its src changed, before then) is dropped rather than downloaded.
  const drop = () => {
    for (const early of started.values()) early?.cancel();
    started.clear();
  };
  core.then(drop, drop);
}

// Keep this list in step with the exports of cdn/index.ts (src/cdn/loader-exports.test.ts checks it).
export const {
  MicroProviderFinder,
  MpfSearchForm,
  MpfStatusMessage,
  setStrings,
  resolveLocale,
  enGB,
  defineElement,
  applyPreset,
  MpfSearchEvent,
  MpfResultsEvent,
  MpfSelectEvent,
  MpfErrorEvent,
  MpfFeedProblemsEvent,
  MpfFormSubmitEvent,
  MpfFormInvalidEvent,
  MpfActionEvent,
} = await core;
