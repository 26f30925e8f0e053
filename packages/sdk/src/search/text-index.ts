/**
 * An inverted index over providers' words, built once per feed.
 *
 * Words are interned to integer term ids and postings (doc id and field
 * weight code in one integer) live in one flat typed array with per-term
 * offsets, so a search touches only the providers that contain a query word,
 * never all the text, and
 * building allocates no object per word occurrence. Typos are found only when
 * a query word is searched, by comparing it with the index's own words of
 * similar length, pre-filtered by a letter bitmask and cached. The allowance is
 * decided on the stem that is compared (edit distance 1 for stems of 5-8
 * letters, 2 for 9 or more, none for 4 or fewer), and a word the index already
 * holds exactly is taken as spelt right: it gets no typo matches at all
 * ("dressed" never matches "press", "shopping" never "show").
 */
import { DenseTerms } from './dense-terms.ts';
import { hasDoc } from './doc-bits.ts';
import { FUNCTION_WORDS, QUERY_STOP_WORDS, foldText, isQueryStopWord, splitWords, stem, type AnalysedToken } from './normalise.ts';

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

/** Most typos allowed in a stem of this many letters: none for 4 or fewer, 1 up to 8, then 2. */
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

/**
 * Docs that all hold the same terms at the same weight (every provider of one
 * support type holds that type's words): kept once as a list, not as one
 * posting per doc and term.
 */
interface SharedTerms {
  terms: Int32Array;
  weight: number;
  docs: Int32Array;
}

/** A word of the index close to a query word. */
interface NearTerm {
  term: number;
  edits: number;
}

/** Marks a folded surface word as "not indexed" (a function or query stop word). */
const SKIP = -1;
/** One letter or digit in any script, for characters outside ASCII. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * FNV-1a hash of the word text[start..end), each character `| caseBit` (32 folds ASCII letters; 0 for
 * folded text): the word table's key (see {@link TextIndexBuilder.wordTerm}). scanWords computes the same
 * hash as it reads, inline.
 */
function wordHash(text: string, start: number, end: number, caseBit: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (text.charCodeAt(i) | caseBit), 0x01000193);
  return hash;
}

