/**
 * Maps Open Referral taxonomy terms (names, slugs or codes) onto our support and who-for
 * terms through the table in taxonomy-map.ts; unmapped terms become free-text tags.
 */
import { TAXONOMY_TABLE, type TaxonomyRow } from './taxonomy-map.ts';

export interface MappedTerms {
  support: string[];
  whoFor: string[];
  /** Terms no row maps, as the publisher wrote them (trimmed). */
  tags: string[];
}

/** "Health & Wellbeing" / "health-and-wellbeing" / "Health and wellbeing " -> "health-and-wellbeing". */
const keyCache = new Map<string, string>();
export function taxonomyKey(term: string): string {
  let key = keyCache.get(term);
  if (key === undefined) {
    key = makeKey(term);
    if (keyCache.size < 5_000) keyCache.set(term, key);
  }
  return key;
}

function makeKey(term: string): string {
  return term
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export type TaxonomyIndex = ReadonlyMap<string, TaxonomyRow>;

/** Builds the lookup; later rows (e.g. a host's `extra` rows) replace earlier ones for the same key. */
export function buildTaxonomyIndex(extra: readonly TaxonomyRow[] = []): TaxonomyIndex {
  const index = new Map<string, TaxonomyRow>();
  for (const row of [...TAXONOMY_TABLE, ...extra]) for (const term of row.terms) index.set(taxonomyKey(term), row);
  return index;
}

let defaultIndex: TaxonomyIndex | undefined;
export function defaultTaxonomyIndex(): TaxonomyIndex {
  defaultIndex ??= buildTaxonomyIndex();
  return defaultIndex;
}

/** Maps each term; a term matching no row is kept as a tag. Results are de-duplicated. */
export function mapTerms(terms: readonly string[], index: TaxonomyIndex = defaultTaxonomyIndex()): MappedTerms {
  // Support and who-for terms come from table rows (a few each): plain lists. Tags can be many: a Set, made only when one appears.
  const support: string[] = [];
  const whoFor: string[] = [];
  let tags: Set<string> | undefined;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!.trim();
    if (term === '') continue;
    const row = index.get(taxonomyKey(term));
    if (row === undefined) {
      (tags ??= new Set()).add(term);
      continue;
    }
    if (row.support !== undefined) addNew(support, row.support);
    if (row.whoFor !== undefined) addNew(whoFor, row.whoFor);
  }
  return { support, whoFor, tags: tags === undefined ? [] : [...tags] };
}

/** Appends each of `values` not already in `into` (first kept, like a Set). */
export function addNew(into: string[], values: readonly string[]): void {
  for (let i = 0; i < values.length; i++) if (!into.includes(values[i]!)) into.push(values[i]!);
}
