/**
 * fromOpenReferral: reads Open Referral UK (1.0 and 3.0), HSDS 3.x and Outpost documents
 * into our Provider shape. `parseFeed` and `loadFeed` do this on their own when their
 * input is Open Referral; call this to insist on it (it throws for anything else). The
 * shapes, field mapping and taxonomy table are in `oruk/` and docs/open-referral.md.
 */
import type { ParsedFeed } from '../types.ts';
import { FeedError } from './errors.ts';
import { buildTaxonomyIndex } from './oruk/taxonomy.ts';
import type { TaxonomyRow } from './oruk/taxonomy-map.ts';
import { readOpenReferral, type OpenReferralFeed } from './oruk/read.ts';
import { parseFeed } from './parse.ts';

import { detectOpenReferral } from './oruk/detect.ts';
export type { OpenReferralFeed, OpenReferralInfo } from './oruk/read.ts';
export type { TaxonomyRow } from './oruk/taxonomy-map.ts';

/** True when `data` is one of the Open Referral shapes parseFeed converts (see docs/open-referral.md). */
export function looksLikeOpenReferral(data: unknown): boolean {
  return detectOpenReferral(data) !== undefined;
}

export interface OpenReferralOptions {
  /** Extra taxonomy rows (your council's own terms); they win over the built-in table. */
  extraTaxonomy?: readonly TaxonomyRow[];
}

/**
 * Converts Open Referral services to a ParsedFeed. Records that cannot be used are skipped
 * and reported; fields present in the source and not mapped are summarised in one problem.
 *
 * @throws {FeedError} `not-a-feed` when the input is not an Open Referral shape.
 */
export function fromOpenReferral(input: unknown, options: OpenReferralOptions = {}): OpenReferralFeed {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new FeedError('parse', `the input is not valid JSON (${(error as Error).message})`, { cause: error });
    }
  }
  const taxonomy = options.extraTaxonomy === undefined ? undefined : buildTaxonomyIndex(options.extraTaxonomy);
  const feed = readOpenReferral(data, parseFeed as (document: unknown) => ParsedFeed, taxonomy === undefined ? {} : { taxonomy });
  if (feed === undefined) throw new FeedError('not-a-feed', 'expected an Open Referral service list or service');
  return feed;
}
