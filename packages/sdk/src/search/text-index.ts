/**
 * An inverted index over providers' words, built once per feed.
 *
 * Words are stored as integer term ids with typed-array postings (doc id +
 * field weight), so a search touches only the providers that contain a query
 * word, never all the text. Typos are found by comparing a query word with
 * the index's own words of similar length (edit distance 1 for words of 5-8
 * letters, 2 for 9 or more), pre-filtered by a letter bitmask and cached.
 */
import { isQueryStopWord, type AnalysedToken } from './normalise.ts';

/** How much a word counts, by where it appears: name > support type > who for > summary > description. */
export const FIELD_WEIGHTS = Object.freeze({ name: 4, support: 3, whoFor: 2.5, summary: 2, description: 1 });

/** Score multiplier for a word found only with a typo, by number of edits. */
const TYPO_FACTOR = [1, 0.5, 0.35] as const;

/** The most query words tracked separately (one bit each in a 32-bit mask). */
export const MAX_QUERY_TOKENS = 32;

/** One field of a document: its words and how much they count. */
export interface IndexField {
  weight: number;
  tokens: readonly AnalysedToken[];
}

/**
 * What one search found. Arrays indexed by doc id are the index's own reused
 * buffers: read them before the next search.
 */
export interface TextMatches {
  /** Doc ids with any query word, in no particular order. */
  docs: Int32Array;
  /** Per doc id: summed weight of the query words it contains. */
  scores: Float32Array;
  /** Per doc id: bit j set when query word j was found exactly (after stemming). */
  exactMask: Uint32Array;
  /** Per doc id: bit j set when query word j was found only with a typo. */
  typoMask: Uint32Array;
  /** Bit mask with one bit per query word searched. */
  allMask: number;
}

/** Most typos allowed in a word of this many letters: none under 5, 1 up to 8, then 2. */
export function typoAllowance(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Bitmask of which letters a-z (and digits, as one bit) a word contains. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    mask |= code >= 0 && code < 26 ? 1 << code : 1 << 26;
  }
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Edit distance (insert, delete, substitute, swap neighbours) between two
 * words, or `max + 1` as soon as it is certain to exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let row = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[m]! > max ? max + 1 : prev[m]!;
}

/** A word of the index close to a query word. */
interface NearTerm {
  term: number;
  edits: number;
}

/** An inverted index of documents (providers), ids 0..size-1 in the order given. */
export class TextIndex {
  /** Number of documents. */
  readonly size: number;
  private readonly termIds = new Map<string, number>();
  private readonly stems: string[] = [];
  /** A word as people write it for each term (first seen), for "did you mean". */
  private readonly surfaces: string[] = [];
  private readonly postingDocs: Int32Array[] = [];
  private readonly postingWeights: Float32Array[] = [];
  private readonly masks: Int32Array;
  /** Term ids by stem length, for typo lookups. */
  private readonly byLength = new Map<number, Int32Array>();
  private readonly nearCache = new Map<string, NearTerm[]>();
  private readonly scores: Float32Array;
  private readonly exactMask: Uint32Array;
  private readonly typoMask: Uint32Array;
  private readonly touched: Int32Array;

  /** Builds the index: `documents[i]` is doc id `i`. */
  constructor(documents: readonly (readonly IndexField[])[]) {
    this.size = documents.length;
    const docsPerTerm: number[][] = [];
    const weightsPerTerm: number[][] = [];
    const best = new Map<number, number>();
    documents.forEach((fields, doc) => {
      best.clear();
      for (const field of fields) {
        for (const token of field.tokens) {
          if (isQueryStopWord(token)) continue;
          const term = this.termFor(token, docsPerTerm, weightsPerTerm);
          if ((best.get(term) ?? 0) < field.weight) best.set(term, field.weight);
        }
      }
      for (const [term, weight] of best) {
        docsPerTerm[term]!.push(doc);
        weightsPerTerm[term]!.push(weight);
      }
    });
    for (let t = 0; t < docsPerTerm.length; t++) {
      this.postingDocs.push(Int32Array.from(docsPerTerm[t]!));
      this.postingWeights.push(Float32Array.from(weightsPerTerm[t]!));
    }
    this.masks = Int32Array.from(this.stems, letterMask);
    const lengthLists = new Map<number, number[]>();
    this.stems.forEach((s, t) => {
      const list = lengthLists.get(s.length) ?? [];
      list.push(t);
      lengthLists.set(s.length, list);
    });
    for (const [length, list] of lengthLists) this.byLength.set(length, Int32Array.from(list));
    this.scores = new Float32Array(this.size);
    this.exactMask = new Uint32Array(this.size);
    this.typoMask = new Uint32Array(this.size);
    this.touched = new Int32Array(this.size);
  }

