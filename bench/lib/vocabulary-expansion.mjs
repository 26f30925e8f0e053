/**
 * "Our vocabulary", lent to the peers for their `+vocab` configurations, so the
 * table separates what the engine does from what the care vocabulary does:
 *
 * - index side: each provider's support types and groups are indexed with every
 *   vocabulary phrase for them (as our finder indexes them), in a `vocab` field;
 * - query side: the need is read with our `interpretNeed`, and the support types
 *   and groups it names are searched as exact tokens in a `types` field;
 * - our query stop words ("someone", "help", "mum"...) are dropped too.
 */

/** A support type / group id as one token no tokenizer splits: "personal-care" -> "tpersonalcare". */
export const typeToken = (id) =>
  `t${String(id)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`;

/**
 * @param {object} sdk the bench SDK bundle
 * @returns {{ vocabText(p: object): string, typesText(p: object): string, interpret(text: string): string[], stopWords: Set<string> }}
 */
export function makeVocabularyExpansion(sdk) {
  const vocab = sdk.compileVocabulary();
  const words = (map, id) => [String(id).replace(/[-_]/g, ' '), ...(map.get(id) ?? []).map((t) => t.surface)].join(' ');
  const cache = new Map();
  const cached = (key, make) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make()));
    return value;
  };
  return {
    vocabText: (p) =>
      [
        ...(p.support ?? []).map((id) => cached(`s:${id}`, () => words(vocab.tokensBySupport, id))),
        ...(p.whoFor ?? []).map((id) => cached(`w:${id}`, () => words(vocab.tokensByWhoFor, id))),
      ].join(' '),
    typesText: (p) => [...(p.support ?? []), ...(p.whoFor ?? [])].map(typeToken).join(' '),
    interpret(text) {
      const need = sdk.interpretNeed(text, vocab);
      return [...need.supportTypes, ...need.whoFor].map(typeToken);
    },
    stopWords: new Set([...sdk.FUNCTION_WORDS, ...sdk.QUERY_STOP_WORDS]),
  };
}
