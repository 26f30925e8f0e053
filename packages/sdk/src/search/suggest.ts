/**
 * Suggestions for the "what do you need help with?" box, as the person types:
 * support types, who-for groups and vocabulary phrases whose words start with
 * the last word typed. Deterministic: the same text always gives the same list.
 */
import { foldText, tokenise } from './normalise.ts';
import { SUPPORT_TYPE_LABELS, WHO_FOR_LABELS } from './labels.ts';
import type { Vocabulary } from './vocabulary.ts';

/** One suggestion for an accessible combobox. */
export interface Suggestion {
  /** English text to show (the element may translate support/whoFor values itself). */
  label: string;
  kind: 'support' | 'whoFor' | 'phrase';
  /** The support type or who-for id, or the phrase to put in the box. */
  value: string;
}

/** Fewest letters typed before anything is suggested. */
const MIN_PREFIX = 2;

interface Candidate extends Suggestion {
  /** Folded words of the label, to match the prefix against. */
  words: string[];
  /** Folded label, for a stable tie-break. */
  key: string;
}

/** A suggest function over a vocabulary and the support types / groups present in a feed. */
export function createSuggester(
  vocab: Vocabulary,
  feedSupport: Iterable<string>,
  feedWhoFor: Iterable<string>,
): (text: string, limit?: number) => Suggestion[] {
  // Read on the first suggestion: a finder is made before its first search, and folding every phrase
  // then (cold code, on the way to the first results) cost more than the rest of the vocabulary.
  let candidates: Candidate[] | undefined;
  const candidateList = (): Candidate[] => {
    if (candidates) return candidates;
    const list: Candidate[] = [];
    const seen = new Set<string>();
    const add = (label: string, kind: Suggestion['kind'], value: string): void => {
      const key = foldText(label).trim();
      // One entry per text: a phrase that reads like a support type's label is that support type.
      if (key === '' || seen.has(key)) return;
      seen.add(key);
      list.push({ label, kind, value, words: tokenise(label), key });
    };
    const supportLabels: Record<string, string> = SUPPORT_TYPE_LABELS;
    const whoForLabels: Record<string, string> = WHO_FOR_LABELS;
    for (const id of new Set([...Object.keys(supportLabels), ...support])) add(supportLabels[id] ?? humanise(id), 'support', id);
    for (const id of new Set([...Object.keys(whoForLabels), ...whoFor])) add(whoForLabels[id] ?? humanise(id), 'whoFor', id);
    for (const phrase of vocab.phrases) add(phrase.phrase, 'phrase', phrase.phrase);
    return (candidates = list);
  };
  // Copied now: the caller's collections may change before the first suggestion.
  const support = [...feedSupport];
  const whoFor = [...feedWhoFor];

  const kindOrder: Record<Suggestion['kind'], number> = { support: 0, whoFor: 1, phrase: 2 };
  return (text, limit = 8) => {
    const typed = tokenise(text);
    const prefix = typed[typed.length - 1] ?? '';
    if (prefix.length < MIN_PREFIX || limit <= 0) return [];
    const scored: { c: Candidate; rank: number }[] = [];
    for (const c of candidateList()) {
      if (c.words[0]?.startsWith(prefix)) scored.push({ c, rank: 0 });
      else if (c.words.some((word) => word.startsWith(prefix))) scored.push({ c, rank: 1 });
    }
    scored.sort(
      (a, b) =>
        a.rank - b.rank ||
        kindOrder[a.c.kind] - kindOrder[b.c.kind] ||
        a.c.key.length - b.c.key.length ||
        (a.c.key < b.c.key ? -1 : a.c.key > b.c.key ? 1 : 0),
    );
    return scored.slice(0, limit).map(({ c }) => ({ label: c.label, kind: c.kind, value: c.value }));
  };
}

/** "foot-care" -> "Foot care": a label for a support type the vocabulary does not know. */
export function humanise(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
