/**
 * msw handlers, one per feed scenario, all under /test-feeds/. The fixture
 * feeds in fixtures/feeds/ are small and fictional. Start a worker with
 * `setupWorker(...allFeeds)` (or add one with `worker.use(feedOk)`).
 */
import { delay, http, HttpResponse } from 'msw';
import badRecordsFeed from './fixtures/feeds/bad-records.json';
import emptyFeed from './fixtures/feeds/empty.json';
import hostileFeed from './fixtures/feeds/hostile.json';
import okFeed from './fixtures/feeds/ok.json';

/** Where each scenario is served. */
export const FEED_URLS = {
  ok: '/test-feeds/ok.json',
  empty: '/test-feeds/empty.json',
  serverError: '/test-feeds/server-error.json',
  malformed: '/test-feeds/malformed.json',
  slow: '/test-feeds/slow.json',
  badRecords: '/test-feeds/bad-records.json',
  hostile: '/test-feeds/hostile.json',
} as const;

/** 12 fictional providers around Taunton, Bridgwater, Yeovil, Minehead and Brecon. */
export const feedOk = http.get(FEED_URLS.ok, () => HttpResponse.json(okFeed));
/** A valid feed with no providers. */
export const feedEmpty = http.get(FEED_URLS.empty, () => HttpResponse.json(emptyFeed));
/** HTTP 500. */
export const feedServerError = http.get(FEED_URLS.serverError, () => new HttpResponse('Internal Server Error', { status: 500 }));
/** An HTML page where JSON was expected. */
export const feedMalformed = http.get(
  FEED_URLS.malformed,
  () => new HttpResponse('<!doctype html><title>Oops</title><p>Not JSON', { headers: { 'Content-Type': 'text/html' } }),
);
/** Never answers: for the loading state and for aborting stale requests. */
export const feedSlow = http.get(FEED_URLS.slow, async () => {
  await delay('infinite');
  return HttpResponse.json(okFeed);
});
/** Four good records and three the parser must skip. */
export const feedWithBadRecords = http.get(FEED_URLS.badRecords, () => HttpResponse.json(badRecordsFeed));
/** Markup and script in every text field, and javascript:/data: links. */
export const feedHostile = http.get(FEED_URLS.hostile, () => HttpResponse.json(hostileFeed));

/** Every scenario above. */
export const allFeeds = [feedOk, feedEmpty, feedServerError, feedMalformed, feedSlow, feedWithBadRecords, feedHostile];

/** Makes `url` answer HTTP `status` (e.g. to fail a feed that loaded before). */
export const failingAt = (url: string, status = 503) => http.get(url, () => new HttpResponse(null, { status }));

/** The fixture feeds, for assertions. */
export const fixtures = { okFeed, emptyFeed, badRecordsFeed, hostileFeed };