/** A hash of a packed word (see {@link TextIndexBuilder.scanAscii}). */
function packedHash(low: number, high: number, length: number): number {
  const h = Math.imul(low ^ Math.imul(high ^ length, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** Grows a per-word or per-term array by doubling (these stay small: one entry per distinct word). */
function grow<T extends Int32Array | Float32Array | Uint8Array | Uint16Array>(array: T, need: number): T {
  if (need <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(Math.max(need, array.length * 2));
  next.set(array);
  return next;
}

/** 1 for the ASCII letters and digits. Folding one of them is `c | 32` (A-Z to a-z; digits already have that bit). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
}

/**
 * The ASCII letters and digits as 6-bit codes (digits 0-9, then a-z; an upper-case letter as its lower-case
 * one, so coding folds), -1 for anything else: a word of up to {@link MAX_PACKED} letters is, with its
 * length, exactly two 30-bit integers (see {@link TextIndexBuilder.scanAscii}).
 */
const LETTER_CODE = new Int8Array(128).fill(-1);
for (let c = 0; c < 128; c++) {
  if (c >= 48 && c <= 57) LETTER_CODE[c] = c - 48;
  else if ((c | 32) >= 97 && (c | 32) <= 122) LETTER_CODE[c] = 10 + (c | 32) - 97;
}
/** Longest word kept packed: five 6-bit codes in each of two integers. */
const MAX_PACKED = 10;
const LOW_30 = 0x3fffffff;

/**
 * Postings waiting for {@link TextIndexBuilder.postings} are kept in chunks of
 * this many 16-bit units: they are never copied as they grow, and at most one
 * chunk is part-used. (Fresh memory is what building costs most: every new
 * page is a page fault, so the waiting postings are kept small.)
 */
const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
/** A waiting posting is its term id above the code of its field weight (weights are few, one per kind of field). */
const WEIGHT_BITS = 4;
const WEIGHT_MASK = (1 << WEIGHT_BITS) - 1;
/** Term ids (in a waiting posting) and doc ids (in a final one) leave room for the weight code in a positive 32-bit integer. */
const MAX_TERMS = 1 << (31 - WEIGHT_BITS);
const MAX_DOCS = 1 << (31 - WEIGHT_BITS);
/**
 * A waiting posting takes one 16-bit unit when its term id is below this (ids
 * go by first appearance, so the common words have small ones), else this
 * escape unit and two more holding the 32-bit value.
 */
const ESCAPE = 0xffff;
const SHORT_TERMS = ESCAPE >>> WEIGHT_BITS;

/**
 * Builds a {@link TextIndex} one document at a time: `beginDoc()`, then
 * `addText` / `addTerms` per field, in order of the doc ids. Each distinct
 * word is folded, stemmed and interned once; a document's words are kept
 * once each, with the weight of the best field they appear in.
 *
 * Memory is what building costs most (a fresh page is a page fault), so the
 * postings are written twice only: once per document as they are found
 * (term and weight code in one 16-bit unit, mostly, in chunks that never
 * move), then once into their final per-term place, when every term's
 * document count is known.
 */
export class TextIndexBuilder {
  /** Stem -> term id. */
  readonly termIds = new Map<string, number>();
  readonly stems: string[] = [];
  /** A word as people write it for each term (first seen), for "did you mean". */
  readonly surfaces: string[] = [];
  /**
   * Folded words seen so far, in an open-addressing hash table keyed by the
   * word's characters, so a repeated word is recognised while scanning the
   * text without cutting it out as a new string.
   */
  private slots = new Int32Array(1 << 12);
  private wordCount = 0;
  /** Word w's folded characters are wordChars[wordStarts[w]] .. wordChars[wordStarts[w + 1] - 1] (typed arrays compare fast). */
  private wordChars = new Uint16Array(1 << 14);
  private wordStarts = new Int32Array(1 << 11);
  private wordHashes = new Int32Array(1 << 11);
  /** Per known word: its term id, or {@link SKIP}. */
  private wordTerms = new Int32Array(1 << 11);
  /**
   * ASCII words of up to {@link MAX_PACKED} letters already met, keyed by their packed letters (see
   * {@link scanAscii}) in an open-addressing table: the key is the word itself, so a repeated word is
   * known with no second pass over its letters, and without the word table's character hash.
   */
  private packedSlots = new Int32Array(1 << 12);
  private packedCount = 0;
  private packedLow = new Int32Array(1 << 11);
  private packedHigh = new Int32Array(1 << 11);
  private packedLength = new Uint8Array(1 << 11);
  private packedTerms = new Int32Array(1 << 11);
  /** Per BMP code unit outside ASCII: 0 not yet known, 1 letter/digit, 2 separator. */
  private readonly charKinds = new Uint8Array(65536);
  /** The distinct field weights, by code (see {@link WEIGHT_BITS}). */
  private readonly weightValues: number[] = [];
  /** Postings in doc order, each `term << WEIGHT_BITS | weight code` (see {@link ESCAPE}), in chunks of {@link CHUNK_SIZE} units. */
  private readonly chunks: Uint16Array[] = [];
  private chunk = new Uint16Array(0);
  private chunkUsed = 0;
  /** Units written to the chunks, and postings (one per doc and term). */
  private unitCount = 0;
  private postCount = 0;
  /** Per doc: the end of its postings, in units (they start where the previous doc's end). */
  private docEnds = new Int32Array(1024);
  /** Per term: how many docs contain it (its final postings length). */
  private termDocs = new Int32Array(256);
  /** Per term: the last doc it was seen in (-1 never), and its best weight (and that weight's code) in that doc. */
  private lastDoc = new Int32Array(256).fill(-1);
  private bestWeight = new Float32Array(256);
  private bestCode = new Uint8Array(256);
  /** Terms of the current document, in order of first appearance. */
  private docTerms = new Int32Array(256);
  private docTermCount = 0;
  private doc = -1;
  /** Terms held by whole lists of docs (see {@link addSharedTerms}). */
  readonly shared: SharedTerms[] = [];

  /** Starts the next document (doc ids are 0, 1, 2 ... in call order). */
  beginDoc(): void {
    this.flushDoc();
    if (this.doc + 1 >= MAX_DOCS) throw new RangeError(`TextIndexBuilder: at most ${MAX_DOCS} documents`);
    this.doc++;
  }

  /** Adds a field's text: folded, split, stop words skipped, stemmed (as {@link analyse} does). */
  addText(text: string, weight: number): void {
    const raw = typeof text === 'string' ? text : String(text ?? '');
    if (raw === '') return;
    const code = this.weightCode(weight);
    // Folding ASCII is only lowercasing, done a character at a time while scanning; other text is folded first
    // (words already added before the first character outside ASCII are added again, which changes nothing).
    if (!this.scanAscii(raw, weight, code)) this.scanWords(foldText(raw), weight, code);
  }

  /** Adds already-interned terms (see {@link termsOf}) to the current document. */
  addTerms(terms: Int32Array, weight: number): void {
    const code = this.weightCode(weight);
    for (let k = 0; k < terms.length; k++) this.addTerm(terms[k]!, weight, code);
  }

  /**
   * Records that every doc in `docs` (ascending doc ids) holds `terms` at
   * `weight`, as if each had been given them with {@link addTerms}, but kept
   * once: at 100,000 providers the support and who-for words would be two
   * thirds of all postings, and fresh memory is what building costs most.
   */
  addSharedTerms(terms: Int32Array, weight: number, docs: Int32Array): void {
    if (terms.length > 0 && docs.length > 0) this.shared.push({ terms, weight: Math.fround(weight), docs });
  }

  /** Interns analysed tokens (stop words skipped), for fields shared by many documents such as support-type words. */
  termsOf(tokens: readonly AnalysedToken[]): Int32Array {
    const out: number[] = [];
    for (const token of tokens) if (!isQueryStopWord(token)) out.push(this.intern(token.stem, token.surface));
    return Int32Array.from(out);
  }

  /** Freezes the postings into an index. The builder must not be used afterwards. */
  build(): TextIndex {
    this.flushDoc();
    return new TextIndex(this);
  }

  /** Documents added so far. */
  get docCount(): number {
    return this.doc + 1;
  }

  /**
   * Postings as per-term offsets into one flat array (doc order within a
   * term), each `doc << WEIGHT_BITS | weight code`, and the weight of each code.
   */
  postings(): { offsets: Int32Array; postings: Int32Array; weights: Float32Array } {
    const termCount = this.stems.length;
    const offsets = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t]! + this.termDocs[t]!;
    const fill = offsets.slice(0, termCount);
    const postings = new Int32Array(this.postCount);
    const weights = new Float32Array(WEIGHT_MASK + 1);
    weights.set(this.weightValues);
    const chunks = this.chunks;
    const docEnds = this.docEnds;
    let chunk = chunks[0] ?? new Uint16Array(0);
    let chunkIndex = 0;
    let i = 0;
    let at = 0;
    for (let doc = 0; doc < this.docCount; doc++) {
      for (const end = docEnds[doc]!; at < end; at++) {
        if (i === CHUNK_SIZE) {
          chunk = chunks[++chunkIndex]!;
          i = 0;
        }
        let posting = chunk[i++]!;
        if (posting === ESCAPE) {
          posting = 0;
          for (let half = 0; half < 2; half++) {
            if (i === CHUNK_SIZE) {
              chunk = chunks[++chunkIndex]!;
              i = 0;
            }
            posting = (posting << 16) | chunk[i++]!;
          }
          at += 2;
        }
        postings[fill[posting >>> WEIGHT_BITS]!++] = (doc << WEIGHT_BITS) | (posting & WEIGHT_MASK);
      }
    }
    return { offsets, postings, weights };
  }

  /** The code of a field weight (one per distinct weight; a field's words all share it). */
  private weightCode(weight: number): number {
    let code = this.weightValues.indexOf(weight);
    if (code < 0) {
      code = this.weightValues.length;
      if (code > WEIGHT_MASK) throw new RangeError(`TextIndexBuilder: at most ${WEIGHT_MASK + 1} different field weights`);
      this.weightValues.push(weight);
    }
    return code;
  }

  /**
   * Splits ASCII text on anything not a letter or digit, folding as it goes,
   * exactly as {@link tokenise} does. Stops and returns false at the first
   * character outside ASCII, which needs the full {@link foldText}.
   *
   * A word's letter codes are packed as it is read, the last five in `low` and the five before in
   * `high`: for a word of up to {@link MAX_PACKED} letters (almost every word) the two integers and the
   * length are the word, looked up in one table probe.
   */
  private scanAscii(text: string, weight: number, code: number): boolean {
    let start = -1;
    let low = 0;
    let high = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) return false;
      const letter = LETTER_CODE[c]!;
      if (letter >= 0) {
        if (start < 0) {
          start = i;
          low = 0;
          high = 0;
        }
        high = (high << 6) | (low >>> 24);
        low = ((low << 6) & LOW_30) | letter;
      } else if (start >= 0) {
        const term = this.packedTerm(text, start, i, low, high);
        if (term !== SKIP) this.addTerm(term, weight, code);
        start = -1;
      }
    }
    if (start >= 0) {
      const term = this.packedTerm(text, start, length, low, high);
      if (term !== SKIP) this.addTerm(term, weight, code);
    }
    return true;
  }

  /** The term of the ASCII word text[start..end), whose last letter codes are packed in `low` and `high`. */
  private packedTerm(text: string, start: number, end: number, low: number, high: number): number {
    const length = end - start;
    if (length > MAX_PACKED) return this.learnPacked(text, start, end, low, high);
    const mask = this.packedSlots.length - 1;
    for (let slot = packedHash(low, high, length) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.packedSlots[slot]! - 1;
      if (entry < 0) return this.learnPacked(text, start, end, low, high);
      if (this.packedLow[entry] === low && this.packedHigh[entry] === high && this.packedLength[entry] === length) {
        return this.packedTerms[entry]!;
      }
    }
  }

  /** A word {@link packedTerm} does not know: found (or learnt) in the word table, then kept packed when short enough. */
  private learnPacked(text: string, start: number, end: number, low: number, high: number): number {
    const term = this.wordTerm(text, start, end, wordHash(text, start, end, 32), 32);
    const length = end - start;
    if (length > MAX_PACKED) return term;
    const entry = this.packedCount++;
    if (entry >= this.packedTerms.length) {
      this.packedLow = grow(this.packedLow, entry + 1);
      this.packedHigh = grow(this.packedHigh, entry + 1);
      this.packedLength = grow(this.packedLength, entry + 1);
      this.packedTerms = grow(this.packedTerms, entry + 1);
    }
    this.packedLow[entry] = low;
    this.packedHigh[entry] = high;
    this.packedLength[entry] = length;
    this.packedTerms[entry] = term;
    if ((entry + 1) * 2 > this.packedSlots.length) {
      this.packedSlots = new Int32Array(this.packedSlots.length * 2);
      for (let e = 0; e <= entry; e++) this.placePacked(e);
    } else this.placePacked(entry);
    return term;
  }

  private placePacked(entry: number): void {
    const mask = this.packedSlots.length - 1;
    let slot = packedHash(this.packedLow[entry]!, this.packedHigh[entry]!, this.packedLength[entry]!) & mask;
    while (this.packedSlots[slot] !== 0) slot = (slot + 1) & mask;
    this.packedSlots[slot] = entry + 1;
  }

  /** Splits folded text on anything not a letter or digit, exactly as {@link tokenise} does, without its arrays. */
  private scanWords(folded: string, weight: number, code: number): void {
    let start = -1;
    let hash = 0;
    const length = folded.length;
    for (let i = 0; i <= length; i++) {
      const c = i < length ? folded.charCodeAt(i) : 32;
      let isWord: boolean;
      if (c < 128) isWord = ASCII_WORD[c] === 1;
      else if (c >= 0xd800 && c <= 0xdfff) {
        // Outside the Basic Multilingual Plane (emoji, rare scripts): the regular expression splits the rest.
        for (const surface of splitWords(folded.slice(start >= 0 ? start : i))) this.addSurface(surface, weight, code);
        return;
      } else {
        let kind = this.charKinds[c]!;
        if (kind === 0) this.charKinds[c] = kind = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
        isWord = kind === 1;
      }
      if (isWord) {
        if (start < 0) {
          start = i;
          hash = 0x811c9dc5;
        }
        hash = Math.imul(hash ^ c, 0x01000193);
      } else if (start >= 0) {
        const term = this.wordTerm(folded, start, i, hash, 0);
        if (term !== SKIP) this.addTerm(term, weight, code);
        start = -1;
      }
    }
  }

  private addSurface(surface: string, weight: number, code: number): void {
    const term = this.wordTerm(surface, 0, surface.length, wordHash(surface, 0, surface.length, 0), 0);
    if (term !== SKIP) this.addTerm(term, weight, code);
  }

  /**
   * The term of the word text[start..end) (FNV-1a `hash` of its folded
   * characters), learning the word on first sight. `caseBit` is 32 when the
   * word is ASCII letters and digits not yet folded (`c | 32` folds each), 0
   * when the text is folded already.
   */
  private wordTerm(text: string, start: number, end: number, hash: number, caseBit: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) break;
      if (this.wordHashes[entry] !== hash) continue;
      const from = this.wordStarts[entry]!;
      if (this.wordStarts[entry + 1]! - from !== length) continue;
      const chars = this.wordChars;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (chars[from + k] !== (text.charCodeAt(start + k) | caseBit)) {
          same = false;
          break;
        }
      }
      if (same) return this.wordTerms[entry]!;
    }
    let surface = start === 0 && end === text.length ? text : text.slice(start, end);
    if (caseBit !== 0) surface = surface.toLowerCase();
    const term = FUNCTION_WORDS.has(surface) || QUERY_STOP_WORDS.has(surface) ? SKIP : this.intern(stem(surface), surface);
    const entry = this.wordCount++;
    if (entry + 1 >= this.wordHashes.length) {
      this.wordHashes = grow(this.wordHashes, entry + 2);
      this.wordTerms = grow(this.wordTerms, entry + 2);
      this.wordStarts = grow(this.wordStarts, entry + 2);
    }
    const from = this.wordStarts[entry]!;
    this.wordChars = grow(this.wordChars, from + surface.length);
    for (let k = 0; k < surface.length; k++) this.wordChars[from + k] = surface.charCodeAt(k);
    this.wordStarts[entry + 1] = from + surface.length;
    this.wordHashes[entry] = hash;
    this.wordTerms[entry] = term;
    if ((entry + 1) * 2 > this.slots.length) this.rehash();
    else this.place(entry);
    return term;
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.wordHashes[entry]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.wordCount; entry++) this.place(entry);
  }

  private intern(stemmed: string, surface: string): number {
    let term = this.termIds.get(stemmed);
    if (term === undefined) {
      term = this.stems.length;
      if (term >= MAX_TERMS) throw new RangeError(`TextIndexBuilder: at most ${MAX_TERMS} distinct words`);
      this.termIds.set(stemmed, term);
      this.stems.push(stemmed);
      this.surfaces.push(surface);
      if (term >= this.lastDoc.length) {
        const old = this.lastDoc.length;
        this.lastDoc = grow(this.lastDoc, term + 1);
        this.lastDoc.fill(-1, old);
        this.bestWeight = grow(this.bestWeight, term + 1);
        this.bestCode = grow(this.bestCode, term + 1);
        this.termDocs = grow(this.termDocs, term + 1);
      }
    }
    return term;
  }

  private addTerm(term: number, weight: number, code: number): void {
    if (this.lastDoc[term] !== this.doc) {
      this.lastDoc[term] = this.doc;
      this.bestWeight[term] = weight;
      this.bestCode[term] = code;
      // The length test is written out: `grow` serves several array types, so calling it per word is not free.
      if (this.docTermCount >= this.docTerms.length) this.docTerms = grow(this.docTerms, this.docTermCount + 1);
      this.docTerms[this.docTermCount++] = term;
    } else if (this.bestWeight[term]! < weight) {
      this.bestWeight[term] = weight;
      this.bestCode[term] = code;
    }
  }

  /** Moves the current document's terms to the waiting postings. */
  private flushDoc(): void {
    const doc = this.doc;
    if (doc < 0) return;
    const count = this.docTermCount;
    for (let k = 0; k < count; k++) {
      const term = this.docTerms[k]!;
      this.termDocs[term]!++;
      const posting = (term << WEIGHT_BITS) | this.bestCode[term]!;
      if (term < SHORT_TERMS) this.pushUnit(posting);
      else {
        this.pushUnit(ESCAPE);
        this.pushUnit(posting >>> 16);
        this.pushUnit(posting & 0xffff);
      }
    }
    this.postCount += count;
    this.docTermCount = 0;
    if (doc >= this.docEnds.length) this.docEnds = grow(this.docEnds, doc + 1);
    this.docEnds[doc] = this.unitCount;
  }

  private pushUnit(unit: number): void {
    if (this.chunkUsed === this.chunk.length) {
      this.chunk = new Uint16Array(CHUNK_SIZE);
      this.chunks.push(this.chunk);
      this.chunkUsed = 0;
    }
    this.chunk[this.chunkUsed++] = unit;
    this.unitCount++;
  }
}

