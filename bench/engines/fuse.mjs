/**
 * Fuse.js 7.5, configured as its docs recommend for multi-word queries over
 * several fields (https://fusejs.io/token-search, options:
 * https://fusejs.io/api/options.html): token search (each word fuzzy-matched on
 * its own, BM25-style IDF ranking, so common words weigh little), weighted keys,
 * `threshold: 0.4`, `ignoreLocation: true` (match anywhere in long descriptions).
 * `withVocabulary` adds our care vocabulary (lib/vocabulary-expansion.mjs).
 * Filters and location are applied after the text search (lib/post-filter.mjs).
 */
import Fuse from 'fuse.js';
import { makeVocabularyExpansion } from '../lib/vocabulary-expansion.mjs';

/** The configuration, printed into results.json and bench/README.md. */
export const config = {
  keys: [
    { name: 'name', weight: 2 },
    { name: 'supportText', weight: 1.5 },
    { name: 'summary', weight: 1 },
    { name: 'description', weight: 0.5 },
  ],
  threshold: 0.4,
  ignoreLocation: true,
  useTokenSearch: true,
  note: "useTokenSearch is the README's recommendation for multi-word queries (plain bitap on a whole sentence finds almost nothing); supportText = support ids as words",
};

/** The `+vocab` configuration: our vocabulary phrases indexed per provider, and the types our interpretNeed reads appended to the query. */
export const vocabConfig = {
  ...config,
  keys: [...config.keys, { name: 'vocab', weight: 1.5 }, { name: 'types', weight: 2 }],
  query: 'the text, our query stop words removed, plus the type tokens our interpretNeed reads in it',
};

/**
 * Indexes the providers.
 * @param {object[]} providers
 * @param {{ sdk: object }} ctx
 * @param {{ withVocabulary?: boolean }} [options]
 * @returns {{ search(query: object, limit: number): string[] }}
 */
export function build(providers, { sdk }, { withVocabulary = false } = {}) {
  const expansion = withVocabulary ? makeVocabularyExpansion(sdk) : undefined;
  const chosen = withVocabulary ? vocabConfig : config;
  const docs = providers.map((p) => ({
    id: p.id,
    name: p.name,
    summary: p.summary ?? '',
    description: p.description ?? '',
    supportText: (p.support ?? []).join(' ').replace(/-/g, ' '),
    ...(expansion ? { vocab: expansion.vocabText(p), types: expansion.typesText(p) } : {}),
    provider: p,
  }));
  const { note: _note, query: _query, ...options } = chosen;
  const fuse = new Fuse(docs, options);
  return {
    search(query, limit) {
      const ids = [];
      if (!query.text) return ids;
      let text = query.text;
      if (expansion) {
        const words = text
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w && !expansion.stopWords.has(w));
        text = [...words, ...expansion.interpret(query.text)].join(' ');
        if (!text) return ids;
      }
      for (const hit of fuse.search(text)) {
        if (!query.postFilter(hit.item.provider)) continue;
        ids.push(hit.item.id);
        if (ids.length >= limit) break;
      }
      return ids;
    },
  };
}
