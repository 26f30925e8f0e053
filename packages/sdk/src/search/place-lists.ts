/**
 * Per-place provider lists: for a place a search can narrow by (a postcode district, or a point with a
 * distance limit), every provider it keeps, in doc order, with its distance band in the fair order. Made
 * the first time a finder searches from that place (the place's reachable providers, each placed once)
 * and kept for the next searches from it, which are most of them: changing the words, ticking a filter,
 * the next page. A search from a listed place then places no provider at all.
 *
 * Only the most recently used lists are kept, up to a few times the feed's size in all, so memory stays
 * in proportion to the feed.
 */
import type { ProviderPlaces, SearchPlace } from '../geo/location.ts';
import { placedDistanceBand } from './distance-bands.ts';

/** The providers one place keeps. */
export interface PlaceList {
  /** Kept doc ids, ascending. */
  readonly docs: Int32Array;
  /** Per kept doc (same order): its distance band in the fair order (0 when it covers the place). */
  readonly distanceBands: Uint8Array;
}

/** At most this many lists are kept, unless the finder is told otherwise (`FinderOptions.placeListsKept`). */
export const DEFAULT_MAX_LISTS = 64;
/** The kept lists hold at most this many providers in all, per provider in the feed. */
const MAX_DOCS_PER_PROVIDER = 4;

/** The cache key of a place whose providers can be listed, or undefined (no place, or no distance limit). */
export function placeListKey(place: SearchPlace): string | undefined {
  if (place.kind === 'district') return `d ${place.district}`;
  if (place.kind === 'point' && place.maxMiles !== undefined) {
    const o = place.origin;
    return `p ${o.lat} ${o.lng} ${o.district} ${place.maxMiles}`;
  }
  return undefined;
}

export class PlaceLists {
  private readonly lists = new Map<string, PlaceList>();
  private docCount = 0;
  private readonly maxDocs: number;

  constructor(
    private readonly places: ProviderPlaces,
    size: number,
    /** Lists kept at most; 0 keeps none (every search from a place makes its list afresh). */
    private readonly maxLists = DEFAULT_MAX_LISTS,
  ) {
    this.maxDocs = Math.max(1, size) * MAX_DOCS_PER_PROVIDER;
  }

  /**
   * The list of the place `places` was last prepared for (see {@link ProviderPlaces.prepare}), made now
   * when it is not kept; undefined when the place cannot be listed ({@link placeListKey}).
   */
  listFor(place: SearchPlace): PlaceList | undefined {
    const key = placeListKey(place);
    if (key === undefined) return undefined;
    const kept = this.lists.get(key);
    if (kept) {
      // Most recently used last (Map keeps insertion order).
      this.lists.delete(key);
      this.lists.set(key, kept);
      return kept;
    }
    const list = this.make(place);
    if (!list || this.maxLists === 0) return list;
    this.docCount += list.docs.length;
    this.lists.set(key, list);
    for (const [oldKey, old] of this.lists) {
      if (this.lists.size <= 1 || (this.lists.size <= this.maxLists && this.docCount <= this.maxDocs)) break;
      this.lists.delete(oldKey);
      this.docCount -= old.docs.length;
    }
    return list;
  }

  /** Forgets every list (the providers' places changed, e.g. a new outcode table). */
  clear(): void {
    this.lists.clear();
    this.docCount = 0;
  }

  private make(place: SearchPlace): PlaceList | undefined {
    const places = this.places;
    const reach = places.reachable();
    if (!reach) return undefined;
    const docs = new Int32Array(reach.length);
    const distanceBands = new Uint8Array(reach.length);
    const pointSearch = place.kind === 'point';
    let count = 0;
    for (let c = 0; c < reach.length; c++) {
      const doc = reach[c]!;
      if (!places.locate(doc)) continue;
      docs[count] = doc;
      distanceBands[count++] = placedDistanceBand(places, pointSearch);
    }
    return { docs: docs.slice(0, count), distanceBands: distanceBands.slice(0, count) };
  }
}