/** An inverted index of documents (providers), ids 0..size-1 in the order given. */
export class TextIndex {
  /** Number of documents. */
  readonly size: number;
  private readonly termIds: ReadonlyMap<string, number>;
  private readonly stems: readonly string[];
  /** A word as people write it for each term (first seen), for "did you mean". */
  private readonly surfaces: readonly string[];
  /**
   * Term t's postings are postings[offsets[t]] .. postings[offsets[t + 1] - 1], in doc order, each
   * `doc << WEIGHT_BITS | weight code`: one 32-bit integer per posting (half the memory of separate
   * doc and weight arrays, and fresh memory is most of what building costs).
   */
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  /** Field weight by weight code. */
  private readonly weightOfCode: Float32Array;
  /** Letter masks and term ids by stem length, for typo lookups: built on the first query word that needs them. */
  private masks: Int32Array | undefined;
  private byLength: Map<number, Int32Array> | undefined;
  private readonly nearCache = new Map<string, NearTerm[]>();
  private readonly scores: Float32Array;
  private readonly exactMask: Uint32Array;
  private readonly typoMask: Uint32Array;
  private readonly touched: Int32Array;
  private lastCount = 0;
  /** Per term held by shared lists (see {@link TextIndexBuilder.addSharedTerms}): those lists, besides its own postings. */
  private readonly sharedByTerm = new Map<number, SharedTerms[]>();
  /**
   * {@link gather}'s output: the docs holding a term, and per doc its best weight (valid where
   * gatherStamp[doc] is the current stamp). Made on the first search for a shared term.
   */
  private gatherDocs: Int32Array | undefined;
  private gatherWeight: Float32Array | undefined;
  private gatherStamps: Uint32Array | undefined;
  private gatherStamp = 0;
  /** Frequent words as a byte per doc, for searches from a place (see dense-terms.ts). */
  private readonly dense: DenseTerms;

