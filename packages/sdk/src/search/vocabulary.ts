/**
 * Reading a need written in plain words ("someone to help mum get dressed")
 * as support types and who-for groups, using the care vocabulary.
 */
import { analyse, isQueryStopWord, type AnalysedToken } from './normalise.ts';
import type { VocabularyEntry } from './care-vocabulary.ts';
import { SUPPORT_TYPE_LABELS, WHO_FOR_LABELS } from './labels.ts';
import { COMPILED_CARE_VOCABULARY } from './care-vocabulary-compiled.ts';
import { decodeVocabulary } from './stored-vocabulary.ts';

/** A vocabulary phrase after normalising: its stems and everything it maps to (merged across entries). */
export interface CompiledPhrase {
  /** Stems the phrase is matched on, in order ("hot dinners" -> ["hot","din"]). */
  stems: string[];
  /** The phrase's words (surface and stem). */
  tokens: AnalysedToken[];
  /** The phrase as first written, for suggestions. */
  phrase: string;
  support: string[];
  /** Support types the phrase fits less exactly (never one of `support`). */
  also: string[];
  whoFor: string[];
  lang: string;
}

/** A vocabulary ready for matching. Build once with {@link compileVocabulary}; it never changes. */
export interface Vocabulary {
  /** Every distinct phrase. */
  readonly phrases: readonly CompiledPhrase[];
  /** Phrases keyed by their first stem, longest first (so multi-word phrases win). */
  readonly byFirstStem: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** Words of every phrase mapping to a support type: a provider of that type is indexed under them. */
  readonly tokensBySupport: ReadonlyMap<string, readonly AnalysedToken[]>;
  /** Same, for who-for groups. */
  readonly tokensByWhoFor: ReadonlyMap<string, readonly AnalysedToken[]>;
}

/** What a need was read as. */
export interface NeedInterpretation {
  /** Support types the words asked for, in the order they were found (secondary ones included). */
  supportTypes: string[];
  /**
   * Those of `supportTypes` the words fit only less exactly (meals for
   * "lunch club"): their providers rank after providers of the other types.
   * Absent when there are none.
   */
  secondarySupport?: string[];
  /** Who-for groups the words asked for. */
  whoFor: string[];
  /** Stems of meaningful words no phrase explained (stop words like "someone", "help" dropped). */
  residualTokens: string[];
  /** The vocabulary phrases that matched, as written in the vocabulary. */
  matchedPhrases: string[];
}

/**
 * The built-in entries plus one phrase for each documented support type and
 * who-for id ("home help" -> home-help) and its English label.
 */
function builtInNameEntries(): VocabularyEntry[] {
  const out: VocabularyEntry[] = [];
  for (const [id, label] of Object.entries(SUPPORT_TYPE_LABELS)) {
    out.push({ phrase: id.replace(/-/g, ' '), support: [id] }, { phrase: label, support: [id] });
  }
  for (const [id, label] of Object.entries(WHO_FOR_LABELS)) {
    out.push({ phrase: id.replace(/-/g, ' '), whoFor: [id] }, { phrase: label, whoFor: [id] });
  }
  return out;
}

function pushUnique(list: string[], values: readonly string[] | undefined): void {
  for (const value of values ?? []) if (!list.includes(value)) list.push(value);
}

/**
 * Compiles vocabulary entries (the defaults, then `extra`) for matching.
 * Entries whose phrases normalise to the same words are merged: the phrase
 * then maps to every support type and group any of them named.
 *
 * @param base the entries `extra` adds to. When not given: the built-in care vocabulary
 *   (`defaultVocabulary`, care-vocabulary.ts), which ships compiled (the same as compiling it here).
 */
export function compileVocabulary(extra: readonly VocabularyEntry[] = [], base?: readonly VocabularyEntry[]): Vocabulary {
  if (base === undefined && extra.length === 0) {
    const stored = decodeVocabulary(COMPILED_CARE_VOCABULARY);
    return { ...stored, byFirstStem: phrasesByFirstStem(stored.phrases) };
  }
  const byKey = new Map<string, CompiledPhrase>();
  if (base === undefined) {
    // The built-in phrases as compiled from its entries and their names (below); the extra entries merge into them.
    for (const phrase of decodeVocabulary(COMPILED_CARE_VOCABULARY).phrases) byKey.set(phrase.stems.join(' '), phrase);
  } else {
    const baseKeys = new Set<string>();
    for (const entry of base) mergeEntry(byKey, entry, false, baseKeys);
    for (const entry of builtInNameEntries()) mergeEntry(byKey, entry, true, baseKeys);
  }
  for (const entry of extra) mergeEntry(byKey, entry, false);
  // A type some entry names as primary for a phrase is primary for it.
  for (const compiled of byKey.values()) compiled.also = compiled.also.filter((type) => !compiled.support.includes(type));
  return indexPhrases([...byKey.values()]);
}

