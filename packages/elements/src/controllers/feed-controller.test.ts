import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { http, HttpResponse } from 'msw';
import { FEED_URLS, failingAt, fixtures } from '@micro-provider-finder/test/handlers.ts';
import { useFeedWorker } from '@micro-provider-finder/test/helpers/finder.ts';
import type { MpfErrorEvent } from '../events/mpf-error.ts';
import { FeedController } from './feed-controller.ts';

const worker = useFeedWorker();
const timings = { slowAfterMs: 4000, feedTimeoutMs: 5000 };

class FeedHost extends LitElement {
  static override properties = { src: {} };
  src = '';
  readonly feed = new FeedController(this, () => timings);
}
customElements.define('feed-controller-host', FeedHost);

const mount = (src: string) => fixture<FeedHost>(html`<feed-controller-host .src=${src}></feed-controller-host>`);
const providerCount = (host: FeedHost) => host.feed.value?.feed.providers.length;

describe('FeedController', () => {
  it('loads the feed named by the host, with the engine', async () => {
    const host = await mount(FEED_URLS.ok);
    // The first test loads the engine (with the finder's results part) from cold: allow what the finder tests allow.
    await waitUntil(() => providerCount(host) === fixtures.okFeed.providers.length, 'feed loaded', { timeout: 5000 });
    expect(host.feed.engine).to.exist;
    expect(host.feed.value!.savedAt).to.equal(undefined);
  });

  it('reports a failure with mpf-error, then Try again (retry) loads it once it is back', async () => {
    const url = '/test-feeds/flaky.json';
    worker.use(failingAt(url, 503));
    const host = document.createElement('feed-controller-host') as FeedHost;
    const failed = oneEvent(host, 'mpf-error') as Promise<MpfErrorEvent>;
    host.src = url;
    document.body.append(host);
    try {
      const { detail } = await failed;
      expect(detail).to.include({ kind: 'http', status: 503, usingSavedCopy: false });
      await waitUntil(() => host.feed.task.error !== undefined, 'task failed');
      worker.use(http.get(url, () => HttpResponse.json(fixtures.okFeed)));
      host.feed.retry();
      // A reload after a failure waits the retry backoff (about 1 s after one failure).
      await waitUntil(() => providerCount(host) === fixtures.okFeed.providers.length, 'loaded on retry', { timeout: 5000 });
    } finally {
      host.remove();
    }
  });

  it('falls back to the last good copy when the feed fails later', async () => {
    const first = await mount(FEED_URLS.ok);
    await waitUntil(() => providerCount(first) === fixtures.okFeed.providers.length);
    worker.use(failingAt(FEED_URLS.ok, 500));
    const second = await mount(FEED_URLS.ok);
    await waitUntil(() => second.feed.value !== undefined, 'saved copy used');
    expect(providerCount(second)).to.equal(fixtures.okFeed.providers.length);
    expect(second.feed.value!.savedAt).to.be.a('string');
    expect(second.feed.value!.error).to.include({ kind: 'http', usingSavedCopy: true });
  });

  it('reports the records the parser skipped once per feed (mpf-feed-problems)', async () => {
    const host = document.createElement('feed-controller-host') as FeedHost;
    const problems = oneEvent(host, 'mpf-feed-problems');
    host.src = FEED_URLS.badRecords;
    document.body.append(host);
    try {
      const { detail } = await problems;
      expect(detail.problems.some((p: { severity: string }) => p.severity === 'record')).to.equal(true);
    } finally {
      host.remove();
    }
  });

  it('retries a failed load when the browser comes back online', async () => {
    const url = '/test-feeds/offline.json';
    worker.use(failingAt(url, 503));
    const host = await mount(url);
    await waitUntil(() => host.feed.task.error !== undefined, 'first load failed');
    worker.use(http.get(url, () => HttpResponse.json(fixtures.okFeed)));
    window.dispatchEvent(new Event('online'));
    // A reload after a failure waits the retry backoff (about 1 s after one failure).
    await waitUntil(() => providerCount(host) === fixtures.okFeed.providers.length, 'reloaded when online', { timeout: 5000 });
  });
});