  /**
   * Builds the index: `documents[i]` is doc id `i`. (Finders use a
   * {@link TextIndexBuilder}, which skips the per-word token objects.)
   */
  constructor(documents: readonly (readonly IndexField[])[] | TextIndexBuilder) {
    let builder: TextIndexBuilder;
    if (documents instanceof TextIndexBuilder) builder = documents;
    else {
      builder = new TextIndexBuilder();
      for (const fields of documents) {
        builder.beginDoc();
        for (const field of fields) builder.addTerms(builder.termsOf(field.tokens), field.weight);
      }
      builder.build();
    }
    this.size = builder.docCount;
    this.termIds = builder.termIds;
    this.stems = builder.stems;
    this.surfaces = builder.surfaces;
    const { offsets, postings, weights } = builder.postings();
    this.offsets = offsets;
    this.postings = postings;
    this.weightOfCode = weights;
    for (const list of builder.shared) {
      for (const term of new Set(list.terms)) {
        const lists = this.sharedByTerm.get(term);
        if (lists) lists.push(list);
        else this.sharedByTerm.set(term, [list]);
      }
    }
    this.scores = new Float32Array(this.size);
    this.exactMask = new Uint32Array(this.size);
    this.typoMask = new Uint32Array(this.size);
    this.touched = new Int32Array(this.size);
    this.dense = new DenseTerms(this.size);
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
   * stemming, or with a typo when the word is long enough). With `within`
   * (bit d of the set: doc d may be wanted), only those docs are looked at
   * and returned: a search from a place needs no other, and at 100,000
   * providers the per-doc arrays written for the rest are most of its time.
   * `withinDocs`, when given, lists the docs of `within` (ascending): a word held by far more docs
   * than that is then read doc by doc (dense-terms.ts) instead of walking all of its lists.
   */
  search(query: readonly AnalysedToken[], within?: Int32Array, withinDocs?: Int32Array): TextMatches {
    const scores = this.scores;
    const exactMask = this.exactMask;
    const typoMask = this.typoMask;
    const touched = this.touched;
    const offsets = this.offsets;
    const postings = this.postings;
    const weightOfCode = this.weightOfCode;
    for (let i = 0; i < this.lastCount; i++) {
      const doc = touched[i]!;
      scores[doc] = 0;
      exactMask[doc] = 0;
      typoMask[doc] = 0;
    }
    let count = 0;
    const tokenCount = Math.min(query.length, MAX_QUERY_TOKENS);
    for (let j = 0; j < tokenCount; j++) {
      const token = query[j]!;
      const bit = (1 << j) >>> 0;
      const exact = this.termIds.get(token.stem);
      const exactShared = exact === undefined ? undefined : this.sharedByTerm.get(exact);
      const dense = withinDocs === undefined || exact === undefined ? undefined : this.denseCodes(exact, exactShared, withinDocs.length);
      if (dense !== undefined) {
        const denseWeights = this.dense.weights;
        for (let i = 0; i < withinDocs!.length; i++) {
          const doc = withinDocs![i]!;
          const code = dense[doc]!;
          if (code === 0) continue;
          if (exactMask[doc] === 0 && typoMask[doc] === 0) touched[count++] = doc;
          scores[doc]! += denseWeights[code]!;
          exactMask[doc]! |= bit;
        }
      } else if (exactShared) {
        const gathered = this.gather(exact!, exactShared, within);
        const gatherDocs = this.gatherDocs!;
        const gatherWeight = this.gatherWeight!;
        for (let i = 0; i < gathered; i++) {
          const doc = gatherDocs[i]!;
          if (exactMask[doc] === 0 && typoMask[doc] === 0) touched[count++] = doc;
          scores[doc]! += gatherWeight[doc]!;
          exactMask[doc]! |= bit;
        }
      } else if (exact !== undefined) {
        const end = offsets[exact + 1]!;
        for (let k = offsets[exact]!; k < end; k++) {
          const posting = postings[k]!;
          const doc = posting >>> WEIGHT_BITS;
          if (within !== undefined && !hasDoc(within, doc)) continue;
          if (exactMask[doc] === 0 && typoMask[doc] === 0) touched[count++] = doc;
          scores[doc]! += weightOfCode[posting & WEIGHT_MASK]!;
          exactMask[doc]! |= bit;
        }
      }
      const near = this.nearTerms(token);
      for (let m = 0; m < near.length; m++) {
        const term = near[m]!.term;
        const factor = TYPO_FACTOR[near[m]!.edits]!;
        const shared = this.sharedByTerm.get(term);
        if (shared) {
          const gathered = this.gather(term, shared, within);
          const gatherDocs = this.gatherDocs!;
          const gatherWeight = this.gatherWeight!;
          for (let i = 0; i < gathered; i++) {
            const doc = gatherDocs[i]!;
            if ((exactMask[doc]! | typoMask[doc]!) & bit) continue;
            if (exactMask[doc] === 0 && typoMask[doc] === 0) touched[count++] = doc;
            scores[doc]! += gatherWeight[doc]! * factor;
            typoMask[doc]! |= bit;
          }
          continue;
        }
        const end = offsets[term + 1]!;
        for (let k = offsets[term]!; k < end; k++) {
          const posting = postings[k]!;
          const doc = posting >>> WEIGHT_BITS;
          if (within !== undefined && !hasDoc(within, doc)) continue;
          if ((exactMask[doc]! | typoMask[doc]!) & bit) continue;
          if (exactMask[doc] === 0 && typoMask[doc] === 0) touched[count++] = doc;
          scores[doc]! += weightOfCode[posting & WEIGHT_MASK]! * factor;
          typoMask[doc]! |= bit;
        }
      }
    }
    this.lastCount = count;
    const allMask = tokenCount >= 32 ? 0xffffffff : ((1 << tokenCount) >>> 0) - 1;
    return { docs: touched.subarray(0, count), scores, exactMask, typoMask, allMask };
  }

