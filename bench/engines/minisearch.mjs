/**
 * MiniSearch 7.2, configured as its README advises
 * (https://github.com/lucaong/minisearch#search-options and #term-processing):
 * stop words removed with `processTerm`, prefix search, fuzzy 0.2, field boosts.
 * `withVocabulary` adds our care vocabulary (lib/vocabulary-expansion.mjs), so
 * the table separates engine from vocabulary. Filters and location are applied
 * to its hits by lib/post-filter.mjs (MiniSearch's own `filter` option would run
 * the same predicate per hit).
 */
import MiniSearch from 'minisearch';
import { ENGLISH_STOP_WORDS } from '../lib/stop-words.mjs';
import { makeVocabularyExpansion } from '../lib/vocabulary-expansion.mjs';

/** The configuration, printed into results.json and bench/README.md. */
export const config = {
  fields: ['name', 'summary', 'description', 'support'],
  processTerm: 'lowercase; generic English stop words (lib/stop-words.mjs) dropped, at index and query time',
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 3, support: 2, summary: 1.5 }, combineWith: 'OR' },
  note: 'support ids indexed as words ("home-help" -> "home help"); default tokenizer, BM25+ ranking',
};

/** The `+vocab` configuration: the above, plus our vocabulary on both sides. */
export const vocabConfig = {
  ...config,
  fields: [...config.fields, 'vocab', 'types'],
  processTerm: 'as above, plus our query stop words ("someone", "help", "mum"...)',
  searchOptions: { ...config.searchOptions, boost: { ...config.searchOptions.boost, vocab: 2 } },
  query: 'OR of the text and, in field `types` (exact, boost 3), the support types and groups our interpretNeed reads in it',
  note: "vocab = every vocabulary phrase for the provider's types and groups, as our index has them",
};

/**
 * Indexes the providers.
 * @param {object[]} providers
 * @param {{ sdk: object }} ctx
 * @param {{ withVocabulary?: boolean }} [options]
 * @returns {{ search(query: object, limit: number): string[] }}
 */
export function build(providers, { sdk }, { withVocabulary = false } = {}) {
  const byId = new Map(providers.map((p) => [p.id, p]));
  const expansion = withVocabulary ? makeVocabularyExpansion(sdk) : undefined;
  const stopWords = expansion ? new Set([...ENGLISH_STOP_WORDS, ...expansion.stopWords]) : ENGLISH_STOP_WORDS;
  const chosen = withVocabulary ? vocabConfig : config;
  const index = new MiniSearch({
    fields: chosen.fields,
    idField: 'id',
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return stopWords.has(lower) ? null : lower;
    },
    extractField: (doc, field) => {
      if (field === 'support') return (doc.support ?? []).join(' ').replace(/-/g, ' ');
      if (field === 'vocab') return expansion.vocabText(doc);
      if (field === 'types') return expansion.typesText(doc);
      return doc[field];
    },
    searchOptions: { ...chosen.searchOptions, fields: config.fields.concat(withVocabulary ? ['vocab'] : []) },
  });
  index.addAll(providers);
  return {
    search(query, limit) {
      const ids = [];
      if (!query.text) return ids;
      let q = query.text;
      if (expansion) {
        const types = expansion.interpret(query.text);
        if (types.length) {
          q = {
            combineWith: 'OR',
            queries: [query.text, { queries: types, fields: ['types'], prefix: false, fuzzy: false, boost: { types: 3 } }],
          };
        }
      }
      for (const hit of index.search(q)) {
        if (!query.postFilter(byId.get(hit.id))) continue;
        ids.push(hit.id);
        if (ids.length >= limit) break;
      }
      return ids;
    },
  };
}
