/**
 * The filters and location limit of a query, applied after text search for
 * the peer engines (MiniSearch, Fuse.js), which have no notion of them.
 *
 * Semantics follow SearchQuery (packages/sdk/src/types.ts) and the finder's
 * placement rules (packages/sdk/src/geo/location.ts):
 * - a list filter matches when the provider has ANY chosen value;
 *   `free` and `takingNewClients` must be true;
 * - with an `origin`, a provider is kept when it covers the person's area
 *   (SDK `coversOrigin`: areas, town, radius), is based in or lists the
 *   person's district, is within `maxMiles` of its point (SDK `providerPoint`),
 *   or has no location at all and works only by phone/online.
 * run.mjs cross-checks this against our finder's no-text candidate set for
 * every query and reports any disagreement (`search.postFilterMismatches`).
 */

const compact = (value) => String(value).replace(/\s+/g, '').toUpperCase();

/**
 * Builds a predicate for one prepared query.
 * @param {object} query prepared query: filters plus a resolved `origin`
 * @param {{coversOrigin: Function, providerPoint: Function, distanceMiles: Function, parsePostcode: Function}} sdk SDK helpers
 * @param {object} outcodes the outcode table
 * @returns {(p: object) => boolean}
 */
export function makePostFilter(query, sdk, outcodes) {
  const anyOf = (values, chosen) => !chosen?.length || (values ?? []).some((v) => chosen.includes(v));
  const { origin, maxMiles } = query;
  const district = origin ? compact(origin.district) : undefined;
  const districtOf = (postcode) => {
    if (!postcode) return undefined;
    const parsed = sdk.parsePostcode(postcode);
    return parsed.ok ? parsed.value.outcode : undefined;
  };
  const reaches = (p) => {
    if (sdk.coversOrigin(p, origin, outcodes)) return true;
    if (districtOf(p.location?.postcode) === district || (p.areas ?? []).some((a) => compact(a) === district)) return true;
    const base = sdk.providerPoint(p, outcodes);
    if (base) return maxMiles === undefined || sdk.distanceMiles(origin, base.point) <= maxMiles;
    return !hasLocationInfo(p) && isRemoteOnly(p);
  };
  return (p) => {
    if (!anyOf(p.support, query.support)) return false;
    if (!anyOf(p.whoFor, query.whoFor)) return false;
    if (!anyOf(p.delivery, query.delivery)) return false;
    if (!anyOf(p.payment, query.payment)) return false;
    if (query.free && p.cost?.free !== true) return false;
    if (query.takingNewClients && p.takingNewClients !== true) return false;
    return origin ? reaches(p) : true;
  };
}

function hasLocationInfo(p) {
  const l = p.location;
  return Boolean(
    p.areas?.length ||
    (l && (l.postcode || l.town || (typeof l.lat === 'number' && typeof l.lng === 'number'))) ||
    (typeof p.radiusMiles === 'number' && l),
  );
}

function isRemoteOnly(p) {
  const d = p.delivery ?? [];
  return d.length > 0 && d.every((mode) => mode === 'phone' || mode === 'online');
}
