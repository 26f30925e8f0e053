/**
 * The shortlisted providers as results, in the order they were kept: with the distance and
 * match of the current search when they are in it, else as found in the feed. Ids no longer in
 * the feed are left out.
 */
import type { Provider, SearchResult } from '@micro-provider-finder/sdk';

export function shortlistResults(ids: readonly string[], shown: readonly SearchResult[], providers: readonly Provider[]): SearchResult[] {
  const inSearch = new Map(shown.map((r) => [r.provider.id, r]));
  return ids.flatMap((id) => {
    const known = inSearch.get(id);
    const provider = known?.provider ?? providers.find((p) => p.id === id);
    return provider ? [known ?? { provider, score: 0, relevanceBand: 0, distanceBand: 0, closeMatch: true }] : [];
  });
}
