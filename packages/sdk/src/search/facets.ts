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

import { FACET_NAMES, type FacetName } from './facet-names.ts';

export { FACET_NAMES, type FacetName };

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

/** Active filters compiled against a {@link FacetTable}: one flag per option. */
export interface CompiledFilters {
  readonly filters: readonly ActiveFilter[];
  /** Per active filter (same order): 1 for each accepted option id. */
  readonly accepted: readonly Uint8Array[];
}

/**
 * Every provider's filter values as integer option ids (one compact table
 * per filter), so filtering and counting in a search are array lookups.
 */
export class FacetTable {
  private readonly options: string[][] = [];
  private readonly optionIds: Map<string, number>[] = [];
  /** Per filter: doc d's option ids are ids[offsets[d]] .. ids[offsets[d + 1] - 1]. */
  private readonly offsets: Int32Array[] = [];
  private readonly ids: Int32Array[] = [];
  /** Per filter, once asked for: {@link postingsOf}. */
  private readonly postings: (Map<string, Int32Array> | undefined)[] = [];

  /**
   * Reads every provider's filter values straight into the table (the same
   * table as `new FacetTable(providers.map(facetValuesOf))`, without an
   * object per provider), in one pass over the providers.
   */
  static fromProviders(providers: readonly Provider[]): FacetTable {
    const table = new FacetTable([]);
    const n = providers.length;
    const columns = FACET_NAMES.map(() => new OptionColumn(n));
    const column = (name: FacetName): OptionColumn => columns[FACET_NAMES.indexOf(name)]!;
    const support = column('support');
    const whoFor = column('whoFor');
    const delivery = column('delivery');
    const payment = column('payment');
    const languages = column('languages');
    const openOn = column('openOn');
    const free = column('free');
    const taking = column('takingNewClients');
    const languageKeys = new Map<string, string>();
    for (let doc = 0; doc < n; doc++) {
      const p = providers[doc]!;
      support.addAll(p.support);
      whoFor.addAll(p.whoFor);
      delivery.addAll(p.delivery);
      payment.addAll(p.payment);
      const tags = p.languages;
      if (tags) {
        for (let k = 0; k < tags.length; k++) {
          const tag = tags[k]!;
          let key = languageKeys.get(tag);
          if (key === undefined) languageKeys.set(tag, (key = primaryLanguage(tag)));
          if (key !== '') languages.add(key);
        }
      }
      const hours = p.hours;
      if (hours) for (let k = 0; k < hours.length; k++) openOn.add(hours[k]!.day);
      free.add(p.cost?.free === true ? 'true' : 'false');
      taking.add(p.takingNewClients === true ? 'true' : p.takingNewClients === false ? 'false' : 'unknown');
      for (let f = 0; f < columns.length; f++) columns[f]!.endDoc(doc);
    }
    columns.forEach((column, f) => {
      table.options[f] = column.options;
      table.optionIds[f] = column.optionIds;
      table.offsets[f] = column.offsets;
      table.ids[f] = column.ids.slice(0, column.count);
    });
    return table;
  }

  /**
   * One filter's option ids (indexes into {@link optionsOf}) per doc: doc d's
   * are ids[offsets[d]] .. ids[offsets[d + 1] - 1], each once, in the order
   * the provider lists them. Shared: do not modify.
   */
  optionIdsOf(name: FacetName): { readonly offsets: Int32Array; readonly ids: Int32Array } {
    const f = FACET_NAMES.indexOf(name);
    return { offsets: this.offsets[f]!, ids: this.ids[f]! };
  }

  /**
   * Doc ids per option of one filter, in one pass (e.g. every provider of each
   * support type). Made once per filter and shared: do not modify.
   */
  postingsOf(name: FacetName): ReadonlyMap<string, Int32Array> {
    const f = FACET_NAMES.indexOf(name);
    let postings = this.postings[f];
    if (!postings) this.postings[f] = postings = this.makePostings(f);
    return postings;
  }