  /** Number of distinct words indexed. */
  get termCount(): number {
    return this.stems.length;
  }

  /** True when some document contains this stem exactly. */
  hasStem(stem: string): boolean {
    return this.termIds.has(stem);
  }

  /**
   * Finds the documents containing any of the query words (exactly after
   * stemming, or with a typo when the word is long enough).
   */
  search(query: readonly AnalysedToken[]): TextMatches {
    let count = 0;
    for (let i = 0; i < this.lastCount; i++) {
      const doc = this.touched[i]!;
      this.scores[doc] = 0;
      this.exactMask[doc] = 0;
      this.typoMask[doc] = 0;
    }
    const tokens = query.slice(0, MAX_QUERY_TOKENS);
    const touch = (doc: number): void => {
      if (this.exactMask[doc] === 0 && this.typoMask[doc] === 0) this.touched[count++] = doc;
    };
    tokens.forEach((token, j) => {
      const bit = (1 << j) >>> 0;
      const exact = this.termIds.get(token.stem);
      if (exact !== undefined) {
        const docs = this.postingDocs[exact]!;
        const weights = this.postingWeights[exact]!;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k]!;
          touch(doc);
          this.scores[doc]! += weights[k]!;
          this.exactMask[doc]! |= bit;
        }
      }
      for (const near of this.nearTerms(token)) {
        const docs = this.postingDocs[near.term]!;
        const weights = this.postingWeights[near.term]!;
        const factor = TYPO_FACTOR[near.edits]!;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k]!;
          if ((this.exactMask[doc]! | this.typoMask[doc]!) & bit) continue;
          touch(doc);
          this.scores[doc]! += weights[k]! * factor;
          this.typoMask[doc]! |= bit;
        }
      }
    });
    this.lastCount = count;
    const allMask = tokens.length >= 32 ? 0xffffffff : ((1 << tokens.length) >>> 0) - 1;
    return {
      docs: this.touched.subarray(0, count),
      scores: this.scores,
      exactMask: this.exactMask,
      typoMask: this.typoMask,
      allMask,
    };
  }

  /**
   * The closest indexed word (as people write it) within `maxEdits`, or
   * undefined. For "did you mean"; ties go to the word in more documents.
   */
  closestWord(token: AnalysedToken, maxEdits: number): string | undefined {
    if (this.termIds.has(token.stem)) return this.surfaces[this.termIds.get(token.stem)!];
    let bestTerm = -1;
    let bestEdits = maxEdits + 1;
    for (const near of this.scanNear(token.stem, maxEdits)) {
      const better =
        near.edits < bestEdits ||
        (near.edits === bestEdits && this.postingDocs[near.term]!.length > this.postingDocs[bestTerm]!.length);
      if (better) {
        bestTerm = near.term;
        bestEdits = near.edits;
      }
    }
    return bestTerm < 0 ? undefined : this.surfaces[bestTerm];
  }

  private lastCount = 0;

  private termFor(token: AnalysedToken, docsPerTerm: number[][], weightsPerTerm: number[][]): number {
    let term = this.termIds.get(token.stem);
    if (term === undefined) {
      term = this.stems.length;
      this.termIds.set(token.stem, term);
      this.stems.push(token.stem);
      this.surfaces.push(token.surface);
      docsPerTerm.push([]);
      weightsPerTerm.push([]);
    }
    return term;
  }

  /** Index words within the typo allowance of a query word (excluding the exact one), cached per query word. */
  private nearTerms(token: AnalysedToken): NearTerm[] {
    const allowance = typoAllowance(Math.max(token.surface.length, token.stem.length));
    if (allowance === 0) return [];
    const key = `${allowance}:${token.stem}`;
    let near = this.nearCache.get(key);
    if (!near) {
      near = this.scanNear(token.stem, allowance).sort((a, b) => a.edits - b.edits);
      if (this.nearCache.size >= 1000) this.nearCache.clear();
      this.nearCache.set(key, near);
    }
    return near;
  }

  private scanNear(stem: string, maxEdits: number): NearTerm[] {
    const out: NearTerm[] = [];
    const mask = letterMask(stem);
    for (let length = stem.length - maxEdits; length <= stem.length + maxEdits; length++) {
      const bucket = this.byLength.get(length);
      if (!bucket) continue;
      for (let k = 0; k < bucket.length; k++) {
        const term = bucket[k]!;
        if (popcount(mask ^ this.masks[term]!) > 2 * maxEdits) continue;
        const candidate = this.stems[term]!;
        if (candidate === stem) continue;
        const edits = boundedEditDistance(stem, candidate, maxEdits);
        if (edits <= maxEdits) out.push({ term, edits });
      }
    }
    return out;
  }
}
