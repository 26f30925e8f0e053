import { expect } from '@open-wc/testing';
import { dailySeed, distanceBandOf, seededShuffle, shuffleRank, smallestSorted } from './ordering.ts';
import { createFinder } from './finder.ts';
import { provider } from '@micro-provider-finder/test/fixtures/search/test-providers.ts';

const seeds = Array.from({ length: 1000 }, (_, i) => `seed-${i}`);

describe('ordering', () => {
  it('dailySeed is the date, so the order holds for a day', () => {
    expect(dailySeed(new Date('2026-03-05T08:00:00Z'))).to.equal('2026-03-05');
    expect(dailySeed(new Date('2026-03-05T23:00:00Z'))).to.equal('2026-03-05');
    expect(dailySeed(new Date('2026-03-06T00:30:00Z'))).to.equal('2026-03-06');
  });

  it('seededShuffle: same seed same order, a permutation', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(seededShuffle(items, 'a')).to.deep.equal(seededShuffle(items, 'a'));
    expect(seededShuffle(items, 'a')).to.not.deep.equal(seededShuffle(items, 'b'));
    expect([...seededShuffle(items, 'a')].sort((x, y) => x - y)).to.deep.equal(items);
  });

  it('distance bands: covering the area counts as nearest; unknown last', () => {
    expect(distanceBandOf(15, true)).to.equal(0);
    expect(distanceBandOf(0.5, false)).to.equal(0);
    expect(distanceBandOf(2, false)).to.equal(1);
    expect(distanceBandOf(4, false)).to.equal(2);
    expect(distanceBandOf(9, false)).to.equal(3);
    expect(distanceBandOf(19, false)).to.equal(4);
    expect(distanceBandOf(40, false)).to.equal(5);
    expect(distanceBandOf(undefined, false)).to.equal(6);
  });

  it('smallestSorted gives the same prefix as a full sort', () => {
    const keys = Float64Array.from(Array.from({ length: 500 }, (_, i) => shuffleRank('k', String(i))));
    const full = keys.slice().sort();
    expect([...smallestSorted(keys, 500, 10)]).to.deep.equal([...full.subarray(0, 10)]);
    expect([...smallestSorted(keys, 500, 400)]).to.deep.equal([...full.subarray(0, 400)]);
    expect(smallestSorted(keys, 0, 10).length).to.equal(0);
  });

  describe('fairness (fixed seeds, no timing)', () => {
    const N = 12;
    const equals = Array.from({ length: N }, (_, i) =>
      provider(`eq-${i}`, {
        name: `Fictional Befriending ${String.fromCharCode(65 + i)}`,
        support: ['befriending'],
        takingNewClients: true,
      }),
    );

    it(`over ${seeds.length} seeds each of ${N} equal providers is in the top 3 within ±20% of its fair share`, function () {
      this.timeout(60000); // 1,000 finders on a shared CI box: a limit for hangs, not a speed check
      const top3 = new Map<string, number>();
      const first = new Map<string, number>();
      for (const seed of seeds) {
        const results = createFinder(equals, { seed }).search({ text: 'befriending', pageSize: 3 }).results;
        results.forEach((r) => top3.set(r.provider.id, (top3.get(r.provider.id) ?? 0) + 1));
        first.set(results[0]!.provider.id, (first.get(results[0]!.provider.id) ?? 0) + 1);
      }
      const fair = (seeds.length * 3) / N;
      for (const p of equals) {
        const count = top3.get(p.id) ?? 0;
        expect(count, `${p.id} in top 3`).to.be.within(fair * 0.8, fair * 1.2);
        expect(first.get(p.id) ?? 0, `${p.id} first`).to.be.below(seeds.length);
      }
      expect(first.size, 'providers ever first').to.equal(N);
    });

    it('same seed gives the same order; different seeds rotate who is first', () => {
      const order = (seed: string) =>
        createFinder(equals, { seed })
          .search({ pageSize: N })
          .results.map((r) => r.provider.id);
      expect(order('2026-01-01')).to.deep.equal(order('2026-01-01'));
      const firsts = new Set(seeds.slice(0, 50).map((seed) => order(seed)[0]));
      expect(firsts.size).to.be.greaterThan(5);
    });

    it('is never alphabetical by default; name order only on request (en-GB collation)', () => {
      const named = ['Zeta Fictional', 'alpha Fictional', 'Émile Fictional', 'Beta Fictional'].map((name, i) =>
        provider(`n${i}`, { name, support: ['meals'] }),
      );
      const byName = createFinder(named, { ordering: 'name', seed: 's' })
        .search({})
        .results.map((r) => r.provider.name);
      expect(byName).to.deep.equal([...named.map((p) => p.name)].sort((a, b) => a.localeCompare(b, 'en-GB')));
      const alphabetical = seeds.slice(0, 50).filter((seed) => {
        const names = createFinder(named, { seed })
          .search({})
          .results.map((r) => r.provider.name);
        return names.join() === byName.join();
      });
      expect(alphabetical.length).to.be.lessThan(10);
    });
  });

  it('explainOrder says how results are ordered', () => {
    const fair = createFinder([]).explainOrder();
    expect(fair).to.include({ kind: 'fair', daily: true });
    expect(fair.seed).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(fair.bands.relevance).to.equal(true);
    expect(fair.bands.distanceMiles).to.deep.equal([1, 3, 5, 10, 20]);
    expect(fair.bands.takingNewClientsFirst).to.equal(true);
    const named = createFinder([], { ordering: 'name', seed: 'x' }).explainOrder();
    expect(named).to.include({ kind: 'name', seed: 'x', daily: false });
    expect(named.bands.relevance).to.equal(false);
  });
});
