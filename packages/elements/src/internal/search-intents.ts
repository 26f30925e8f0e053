/**
 * The finder's next search, worked out from what the person did: a search from the element's
 * attributes (a new distance: distance-choice.ts). Pure: the same inputs always give the same query (the element and its
 * controllers only apply it). The search a state from the page address asks for is in url-state.ts.
 */
import { parsePostcode, type SearchQuery } from '@micro-provider-finder/sdk';
import { maxMilesFor, type DistanceChoice } from './distance-choice.ts';

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
