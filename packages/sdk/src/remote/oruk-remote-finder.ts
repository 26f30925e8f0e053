/**
 * Remote mode for national-size directories: instead of downloading every service, each
 * search is sent to the Open Referral UK 3.0 API itself
 * (`GET {api}/services?text=&postcode=&proximity=&taxonomy_id=&page=&per_page=`) and the
 * page it returns is converted like any Open Referral feed. One service (a shared shortlist's
 * provider not shown in this visit) is `GET {api}/services/{id}`. The API does the matching and
 * paging, so facet counts are not available (empty) and the order is the API's.
 *
 * Requests go only to `apiUrl` (the host configured it), without cookies or referrer
 * (loadFeed's rules).
 */
import type { Facets, FeedProblem, SearchQuery, SearchResponse, SearchResult } from '../types.ts';
import type { Provider } from '../types.ts';
import { isFeedError } from '../feed/errors.ts';
import { loadFeed, type FreshFeed } from '../feed/load.ts';
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
  /**
   * One service by its id (`GET {api}/services/{id}`), converted; undefined when the API says it
   * is not there (404 or 410) or it was skipped as closed for good. Rejects with a FeedError when
   * the API cannot be reached (or the abort reason).
   */
  provider(id: string, options?: { signal?: AbortSignal }): Promise<Provider | undefined>;
  /**
   * Several services by id (a shared shortlist), in the order asked, leaving out those not there:
   * at most {@link MAX_SERVICES_BY_ID} ids (a crafted link cannot make hundreds of requests), a few
   * requests at a time. Rejects as `provider()` does if any request cannot be made.
   */
  providers(ids: readonly string[], options?: { signal?: AbortSignal }): Promise<Provider[]>;
  /** The request URL a query becomes (for logging and tests). */
  requestUrl(query: SearchQuery): string;
}

/** Most services `providers()` asks for (a shortlist is a handful; the rest of a longer list is ignored). */
export const MAX_SERVICES_BY_ID = 50;
/** Requests `providers()` has in flight at once (what browsers allow per origin, less one for the page). */
const PARALLEL_REQUESTS = 5;

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

  /** One request to the API: loadFeed's rules (no cookies, no referrer, timeout), one page only. */
  async function load(url: string, call: { signal?: AbortSignal }): Promise<FreshFeed> {
    const loaded = await loadFeed(url, {
      maxPages: 1,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(call.signal ? { signal: call.signal } : {}),
    });
    if (loaded.notModified) throw new Error('unexpected 304 without validators');
    return loaded;
  }

  async function provider(id: string, call: { signal?: AbortSignal } = {}): Promise<Provider | undefined> {
    try {
      const loaded = await load(`${base}/services/${encodeURIComponent(id)}`, call);
      return loaded.providers.find((p) => p.id === id);
    } catch (error) {
      if (isFeedError(error) && error.kind === 'http' && (error.status === 404 || error.status === 410)) return undefined;
      throw error;
    }
  }

  async function providers(ids: readonly string[], call: { signal?: AbortSignal } = {}): Promise<Provider[]> {
    const wanted = [...new Set(ids)].slice(0, MAX_SERVICES_BY_ID);
    const found: (Provider | undefined)[] = [];
    for (let start = 0; start < wanted.length; start += PARALLEL_REQUESTS) {
      const batch = wanted.slice(start, start + PARALLEL_REQUESTS);
      found.push(...(await Promise.all(batch.map((id) => provider(id, call)))));
    }
    return found.filter((p): p is Provider => p !== undefined);
  }

  async function search(query: SearchQuery, call: { signal?: AbortSignal } = {}): Promise<RemoteSearchResponse> {
    const loaded = await load(requestUrl(query), call);
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

  return { search, provider, providers, requestUrl };
}
