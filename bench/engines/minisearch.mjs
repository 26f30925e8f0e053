/**
 * MiniSearch 7, configured as its README recommends for short documents
 * searched by people typing as they think: prefix + fuzzy matching, the name
 * boosted. Filters and location are applied after the text search (see
 * lib/post-filter.mjs), because MiniSearch's `filter` option runs the same
 * predicate per hit anyway and the comparison should be about text search.
 */
import MiniSearch from 'minisearch';

/** The configuration, printed into results.json and bench/README.md. */
export const config = {
  fields: ['name', 'summary', 'description', 'support'],
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 2 } },
  note: 'support array indexed as space-joined words; default tokenizer, OR combination, BM25+ ranking',
};

/**
 * Indexes the providers.
 * @param {object[]} providers
 * @returns {{ search(query: object, limit: number): string[] }}
 */
export function build(providers) {
  const byId = new Map(providers.map((p) => [p.id, p]));
  const index = new MiniSearch({
    fields: config.fields,
    idField: 'id',
    extractField: (doc, field) => {
      const value = doc[field];
      return Array.isArray(value) ? value.join(' ') : value;
    },
    searchOptions: config.searchOptions,
  });
  index.addAll(providers);
  return {
    search(query, limit) {
      const ids = [];
      if (!query.text) return ids;
      for (const hit of index.search(query.text)) {
        if (!query.postFilter(byId.get(hit.id))) continue;
        ids.push(hit.id);
        if (ids.length >= limit) break;
      }
      return ids;
    },
  };
}
