/**
 * Ways to widen a search that found too little ("no providers found"): drop
 * one filter value, drop the words, or look further away, each with the
 * number of providers it would give. Pure: it only calls `finder.search`, so
 * the counts are exactly what the person would get by taking the suggestion.
 */
import type { SearchQuery } from '../types.ts';
import type { FacetName } from './facets.ts';
import type { Finder } from './finder.ts';
import { DISTANCE_BAND_MILES } from './ordering.ts';

/**
 * One way to get more results, and how many there would be.
 * - `remove-filter`: untick `value` of `filter` (`'true'` for the `free` and `takingNewClients` switches).
 * - `remove-text`: search without the words (keep place and filters).
 * - `distance`: look up to `maxMiles` away; `maxMiles` undefined means any distance.
 */
export type WideningOption =
  | { kind: 'remove-filter'; filter: FacetName; value: string; total: number }
  | { kind: 'remove-text'; total: number }
  | { kind: 'distance'; maxMiles: number | undefined; total: number };

/** The list filters of a query, in the order of the filters panel. */
const LIST_FILTERS = ['support', 'whoFor', 'delivery', 'payment', 'languages', 'openOn'] as const;

/** Wider distances offered after the current one: the distance bands (the choices the element offers), then anywhere. */
const WIDER_MILES: readonly (number | undefined)[] = [...DISTANCE_BAND_MILES, undefined];

/**
 * The query with one filter value taken away (the whole filter when it was the only value).
 * Used by {@link suggestWidening} and by elements removing a filter chip.
 */
export function withoutFilter(query: SearchQuery, filter: FacetName, value: string): SearchQuery {
  const next: SearchQuery = { ...query };
  if (filter === 'free' || filter === 'takingNewClients') {
    delete next[filter];
    return next;
  }
  const remaining = (query[filter] as readonly string[] | undefined)?.filter((v) => v !== value) ?? [];
  if (remaining.length > 0) (next as Record<string, unknown>)[filter] = remaining;
  else delete next[filter];
  return next;
}

/** Every active filter value of a query, as (filter, value) pairs in panel order. */
export function activeFilterValues(query: SearchQuery): { filter: FacetName; value: string }[] {
  const out: { filter: FacetName; value: string }[] = [];
  for (const filter of LIST_FILTERS) for (const value of query[filter] ?? []) out.push({ filter, value });
  if (query.free === true) out.push({ filter: 'free', value: 'true' });
  if (query.takingNewClients === true) out.push({ filter: 'takingNewClients', value: 'true' });
  return out;
}

/**
 * The ways to widen `query` that give MORE providers than it does now, most
 * providers first (ties keep the order: filters, distance, words). At most
 * one distance option: the nearest wider distance that adds providers.
 *
 * @example
 * suggestWidening(finder, { text: 'befriending', free: true, postcode: 'TA1', maxMiles: 3 })
 * // [{ kind: 'distance', maxMiles: 5, total: 6 }, { kind: 'remove-filter', filter: 'free', value: 'true', total: 4 }]
 */
export function suggestWidening(finder: Finder, query: SearchQuery): WideningOption[] {
  const totalOf = (q: SearchQuery): number => finder.search({ ...q, page: 1, pageSize: 1 }).total;
  const now = totalOf(query);
  const options: WideningOption[] = [];

  for (const { filter, value } of activeFilterValues(query)) {
    const total = totalOf(withoutFilter(query, filter, value));
    if (total > now) options.push({ kind: 'remove-filter', filter, value, total });
  }

  if (query.maxMiles !== undefined) {
    for (const maxMiles of WIDER_MILES) {
      if (maxMiles !== undefined && maxMiles <= query.maxMiles) continue;
      const wider: SearchQuery = { ...query };
      if (maxMiles === undefined) delete wider.maxMiles;
      else wider.maxMiles = maxMiles;
      const total = totalOf(wider);
      if (total > now) {
        options.push({ kind: 'distance', maxMiles, total });
        break;
      }
    }
  }

  if (query.text !== undefined && query.text.trim() !== '') {
    const total = totalOf({ ...query, text: '' });
    if (total > now) options.push({ kind: 'remove-text', total });
  }

  // Stable sort: equal totals keep the order they were found in.
  return options
    .map((option, i) => ({ option, i }))
    .sort((a, b) => b.option.total - a.option.total || a.i - b.i)
    .map(({ option }) => option);
}
