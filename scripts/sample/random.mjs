/**
 * A small seeded pseudo-random source, so the sample feed is byte-identical for the same seed.
 * Never use Math.random or Date.now in the generator: the output would change on every run.
 */

/** Hashes a string seed into a 32-bit integer (cyrb53-style mix, truncated). */
export function hashSeed(seed) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < seed.length; i++) {
    const ch = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

/**
 * Creates a seeded random source (mulberry32) with the helpers the generator needs.
 * @param {string} seed
 */
export function createRandom(seed) {
  let state = hashSeed(String(seed));
  /** A float in [0, 1). */
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const chance = (p) => next() < p;
  const pick = (list) => list[Math.floor(next() * list.length)];
  /** Picks from `[value, weight]` pairs. */
  const weighted = (pairs) => {
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let roll = next() * total;
    for (const [value, w] of pairs) {
      roll -= w;
      if (roll < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  };
  /** Up to `count` distinct items, in a random order. */
  const sample = (list, count) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, count);
  };
  return { next, int, chance, pick, weighted, sample };
}
