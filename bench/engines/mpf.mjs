/**
 * Our finder (packages/sdk createFinder), with the query's filters and
 * location passed in, as the element does. Asking for `limit` results is
 * asking for page 1 with pageSize = limit.
 */

/** Results come in pages: asking for all of them costs several searches (see size-worker.mjs). */
export const pagesResults = true;

/** The configuration, printed into results.json and bench/README.md. */
export const config = {
  createFinder: '{ seed, outcodes }',
  search: 'SearchQuery with text, origin, maxMiles, filters; page 1, pageSize = limit',
};

/**
 * Builds the finder.
 * @param {object[]} providers
 * @param {{ sdk: object, seed: number|string, outcodes: object }} ctx
 * @returns {{ search(query: object, limit: number): string[] }}
 */
export function build(providers, ctx) {
  return buildWith(providers, ctx, {});
}

/**
 * Builds the finder with extra createFinder options (engines/mpf-new-place.mjs).
 * @param {object[]} providers
 * @param {{ sdk: object, seed: number|string, outcodes: object }} ctx
 * @param {object} options
 */
export function buildWith(providers, { sdk, seed, outcodes }, options) {
  const finder = sdk.createFinder(providers, { seed, outcodes, ...options });
  return {
    search(query, limit) {
      return collect(finder, query, limit);
    },
    /** The whole filtered candidate set, ignoring text (for the post-filter cross-check). */
    candidates(query, limit) {
      return collect(finder, { ...query, text: undefined }, limit);
    },
  };
}

/** The finder pages at most MAX_PAGE_SIZE results; more (for recall) means reading page after page. */
function collect(finder, query, limit) {
  if (limit <= MAX_PAGE_SIZE) return finder.search(toSearchQuery(query, 1, limit)).results.map((r) => r.provider.id);
  const ids = [];
  for (let page = 1; ids.length < limit; page++) {
    const response = finder.search(toSearchQuery(query, page, MAX_PAGE_SIZE));
    for (const r of response.results) ids.push(r.provider.id);
    if (response.results.length < MAX_PAGE_SIZE || ids.length >= response.total) break;
  }
  return ids.slice(0, limit);
}

/** Largest page the finder serves (packages/sdk/src/search/finder.ts). */
const MAX_PAGE_SIZE = 500;

function toSearchQuery(q, page, pageSize) {
  return {
    text: q.text,
    postcode: q.postcode,
    origin: q.origin,
    maxMiles: q.maxMiles,
    payment: q.payment,
    delivery: q.delivery,
    free: q.free,
    takingNewClients: q.takingNewClients,
    page,
    pageSize,
  };
}
