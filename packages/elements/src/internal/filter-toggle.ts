/**
 * Ticking and unticking one filter value, for the filters panel and its chips. Unticking is the
 * SDK's `withoutFilter`, the same step a "widen your search" option takes. (Kept apart from
 * filter-selection.ts so the first paint does not load the SDK's widening code.)
 */
import { withoutFilter, type FacetName, type SearchQuery } from '@micro-provider-finder/sdk';
import type { FilterSelection } from '../events/internal-search-ui.ts';
import { isSwitchFilter } from './filter-selection.ts';

/** True when `value` is chosen for `filter` ("true" for a switch that is on). */
export function isChosen(selected: FilterSelection, filter: FacetName, value: string): boolean {
  if (isSwitchFilter(filter)) return selected[filter] === true && value === 'true';
  return (selected[filter] as readonly string[] | undefined)?.includes(value) ?? false;
}

/**
 * `selected` with `value` of `filter` ticked or unticked (a new object; lists keep their order).
 * Unticking is the SDK's `withoutFilter`, the same step widening takes.
 */
export function withFilterValue<Q extends SearchQuery>(selected: Q, filter: FacetName, value: string, on: boolean): Q {
  if (!on) return withoutFilter(selected, filter, value) as Q;
  const next: Q = { ...selected };
  if (isSwitchFilter(filter)) {
    next[filter] = true;
    return next;
  }
  const current = (selected[filter] as readonly string[] | undefined) ?? [];
  (next as Record<string, unknown>)[filter] = [...current.filter((v) => v !== value), value];
  return next;
}