  /**
   * The closest indexed word (as people write it) within `maxEdits`, or
   * undefined. For "did you mean"; ties go to the word whose written form is
   * closer to what was typed ("meels": "meals", not "meet"), then to the word
   * in more documents.
   */
  closestWord(token: AnalysedToken, maxEdits: number): string | undefined {
    if (this.termIds.has(token.stem)) return this.surfaces[this.termIds.get(token.stem)!];
    let bestTerm = -1;
    let bestEdits = maxEdits + 1;
    let bestSurfaceEdits = Infinity;
    for (const near of this.scanNear(token.stem, maxEdits)) {
      const surfaceEdits = boundedEditDistance(token.surface, this.surfaces[near.term]!, maxEdits + 2);
      const better =
        near.edits < bestEdits ||
        (near.edits === bestEdits &&
          (surfaceEdits < bestSurfaceEdits ||
            (surfaceEdits === bestSurfaceEdits && this.docFrequency(near.term) > this.docFrequency(bestTerm))));
      if (better) {
        bestTerm = near.term;
        bestEdits = near.edits;
        bestSurfaceEdits = surfaceEdits;
      }
    }
    return bestTerm < 0 ? undefined : this.surfaces[bestTerm];
  }

  /**
   * At least as many docs as {@link search} would return for these words (each word's and each near
   * word's postings and shared lists, overlaps counted again), worked out without touching them.
   */
  matchBound(query: readonly AnalysedToken[]): number {
    let bound = 0;
    const tokenCount = Math.min(query.length, MAX_QUERY_TOKENS);
    for (let j = 0; j < tokenCount; j++) {
      const exact = this.termIds.get(query[j]!.stem);
      if (exact !== undefined) bound += this.listedDocs(exact);
      for (const near of this.nearTerms(query[j]!)) bound += this.listedDocs(near.term);
    }
    return bound;
  }