  private makePostings(f: number): Map<string, Int32Array> {
    const options = this.options[f]!;
    const sizes = new Int32Array(options.length);
    const ids = this.ids[f]!;
    const offsets = this.offsets[f]!;
    for (let k = 0; k < ids.length; k++) sizes[ids[k]!]!++;
    const lists = options.map((_, id) => new Int32Array(sizes[id]!));
    const filled = new Int32Array(options.length);
    for (let doc = 0; doc + 1 < offsets.length; doc++) {
      for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++) lists[ids[k]!]![filled[ids[k]!]!++] = doc;
    }
    return new Map(options.map((option, id) => [option, lists[id]!]));
  }

  constructor(values: readonly FacetValues[]) {
    FACET_NAMES.forEach((name, f) => {
      const options: string[] = [];
      const optionIds = new Map<string, number>();
      const offsets = new Int32Array(values.length + 1);
      const ids: number[] = [];
      values.forEach((v, doc) => {
        for (const option of v[name]) {
          let id = optionIds.get(option);
          if (id === undefined) {
            id = options.length;
            optionIds.set(option, id);
            options.push(option);
          }
          ids.push(id);
        }
        offsets[doc + 1] = ids.length;
      });
      this.options[f] = options;
      this.optionIds[f] = optionIds;
      this.offsets[f] = offsets;
      this.ids[f] = Int32Array.from(ids);
    });
  }

  /** Every option the feed uses for a filter. */
  optionsOf(name: FacetName): readonly string[] {
    return this.options[FACET_NAMES.indexOf(name)]!;
  }

  /** An option's id (its index in {@link optionsOf}), or undefined when no provider has it. */
  optionIdOf(name: FacetName, option: string): number | undefined {
    return this.optionIds[FACET_NAMES.indexOf(name)]!.get(option);
  }

  /** Docs having a filter option (e.g. every provider of one support type). */
  docsWith(name: FacetName, option: string): number[] {
    const f = FACET_NAMES.indexOf(name);
    const id = this.optionIdOf(name, option);
    const out: number[] = [];
    if (id === undefined) return out;
    const offsets = this.offsets[f]!;
    const ids = this.ids[f]!;
    for (let doc = 0; doc + 1 < offsets.length; doc++) {
      for (let k = offsets[doc]!; k < offsets[doc + 1]!; k++) if (ids[k] === id) out.push(doc);
    }
    return out;
  }

  /** Compiles a query's filters for {@link failMask}. */
  compile(query: SearchQuery): CompiledFilters {
    const filters = activeFilters(query);
    const accepted = filters.map((filter) => {
      const flags = new Uint8Array(this.options[filter.bit]!.length);
      for (const option of filter.accepted) {
        const id = this.optionIds[filter.bit]!.get(option);
        if (id !== undefined) flags[id] = 1;
      }
      return flags;
    });
    return { filters, accepted };
  }

  /** Bit i set for each active filter i the provider fails. */
  failMask(doc: number, compiled: CompiledFilters): number {
    let mask = 0;
    for (let a = 0; a < compiled.filters.length; a++) {
      const f = compiled.filters[a]!.bit;
      const flags = compiled.accepted[a]!;
      const ids = this.ids[f]!;
      const end = this.offsets[f]![doc + 1]!;
      let ok = false;
      for (let k = this.offsets[f]![doc]!; k < end; k++) {
        if (flags[ids[k]!] === 1) {
          ok = true;
          break;
        }
      }
      if (!ok) mask |= 1 << f;
    }
    return mask;
  }

  /** Fresh zeroed counters, one array per filter. */
  newCounts(): Int32Array[] {
    return this.options.map((options) => new Int32Array(options.length));
  }

  /** Counts one candidate with its fail mask (see the module comment). */
  count(doc: number, mask: number, counts: Int32Array[]): void {
    if (mask === 0) {
      for (let f = 0; f < FACET_NAMES.length; f++) this.countOne(f, doc, counts[f]!);
    } else if ((mask & (mask - 1)) === 0) {
      const f = 31 - Math.clz32(mask);
      this.countOne(f, doc, counts[f]!);
    }
  }

  /** The counts as plain objects: every option in the feed (0 included), plus any chosen option the feed lacks (0). */
  toFacets(counts: Int32Array[], compiled: CompiledFilters): Facets {
    const out = {} as Record<FacetName, Record<string, number>>;
    FACET_NAMES.forEach((name, f) => {
      const record: Record<string, number> = {};
      this.options[f]!.forEach((option, id) => (record[option] = counts[f]![id]!));
      out[name] = record;
    });
    for (const filter of compiled.filters) {
      for (const option of filter.accepted) out[filter.name][option] ??= 0;
    }
    return out;
  }

  private countOne(f: number, doc: number, counts: Int32Array): void {
    const ids = this.ids[f]!;
    const end = this.offsets[f]![doc + 1]!;
    for (let k = this.offsets[f]![doc]!; k < end; k++) counts[ids[k]!]!++;
  }
}

/** One filter's option ids per provider, read one provider at a time (see {@link FacetTable.fromProviders}). */
class OptionColumn {
  readonly options: string[] = [];
  readonly optionIds = new Map<string, number>();
  readonly offsets: Int32Array;
  ids: Int32Array;
  count = 0;
  private docStart = 0;

  constructor(size: number) {
    this.offsets = new Int32Array(size + 1);
    this.ids = new Int32Array(Math.max(16, size));
  }

  addAll(options: readonly string[] | undefined): void {
    if (options) for (let k = 0; k < options.length; k++) this.add(options[k]!);
  }

  /** Adds an option to the current provider (once: a value repeated within a provider counts once). */
  add(option: string): void {
    let id = this.optionIds.get(option);
    if (id === undefined) {
      id = this.options.length;
      this.optionIds.set(option, id);
      this.options.push(option);
    }
    for (let k = this.docStart; k < this.count; k++) if (this.ids[k] === id) return;
    if (this.count === this.ids.length) {
      const bigger = new Int32Array(this.ids.length * 2);
      bigger.set(this.ids);
      this.ids = bigger;
    }
    this.ids[this.count++] = id;
  }

  endDoc(doc: number): void {
    this.offsets[doc + 1] = this.count;
    this.docStart = this.count;
  }
}
