/**
 * Splitting a query into its filters and the rest, so the finder can keep the
 * person's filters when they search again and swap them when the panel changes.
 */
import type { FacetName, SearchQuery } from '@micro-provider-finder/sdk';
import type { FilterSelection } from '../events/internal-search-ui.ts';
import type { Locale } from '../i18n/locale.ts';
import { labelFor, languageName } from './format.ts';

const FILTER_KEYS = ['support', 'whoFor', 'delivery', 'payment', 'languages', 'openOn', 'free', 'takingNewClients'] as const;

/** The filter fields of a query (only those set). */
export function filtersOf(query: SearchQuery): FilterSelection {
  const out: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) if (query[key] !== undefined) out[key] = query[key];
  return out as FilterSelection;
}

/** The query without any filter fields. */
export function withoutFilters(query: SearchQuery): SearchQuery {
  const out: SearchQuery = { ...query };
  for (const key of FILTER_KEYS) delete out[key];
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
