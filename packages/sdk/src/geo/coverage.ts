/**
 * Where a provider is, and whether it reaches the person searching.
 *
 * Privacy rule: a home-based provider (`location.private: true`) is only ever
 * placed at its postcode-district centroid, never at its exact coordinates,
 * so nothing computed here can reveal someone's home.
 */
import type { GeoPoint, Origin, OutcodeTable, Provider } from '../types.ts';
import { distanceMiles } from './distance.ts';
import { feedOutcodeOf } from './feed-outcode.ts';

/** Where a provider is taken to be, and how precisely. */
export interface ProviderPoint {
  point: GeoPoint;
  /** "exact": the feed's own coordinates. "district": the postcode-district centroid (approximate). */
  precision: 'exact' | 'district';
}

/**
 * An outcode table that also knows each district's main town. The table from
 * `loadOutcodeTable()` has this; a host's own table may not (then towns in
 * `areas` simply never match).
 */
export interface OutcodeTableWithTowns extends OutcodeTable {
  /** Main town of a district as the data names it, e.g. "Taunton" for TA1. */
  town(outcode: string): string | undefined;
}

/**
 * The point to measure a provider's distance from.
 *
 * - Public base with lat/lng in the feed: those coordinates (`exact`).
 * - Home-based (`location.private`): ALWAYS the district centroid of
 *   `location.postcode`, even when the feed has exact coordinates.
 * - Otherwise the district centroid of `location.postcode`, when `outcodes` is given.
 *
 * Undefined when the provider has no usable location (or the table is needed and missing).
 */
export function providerPoint(p: Provider, outcodes?: OutcodeTable): ProviderPoint | undefined {
  const found = writeProviderPoint(p, outcodes, scratchPoint, 0);
  if (found === NO_POINT) return undefined;
  return { point: { lat: scratchPoint[0]!, lng: scratchPoint[1]! }, precision: found === EXACT_POINT ? 'exact' : 'district' };
}

const scratchPoint = new Float64Array(2);
/** What {@link writeProviderPoint} found. */
export const NO_POINT = 0;
export const EXACT_POINT = 1;
export const DISTRICT_POINT = 2;

/**
 * {@link providerPoint} without making objects (a finder reads every provider's point at once): writes the
 * point's latitude and longitude to out[at] and out[at + 1] and says which kind it is, or {@link NO_POINT}
 * (writing nothing).
 */
export function writeProviderPoint(p: Provider, outcodes: OutcodeTable | undefined, out: Float64Array, at: number): number {
  const location = p.location;
  if (!location) return NO_POINT;
  if (!location.private && isCoordinate(location.lat, location.lng)) {
    out[at] = location.lat;
    out[at + 1] = location.lng as number;
    return EXACT_POINT;
  }
  const district = feedOutcodeOf(location.postcode);
  const centroid = district === undefined ? undefined : outcodes?.get(district);
  if (!centroid) return NO_POINT;
  out[at] = centroid.lat;
  out[at + 1] = centroid.lng;
  return DISTRICT_POINT;
}

/**
 * True when the provider says it covers the person's area:
 * - one of its `areas` is the person's postcode district (any case or spacing: "ta 1" = "TA1"), or
 * - one of its `areas` is the town the outcode table gives for that district
 *   (case, accents and punctuation ignored; needs a table with towns), or
 * - its `radiusMiles` from {@link providerPoint} reaches the person's point.
 *
 * Pass the loaded outcode table: without it only district names and exact,
 * public coordinates can be used.
 */
export function coversOrigin(p: Provider, origin: Origin, outcodes?: OutcodeTable): boolean {
  const district = compactDistrict(origin.district);
  const townKeys = districtTownKeys(district, outcodes);
  for (const area of p.areas ?? []) {
    if (compactDistrict(area) === district) return true;
    if (townKeys.includes(townKeyOf(area))) return true;
  }
  if (typeof p.radiusMiles === 'number' && Number.isFinite(p.radiusMiles) && p.radiusMiles > 0) {
    const base = providerPoint(p, outcodes);
    if (base && distanceMiles(base.point, origin) <= p.radiusMiles) return true;
  }
  return false;
}

function isCoordinate(lat: number | undefined, lng: number | undefined): lat is number {
  return (
    typeof lat === 'number' &&
    typeof lng === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
  );
}

function hasTowns(table: OutcodeTable | undefined): table is OutcodeTableWithTowns {
  return typeof (table as Partial<OutcodeTableWithTowns> | undefined)?.town === 'function';
}

/** Keys of the district's town names: the data lists some as "Douglas, Braddan". Shared with geo/location.ts. */
export function districtTownKeys(district: string, outcodes: OutcodeTable | undefined): string[] {
  const town = hasTowns(outcodes) ? outcodes.town(district) : undefined;
  const keys = (town ?? '')
    .split(',')
    .map(townKeyOf)
    .filter((key) => key !== '');
  // A council name as an area ("South Gloucestershire") covers its districts: see local-authorities.ts.
  const councils = (outcodes as { areaKeys?: (outcode: string) => readonly string[] } | undefined)?.areaKeys?.(district);
  return councils === undefined || councils.length === 0 ? keys : [...keys, ...councils];
}

/** Text all in ASCII, and in it runs of anything but lower-case letters and digits (search/normalise.ts folds the same way). */
const ASCII_ONLY = /^[\0-\x7f]*$/;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

/** "ta 1" -> "TA1": districts compare without spaces or case. */
function compactDistrict(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** "Llanfair-ym-Muallt", "llanfair ym muallt" and "LLANFAIR YM MUALLT" share one key; so do "Ystradgynlais" and "Ystradgynláis". Shared with geo/location.ts. */
export function townKeyOf(value: string): string {
  // ASCII has nothing to decompose or strip, and its letters and digits are [a-z0-9] once lowercased (see ASCII_ONLY).
  if (ASCII_ONLY.test(value)) return value.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
