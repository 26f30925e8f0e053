/**
 * Frequent words, read per provider: for a word held by a large share of the providers, one byte per
 * provider saying with which weight it holds the word (0: it does not). Made the first time a search
 * from a place needs the word, and kept for the next ones.
 *
 * Why: a search from a place only wants the place's providers. For a rare word, walking its postings
 * and skipping the ones outside the place is cheap. For a word like "people", the walk is most of the
 * search: at 100,000 providers, the providers near Taunton are 31,000, while "people" is listed
 * (postings plus the shared lists of the types and groups whose words hold it) over 100,000 times.
 * Reading one byte for each of the place's providers touches far less.
 */

/** A word is kept in this form only when it is listed at least this many times per provider in the feed. */
const MIN_LISTED_PER_DOC = 1 / 8;
/** At most this many words are kept, so memory stays this many bytes per provider (the least recently used goes first). */
const MAX_TERMS = 32;

/** A word's list of docs sharing one weight (see TextIndexBuilder.addSharedTerms). */
export interface WeightedDocs {
  readonly weight: number;
  readonly docs: Int32Array;
}

export class DenseTerms {
  /** Weight by code; code 0 means "not held". Float32 like the index's own weights, so sums are the same. */
  readonly weights = new Float32Array(256);
  private weightCount = 1;
  private readonly codesByTerm = new Map<number, Uint8Array>();

  constructor(private readonly size: number) {}

  /** Whether reading a word listed `listed` times provider by provider beats walking its lists, for a walk of `walked` providers. */
  beatsWalking(listed: number, walked: number): boolean {
    return listed > 2 * walked;
  }

  /** Whether a word listed `listed` times is common enough in the feed to be kept in this form. */
  isCommon(listed: number): boolean {
    return listed >= this.size * MIN_LISTED_PER_DOC;
  }

  /** The term's codes, when made already (and kept as the most recently used). */
  get(term: number): Uint8Array | undefined {
    const codes = this.codesByTerm.get(term);
    if (codes !== undefined) {
      this.codesByTerm.delete(term);
      this.codesByTerm.set(term, codes);
    }
    return codes;
  }

  /**
   * Makes and keeps the term's codes: each doc in its postings (`postings[start..end)`, each
   * `doc << weightBits | weight code`) or in any of its shared lists gets its best weight, as the
   * index's gather does.
   */
  make(
    term: number,
    postings: Int32Array,
    start: number,
    end: number,
    weightBits: number,
    weightOfCode: Float32Array,
    shared: readonly WeightedDocs[] | undefined,
  ): Uint8Array {
    const codes = this.freshCodes();
    const codeOfPostingCode = new Uint8Array(weightOfCode.length);
    for (let c = 0; c < weightOfCode.length; c++) codeOfPostingCode[c] = this.codeOf(weightOfCode[c]!);
    const mask = (1 << weightBits) - 1;
    for (let k = start; k < end; k++) {
      const posting = postings[k]!;
      codes[posting >>> weightBits] = codeOfPostingCode[posting & mask]!;
    }
    if (shared) {
      for (const list of shared) {
        const code = this.codeOf(list.weight);
        const weight = this.weights[code]!;
        const docs = list.docs;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k]!;
          const held = codes[doc]!;
          if (held === 0 || this.weights[held]! < weight) codes[doc] = code;
        }
      }
    }
    this.codesByTerm.set(term, codes);
    return codes;
  }

  /**
   * A zeroed array for a word about to be made: when MAX_TERMS are kept, the least recently used word's,
   * emptied (searches running through many different common words then make no new memory each time).
   */
  private freshCodes(): Uint8Array {
    if (this.codesByTerm.size < MAX_TERMS) return new Uint8Array(this.size);
    const [oldest, codes] = this.codesByTerm.entries().next().value!;
    this.codesByTerm.delete(oldest);
    return codes.fill(0);
  }

  /** The code of a weight (as float32), given one when first met. */
  private codeOf(weight: number): number {
    const rounded = Math.fround(weight);
    for (let code = 1; code < this.weightCount; code++) if (this.weights[code] === rounded) return code;
    if (this.weightCount === this.weights.length) throw new RangeError('DenseTerms: at most 255 different weights');
    this.weights[this.weightCount] = rounded;
    return this.weightCount++;
  }
}
