/**
 * Filters and their counts ("facets"), computed the standard faceted-search
 * way: the count shown next to an option is how many results there would be
 * with that option ticked and every OTHER active filter still applied (its
 * own filter ignored), so ticking "Meals" still shows how many "Shopping"
 * providers there are.
 *
 * One pass over the candidates: each one gets a bit per active filter it
 * fails. No bits: it is a result and counts in every facet. Exactly one bit:
 * it counts only in that filter's facet. More: it counts nowhere.
 */
import type { Facets, Provider, SearchQuery } from '../types.ts';

/** The filters, in a fixed order (bit i of a fail mask is filter i). */
export const FACET_NAMES = ['support', 'whoFor', 'delivery', 'payment', 'languages', 'openOn', 'free', 'takingNewClients'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** A provider's values for every filter, as strings (booleans as "true"/"false", unknown capacity as "unknown"). */
export type FacetValues = Readonly<Record<FacetName, readonly string[]>>;

/** "cy-GB" -> "cy": languages match on their primary subtag. */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

function unique(values: readonly string[] | undefined): string[] {
  return [...new Set(values ?? [])];
}

/** A provider's filter values, computed once per feed. */
export function facetValuesOf(p: Provider): FacetValues {
  return {
    support: unique(p.support),
    whoFor: unique(p.whoFor),
    delivery: unique(p.delivery),
    payment: unique(p.payment),
    languages: unique((p.languages ?? []).map(primaryLanguage).filter((l) => l !== '')),
    openOn: unique((p.hours ?? []).map((h) => h.day)),
    free: [p.cost?.free === true ? 'true' : 'false'],
    takingNewClients: [p.takingNewClients === true ? 'true' : p.takingNewClients === false ? 'false' : 'unknown'],
  };
}

/** One active filter: the values a provider may have (any one is enough). */
export interface ActiveFilter {
  bit: number;
  name: FacetName;
  accepted: ReadonlySet<string>;
}

/**
 * The filters a query turns on. Empty lists and `false` booleans filter
 * nothing. `takingNewClients: true` keeps only providers that say they are
 * (unknown capacity is left out); `free: true` keeps `cost.free` providers.
 */
export function activeFilters(query: SearchQuery): ActiveFilter[] {
  const lists: Record<FacetName, readonly string[] | undefined> = {
    support: query.support,
    whoFor: query.whoFor,
    delivery: query.delivery,
    payment: query.payment,
    languages: query.languages?.map(primaryLanguage),
    openOn: query.openOn,
    free: query.free === true ? ['true'] : undefined,
    takingNewClients: query.takingNewClients === true ? ['true'] : undefined,
  };
  const out: ActiveFilter[] = [];
  FACET_NAMES.forEach((name, bit) => {
    const values = lists[name];
    if (values && values.length > 0) out.push({ bit, name, accepted: new Set(values) });
  });
  return out;
}

/** Bit i set for each active filter i the provider fails. */
export function failMask(values: FacetValues, filters: readonly ActiveFilter[]): number {
  let mask = 0;
  for (const filter of filters) {
    if (!values[filter.name].some((value) => filter.accepted.has(value))) mask |= 1 << filter.bit;
  }
  return mask;
}

/** Adds up facet counts over candidates; starts with every option seen in the feed (and every chosen one) at 0. */
export class FacetCounter {
  private readonly counts: Record<FacetName, Map<string, number>>;

  constructor(allOptions: Readonly<Record<FacetName, Iterable<string>>>, filters: readonly ActiveFilter[]) {
    this.counts = {} as Record<FacetName, Map<string, number>>;
    for (const name of FACET_NAMES) {
      this.counts[name] = new Map([...allOptions[name]].map((option) => [option, 0]));
    }
    for (const filter of filters) {
      for (const option of filter.accepted) if (!this.counts[filter.name].has(option)) this.counts[filter.name].set(option, 0);
    }
  }

  /** Counts one candidate with its fail mask (see the module comment). */
  add(values: FacetValues, mask: number): void {
    if (mask === 0) {
      for (const name of FACET_NAMES) this.countValues(name, values[name]);
    } else if ((mask & (mask - 1)) === 0) {
      this.countValues(FACET_NAMES[31 - Math.clz32(mask)]!, values[FACET_NAMES[31 - Math.clz32(mask)]!]);
    }
  }

  /** The counts, as plain objects. */
  result(): Facets {
    const out = {} as Record<FacetName, Record<string, number>>;
    for (const name of FACET_NAMES) out[name] = Object.fromEntries(this.counts[name]);
    return out;
  }

  private countValues(name: FacetName, values: readonly string[]): void {
    const counts = this.counts[name];
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
}
