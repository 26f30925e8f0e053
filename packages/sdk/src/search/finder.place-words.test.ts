import { expect } from '@open-wc/testing';
import type { Provider, SearchResult } from '../types.ts';
import { createFinder } from './finder.ts';
import { provider } from '@micro-provider-finder/test/fixtures/search/test-providers.ts';

const SUPPORT = ['befriending', 'meals', 'home-help', 'lunch-clubs', 'sitting-service', 'carers-support'];
const WHO_FOR = ['older-people', 'carers', 'dementia'];
const WORDS = ['people', 'friendly', 'weekly', 'visits', 'garden', 'tea', 'hot', 'village', 'company', 'lunch'];

/**
 * 400 fictional providers, one in ten in TA1 and the rest in BA20. Most hold the common words, types
 * and groups, so a search from TA1 walks its 40 providers and reads those words and types provider by
 * provider (dense-terms.ts, the finder's markTypesInWalk) instead of walking their long lists.
 */
function manyProviders(): Provider[] {
  const providers: Provider[] = [];
  for (let i = 0; i < 400; i++) {
    // Each item kept for about keep in 10 providers, mixed differently per provider (a multiplicative hash).
    const pick = <T>(list: readonly T[], salt: number, keep: number): T[] =>
      list.filter((_, k) => (Math.imul(i * 31 + k * 7 + salt, 2654435761) >>> 0) % 10 < keep);
    providers.push(
      provider(`p${i}`, {
        name: `Fictional ${WORDS[i % WORDS.length]} ${i}`,
        support: pick(SUPPORT, 3, 6),
        whoFor: pick(WHO_FOR, 7, 5),
        summary: pick(WORDS, 11, 7).join(' '),
        description: i % 3 === 0 ? 'We visit people at home for a cup of tea.' : undefined,
        areas: [i % 10 === 0 ? 'TA1' : 'BA20'],
      }),
    );
  }
  return providers;
}

const NEEDS = [
  'befriending for older people',
  'friendly people',
  'someone to visit my dad weekly',
  'hot meals for carers',
  'lunch club in the village',
  'company and a cup of tea',
  'frendly visits',
  'garden',
];

describe('createFinder: the words and types of a place’s providers', () => {
  it('gives a search from a place the same matches, bands and scores as the same search anywhere', () => {
    const providers = manyProviders();
    const inPlace = new Set(providers.filter((p) => p.areas?.includes('TA1')).map((p) => p.id));
    for (const seed of ['s1', 's2']) {
      const finder = createFinder(providers, { seed });
      for (const text of NEEDS) {
        const anywhere = new Map<string, SearchResult>(finder.search({ text, pageSize: 500 }).results.map((r) => [r.provider.id, r]));
        const expected = [...anywhere.keys()].filter((id) => inPlace.has(id));
        expect(expected.length, `"${text}" matches some of the place's providers`).to.be.greaterThan(0);
        // Twice: the place's list is made by the first search and kept for the second.
        for (const round of [1, 2]) {
          const fromPlace = finder.search({ text, postcode: 'TA1', pageSize: 500 });
          const label = `"${text}" from TA1 (${seed}, search ${round})`;
          expect(fromPlace.results.map((r) => r.provider.id).sort(), label).to.deep.equal(expected.sort());
          for (const r of fromPlace.results) {
            const same = anywhere.get(r.provider.id)!;
            expect([r.relevanceBand, r.closeMatch, r.score], `${label}: ${r.provider.id}`).to.deep.equal([
              same.relevanceBand,
              same.closeMatch,
              same.score,
            ]);
          }
          expect(fromPlace.closeTotal, label).to.equal(expected.filter((id) => anywhere.get(id)!.closeMatch).length);
        }
      }
    }
  });
});
