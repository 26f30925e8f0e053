/**
 * Where a search is from, and which providers it reaches.
 *
 * - Postcode only (no outcode table, so no point): a provider is kept when
 *   it is based in the person's postcode district or lists it in `areas`.
 * - A point (`origin`, or a postcode resolved through the outcode table):
 *   distance from the provider's point and coverage (areas, towns, radius)
 *   come from `geo/`; `maxMiles` keeps providers within that distance and
 *   always keeps those that cover the area.
 *
 * Providers with no location information at all are kept only when the host
 * sets `includeUnlocated`, or when they work only by phone/online (they can
 * serve anyone); they have no distance and sort last.
 */
import { coversOrigin, providerPoint } from '../geo/coverage.ts';
import { distanceMiles, roundMiles } from '../geo/distance.ts';
import { outcodeOf, parsePostcode } from '../geo/postcode.ts';
import type { Origin, OutcodeTable, Provider, SearchQuery } from '../types.ts';

/** Where the search is from, after reading the query. */
export type SearchPlace =
  | { kind: 'anywhere' }
  | { kind: 'district'; district: string }
  | { kind: 'point'; origin: Origin; maxMiles?: number };

/** How one provider relates to the place searched. */
export interface Placement {
  keep: boolean;
  /** Rounded miles, when both ends are known. */
  distanceMiles?: number;
  /** Exact miles, for ordering by distance. */
  exactMiles?: number;
  coversArea?: boolean;
}

/** "ta1 1aa" -> "TA1"; "TA1" -> "TA1"; undefined when not a postcode or district. */
export function districtOf(postcode: string | undefined): string | undefined {
  return outcodeOf(postcode);
}

/** Reads the place from a query: origin first, then a postcode (resolved to a point when the table knows it). */
export function placeOf(query: SearchQuery, outcodes: OutcodeTable | undefined): SearchPlace {
  if (query.origin) return { kind: 'point', origin: query.origin, maxMiles: query.maxMiles };
  const text = query.postcode?.trim();
  if (!text) return { kind: 'anywhere' };
  const parsed = parsePostcode(text);
  const district = parsed.ok ? parsed.value.outcode : text.replace(/\s+/g, '').toUpperCase();
  const centroid = outcodes?.get(district);
  if (parsed.ok && centroid) {
    const origin: Origin = {
      lat: centroid.lat,
      lng: centroid.lng,
      district,
      postcode: parsed.value.postcode,
      precision: 'district',
    };
    return { kind: 'point', origin, maxMiles: query.maxMiles };
  }
  return { kind: 'district', district };
}

function compact(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** True when the feed says anything about where the provider is or goes. */
export function hasLocationInfo(p: Provider): boolean {
  const l = p.location;
  return Boolean(
    (p.areas && p.areas.length > 0) ||
      (l && (l.postcode || l.town || (typeof l.lat === 'number' && typeof l.lng === 'number'))) ||
      (typeof p.radiusMiles === 'number' && l),
  );
}

/** Works only by phone and/or online, so can serve anyone. */
export function isRemoteOnly(p: Provider): boolean {
  const d = p.delivery ?? [];
  return d.length > 0 && d.every((mode) => mode === 'phone' || mode === 'online');
}

function inDistrict(p: Provider, district: string): boolean {
  if (districtOf(p.location?.postcode) === district) return true;
  return (p.areas ?? []).some((area) => compact(area) === district);
}

/** How a provider relates to the place searched (see the module comment for the rules). */
export function placeProvider(
  p: Provider,
  place: SearchPlace,
  outcodes: OutcodeTable | undefined,
  includeUnlocated: boolean,
): Placement {
  if (place.kind === 'anywhere') return { keep: true };
  const unlocatedKeep = !hasLocationInfo(p) && (includeUnlocated || isRemoteOnly(p));
  if (place.kind === 'district') {
    if (inDistrict(p, place.district)) return { keep: true, coversArea: true };
    return { keep: unlocatedKeep };
  }
  const covers = coversOrigin(p, place.origin, outcodes) || inDistrict(p, compact(place.origin.district));
  const point = providerPoint(p, outcodes);
  const exactMiles = point ? distanceMiles(place.origin, point.point) : undefined;
  const distance = exactMiles === undefined ? undefined : roundMiles(exactMiles);
  const within = place.maxMiles === undefined ? exactMiles !== undefined : exactMiles !== undefined && exactMiles <= place.maxMiles;
  const keep = covers || within || unlocatedKeep;
  return { keep, distanceMiles: distance, exactMiles, coversArea: covers };
}
