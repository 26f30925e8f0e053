/**
 * A compiled vocabulary as JSON text, and back: how the built-in care vocabulary ships already
 * compiled (care-vocabulary-compiled.ts, written by scripts/build-care-vocabulary.mjs).
 *
 * Compiling reads every phrase (fold, split, stem, merge): cheap once the code is warm, but on a
 * page's first search it all runs cold, and the care vocabulary's 700 phrases took tens of
 * milliseconds before the first result. Decoding is one JSON.parse and a few loops.
 */
import type { AnalysedToken } from './normalise.ts';
import type { CompiledPhrase, Vocabulary } from './vocabulary.ts';

/**
 * Stored form: the token table, the phrases (token ids), and the words of each support type and
 * group (token ids), in their orders. The phrases by first stem are quicker to work out again than
 * to download.
 */
interface StoredVocabulary {
  /** Each distinct token: its surface, or [surface, stem] when the stem differs. */
  tokens: (string | [string, string])[];
  /**
   * [phrase as written, token ids, support, also, whoFor] and the language when it is not English. The
   * phrase is 0 when it is its tokens' surfaces joined by spaces (most are).
   */
  phrases: ([string | 0, number[], string[], string[], string[]] | [string | 0, number[], string[], string[], string[], string])[];
  /** [support type, token ids]. */
  bySupport: [string, number[]][];
  /** [who-for group, token ids]. */
  byWhoFor: [string, number[]][];
}

/** What a stored vocabulary holds (the phrases by first stem are not stored). */
export type StoredLookups = Omit<Vocabulary, 'byFirstStem'> & { phrases: CompiledPhrase[] };

/** The vocabulary as JSON text (equal tokens are stored once). */
export function encodeVocabulary(vocab: Vocabulary): string {
  const tokens: StoredVocabulary['tokens'] = [];
  const tokenIds = new Map<string, number>();
  const tokenId = (token: AnalysedToken): number => {
    const key = `${token.surface}\u0000${token.stem}`;
    let id = tokenIds.get(key);
    if (id === undefined) {
      tokenIds.set(key, (id = tokens.length));
      tokens.push(token.surface === token.stem ? token.surface : [token.surface, token.stem]);
    }
    return id;
  };
  const stored: StoredVocabulary = {
    tokens,
    phrases: vocab.phrases.map((phrase) => {
      const written = phrase.phrase === phrase.tokens.map((token) => token.surface).join(' ') ? 0 : phrase.phrase;
      const fields = [written, phrase.tokens.map(tokenId), phrase.support, phrase.also, phrase.whoFor] as const;
      return phrase.lang === 'en' ? [...fields] : [...fields, phrase.lang];
    }),
    bySupport: [...vocab.tokensBySupport].map(([type, list]) => [type, list.map(tokenId)]),
    byWhoFor: [...vocab.tokensByWhoFor].map(([group, list]) => [group, list.map(tokenId)]),
  };
  return JSON.stringify(stored);
}

/**
 * A stored vocabulary, as new objects (the caller may merge more entries into its phrases). Plain
 * indexed loops: this runs once, cold, and destructuring or a callback per phrase made it ten times slower.
 */
export function decodeVocabulary(json: string): StoredLookups {
  const stored = JSON.parse(json) as StoredVocabulary;
  const storedTokens = stored.tokens;
  const tokens = new Array<AnalysedToken>(storedTokens.length);
  for (let i = 0; i < storedTokens.length; i++) {
    const token = storedTokens[i]!;
    tokens[i] = typeof token === 'string' ? { surface: token, stem: token } : { surface: token[0], stem: token[1] };
  }
  const storedPhrases = stored.phrases;
  const phrases = new Array<CompiledPhrase>(storedPhrases.length);
  for (let i = 0; i < storedPhrases.length; i++) {
    const phrase = storedPhrases[i]!;
    const phraseTokens = tokenList(tokens, phrase[1]);
    const stems = new Array<string>(phraseTokens.length);
    let surfaces = '';
    for (let k = 0; k < phraseTokens.length; k++) {
      stems[k] = phraseTokens[k]!.stem;
      surfaces += k === 0 ? phraseTokens[k]!.surface : ` ${phraseTokens[k]!.surface}`;
    }
    const written = phrase[0] === 0 ? surfaces : phrase[0];
    const lang = phrase.length > 5 ? phrase[5]! : 'en';
    phrases[i] = { stems, tokens: phraseTokens, phrase: written, support: phrase[2], also: phrase[3], whoFor: phrase[4], lang };
  }
  return { phrases, tokensBySupport: tokenLists(tokens, stored.bySupport), tokensByWhoFor: tokenLists(tokens, stored.byWhoFor) };
}

function tokenList(tokens: readonly AnalysedToken[], ids: readonly number[]): AnalysedToken[] {
  const list = new Array<AnalysedToken>(ids.length);
  for (let k = 0; k < ids.length; k++) list[k] = tokens[ids[k]!]!;
  return list;
}

function tokenLists(tokens: readonly AnalysedToken[], lists: readonly [string, number[]][]): Map<string, AnalysedToken[]> {
  const map = new Map<string, AnalysedToken[]>();
  for (let i = 0; i < lists.length; i++) map.set(lists[i]![0], tokenList(tokens, lists[i]![1]));
  return map;
}
