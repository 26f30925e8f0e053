/**
 * Maps Open Referral taxonomy terms (names, slugs or codes) onto our support and who-for
 * terms through the table in taxonomy-map.ts; unmapped terms become free-text tags.
 */
import { ListBuilder } from './list-builder.ts';
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
  const mapping = new TermMapping();
  for (let i = 0; i < terms.length; i++) mapTerm(mapping, terms[i]!, index);
  return { support: mapping.support.take() ?? [], whoFor: mapping.whoFor.take() ?? [], tags: mapping.tags.take() ?? [] };
}

/**
 * Terms mapped one at a time as a service is read (no list of names first), each kind into a
 * builder that hands out the list at its exact length. A converter keeps one and resets it
 * for each service.
 */
export class TermMapping {
  readonly support = new ListBuilder<string>();
  readonly whoFor = new ListBuilder<string>();
  /** Terms no row maps, as the publisher wrote them (trimmed), first seen first. */
  readonly tags = new ListBuilder<string>();

  reset(): void {
    this.support.reset();
    this.whoFor.reset();
    this.tags.reset();
  }
}

/** Adds one term: its row's support types and who-for terms, or the term itself as a tag. */
export function mapTerm(into: TermMapping, raw: string, index: TaxonomyIndex): void {
  const term = raw.trim();
  if (term === '') return;
  const row = index.get(taxonomyKey(term));
  if (row === undefined) {
    into.tags.addNew(term);
    return;
  }
  if (row.support !== undefined) into.support.addAllNew(row.support);
  if (row.whoFor !== undefined) into.whoFor.addAllNew(row.whoFor);
}
