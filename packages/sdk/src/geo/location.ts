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
import { NO_POINT, districtTownKeys, townKeyOf, writeProviderPoint } from './coverage.ts';
import { feedOutcodeOf } from './feed-outcode.ts';
import { parsePostcode } from './postcode.ts';
import type { GeoPoint, Origin, OutcodeTable, Provider, SearchQuery } from '../types.ts';

/** Where the search is from, after reading the query. */
export type SearchPlace =
  { kind: 'anywhere' } | { kind: 'district'; district: string } | { kind: 'point'; origin: Origin; maxMiles?: number };

/** "ta1 1aa" -> "TA1"; "TA1" -> "TA1"; undefined when not a postcode or district. */
export function districtOf(postcode: string | undefined): string | undefined {
  return feedOutcodeOf(postcode);
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

/** Miles per radian on the sphere geo/distance.ts uses. */
const EARTH_RADIUS_MILES = 6371.0088 / 1.609344;

/** A point (degrees) as a unit vector in `out` at `at`. */
function writeUnit(out: Float64Array, at: number, latDegrees: number, lngDegrees: number): void {
  const lat = (latDegrees * Math.PI) / 180;
  const lng = (lngDegrees * Math.PI) / 180;
  out[at] = Math.cos(lat) * Math.cos(lng);
  out[at + 1] = Math.cos(lat) * Math.sin(lng);
  out[at + 2] = Math.sin(lat);
}

/**
 * Squared chord length of a great-circle distance of `miles`, widened by a
 * margin far larger than rounding error, so a provider beyond it is certainly
 * further than `miles` (Infinity when every point on Earth is within).
 */
export function chordBound2(miles: number): number {
  const half = miles / (2 * EARTH_RADIUS_MILES);
  if (!(half < Math.PI / 2)) return Infinity;
  const chord = 2 * Math.sin(half);
  return chord * chord * (1 + 1e-6) + 1e-9;
}

/** The same narrowed the other way: a provider within it is certainly within `miles` (-1 when nothing is certain). */
export function chordInner2(miles: number): number {
  const half = miles / (2 * EARTH_RADIUS_MILES);
  if (!(half < Math.PI / 2)) return -1;
  const chord = 2 * Math.sin(half);
  return chord * chord * (1 - 1e-6) - 1e-9;
}

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
const KM_PER_MILE = 1.609344;
const EARTH_RADIUS_KM = 6371.0088;

/** Grid cell size in degrees: about 7 miles north-south, 6.5 east-west in Britain. */
const CELL_LAT = 0.1;
const CELL_LNG = 0.15;
/** Miles per degree of latitude, rounded down (so a box in degrees is never too small). */
const MILES_PER_DEGREE = 68;

/**
 * Upper limits (miles) of the radius classes a point search reads separately: class c holds providers whose
 * `radiusMiles` is at most RADIUS_CLASS_MILES[c] (0: no radius), the last class any larger radius.
 */
const RADIUS_CLASS_MILES: readonly number[] = [0, 5, 10, 20, 40];

/** Districts whose town keys a finder keeps at most (a search names one; this bounds what odd input can fill). */
const MAX_TOWN_KEYS = 1024;

/** Key of a grid cell (row, column), unique for columns within +-5,000 cells of 0. */
function cellKey(row: number, col: number): number {
  return row * 10_000 + col;
}

/** What an entry of a provider's `areas` names, read once per distinct spelling. */
interface AreaKeys {
  /** The area as a compacted district ("ta 1" -> "TA1"). */
  district: string;
  /** Its town key ('' when none). */
  town: string;
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
 * postcodes and town names for each provider on every search. The rules are
 * the module comment's; the finder's location tests and the bench's
 * brute-force reference (bench/lib/reference.mjs) check them.
 *
 * Use: {@link prepare} once per search, then optionally {@link reachable} (the
 * only providers the place can keep, so a search need not look at the rest),
 * then {@link locate} per provider, then read {@link keep}, {@link miles},
 * {@link covers}.
 */
export class ProviderPlaces {
  /** After {@link locate}: the provider is kept by the place. */
  keep = true;
  /**
   * After {@link locate}: exact miles from the place, or undefined when either end is unknown.
   * Worked out when first read (most providers a search looks at are decided by cheap bounds
   * and then dropped by a filter, and never need it).
   */
  get miles(): number | undefined {
    if (this.milesDoc !== this.locatedDoc) {
      this.milesDoc = this.locatedDoc;
      this.milesValue = this.locatedDoc < 0 ? undefined : this.exactMiles(this.locatedDoc);
    }
    return this.milesValue;
  }
  /** After {@link locate}: covers the person's area (undefined when the place cannot say: a district search, or no place). */
  covers: boolean | undefined;
  /**
   * After {@link locate} in a point search: the squared chord between the unit vectors of the place
   * and the provider's point (NaN when it has none); compare with {@link chordBound2} and
   * {@link chordInner2} to bound the distance without trigonometry.
   */
  chord2 = Number.NaN;

  /** The doc {@link locate} last placed for a point search (-1: none, or not a point search), and its miles once read. */
  private locatedDoc = -1;
  private milesDoc = -1;
  private milesValue: number | undefined;
  /** Each point's latitude in radians and its cosine (NaN when none), for {@link exactMiles}. */
  private cosLat: Float64Array | undefined;
  /** Squared chord within which a provider certainly is within `maxMiles` (-1: never certain). */
  private minChord2 = -1;
  /**
   * Per doc, the id of its `radiusMiles` among the feed's distinct radii (0: none), so the per-provider
   * table is 2 bytes, not three numbers (radii are few: a search reads less memory, and building touches
   * less fresh memory). By id: the radius, and squared chords beyond / within which it certainly does
   * not / does reach.
   */
  private radiusId!: Uint16Array | Uint32Array;
  private radiusMilesOf: number[] = [0];
  private radiusOuter2Of: number[] = [Infinity];
  private radiusInner2Of: number[] = [-1];
  /** cos(latitude) of the current origin. */
  private originCos = 0;
  private origin: GeoPoint = { lat: 0, lng: 0 };
  private readonly providers: readonly Provider[];
  private readonly includeUnlocated: boolean;
  private built = false;
  /** Docs per compacted district ("TA1"): their base's postcode district, or one of their areas. */
  private readonly byDistrict = new Map<string, number[]>();
  /** Docs per town key of one of their areas. */
  private readonly byTown = new Map<string, number[]>();
  private unlocatedKeep!: Uint8Array;
  /** Each provider's point (see geo/coverage.ts providerPoint): latitude and longitude in degrees at 2 * doc (NaN when none). */
  private points: Float64Array | undefined;
  /** Each point as a unit vector (NaN when none): a chord length bounds the distance without trigonometry. */
  private unit: Float64Array | undefined;
  /** Origin of the current search as a unit vector, and squared chord lengths beyond which a provider cannot be within `maxMiles`. */
  private ox = 0;
  private oy = 0;
  private oz = 0;
  private maxChord2 = Infinity;
  private outcodes: OutcodeTable | undefined;
  /** {@link townKeysOf}'s answers for the current table. */
  private readonly townKeys = new Map<string, readonly string[]>();
  /** Generation stamps: doc covers the current place when coverStamp[doc] === stamp. */
  private coverStamp!: Uint32Array;
  private stamp = 0;
  private place: SearchPlace = { kind: 'anywhere' };
  /**
   * Docs with a point, by radius class (see {@link RADIUS_CLASS_MILES}) and then grid cell of the point: a
   * point search reads only the cells near it, and only as far out as each class's providers can reach
   * (a few 30-mile radii no longer make a 10-mile search read every provider within 30 miles).
   */
  private grids: Map<number, Int32Array>[] | undefined;
  /** Per radius class: the largest `radiusMiles` in it (0 for providers with no radius). */
  private classRadius: number[] = [];
  /** Docs kept with no location at all (see the module comment): every place can keep them. */
  private alwaysDocs!: Int32Array;
  /** {@link reachable}'s output buffer and its de-duplication bits (bit d of the set: doc d is in it). */
  private reach!: Int32Array;
  private seenBits!: Int32Array;

  constructor(providers: readonly Provider[], includeUnlocated: boolean, outcodes: OutcodeTable | undefined) {
    this.providers = providers;
    this.includeUnlocated = includeUnlocated;
    this.outcodes = outcodes;
  }

  /** Uses (or replaces) the postcode district table: provider points are read again on next use. */
  useOutcodes(outcodes: OutcodeTable | undefined): void {
    this.outcodes = outcodes;
    this.townKeys.clear();
    this.points = undefined;
    this.unit = undefined;
    this.grids = undefined;
    this.cosLat = undefined;
  }

  /** Sets the place of the current search (providers' places are read on the first search that has one). */
  prepare(place: SearchPlace): void {
    this.place = place;
    this.locatedDoc = -1;
    this.milesDoc = -1;
    this.milesValue = undefined;
    if (place.kind === 'anywhere') return;
    this.build(place.kind === 'point');
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
    for (const key of this.townKeysOf(district)) this.mark(this.byTown.get(key));
    if (!this.points) this.readPoints();
    const origin = new Float64Array(3);
    writeUnit(origin, 0, place.origin.lat, place.origin.lng);
    [this.ox, this.oy, this.oz] = origin;
    this.maxChord2 = place.maxMiles === undefined ? Infinity : chordBound2(place.maxMiles);
    this.minChord2 = place.maxMiles === undefined ? Infinity : chordInner2(place.maxMiles);
    this.origin = place.origin;
    this.originCos = Math.cos(toRadians(place.origin.lat));
  }

  /** Places one provider for the current search; returns {@link keep}. */
  locate(doc: number): boolean {
    const place = this.place;
    if (place.kind === 'anywhere') {
      this.keep = true;
      this.locatedDoc = -1;
      this.covers = undefined;
      return true;
    }
    const marked = this.coverStamp[doc] === this.stamp;
    if (place.kind === 'district') {
      this.locatedDoc = -1;
      this.covers = marked ? true : undefined;
      this.keep = marked || this.unlocatedKeep[doc] === 1;
      return this.keep;
    }
    this.locatedDoc = doc;
    const u = this.unit!;
    if (u[doc * 3] !== u[doc * 3]) {
      // No point (NaN): no distance, and a radius without a point never covers anyone.
      this.chord2 = Number.NaN;
      this.covers = marked;
      this.keep = marked || this.unlocatedKeep[doc] === 1;
      return this.keep;
    }
    // The squared chord to the origin bounds the distance without trigonometry; only a provider
    // too close to a limit to tell is measured exactly, by the same haversine as geo/distance.ts.
    const dx = u[doc * 3]! - this.ox;
    const dy = u[doc * 3 + 1]! - this.oy;
    const dz = u[doc * 3 + 2]! - this.oz;
    const chord2 = dx * dx + dy * dy + dz * dz;
    this.chord2 = chord2;
    let covers = marked;
    const radius = this.radiusId[doc]!;
    if (!covers && radius !== 0) {
      if (chord2 <= this.radiusInner2Of[radius]!) covers = true;
      else if (chord2 <= this.radiusOuter2Of[radius]!) covers = this.miles! <= this.radiusMilesOf[radius]!; // symmetric: same as coverage.ts's order
    }
    let within: boolean;
    if (place.maxMiles === undefined || chord2 <= this.minChord2) within = true;
    else if (chord2 > this.maxChord2) within = false;
    else within = this.miles! <= place.maxMiles;
    this.covers = covers;
    this.keep = covers || within || this.unlocatedKeep[doc] === 1;
    return this.keep;
  }

  /** geo/distance.ts's distanceMiles(origin, point of doc), step for step (so bit for bit), with the point's cosine read once per feed. */
  private exactMiles(doc: number): number | undefined {
    const points = this.points!;
    const lat = points[doc * 2]!;
    if (lat !== lat) return undefined;
    const a = this.origin;
    const dLat = toRadians(lat - a.lat);
    const dLng = toRadians(points[doc * 2 + 1]! - a.lng);
    const h = Math.sin(dLat / 2) ** 2 + this.originCos * this.cosLat![doc]! * Math.sin(dLng / 2) ** 2;
    const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    return km / KM_PER_MILE;
  }

  /**
   * After {@link prepare}: every provider the current place can keep (those
   * it covers, those whose point lies in the grid cells within `maxMiles`, or
   * within the largest radius of any provider, and those kept with no
   * location), each once, in no particular order; a superset that
   * {@link locate} then decides exactly. Undefined when the place can keep
   * anyone (no place, or no `maxMiles`). The array is reused by the next call.
   */
  reachable(): Int32Array | undefined {
    const place = this.place;
    if (place.kind === 'anywhere' || (place.kind === 'point' && place.maxMiles === undefined)) return undefined;
    const seenBits = this.seenBits.fill(0);
    const reach = this.reach;
    let count = 0;
    const add = (docs: ArrayLike<number> | undefined) => {
      if (!docs) return;
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k]!;
        const bit = 1 << (doc & 31);
        if ((seenBits[doc >>> 5]! & bit) !== 0) continue;
        seenBits[doc >>> 5]! |= bit;
        reach[count++] = doc;
      }
    };
    add(this.alwaysDocs);
    if (place.kind === 'district') {
      add(this.byDistrict.get(place.district));
      return this.ascending(count);
    }
    const district = compact(place.origin.district);
    add(this.byDistrict.get(district));
    for (const key of this.townKeysOf(district)) add(this.byTown.get(key));
    const grids = this.grids!;
    for (let c = 0; c < grids.length; c++) {
      const grid = grids[c]!;
      if (grid.size === 0) continue;
      const miles = Math.max(place.maxMiles!, this.classRadius[c]!);
      const dLat = miles / MILES_PER_DEGREE;
      const edge = Math.abs(place.origin.lat) + dLat;
      // Beyond 80 degrees a degree of longitude is too short for a box: look at every cell instead.
      const dLng = edge < 80 ? dLat / Math.cos((edge * Math.PI) / 180) : 360;
      const rowFrom = Math.floor((place.origin.lat - dLat) / CELL_LAT);
      const rowTo = Math.floor((place.origin.lat + dLat) / CELL_LAT);
      if (dLng >= 180 || (rowTo - rowFrom + 1) * ((2 * dLng) / CELL_LNG + 2) > grid.size) {
        for (const docs of grid.values()) add(docs);
      } else {
        const colFrom = Math.floor((place.origin.lng - dLng) / CELL_LNG);
        const colTo = Math.floor((place.origin.lng + dLng) / CELL_LNG);
        for (let row = rowFrom; row <= rowTo; row++) {
          for (let col = colFrom; col <= colTo; col++) add(grid.get(cellKey(row, col)));
        }
      }
    }
    return this.ascending(count);
  }

  /**
   * The `count` docs {@link reachable} found, in ascending doc order: the search then reads every
   * per-provider array front to back instead of jumping about (at 100,000 providers those arrays do not
   * fit in cache). A large set is read back from the bit set (one bit per provider), a small one sorted.
   */
  private ascending(count: number): Int32Array {
    const reach = this.reach;
    if (count * 32 < this.providers.length) return reach.subarray(0, count).sort();
    const seenBits = this.seenBits;
    let at = 0;
    for (let word = 0; word < seenBits.length; word++) {
      for (let bits = seenBits[word]!; bits !== 0; bits &= bits - 1) reach[at++] = (word << 5) | (31 - Math.clz32(bits & -bits));
    }
    return reach.subarray(0, at);
  }

  /** Providers' points (needs the outcode table for home-based ones), as unit vectors and in a grid. */
  private readPoints(): void {
    const cells = this.startPoints();
    for (let doc = 0; doc < this.providers.length; doc++) {
      this.readPoint(doc, this.providers[doc]!, this.radiusMilesOf[this.radiusId[doc]!]!, cells);
    }
    this.finishPoints(cells);
  }

  /** The point arrays, and per radius class the cells' doc lists that {@link readPoint} fills. */
  private startPoints(): Map<number, number[]>[] {
    const n = this.providers.length;
    this.points = new Float64Array(n * 2).fill(Number.NaN);
    this.unit = new Float64Array(n * 3);
    this.cosLat = new Float64Array(n);
    this.classRadius = [...RADIUS_CLASS_MILES, 0];
    return Array.from({ length: RADIUS_CLASS_MILES.length + 1 }, () => new Map());
  }

  /** One provider's point, unit vector and grid cell (by its radius class: `radius` miles, 0 for none). */
  private readPoint(doc: number, provider: Provider, radius: number, cells: Map<number, number[]>[]): void {
    const points = this.points!;
    const unit = this.unit!;
    const cosLat = this.cosLat!;
    if (writeProviderPoint(provider, this.outcodes, points, doc * 2) === NO_POINT) {
      // A radius without a point never covers anyone (see locate).
      unit[doc * 3] = unit[doc * 3 + 1] = unit[doc * 3 + 2] = cosLat[doc] = Number.NaN;
      return;
    }
    const pointLat = points[doc * 2]!;
    const pointLng = points[doc * 2 + 1]!;
    writeUnit(unit, doc * 3, pointLat, pointLng);
    cosLat[doc] = Math.cos(toRadians(pointLat));
    let c = 0;
    while (c < RADIUS_CLASS_MILES.length && radius > RADIUS_CLASS_MILES[c]!) c++;
    if (c === RADIUS_CLASS_MILES.length && radius > this.classRadius[c]!) this.classRadius[c] = radius;
    const key = cellKey(Math.floor(pointLat / CELL_LAT), Math.floor(pointLng / CELL_LNG));
    const list = cells[c]!.get(key);
    if (list) list.push(doc);
    else cells[c]!.set(key, [doc]);
  }

  private finishPoints(cells: Map<number, number[]>[]): void {
    this.grids = cells.map((classCells) => {
      const grid = new Map<number, Int32Array>();
      for (const [key, list] of classCells) grid.set(key, Int32Array.from(list));
      return grid;
    });
  }

  /**
   * {@link districtTownKeys} of a compacted district, worked out once per table: every search from a point
   * asks twice (in {@link prepare} and {@link reachable}), and each time folded the town names afresh.
   */
  private townKeysOf(district: string): readonly string[] {
    let keys = this.townKeys.get(district);
    if (keys === undefined) {
      keys = districtTownKeys(district, this.outcodes);
      if (this.townKeys.size >= MAX_TOWN_KEYS) this.townKeys.clear();
      this.townKeys.set(district, keys);
    }
    return keys;
  }

  private mark(docs: readonly number[] | undefined): void {
    if (!docs) return;
    for (let k = 0; k < docs.length; k++) this.coverStamp[docs[k]!] = this.stamp;
  }

  /**
   * Reads every provider's districts, towns, radius and whether it is kept with no location; with
   * `withPoints` (a point search), their points in the same pass: each pass over 100,000 provider
   * objects is a walk of cache misses, and this runs in the first search people wait for.
   */
  private build(withPoints: boolean): void {
    if (this.built) return;
    this.built = true;
    const n = this.providers.length;
    this.unlocatedKeep = new Uint8Array(n);
    let radiusId: Uint16Array | Uint32Array = new Uint16Array(n);
    const radiusIds = new Map<number, number>();
    this.radiusMilesOf = [0];
    this.radiusOuter2Of = [Infinity];
    this.radiusInner2Of = [-1];
    this.coverStamp = new Uint32Array(n);
    this.seenBits = new Int32Array(Math.ceil(n / 32));
    this.reach = new Int32Array(n);
    const areaKeys = new Map<string, AreaKeys>();
    const always: number[] = [];
    const cells = withPoints ? this.startPoints() : undefined;
    for (let doc = 0; doc < n; doc++) {
      const p = this.providers[doc]!;
      if (!hasLocationInfo(p) && (this.includeUnlocated || isRemoteOnly(p))) {
        this.unlocatedKeep[doc] = 1;
        always.push(doc);
      }
      const miles = p.radiusMiles;
      if (typeof miles === 'number' && Number.isFinite(miles) && miles > 0) {
        let id = radiusIds.get(miles);
        if (id === undefined) {
          id = this.radiusMilesOf.length;
          radiusIds.set(miles, id);
          this.radiusMilesOf.push(miles);
          this.radiusOuter2Of.push(chordBound2(miles));
          this.radiusInner2Of.push(chordInner2(miles));
          if (id > 0xffff && radiusId instanceof Uint16Array) radiusId = Uint32Array.from(radiusId);
        }
        radiusId[doc] = id;
      }
      if (cells) this.readPoint(doc, p, this.radiusMilesOf[radiusId[doc]!]!, cells);
      const own = districtOf(p.location?.postcode);
      if (own !== undefined) addDoc(this.byDistrict, own, doc);
      const areas = p.areas;
      if (areas) {
        for (let k = 0; k < areas.length; k++) {
          const area = areas[k]!;
          let keys = areaKeys.get(area);
          if (keys === undefined) areaKeys.set(area, (keys = { district: compact(area), town: townKeyOf(area) }));
          addDoc(this.byDistrict, keys.district, doc);
          if (keys.town !== '') addDoc(this.byTown, keys.town, doc);
        }
      }
    }
    this.radiusId = radiusId;
    this.alwaysDocs = Int32Array.from(always);
    if (cells) this.finishPoints(cells);
  }
}
