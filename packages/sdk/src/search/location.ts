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
import { coversOrigin, districtTownKeys, providerPoint, townKeyOf } from '../geo/coverage.ts';
import { distanceMiles, roundMiles } from '../geo/distance.ts';
import { outcodeOf, parsePostcode } from '../geo/postcode.ts';
import type { GeoPoint, Origin, OutcodeTable, Provider, SearchQuery } from '../types.ts';

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

/** Miles per radian on the sphere geo/distance.ts uses. */
const EARTH_RADIUS_MILES = 6371.0088 / 1.609344;

/** A point as a unit vector in `out` at `at` (NaN when there is no point). */
function writeUnit(out: Float64Array, at: number, point: GeoPoint | undefined): void {
  if (!point) {
    out[at] = out[at + 1] = out[at + 2] = Number.NaN;
    return;
  }
  const lat = (point.lat * Math.PI) / 180;
  const lng = (point.lng * Math.PI) / 180;
  out[at] = Math.cos(lat) * Math.cos(lng);
  out[at + 1] = Math.cos(lat) * Math.sin(lng);
  out[at + 2] = Math.sin(lat);
}

/**
 * Squared chord length of a great-circle distance of `miles`, widened by a
 * margin far larger than rounding error, so a provider beyond it is certainly
 * further than `miles` (Infinity when every point on Earth is within).
 */
function chordBound2(miles: number): number {
  const half = miles / (2 * EARTH_RADIUS_MILES);
  if (!(half < Math.PI / 2)) return Infinity;
  const chord = 2 * Math.sin(half);
  return chord * chord * (1 + 1e-6) + 1e-9;
}

function addDoc(map: Map<string, number[]>, key: string, doc: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== doc) list.push(doc);
  } else map.set(key, [doc]);
}

/**
 * Every provider's place, read once per feed, so a location search is a few
 * array lookups and one distance per candidate instead of re-reading
 * postcodes and town names for each provider on every search. Gives exactly
 * what {@link placeProvider} gives (its tests are the specification).
 *
 * Use: {@link prepare} once per search, then {@link locate} per provider,
 * then read {@link keep}, {@link miles}, {@link covers}.
 */
export class ProviderPlaces {
  /** After {@link locate}: the provider is kept by the place. */
  keep = true;
  /** After {@link locate}: exact miles from the place, or undefined when either end is unknown. */
  miles: number | undefined;
  /** After {@link locate}: covers the person's area (undefined when the place cannot say, as in placeProvider). */
  covers: boolean | undefined;

  private readonly providers: readonly Provider[];
  private readonly includeUnlocated: boolean;
  private built = false;
  /** Docs per compacted district ("TA1"): their base's postcode district, or one of their areas. */
  private readonly byDistrict = new Map<string, number[]>();
  /** Docs per town key of one of their areas. */
  private readonly byTown = new Map<string, number[]>();
  private unlocatedKeep!: Uint8Array;
  private radius!: Float64Array;
  private points: (GeoPoint | undefined)[] | undefined;
  /** Each point as a unit vector (NaN when none): a chord length bounds the distance without trigonometry. */
  private unit: Float64Array | undefined;
  /** Origin of the current search as a unit vector, and squared chord lengths beyond which a provider cannot be within `maxMiles`. */
  private ox = 0;
  private oy = 0;
  private oz = 0;
  private maxChord2 = Infinity;
  private outcodes: OutcodeTable | undefined;
  /** Generation stamps: doc covers the current place when coverStamp[doc] === stamp. */
  private coverStamp!: Uint32Array;
  private stamp = 0;
  private place: SearchPlace = { kind: 'anywhere' };

  constructor(providers: readonly Provider[], includeUnlocated: boolean, outcodes: OutcodeTable | undefined) {
    this.providers = providers;
    this.includeUnlocated = includeUnlocated;
    this.outcodes = outcodes;
  }

  /** Uses (or replaces) the postcode district table: provider points are read again on next use. */
  useOutcodes(outcodes: OutcodeTable | undefined): void {
    this.outcodes = outcodes;
    this.points = undefined;
    this.unit = undefined;
  }

