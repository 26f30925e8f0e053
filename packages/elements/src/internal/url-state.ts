/**
 * The finder's search in the page address (opt-in `url-state`), so reload restores it and Back
 * steps through it: the postcode DISTRICT only (never a full postcode), the need, the filters,
 * the distance, the pages shown, the provider whose details are open and the order the person
 * chose ("Nearest first" or "Fair order", when not the page's own). Parameters start with `mpf-`
 * so they do not clash with the host's own.
 */
import { FACET_NAMES, parsePostcode, type FacetName, type SearchQuery } from '@micro-provider-finder/sdk';
import { filtersOf, isSwitchFilter } from './filter-selection.ts';
import { isOrderChoice, type OrderChoice } from '../events/internal-ordering.ts';

export interface UrlState {
  /** Postcode district, e.g. "TA1". */
  district?: string;
  text?: string;
  /** Miles; undefined with a district means any distance. */
  maxMiles?: number;
  filters?: Pick<SearchQuery, FacetName>;
  /** Pages shown (Show more). */
  pages?: number;
  /** Provider whose details are open. */
  provider?: string;
  /** The order the person chose beside the results, when it is not the page's own (the `ordering` attribute). */
  order?: OrderChoice;
}

const KEYS = ['mpf-pc', 'mpf-q', 'mpf-mi', 'mpf-f', 'mpf-pages', 'mpf-id', 'mpf-order'] as const;

/** The district of a query's place, never the full postcode. */
export function districtOf(query: SearchQuery & { origin?: { district?: string } }): string | undefined {
  if (query.origin?.district) return query.origin.district;
  const parsed = query.postcode ? parsePostcode(query.postcode) : undefined;
  return parsed?.ok ? parsed.value.outcode : undefined;
}

/** The address state of a search: district (never the full postcode), need, distance, filters. */
export function urlStateOf(query: SearchQuery & { origin?: { district?: string } }): UrlState {
  const district = districtOf(query);
  const filters = filtersOf(query);
  return {
    ...(district ? { district } : {}),
    ...(query.text?.trim() ? { text: query.text.trim() } : {}),
    ...(district && query.maxMiles !== undefined ? { maxMiles: query.maxMiles } : {}),
    ...(Object.keys(filters).length ? { filters } : {}),
  };
}

/** `pageUrl` with the state's parameters (others kept, old mpf- ones replaced). */
export function encodeUrlState(pageUrl: string, state: UrlState): string {
  const url = new URL(pageUrl);
  for (const key of KEYS) url.searchParams.delete(key);
  if (state.district) url.searchParams.set('mpf-pc', state.district);
  if (state.text) url.searchParams.set('mpf-q', state.text);
  if (state.district && state.maxMiles !== undefined) url.searchParams.set('mpf-mi', String(state.maxMiles));
  const filters = Object.entries(state.filters ?? {}).flatMap(([name, value]) =>
    value === true ? [`${name}:true`] : Array.isArray(value) ? value.map((v) => `${name}:${v}`) : [],
  );
  if (filters.length) url.searchParams.set('mpf-f', filters.join(','));
  if (state.pages && state.pages > 1) url.searchParams.set('mpf-pages', String(state.pages));
  if (state.provider) url.searchParams.set('mpf-id', state.provider);
  if (state.order) url.searchParams.set('mpf-order', state.order);
  return url.href;
}

/** The state in `pageUrl`; empty when it has none. Unknown filters and bad numbers are ignored. */
export function decodeUrlState(pageUrl: string): UrlState {
  const params = new URL(pageUrl).searchParams;
  const state: UrlState = {};
  const district = params.get('mpf-pc');
  const parsed = district ? parsePostcode(district) : undefined;
  if (parsed?.ok) state.district = parsed.value.outcode;
  const text = params.get('mpf-q');
  if (text) state.text = text;
  const miles = Number(params.get('mpf-mi'));
  if (params.has('mpf-mi') && Number.isFinite(miles) && miles > 0) state.maxMiles = miles;
  const filters: Record<string, unknown> = {};
  for (const pair of (params.get('mpf-f') ?? '').split(',').filter(Boolean)) {
    const [name, value] = pair.split(':') as [FacetName, string | undefined];
    if (!value || !(FACET_NAMES as readonly string[]).includes(name)) continue;
    if (isSwitchFilter(name)) filters[name] = true;
    else filters[name] = [...((filters[name] as string[] | undefined) ?? []), value];
  }
  if (Object.keys(filters).length) state.filters = filters as UrlState['filters'];
  const pages = Number(params.get('mpf-pages'));
  if (Number.isInteger(pages) && pages > 1 && pages <= 100) state.pages = pages;
  const provider = params.get('mpf-id');
  if (provider) state.provider = provider;
  const order = params.get('mpf-order');
  if (isOrderChoice(order)) state.order = order;
  return state;
}

/** True when the address carries a search (or an open provider). An order alone is not a search. */
export function hasUrlState(state: UrlState): boolean {
  return Object.keys(state).some((key) => key !== 'order');
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
