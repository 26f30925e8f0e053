/**
 * Remote mode for national-size directories: instead of downloading every service, each
 * search is sent to the Open Referral UK 3.0 API itself
 * (`GET {api}/services?text=&postcode=&proximity=&taxonomy_id=&page=&per_page=`) and the
 * page it returns is converted like any Open Referral feed. The API does the matching and
 * paging, so facet counts are not available (empty) and the order is the API's.
 *
 * Requests go only to `apiUrl` (the host configured it), without cookies or referrer
 * (loadFeed's rules).
 */
import type { Facets, FeedProblem, SearchQuery, SearchResponse, SearchResult } from '../types.ts';
import { loadFeed } from '../feed/load.ts';
import { isOpenReferralFeed } from '../feed/oruk/read.ts';
import { providerPoint } from '../geo/coverage.ts';
import { distanceMiles, roundMiles } from '../geo/distance.ts';
import { FACET_NAMES } from '../search/facets.ts';

const METRES_PER_MILE = 1609.344;

export interface RemoteFinderOptions {
  /** fetch implementation. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** The API's taxonomy term id for each of our support types, sent as `taxonomy_id` when a support filter is chosen. */
  taxonomyIds?: Readonly<Record<string, string>>;
  /** Results per page when the query does not say. Default 10. */
  defaultPageSize?: number;
  /** Give up on one request after this many milliseconds. Default 15,000. */
  timeoutMs?: number;
}

/** The page of results the API returned, with what went wrong converting it. */
export interface RemoteSearchResponse extends SearchResponse {
  /** Same as `total`: the API does not say how close a match is. */
  closeTotal: number;
  problems: FeedProblem[];
}

export interface RemoteFinder {
  /** Sends the query to the API and converts the page it returns. Rejects with a FeedError (or the abort reason). */
  search(query: SearchQuery, options?: { signal?: AbortSignal }): Promise<RemoteSearchResponse>;
  /** The request URL a query becomes (for logging and tests). */
  requestUrl(query: SearchQuery): string;
}

export function createRemoteFinder(apiUrl: string, options: RemoteFinderOptions = {}): RemoteFinder {
  const base = apiUrl.replace(/\/+$/, '');
  const defaultPageSize = Math.min(100, Math.max(1, options.defaultPageSize ?? 10));

  function requestUrl(query: SearchQuery): string {
    const params = new URLSearchParams();
    const text = query.text?.trim();
    if (text) params.set('text', text);
    const postcode = (query.origin?.postcode ?? query.postcode)?.trim();
    if (postcode) {
      params.set('postcode', postcode);
      if (typeof query.maxMiles === 'number' && Number.isFinite(query.maxMiles))
        params.set('proximity', String(Math.round(query.maxMiles * METRES_PER_MILE)));
    }
    const taxonomy = query.support?.map((s) => options.taxonomyIds?.[s]).find((id) => id !== undefined);
    if (taxonomy !== undefined) params.set('taxonomy_id', taxonomy);
    params.set('page', String(Math.max(1, Math.floor(query.page ?? 1))));
    params.set('per_page', String(pageSizeOf(query)));
    return `${base}/services?${params.toString()}`;
  }

  function pageSizeOf(query: SearchQuery): number {
    return Math.min(100, Math.max(1, Math.floor(query.pageSize ?? defaultPageSize)));
  }

  async function search(query: SearchQuery, call: { signal?: AbortSignal } = {}): Promise<RemoteSearchResponse> {
    const loaded = await loadFeed(requestUrl(query), {
      maxPages: 1,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(call.signal ? { signal: call.signal } : {}),
    });
    if (loaded.notModified) throw new Error('unexpected 304 without validators');
    const paging = isOpenReferralFeed(loaded) ? loaded.openReferral.paging : undefined;
    const results: SearchResult[] = loaded.providers.map((provider) => {
      // The API decides what matches; it does not say how closely, so every result counts as close.
      const result: SearchResult = { provider, score: 0, relevanceBand: 0, distanceBand: 0, closeMatch: true };
      const point = providerPoint(provider);
      if (query.origin && point) result.distanceMiles = roundMiles(distanceMiles(query.origin, point.point));
      return result;
    });
    const total = paging?.totalItems ?? results.length;
    return {
      results,
      total,
      closeTotal: total,
      page: paging?.page ?? query.page ?? 1,
      pageSize: pageSizeOf(query),
      facets: Object.fromEntries(FACET_NAMES.map((name) => [name, {}])) as unknown as Facets,
      problems: loaded.problems.filter((p) => p.path !== 'paging'),
    };
  }

  return { search, requestUrl };
}
