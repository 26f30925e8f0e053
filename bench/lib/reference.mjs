/**
 * A brute-force reference for our finder's result SET (not its order), written
 * from the documented rules with none of the finder's index code
 * (docs/search-and-ordering.md):
 *
 * - the need's words: folded, stemmed, function and query stop words dropped;
 * - the need's support types and groups: `interpretNeed` with the same vocabulary;
 * - a provider's words: its name, summary, description, and for each of its
 *   support types and groups the type's own words plus every vocabulary phrase
 *   for it (stop words dropped);
 * - a provider matches when it has an interpreted type or group, or contains a
 *   need word exactly, or (for a stem of 5+ letters that no provider contains
 *   exactly) a word within the typo allowance of the stem;
 * - and it passes the query's filters and place (lib/post-filter.mjs).
 *
 * Each provider's text is re-read for every query: slow on purpose.
 */

/**
 * @param {object[]} providers
 * @param {object} sdk the bench SDK bundle
 * @returns {(query: object) => Set<string>} ids our finder should return for a prepared query
 */
export function makeReference(providers, sdk) {
  const vocab = sdk.compileVocabulary();
  const words = (text) =>
    sdk
      .analyse(text ?? '')
      .filter((t) => !sdk.isQueryStopWord(t))
      .map((t) => t.stem);
  const typeWords = (map, id) => [
    ...words(String(id).replace(/[-_]/g, ' ')),
    ...(map.get(id) ?? []).filter((t) => !sdk.isQueryStopWord(t)).map((t) => t.stem),
  ];
  const docStems = providers.map(
    (p) =>
      new Set([
        ...words(p.name),
        ...words(p.summary),
        ...words(p.description),
        ...(p.support ?? []).flatMap((id) => typeWords(vocab.tokensBySupport, id)),
        ...(p.whoFor ?? []).flatMap((id) => typeWords(vocab.tokensByWhoFor, id)),
      ]),
  );
  const allStems = new Set(docStems.flatMap((s) => [...s]));

  /** Stems a need word matches: itself, plus near words when it is long and not itself a provider word. */
  const matchable = (stem) => {
    const out = new Set([stem]);
    const allowance = sdk.typoAllowance(stem.length);
    if (allowance > 0 && !allStems.has(stem)) {
      for (const other of allStems) if (sdk.boundedEditDistance(stem, other, allowance) <= allowance) out.add(other);
    }
    return out;
  };

  return (query) => {
    const tokens = [...new Set(words(query.text))];
    const need = query.text ? sdk.interpretNeed(query.text, vocab) : { supportTypes: [], whoFor: [] };
    const hasText = tokens.length > 0 || need.supportTypes.length > 0 || need.whoFor.length > 0;
    const wanted = [...new Set(tokens.flatMap((token) => [...matchable(token)]))];
    const ids = new Set();
    providers.forEach((p, i) => {
      if (!query.postFilter(p)) return;
      if (hasText) {
        const byType =
          (p.support ?? []).some((s) => need.supportTypes.includes(s)) || (p.whoFor ?? []).some((w) => need.whoFor.includes(w));
        const byWord = wanted.some((s) => docStems[i].has(s));
        if (!byType && !byWord) return;
      }
      ids.add(p.id);
    });
    return ids;
  };
}
