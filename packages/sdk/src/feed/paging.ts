/**
 * Following the pages of a paged Open Referral API (ORUK 3.0 / HSDS `page_number` /
 * `total_pages`, ORUK 1.0 / Outpost `number` / `totalPages`). loadFeed reads the first
 * page, then this module asks for the rest (`?page=N`, 1-based) in parallel batches,
 * bounded by `maxPages`, and merges them into one feed. It says, as a feed-level problem,
 * when it stopped before the last page or when a page could not be read.
 */
import type { FeedProblem, ParsedFeed, Provider } from '../types.ts';
import { isOpenReferralFeed, summaryProblems, type OpenReferralFeed } from './oruk/read.ts';

/** Paging options of loadFeed. */
export interface PagingOptions {
  /** Most pages of a paged Open Referral API to read, the first included. Default 20; 1 reads only the first. */
  maxPages?: number;
  /** Pages requested at once. Default 4. */
  pageConcurrency?: number;
}

export const DEFAULT_MAX_PAGES = 20;
const DEFAULT_CONCURRENCY = 4;
const FEED_LEVEL = -1;
const SUMMARY_PATHS = new Set(['paging', 'unmapped', 'support']);

/** The URL of page `page` of the list at `url` (sets or replaces `page=`). */
export function pageUrl(url: string, page: number): string {
  // The SDK has no DOM types: a page's address is read only where a host provides one.
  const pageHref = (globalThis as { location?: { href?: unknown } }).location?.href;
  const base = typeof pageHref === 'string' ? pageHref : 'http://localhost/';
  const absolute = new URL(url, base);
  absolute.searchParams.set('page', String(page));
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? absolute.href : `${absolute.pathname}${absolute.search}${absolute.hash}`;
}

/**
 * Reads the pages after `first` (when it is a page of a paged Open Referral list) and
 * returns one merged feed. `readPage` loads and parses one page URL.
 */
export async function followPages(
  first: ParsedFeed,
  url: string,
  readPage: (url: string) => Promise<ParsedFeed>,
  options: PagingOptions & { signal?: AbortSignal } = {},
): Promise<ParsedFeed> {
  if (!isOpenReferralFeed(first) || first.openReferral.paging === undefined) return first;
  const { page: firstPage, totalPages } = first.openReferral.paging;
  const maxPages = Math.max(1, Math.floor(options.maxPages ?? DEFAULT_MAX_PAGES));
  const concurrency = Math.max(1, Math.floor(options.pageConcurrency ?? DEFAULT_CONCURRENCY));
  // One page (or the pages loadFeed itself asks for): the parser's own "page 1 of N" notice stands.
  if (maxPages <= 1 || !(totalPages > firstPage) || !Number.isFinite(totalPages)) return first;
  const lastWanted = Math.min(totalPages, firstPage + maxPages - 1);

  const pages: (ParsedFeed | undefined)[] = [first];
  const failures: string[] = [];
  let ended = false;
  for (let start = firstPage + 1; start <= lastWanted && !ended; start += concurrency) {
    const numbers = [];
    for (let n = start; n < start + concurrency && n <= lastWanted; n++) numbers.push(n);
    const batch = await Promise.all(
      numbers.map((n) =>
        readPage(pageUrl(url, n)).catch((error: unknown) => {
          if (options.signal?.aborted) throw error;
          failures.push(`page ${n} (${error instanceof Error ? error.message : String(error)})`.slice(0, 300));
          return undefined;
        }),
      ),
    );
    for (const page of batch) {
      pages.push(page);
      if (page !== undefined && page.providers.length === 0 && (!isOpenReferralFeed(page) || page.openReferral.servicesIn === 0))
        ended = true;
    }
  }
  const lastRead = firstPage + pages.length - 1;
  return merge(first, pages, { firstPage, lastRead, totalPages, maxPages, failures, ended });
}

function merge(
  first: OpenReferralFeed,
  pages: (ParsedFeed | undefined)[],
  how: { firstPage: number; lastRead: number; totalPages: number; maxPages: number; failures: string[]; ended: boolean },
): OpenReferralFeed {
  const providers: Provider[] = [];
  const records: FeedProblem[] = [];
  const seen = new Map<string, number>();
  const unmapped: Record<string, number> = {};
  let servicesIn = 0;
  let withoutSupport = 0;
  for (const page of pages) {
    if (page === undefined) continue;
    const offset = servicesIn;
    const info = isOpenReferralFeed(page) ? page.openReferral : undefined;
    for (const problem of page.problems) if (problem.index !== FEED_LEVEL) records.push({ ...problem, index: problem.index + offset });
    for (const provider of page.providers) {
      const earlier = seen.get(provider.id);
      if (earlier !== undefined) {
        // Lists can shift between page requests, repeating a service: keep the first.
        records.push({
          index: FEED_LEVEL,
          id: provider.id,
          path: 'id',
          message: `id: "${provider.id}" appears on more than one page, later copy skipped`,
          severity: 'record',
        });
        continue;
      }
      seen.set(provider.id, providers.length);
      providers.push(provider);
    }
    servicesIn += info?.servicesIn ?? page.providers.length;
    withoutSupport += info?.withoutSupport ?? 0;
    for (const [path, count] of Object.entries(info?.unmapped ?? {})) unmapped[path] = (unmapped[path] ?? 0) + count;
  }
  const feedLevel = first.problems.filter((p) => p.index === FEED_LEVEL && !SUMMARY_PATHS.has(p.path));
  const paging: FeedProblem[] = [];
  const total = first.openReferral.paging?.totalItems;
  if (how.lastRead < how.totalPages && !how.ended) {
    paging.push({
      index: FEED_LEVEL,
      path: 'paging',
      message: `paging: stopped after page ${how.lastRead} of ${how.totalPages} (maxPages ${how.maxPages})${total === undefined ? '' : `; ${servicesIn} of ${total} services read`}`,
      severity: 'field',
    });
  }
  for (const failure of how.failures) {
    paging.push({
      index: FEED_LEVEL,
      path: 'paging',
      message: `paging: ${failure} could not be read; its services are missing`,
      severity: 'field',
    });
  }
  const summaries = summaryProblems(undefined, unmapped, withoutSupport, servicesIn);
  return {
    meta: first.meta,
    providers,
    problems: [
      ...feedLevel,
      ...paging,
      ...summaries,
      ...records.filter((p) => p.index === FEED_LEVEL),
      ...records.filter((p) => p.index !== FEED_LEVEL),
    ],
    openReferral: {
      ...first.openReferral,
      servicesIn,
      unmapped,
      withoutSupport,
      paging: { ...first.openReferral.paging!, page: how.firstPage },
    },
  };
}
