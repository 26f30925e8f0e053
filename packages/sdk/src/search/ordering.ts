/**
 * Fair ordering: results are grouped into bands (how well they match, how
 * near they are) and shuffled within a band by a seeded random order. The
 * default seed is today's date, so a list is stable for a day (printing,
 * coming back) but no provider is always on top.
 *
 * The sentence the element shows for "fair":
 * "Providers that match equally are shown in a different order each day, so everyone gets seen."
 */
import type { Ordering } from '../types.ts';

/** Upper limits (miles) of the distance bands. Band 0 also holds providers that cover the person's area. */
export const DISTANCE_BAND_MILES: readonly number[] = Object.freeze([1, 3, 5, 10, 20]);

/** Distance band for providers with no known distance (they sort last). */
export const UNKNOWN_DISTANCE_BAND = DISTANCE_BAND_MILES.length + 1;

/**
 * The distance band of a result: 0 when the provider covers the person's
 * area or is within 1 mile; then within 3, 5, 10, 20 miles; then further;
 * then unknown distance.
 */
export function distanceBandOf(distanceMiles: number | undefined, coversArea: boolean): number {
  if (coversArea) return 0;
  if (distanceMiles === undefined || !Number.isFinite(distanceMiles)) return UNKNOWN_DISTANCE_BAND;
  for (let band = 0; band < DISTANCE_BAND_MILES.length; band++) if (distanceMiles <= DISTANCE_BAND_MILES[band]!) return band;
  return DISTANCE_BAND_MILES.length;
}

/** xmur3: hashes a string to a 32-bit seed. */
export function hashString(text: string): number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}

/** mulberry32: a small, fast seeded PRNG returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded random generator from a string seed. */
export function seededRandom(seed: string): () => number {
  return mulberry32(hashString(seed));
}

/**
 * A provider's place in the shuffle for a seed: a 32-bit number, the same
 * for the same seed and id whatever else is in the list, so adding a filter
 * never reshuffles the providers that remain.
 */
export function shuffleRank(seed: string, id: string): number {
  // The first number of seededRandom(`${seed}\u0000${id}`), written out (no closure: this runs once per provider).
  let t = (hashString(`${seed}\u0000${id}`) + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 4294967296) >>> 0;
}

/** A copy of `items` in a seeded random order (Fisher-Yates). Same seed, same order. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = items.slice();
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Today's default seed, "YYYY-MM-DD" (the UTC date: it changes once a day,
 * at midnight in winter and 1am in summer UK time).
 */
export function dailySeed(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

/**
 * How the results are ordered, for a sentence near the results. The element
 * turns it into words, e.g. for `fair`: "Providers that match equally are
 * shown in a different order each day, so everyone gets seen."
 */
export interface OrderExplanation {
  kind: Ordering;
  /** The seed of the shuffle (for "fair" and to break ties in "distance"). */
  seed: string;
  /** True when the seed is the daily one (the order changes each day). */
  daily: boolean;
  /** Keys applied in order, before the shuffle. */
  bands: {
    /** Better matches to the need come first. */
    relevance: boolean;
    /** Band limits in miles, when nearer providers come first in bands (fair); empty otherwise. */
    distanceMiles: readonly number[];
    /** Providers taking new clients come before full ones within a band (full ones are never hidden). */
    takingNewClientsFirst: boolean;
  };
}

/** Builds the machine-readable explanation of an ordering. */
export function explainOrder(kind: Ordering, seed: string, options: { daily: boolean; preferTakingNewClients: boolean }): OrderExplanation {
  return {
    kind,
    seed,
    daily: options.daily,
    bands: {
      relevance: kind !== 'name',
      distanceMiles: kind === 'fair' ? DISTANCE_BAND_MILES : [],
      takingNewClientsFirst: kind === 'fair' && options.preferTakingNewClients,
    },
  };
}

/**
 * The `k` smallest of `keys[0..count)`, ascending. A bounded max-heap keeps
 * it O(count log k), so showing page 1 of 10,000 results does not sort all of
 * them; past a quarter of the list a full sort is cheaper and is used.
 */
export function smallestSorted(keys: Float64Array, count: number, k: number): Float64Array {
  const size = Math.min(k, count);
  if (size <= 0) return new Float64Array(0);
  if (size * 4 >= count) return keys.slice(0, count).sort().subarray(0, size);
  const heap = new Float64Array(size);
  let filled = 0;
  for (let i = 0; i < count; i++) {
    const key = keys[i]!;
    if (filled < size) {
      // sift up into the max-heap
      let j = filled++;
      heap[j] = key;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (heap[parent]! >= heap[j]!) break;
        [heap[parent], heap[j]] = [heap[j]!, heap[parent]!];
        j = parent;
      }
    } else if (key < heap[0]!) {
      // replace the largest and sift down
      heap[0] = key;
      let j = 0;
      for (;;) {
        const left = 2 * j + 1;
        if (left >= size) break;
        const right = left + 1;
        const bigger = right < size && heap[right]! > heap[left]! ? right : left;
        if (heap[j]! >= heap[bigger]!) break;
        [heap[j], heap[bigger]] = [heap[bigger]!, heap[j]!];
        j = bigger;
      }
    }
  }
  return heap.sort();
}
