/**
 * Turning text into comparable tokens: the single pipeline shared by the
 * provider index, the care vocabulary and the person's query, so all three
 * always agree on what a "word" is.
 *
 * Pipeline: fold (lowercase, strip accents: "ŵ" -> "w", "é" -> "e") ->
 * split on anything that is not a letter or digit -> drop function words ->
 * light English stem. No regular expression is ever built from input.
 */

/** Matches one or more characters that are neither letters nor digits (a constant, never built from input). */
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const COMBINING_MARKS = /\p{M}/gu;
/**
 * Text all in ASCII, and the separators within it. Such text has no accents to strip, and in it the
 * letters and digits are exactly [a-zA-Z0-9]: folding and splitting it take these simple patterns
 * (the Unicode ones above are costly the first time, and a page's first search met them cold).
 */
const ASCII_ONLY = /^[\0-\x7f]*$/;
const ASCII_SEPARATORS = /[^a-zA-Z0-9]+/;

/**
 * Words that carry no meaning for matching, in English and Welsh. They are
 * removed everywhere (index, vocabulary phrases, query), so "lift to the
 * hospital" and "lift hospital" are the same phrase.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // English
  'a',
  'an',
  'the',
  'to',
  'for',
  'with',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'from',
  'by',
  'into',
  'my',
  'me',
  'i',
  'im',
  'is',
  'am',
  'are',
  'be',
  'been',
  'was',
  'who',
  'that',
  'this',
  'it',
  'its',
  'our',
  'his',
  'her',
  'their',
  'your',
  'we',
  'us',
  'he',
  'she',
  'they',
  'them',
  'some',
  'any',
  'can',
  'could',
  'would',
  'will',
  'please',
  'do',
  'does',
  'so',
  'just',
  'very',
  'about',
  // Welsh (short function words only; "a" is "and", "i" is "to")
  'y',
  'yr',
  'ac',
  'o',
  'gyda',
  'ar',
  'fy',
  'ei',
  'yn',
  'am',
  'neu',
  'efo',
]);

/**
 * Words people put around a need that say nothing about which provider fits
 * ("someone to help mum ..."). They still take part in vocabulary phrases
 * ("home help"), but are not searched for on their own, and a query made only
 * of them counts as no text at all.
 */
export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set([
  'someone',
  'somebody',
  'anyone',
  'person',
  'help',
  'helps',
  'helping',
  'need',
  'needs',
  'needed',
  'want',
  'wants',
  'looking',
  'look',
  'find',
  'get',
  'got',
  'like',
  'local',
  'near',
  'nearby',
  'me',
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'parent',
  'parents',
  'husband',
  'wife',
  'partner',
  'son',
  'daughter',
  'nan',
  'nana',
  'gran',
  'granny',
  'grandma',
  'grandad',
  'grandpa',
  'grandmother',
  'grandfather',
  'friend',
  'neighbour',
  'aunt',
  'uncle',
  'brother',
  'sister',
  'family',
  'elderly',
  'old',
  'lady',
  'man',
  'woman',
  // Welsh
  'rhywun',
  'help',
  'helpu',
  'angen',
  'mam',
  'tad',
  'mamgu',
  'tadcu',
  'nain',
  'taid',
]);

