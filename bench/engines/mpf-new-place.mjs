/**
 * Ours with no place lists kept (`createFinder(..., { placeListsKept: 0 })`): every search places
 * the providers around its place afresh, as the first search from a new place does. The plain
 * `mpf` engine keeps the lists of the last 64 places, so after the warm-up its timing loop measures
 * searches from a place it has seen (a resident changing the words or a filter, or the next page);
 * this one measures the first search from each place. Same results (the correctness and recall
 * passes check it like any engine).
 */
import { buildWith, pagesResults } from './mpf.mjs';

export { pagesResults };

export const config = {
  createFinder: '{ seed, outcodes, placeListsKept: 0 }',
  search: 'as mpf; no place list kept, so each search is a first search from its place',
};

export function build(providers, ctx) {
  return buildWith(providers, ctx, { placeListsKept: 0 });
}
