/**
 * Shared set-up for tests of <micro-provider-finder>: the msw worker serving the fixture feeds,
 * mounting the element, and waiting on what it says in its live region.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import type { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';
import '../../packages/elements/src/define.ts';
import { savedCopiesSettled } from '../../packages/elements/src/controllers/feed-load.ts';
import { FEED_URLS, allFeeds } from '../handlers.ts';
import { deepQueryAll, deepText, getStatus } from './queries.ts';

/**
 * Starts an msw worker for the whole test file (mocha hooks): every request must match one of
 * `handlers` (default: every fixture feed); storage is cleared before each test, once the previous
 * test's saved copies are written (a finder removed by the cleanup starts its waiting save then).
 */
export function useFeedWorker(...handlers: RequestHandler[]) {
  const worker = setupWorker(...(handlers.length > 0 ? handlers : allFeeds));
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    await savedCopiesSettled();
    localStorage.clear();
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
  return worker;
}

/** Puts a finder reading `src` on the page; `extra` goes in its light DOM (slots, fallback). */
export async function mountFinder(src: string = FEED_URLS.ok, extra: TemplateResult = html``): Promise<MicroProviderFinder> {
  return fixture<MicroProviderFinder>(html`<micro-provider-finder src=${src}>${extra}</micro-provider-finder>`);
}

/** The text of the finder's live region. */
export const statusText = (el: Element): string => deepText(getStatus(el));

/** Waits until the live region's text is `expected` (a string is matched exactly). */
export async function waitForStatus(
  el: Element,
  expected: string | RegExp | ((text: string) => boolean),
  what = 'status',
  timeout = 5000,
): Promise<void> {
  const ok = (t: string) => (typeof expected === 'string' ? t === expected : expected instanceof RegExp ? expected.test(t) : expected(t));
  await waitUntil(() => ok(statusText(el)), `${what}: expected ${String(expected)}, status was "${statusText(el)}"`, { timeout });
}

/**
 * The live region's wording for a finished search: "N providers found" / "N providers near TA1", or,
 * when some results are only related matches, "N providers near TA1 match ‘…’; M more offer related help".
 */
export function resultsStatus(place?: string): RegExp {
  const where = place ? ` near ${place}` : '';
  const plain = place ? `providers? near ${place}` : 'providers? found';
  return new RegExp(`^\\d[\\d,]* (?:${plain}|providers?${where} match(?:es)? ‘[^’]*’; \\d[\\d,]* more offers? related help)$`);
}

/** The names of the results shown, in order. */
export const resultNames = (el: Element): string[] => deepQueryAll(el, '[part~="result-name"]').map((b) => deepText(b));

/** True once the details view is open. */
export const detailsOpen = (el: Element): boolean => deepQueryAll(el, '[part~="details"]').length === 1;
