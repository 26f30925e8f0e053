/**
 * The finder's next search, worked out from what the person did: a search from the element's
 * attributes, a new distance, a way to widen, a state from the page address. Pure: the same
 * inputs always give the same query (the element and its controllers only apply it).
 */
import { parsePostcode, type SearchQuery } from '@micro-provider-finder/sdk';
import { maxMilesFor, type DistanceChoice } from './distance-choice.ts';
import type { UrlState } from './url-state.ts';
import { urlStateOf } from './url-state.ts';

/** The search the `postcode`, `query` and `distance` attributes ask for; undefined when they ask for none. */
export function queryFromAttributes(postcode: string, text: string, distance: DistanceChoice): SearchQuery | undefined {
  if (!(postcode || text)) return undefined;
  const parsed = parsePostcode(postcode);
  const maxMiles = maxMilesFor(distance);
  return {
    text: text.trim(),
    ...(parsed.ok ? { postcode: parsed.value.postcode, ...(maxMiles !== undefined ? { maxMiles } : {}) } : {}),
  };
}

/** `query` with a new distance limit (undefined: any distance). */
export function withMaxMiles(query: SearchQuery, maxMiles: number | undefined): SearchQuery {
  const next: SearchQuery = { ...query, maxMiles };
  if (maxMiles === undefined) delete next.maxMiles;
  return next;
}

/** The search a state from the page address asks for (its distance only applies with a place). */
export function queryOfUrlState(state: UrlState): SearchQuery {
  const query: SearchQuery = { text: state.text ?? '', ...state.filters };
  if (state.district) {
    query.postcode = state.district;
    if (state.maxMiles !== undefined) query.maxMiles = state.maxMiles;
  }
  return query;
}

/** True when two searches put the same state in the address (so only the open provider can differ). */
export function isSameSearch(a: SearchQuery | undefined, b: SearchQuery): boolean {
  return a !== undefined && JSON.stringify(urlStateOf(a)) === JSON.stringify(urlStateOf(b));
}
