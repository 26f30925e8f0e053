import { expect } from '@open-wc/testing';
import type { Provider, SearchQuery } from '../types.ts';
import { FacetBits } from './facet-bits.ts';
import { FacetTable } from './facets.ts';
import { seededRandom } from './ordering.ts';
import { provider } from '@micro-provider-finder/test/fixtures/search/test-providers.ts';

/** Some of `options`, picked at random (possibly none). */
function someOf<T>(random: () => number, options: readonly T[], chance: number): T[] {
  return options.filter(() => random() < chance);
}

/** Support types: with 6, 14 or 20 of them the masks are 8, 16 or 32 bits wide. */
const supportTypes = (count: number) => Array.from({ length: count }, (_, i) => `type-${i}`);
const WHO_FOR = ['older-people', 'carers', 'dementia', 'autism'];
const DELIVERY = ['home-visit', 'venue', 'phone', 'online'];
const PAYMENT = ['self-funded', 'direct-payment', 'council-funded'];
const LANGUAGES = ['en', 'cy-GB', 'pl', 'CY'];
const DAYS = ['mon', 'tue', 'wed', 'sat'] as const;

function randomProviders(seed: string, count: number, SUPPORT: readonly string[]): Provider[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) =>
    provider(`p${i}`, {
      support: someOf(random, SUPPORT, 0.15) as Provider['support'],
      whoFor: someOf(random, WHO_FOR, 0.3) as Provider['whoFor'],
      delivery: someOf(random, DELIVERY, 0.4) as Provider['delivery'],
      payment: someOf(random, PAYMENT, 0.4) as Provider['payment'],
      languages: someOf(random, LANGUAGES, 0.3),
      hours: someOf(random, DAYS, 0.3).map((day) => ({ day, opens: '09:00', closes: '17:00' })),
      cost: random() < 0.3 ? { free: true } : undefined,
      takingNewClients: random() < 0.3 ? undefined : random() < 0.6,
    }),
  );
}

function randomQuery(random: () => number, SUPPORT: readonly string[]): SearchQuery {
  return {
    support: someOf(random, [...SUPPORT, 'not-in-feed'], 0.15) as SearchQuery['support'],
    whoFor: someOf(random, WHO_FOR, 0.2) as SearchQuery['whoFor'],
    delivery: someOf(random, DELIVERY, 0.25) as SearchQuery['delivery'],
    payment: someOf(random, PAYMENT, 0.25) as SearchQuery['payment'],
    languages: someOf(random, ['cy', 'pl'], 0.2),
    openOn: someOf(random, DAYS, 0.2) as SearchQuery['openOn'],
    free: random() < 0.2,
    takingNewClients: random() < 0.3,
  };
}

describe('FacetBits (the search path of filters and counts)', () => {
  for (const typeCount of [6, 14, 20]) {
    it(`fails and counts every candidate exactly as FacetTable does, on varied filters and candidate sets (${typeCount} support types)`, () => {
      const support = supportTypes(typeCount);
      const providers = randomProviders(`facet-bits-${typeCount}`, 400, support);
      const table = FacetTable.fromProviders(providers);
      const bits = FacetBits.from(table, providers.length)!;
      const random = seededRandom('queries');
      for (let q = 0; q < 60; q++) {
        const compiled = table.compile(randomQuery(random, support));
        const compiledBits = bits.compile(compiled);
        const slow = table.newCounts();
        const fast = table.newCounts();
        for (let doc = 0; doc < providers.length; doc++) {
          if (random() < 0.3) continue; // not a candidate
          const mask = table.failMask(doc, compiled);
          expect(bits.failMask(doc, compiledBits), `query ${q}, doc ${doc}`).to.equal(mask);
          table.count(doc, mask, slow);
          bits.count(doc, mask);
        }
        bits.flush(fast);
        expect(table.toFacets(fast, compiled), `query ${q}`).to.deep.equal(table.toFacets(slow, compiled));
      }
    });
  }

  const providers = randomProviders('facet-bits', 100, supportTypes(20));
  const table = FacetTable.fromProviders(providers);
  const bits = FacetBits.from(table, providers.length)!;

  it('starts each search from zero (flush empties the histogram)', () => {
    const compiled = bits.compile(table.compile({}));
    bits.count(0, bits.failMask(0, compiled));
    bits.flush(table.newCounts());
    const counts = table.newCounts();
    bits.flush(counts);
    expect(counts.every((c) => c.every((x) => x === 0))).to.equal(true);
  });

  it('is not made when a filter has more than 32 options (the finder then keeps FacetTable)', () => {
    const wide = Array.from({ length: 40 }, (_, i) => provider(`w${i}`, { support: [`type-${i}`] as Provider['support'] }));
    expect(FacetBits.from(FacetTable.fromProviders(wide), wide.length)).to.equal(undefined);
  });
});
