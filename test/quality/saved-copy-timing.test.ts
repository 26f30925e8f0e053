/**
 * The saved copy of a fresh feed is written when the page is next idle (after the first results),
 * or at once when the finder leaves the page, the page is hidden or left, or the same feed loads
 * again first. (A save used to be dropped when its finder left the page before an idle moment, so
 * a person who moved on quickly had no copy next time: provider-finder.test.ts's "feed error with
 * a saved copy" failed whenever the page was busy.)
 */
import { expect, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import { FEED_URLS, failingAt } from '../handlers.ts';
import { mountFinder, useFeedWorker, waitForStatus } from '../helpers/finder.ts';
import type { MpfErrorEvent } from '../../packages/elements/src/events/mpf-error.ts';
import '../../packages/elements/src/define.ts';

const worker = useFeedWorker();

/** Makes the document say it is hidden and tells the page so (headless Chromium's page stays visible). */
function hideDocument(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}
function restoreVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
}

describe('the saved copy, written when the page is idle', () => {
  // Idle callbacks are held back, so the save is still waiting when the test acts.
  let held: IdleRequestCallback[] = [];
  const realIdle = window.requestIdleCallback;
  beforeEach(() => {
    held = [];
    window.requestIdleCallback = (callback) => held.push(callback);
  });
  afterEach(() => {
    window.requestIdleCallback = realIdle;
    fixtureCleanup();
  });

  it('is written at once when its finder leaves the page before an idle moment', async () => {
    const first = await mountFinder(FEED_URLS.ok);
    await waitForStatus(first, '12 providers listed');
    expect(held.length, 'a save is waiting').to.be.greaterThan(0);
    first.remove();
    await waitUntil(() => Object.keys(localStorage).some((key) => key.startsWith('mpf:feed:')), 'a copy in storage, with no other load');
    worker.use(failingAt(FEED_URLS.ok, 500));
    const errored = oneEvent(document, 'mpf-error') as Promise<MpfErrorEvent>;
    const second = await mountFinder(FEED_URLS.ok);
    expect((await errored).detail.usingSavedCopy).to.equal(true);
    await waitForStatus(second, (t) => t.includes('12 providers'));
  });

  for (const [what, leave] of [
    ['the page is left (pagehide)', () => window.dispatchEvent(new PageTransitionEvent('pagehide'))],
    ['the page is hidden', () => hideDocument()],
  ] as const) {
    it(`is written at once when ${what}, with no idle moment`, async () => {
      const first = await mountFinder(FEED_URLS.ok);
      await waitForStatus(first, '12 providers listed');
      expect(held.length, 'a save is waiting').to.be.greaterThan(0);
      leave();
      await waitUntil(() => Object.keys(localStorage).some((key) => key.startsWith('mpf:feed:')), 'a copy in storage');
      restoreVisibility();
    });
  }

  it('is written before the same feed loads again, while its finder is still on the page', async () => {
    const first = await mountFinder(FEED_URLS.ok);
    await waitForStatus(first, '12 providers listed');
    worker.use(failingAt(FEED_URLS.ok, 500));
    const errored = oneEvent(document, 'mpf-error') as Promise<MpfErrorEvent>;
    const second = await mountFinder(FEED_URLS.ok);
    expect((await errored).detail.usingSavedCopy).to.equal(true);
    await waitForStatus(second, (t) => t.includes('12 providers'));
  });
});
