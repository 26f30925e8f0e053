/**
 * The filters and location limit of a query, applied after text search for
 * the peer engines (MiniSearch, Fuse.js), which have no notion of them.
 *
 * Semantics follow SearchQuery in packages/sdk/src/types.ts: a list filter
 * matches when the provider has ANY chosen value; `free` and
 * `takingNewClients` must be true; with `origin` and `maxMiles`, a provider
 * passes when its point is within `maxMiles` OR it covers the person's area
 * (the SDK's own `coversOrigin` and `providerPoint` are reused, so location
 * means exactly the same for every engine). run.mjs cross-checks this against
 * our finder's no-text candidate set and reports any disagreement.
 */

/**
 * Builds a predicate for one prepared query.
 * @param {object} query prepared query: filters plus a resolved `origin`
 * @param {{coversOrigin: Function, providerPoint: Function, distanceMiles: Function}} geo SDK geo helpers
 * @param {object} outcodes the outcode table
 * @returns {(p: object) => boolean}
 */
export function makePostFilter(query, geo, outcodes) {
  const anyOf = (values, chosen) => !chosen?.length || (values ?? []).some((v) => chosen.includes(v));
  const { origin, maxMiles } = query;
  return (p) => {
    if (!anyOf(p.support, query.support)) return false;
    if (!anyOf(p.whoFor, query.whoFor)) return false;
    if (!anyOf(p.delivery, query.delivery)) return false;
    if (!anyOf(p.payment, query.payment)) return false;
    if (query.free && p.cost?.free !== true) return false;
    if (query.takingNewClients && p.takingNewClients !== true) return false;
    if (origin && typeof maxMiles === 'number') {
      const base = geo.providerPoint(p, outcodes);
      const near = base !== undefined && geo.distanceMiles(base.point, origin) <= maxMiles;
      if (!near && !geo.coversOrigin(p, origin, outcodes)) return false;
    }
    return true;
  };
}
