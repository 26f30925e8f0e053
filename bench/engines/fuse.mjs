/**
 * Fuse.js 7.5, configured as its README recommends for multi-word queries over
 * several fields: token search (each word fuzzy-matched on its own, BM25-style
 * IDF ranking), weighted keys, `threshold: 0.4`, `ignoreLocation: true` (match
 * anywhere in long descriptions). Filters and location are applied after the
 * text search (see lib/post-filter.mjs).
 */
import Fuse from 'fuse.js';

/** The configuration, printed into results.json and bench/README.md. */
export const config = {
  keys: [
    { name: 'name', weight: 2 },
    { name: 'support', weight: 1.5 },
    { name: 'summary', weight: 1 },
    { name: 'description', weight: 0.5 },
  ],
  threshold: 0.4,
  ignoreLocation: true,
  useTokenSearch: true,
  note: 'useTokenSearch is the README\'s recommendation for multi-word queries (plain bitap on a whole sentence finds almost nothing)',
};

/**
 * Indexes the providers.
 * @param {object[]} providers
 * @returns {{ search(query: object, limit: number): string[] }}
 */
export function build(providers) {
  const { note: _note, ...options } = config;
  const fuse = new Fuse(providers, options);
  return {
    search(query, limit) {
      const ids = [];
      if (!query.text) return ids;
      for (const hit of fuse.search(query.text)) {
        if (!query.postFilter(hit.item)) continue;
        ids.push(hit.item.id);
        if (ids.length >= limit) break;
      }
      return ids;
    },
  };
}
