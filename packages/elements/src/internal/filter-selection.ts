/**
 * The person's filters, as the fields of a search query. The filter names are the SDK's
 * (`FACET_NAMES`): facets, widening, the filters panel, chips and the strings all use them.
 */
import { FACET_NAMES, type FacetName, type SearchQuery } from '@micro-provider-finder/sdk';
import type { FilterSelection } from '../events/internal-search-ui.ts';
import type { Locale } from '../i18n/locale.ts';
import { labelFor, languageName } from './format.ts';

/** Filters that are on or off (a single "true" option) rather than a list of values. */
export const SWITCH_FILTERS = ['free', 'takingNewClients'] as const satisfies readonly FacetName[];
export type SwitchFilter = (typeof SWITCH_FILTERS)[number];
export type ListFilter = Exclude<FacetName, SwitchFilter>;

export function isSwitchFilter(filter: FacetName): filter is SwitchFilter {
  return (SWITCH_FILTERS as readonly FacetName[]).includes(filter);
}

/** The filter fields of a query (only those set). */
export function filtersOf(query: SearchQuery): FilterSelection {
  const out: Record<string, unknown> = {};
  for (const key of FACET_NAMES) if (query[key] !== undefined) out[key] = query[key];
  return out as FilterSelection;
}

/** The query without any filter fields. */
export function withoutFilters(query: SearchQuery): SearchQuery {
  const out: SearchQuery = { ...query };
  for (const key of FACET_NAMES) delete out[key];
  return out;
}

/** The words for one filter value in the interface language: "Befriending and company", "Monday", "Free". */
export function filterValueLabel(locale: Locale, filter: FacetName, value: string): string {
  const { strings } = locale;
  switch (filter) {
    case 'support':
      return labelFor(strings.supportTypes, value);
    case 'whoFor':
      return labelFor(strings.whoForLabels, value);
    case 'delivery':
      return labelFor(strings.delivery, value);
    case 'payment':
      return labelFor(strings.payment, value);
    case 'languages':
      return languageName(locale, value);
    case 'openOn':
      return labelFor(strings.weekdays, value);
    case 'free':
      return strings.free;
    case 'takingNewClients':
      return strings.takingNewClients;
  }
}