  /** Sets the place of the current search (providers' places are read on the first search that has one). */
  prepare(place: SearchPlace): void {
    this.place = place;
    if (place.kind === 'anywhere') return;
    this.build();
    if (++this.stamp === 0xffffffff) {
      this.coverStamp.fill(0);
      this.stamp = 1;
    }
    if (place.kind === 'district') {
      this.mark(this.byDistrict.get(place.district));
      return;
    }
    const district = compact(place.origin.district);
    this.mark(this.byDistrict.get(district));
    for (const key of districtTownKeys(district, this.outcodes)) this.mark(this.byTown.get(key));
    if (!this.points) {
      this.points = this.providers.map((p) => providerPoint(p, this.outcodes)?.point);
      this.unit = new Float64Array(this.points.length * 3);
      this.points.forEach((point, doc) => writeUnit(this.unit!, doc * 3, point));
    }
    const origin = new Float64Array(3);
    writeUnit(origin, 0, place.origin);
    [this.ox, this.oy, this.oz] = origin;
    this.maxChord2 = place.maxMiles === undefined ? Infinity : chordBound2(place.maxMiles);
  }

  /** Places one provider for the current search; returns {@link keep}. */
  locate(doc: number): boolean {
    const place = this.place;
    if (place.kind === 'anywhere') {
      this.keep = true;
      this.miles = undefined;
      this.covers = undefined;
      return true;
    }
    const marked = this.coverStamp[doc] === this.stamp;
    if (place.kind === 'district') {
      this.miles = undefined;
      this.covers = marked ? true : undefined;
      this.keep = marked || this.unlocatedKeep[doc] === 1;
      return this.keep;
    }
    const point = this.points![doc];
    const radius = this.radius[doc]!;
    if (!marked && point !== undefined && this.unlocatedKeep[doc] === 0) {
      // Cheap reject: further than maxMiles (and than its own radius) by the chord, with a safety margin;
      // everything else is decided below by the exact distance, as placeProvider decides it.
      const u = this.unit!;
      const dx = u[doc * 3]! - this.ox;
      const dy = u[doc * 3 + 1]! - this.oy;
      const dz = u[doc * 3 + 2]! - this.oz;
      const chord2 = dx * dx + dy * dy + dz * dz;
      if (chord2 > this.maxChord2 && (radius === 0 || chord2 > chordBound2(radius))) {
        this.keep = false;
        this.miles = undefined;
        this.covers = false;
        return false;
      }
    }
    const miles = point ? distanceMiles(place.origin, point) : undefined;
    // Same argument order as geo/coverage.ts, so a provider exactly on its radius is decided the same way.
    const covers = marked || (radius > 0 && point !== undefined && distanceMiles(point, place.origin) <= radius);
    const within = miles !== undefined && (place.maxMiles === undefined || miles <= place.maxMiles);
    this.miles = miles;
    this.covers = covers;
    this.keep = covers || within || this.unlocatedKeep[doc] === 1;
    return this.keep;
  }

  private mark(docs: readonly number[] | undefined): void {
    if (!docs) return;
    for (let k = 0; k < docs.length; k++) this.coverStamp[docs[k]!] = this.stamp;
  }

  private build(): void {
    if (this.built) return;
    this.built = true;
    const n = this.providers.length;
    this.unlocatedKeep = new Uint8Array(n);
    this.radius = new Float64Array(n);
    this.coverStamp = new Uint32Array(n);
    const townKeys = new Map<string, string>();
    for (let doc = 0; doc < n; doc++) {
      const p = this.providers[doc]!;
      if (!hasLocationInfo(p) && (this.includeUnlocated || isRemoteOnly(p))) this.unlocatedKeep[doc] = 1;
      if (typeof p.radiusMiles === 'number' && Number.isFinite(p.radiusMiles) && p.radiusMiles > 0) this.radius[doc] = p.radiusMiles;
      const own = districtOf(p.location?.postcode);
      if (own !== undefined) addDoc(this.byDistrict, own, doc);
      for (const area of p.areas ?? []) {
        addDoc(this.byDistrict, compact(area), doc);
        let key = townKeys.get(area);
        if (key === undefined) townKeys.set(area, (key = townKeyOf(area)));
        if (key !== '') addDoc(this.byTown, key, doc);
      }
    }
  }
}