  /**
   * The term's doc-by-doc weight codes when reading them for `walked` docs beats walking its lists
   * (made now if need be), else undefined.
   */
  private denseCodes(term: number, shared: readonly SharedTerms[] | undefined, walked: number): Uint8Array | undefined {
    const listed = this.listedDocs(term);
    if (!this.dense.beatsWalking(listed, walked)) return undefined;
    const kept = this.dense.get(term);
    if (kept !== undefined || !this.dense.isCommon(listed)) return kept;
    return this.dense.make(term, this.postings, this.offsets[term]!, this.offsets[term + 1]!, WEIGHT_BITS, this.weightOfCode, shared);
  }

  /** A term's postings plus the lengths of its shared lists. */
  private listedDocs(term: number): number {
    let docs = this.offsets[term + 1]! - this.offsets[term]!;
    const shared = this.sharedByTerm.get(term);
    if (shared) for (const list of shared) docs += list.docs.length;
    return docs;
  }

  private docFrequency(term: number): number {
    const shared = this.sharedByTerm.get(term);
    return shared ? this.gather(term, shared) : this.offsets[term + 1]! - this.offsets[term]!;
  }

  /**
   * Every doc holding a term (its own postings and its shared lists), each
   * once with its best weight, as the builder keeps a doc's word once at the
   * weight of the best field it is in: the docs go to gatherDocs[0 .. count),
   * their weights to gatherWeight[doc]. Returns the count. With `within`, only the docs in that bit set.
   */
  private gather(term: number, shared: readonly SharedTerms[], within?: Int32Array): number {
    if (!this.gatherDocs || !this.gatherWeight || !this.gatherStamps) {
      this.gatherDocs = new Int32Array(this.size);
      this.gatherWeight = new Float32Array(this.size);
      this.gatherStamps = new Uint32Array(this.size);
    }
    const docs = this.gatherDocs;
    const weights = this.gatherWeight;
    const stamps = this.gatherStamps;
    if (++this.gatherStamp === 0xffffffff) {
      stamps.fill(0);
      this.gatherStamp = 1;
    }
    const stamp = this.gatherStamp;
    let count = 0;
    const end = this.offsets[term + 1]!;
    for (let k = this.offsets[term]!; k < end; k++) {
      const posting = this.postings[k]!;
      const doc = posting >>> WEIGHT_BITS;
      if (within !== undefined && !hasDoc(within, doc)) continue;
      stamps[doc] = stamp;
      weights[doc] = this.weightOfCode[posting & WEIGHT_MASK]!;
      docs[count++] = doc;
    }
    for (const list of shared) {
      const weight = list.weight;
      const listDocs = list.docs;
      for (let k = 0; k < listDocs.length; k++) {
        const doc = listDocs[k]!;
        if (within !== undefined && !hasDoc(within, doc)) continue;
        if (stamps[doc] !== stamp) {
          stamps[doc] = stamp;
          weights[doc] = weight;
          docs[count++] = doc;
        } else if (weights[doc]! < weight) weights[doc] = weight;
      }
    }
    return count;
  }

