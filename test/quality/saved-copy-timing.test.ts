/**
 * The saved copy of a fresh feed is written when the page is next idle (after the first results),
 * or when the same feed loads again first. A finder that has left the page by then saves nothing:
 * a copy must not appear in storage after the page removed the finder and cleared storage itself
 * (this was a flaky failure in provider-finder.test.ts: a copy saved for the previous test's finder
 * turned up in the next test, after its storage had been cleared).
 */
import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { FEED_URLS, failingAt } from '../handlers.ts';
import { mountFinder, useFeedWorker, waitForStatus } from '../helpers/finder.ts';
import type { MpfErrorEvent } from '../../packages/elements/src/events/mpf-error.ts';
import '../../packages/elements/src/define.ts';

const worker = useFeedWorker();

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

  it('is not written for a finder that left the page before it was saved', async () => {
    const first = await mountFinder(FEED_URLS.ok);
    await waitForStatus(first, '12 providers listed');
    expect(held.length, 'a save is waiting').to.be.greaterThan(0);
    first.remove();
    localStorage.clear();
    worker.use(failingAt(FEED_URLS.ok, 500));
    const errored = oneEvent(document, 'mpf-error') as Promise<MpfErrorEvent>;
    await mountFinder(FEED_URLS.ok);
    expect((await errored).detail.usingSavedCopy).to.equal(false);
  });

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