/** Lowercase and strip diacritics: "Ŵyl Gofalwyr" -> "wyl gofalwyr". */
export function foldText(text: string): string {
  const value = String(text ?? '');
  if (ASCII_ONLY.test(value)) return value.toLowerCase();
  return value.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Folded words, in order, nothing dropped: "Help with the Hoovering!" -> ["help","with","the","hoovering"]. */
export function tokenise(text: string): string[] {
  return splitWords(foldText(text));
}

/** Splits already folded text into words (the second half of {@link tokenise}). */
export function splitWords(folded: string): string[] {
  return folded.split(ASCII_ONLY.test(folded) ? ASCII_SEPARATORS : SEPARATORS).filter((token) => token !== '');
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isConsonant(word: string, i: number): boolean {
  const c = word[i]!;
  if (VOWELS.has(c)) return false;
  if (c === 'y') return i === 0 || !isConsonant(word, i - 1);
  return true;
}

/** Porter's "measure": how many vowel-consonant runs the stem has ("car" 1, "garden" 2). */
function measure(word: string): number {
  let m = 0;
  let i = 0;
  const n = word.length;
  while (i < n && isConsonant(word, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(word, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(word, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isConsonant(word, i)) return true;
  return false;
}

/** Ends consonant-vowel-consonant, last not w/x/y ("car", "driv"): such short stems had a final "e". */
function endsCvc(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const last = word[n - 1]!;
  return isConsonant(word, n - 3) && !isConsonant(word, n - 2) && isConsonant(word, n - 1) && !'wxy'.includes(last);
}

function endsDoubleConsonant(word: string): boolean {
  const n = word.length;
  return n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1) && !'lsz'.includes(word[n - 1]!);
}

function stripPlural(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (/(?:sh|ch|x|z|s)es$/.test(word) && word.length > 4) return word.slice(0, -2);
  if (word.endsWith('s') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** Strips one of -ing/-ed (then -er), when what is left still looks like a word. */
function stripVerbSuffixes(word: string): { stem: string; stripped: boolean } {
  let stem = word;
  let stripped = false;
  const tryStrip = (suffix: string): void => {
    if (!stem.endsWith(suffix)) return;
    const rest = stem.slice(0, -suffix.length);
    if (rest.length < 3 || !hasVowel(rest)) return;
    if (suffix === 'ed' && rest.endsWith('e')) return; // need, speed, feed
    stem = rest;
    stripped = true;
  };
  tryStrip('ing');
  if (!stripped) tryStrip('ed');
  tryStrip('er');
  return { stem, stripped };
}

/**
 * A light English stemmer (a small subset of Porter's): plurals, -ing, -ed,
 * -er, and a final silent "e", so that "care", "caring", "carers" and "cared"
 * all give "care"; "shopping"/"shops"/"shopper" give "shop"; "hoover" and
 * "hoovering" give the same stem. Stems need not be real words. Words shorter
 * than four letters and words with digits are left alone.
 */
export function stem(token: string): string {
  if (token.length < 4 || /\d/.test(token)) return token;
  let word = stripPlural(token);
  const verb = stripVerbSuffixes(word);
  word = verb.stem;
  if (verb.stripped) {
    if (endsDoubleConsonant(word)) return word.slice(0, -1);
    if (measure(word) === 1 && endsCvc(word)) return word + 'e';
    return word;
  }
  if (word.length >= 5 && word.endsWith('e')) {
    const rest = word.slice(0, -1);
    if (!(measure(rest) === 1 && endsCvc(rest))) return rest;
  }
  return word;
}

/** One analysed word: its folded surface form and its stem. */
export interface AnalysedToken {
  /** Folded word as typed ("hoovering"), for "did you mean" and suggestions. */
  surface: string;
  /** Stemmed form used for matching ("hoov"). */
  stem: string;
}

/**
 * Folded, stemmed tokens with function words removed. Query stop words are
 * kept (phrases use them). Pass a `stems` map to reuse stems across many
 * texts (building an index): words repeat a lot.
 */
export function analyse(text: string, stems?: Map<string, string>): AnalysedToken[] {
  const out: AnalysedToken[] = [];
  for (const surface of tokenise(text)) {
    if (FUNCTION_WORDS.has(surface)) continue;
    let stemmed = stems?.get(surface);
    if (stemmed === undefined) {
      stemmed = stem(surface);
      stems?.set(surface, stemmed);
    }
    out.push({ surface, stem: stemmed });
  }
  return out;
}

/** True for words searched as nothing on their own ("someone", "help", "mum"). */
export function isQueryStopWord(token: AnalysedToken): boolean {
  return QUERY_STOP_WORDS.has(token.surface) || FUNCTION_WORDS.has(token.surface);
}

/**
 * The stems a piece of text is matched on: folded, split, function words and
 * query stop words dropped, stemmed. "Help with the hoovering" -> ["hoov"].
 */
export function normaliseText(text: string): string[] {
  return analyse(text)
    .filter((token) => !isQueryStopWord(token))
    .map((token) => token.stem);
}