  /**
   * Index words within the typo allowance of a query word's stem, cached per
   * stem. None when the stem is short or is itself an indexed word (spelt
   * right: a near neighbour is another word, not what the person meant).
   */
  private nearTerms(token: AnalysedToken): readonly NearTerm[] {
    const allowance = typoAllowance(token.stem.length);
    if (allowance === 0 || this.termIds.has(token.stem)) return NO_NEAR_TERMS;
    const key = `${allowance}:${token.stem}`;
    let near = this.nearCache.get(key);
    if (!near) {
      near = this.scanNear(token.stem, allowance).sort((a, b) => a.edits - b.edits);
      if (this.nearCache.size >= 1000) this.nearCache.clear();
      this.nearCache.set(key, near);
    }
    return near;
  }

  /** Letter masks and length buckets, made on first need: most searches never look for typos of an unseen length. */
  private typoTables(): { masks: Int32Array; byLength: Map<number, Int32Array> } {
    if (!this.masks || !this.byLength) {
      this.masks = Int32Array.from(this.stems, letterMask);
      const lengthLists = new Map<number, number[]>();
      this.stems.forEach((s, t) => {
        const list = lengthLists.get(s.length) ?? [];
        list.push(t);
        lengthLists.set(s.length, list);
      });
      this.byLength = new Map();
      for (const [length, list] of lengthLists) this.byLength.set(length, Int32Array.from(list));
    }
    return { masks: this.masks, byLength: this.byLength };
  }

  private scanNear(stem: string, maxEdits: number): NearTerm[] {
    const { masks, byLength } = this.typoTables();
    const out: NearTerm[] = [];
    const mask = letterMask(stem);
    for (let length = stem.length - maxEdits; length <= stem.length + maxEdits; length++) {
      const bucket = byLength.get(length);
      if (!bucket) continue;
      for (let k = 0; k < bucket.length; k++) {
        const term = bucket[k]!;
        if (popcount(mask ^ masks[term]!) > 2 * maxEdits) continue;
        const candidate = this.stems[term]!;
        if (candidate === stem) continue;
        const edits = boundedEditDistance(stem, candidate, maxEdits);
        if (edits <= maxEdits) out.push({ term, edits });
      }
    }
    return out;
  }
}

const NO_NEAR_TERMS: readonly NearTerm[] = Object.freeze([]);