/**
 * Adds one entry's phrase (or what it maps to, when its words are a phrase already) to `byKey`.
 * A type's own name (`isName`) never overrides a phrase the base entries (`baseKeys`) define.
 */
function mergeEntry(byKey: Map<string, CompiledPhrase>, entry: VocabularyEntry, isName: boolean, baseKeys?: Set<string>): void {
  const tokens = analyse(entry.phrase);
  const stems = tokens.map((token) => token.stem);
  if (stems.length === 0 || (!entry.support?.length && !entry.also?.length && !entry.whoFor?.length)) return;
  const key = stems.join(' ');
  // "carers" = care, not only the group.
  if (isName && baseKeys?.has(key)) return;
  if (!isName) baseKeys?.add(key);
  let compiled = byKey.get(key);
  if (!compiled) {
    compiled = { stems, tokens, phrase: entry.phrase.trim(), support: [], also: [], whoFor: [], lang: entry.lang ?? 'en' };
    byKey.set(key, compiled);
  }
  pushUnique(compiled.support, entry.support);
  pushUnique(compiled.also, entry.also);
  pushUnique(compiled.whoFor, entry.whoFor);
}

/** The lookups over compiled phrases. */
function indexPhrases(phrases: CompiledPhrase[]): Vocabulary {
  const tokensBySupport = new Map<string, AnalysedToken[]>();
  const tokensByWhoFor = new Map<string, AnalysedToken[]>();
  for (const phrase of phrases) {
    for (const type of [...phrase.support, ...phrase.also]) pushTokens(getOrCreate(tokensBySupport, type), phrase.tokens);
    for (const group of phrase.whoFor) pushTokens(getOrCreate(tokensByWhoFor, group), phrase.tokens);
  }
  return { phrases, byFirstStem: phrasesByFirstStem(phrases), tokensBySupport, tokensByWhoFor };
}

/** Phrases keyed by their first stem, longest first. */
function phrasesByFirstStem(phrases: readonly CompiledPhrase[]): Map<string, CompiledPhrase[]> {
  const byFirstStem = new Map<string, CompiledPhrase[]>();
  for (const phrase of phrases) {
    const first = phrase.stems[0]!;
    const list = byFirstStem.get(first);
    if (list) list.push(phrase);
    else byFirstStem.set(first, [phrase]);
  }
  for (const list of byFirstStem.values()) if (list.length > 1) list.sort((a, b) => b.stems.length - a.stems.length);
  return byFirstStem;
}

function pushTokens(list: AnalysedToken[], tokens: readonly AnalysedToken[]): void {
  for (const token of tokens) if (!list.some((t) => t.stem === token.stem)) list.push(token);
}

function getOrCreate<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

let defaultCompiled: Vocabulary | undefined;
/** The built-in vocabulary, compiled once (immutable, so sharing it is safe). */
export function defaultCompiledVocabulary(): Vocabulary {
  return (defaultCompiled ??= compileVocabulary());
}

function isCompiled(vocab: Vocabulary | readonly VocabularyEntry[]): vocab is Vocabulary {
  return !Array.isArray(vocab) && 'byFirstStem' in vocab;
}

/**
 * Reads a need written in plain words. Multi-word phrases are tried before
 * shorter ones at each position ("lunch club" before "lunch"); small words
 * are ignored ("lift to the hospital" = "lift hospital").
 *
 * @example interpretNeed('someone to help mum get dressed').supportTypes // ['personal-care']
 * @param vocab a compiled vocabulary, or extra entries to add to the built-in one.
 */
export function interpretNeed(
  text: string,
  vocab: Vocabulary | readonly VocabularyEntry[] = defaultCompiledVocabulary(),
): NeedInterpretation {
  const compiled = isCompiled(vocab) ? vocab : compileVocabulary(vocab);
  const tokens = analyse(text);
  const result: NeedInterpretation = { supportTypes: [], whoFor: [], residualTokens: [], matchedPhrases: [] };
  const primary: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = compiled.byFirstStem.get(tokens[i]!.stem)?.find((phrase) => matchesAt(phrase.stems, tokens, i));
    if (match) {
      pushUnique(result.supportTypes, match.support);
      pushUnique(result.supportTypes, match.also);
      pushUnique(primary, match.support);
      pushUnique(result.whoFor, match.whoFor);
      result.matchedPhrases.push(match.phrase);
      i += match.stems.length;
      continue;
    }
    if (!isQueryStopWord(tokens[i]!)) result.residualTokens.push(tokens[i]!.stem);
    i++;
  }
  const secondary = result.supportTypes.filter((type) => !primary.includes(type));
  if (secondary.length > 0) result.secondarySupport = secondary;
  return result;
}

function matchesAt(stems: readonly string[], tokens: readonly { stem: string }[], start: number): boolean {
  if (start + stems.length > tokens.length) return false;
  for (let k = 0; k < stems.length; k++) if (tokens[start + k]!.stem !== stems[k]) return false;
  return true;
}
