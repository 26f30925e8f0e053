import { expect } from '@open-wc/testing';
import { ProviderPlaces } from './location.ts';
import { distanceMiles } from './distance.ts';
import { seededRandom } from '../search/ordering.ts';
import { scatteredProviders } from '@micro-provider-finder/test/fixtures/search/scattered-providers.ts';

const RADII = [0, 0, 0, 2, 5, 7, 10, 15, 20, 25, 40, 45, 90];

/** Providers scattered over about 100 by 100 miles around (51, -3), some with a radius, an area, or no location. */
const scattered = (seed: string, count: number) =>
  scatteredProviders(seed, count, { radii: RADII, box: { lat: 50.3, lng: -4.1, latSpan: 1.4, lngSpan: 2.2 } });

describe('ProviderPlaces.reachable', () => {
  const providers = scattered('reach', 3000);

  for (const includeUnlocated of [true, false]) {
    it(`holds every provider a place keeps, once each, in ascending order (includeUnlocated ${includeUnlocated})`, () => {
      const places = new ProviderPlaces(providers, includeUnlocated, undefined);
      const random = seededRandom('origins');
      for (let q = 0; q < 40; q++) {
        const origin = {
          lat: 50.5 + random(),
          lng: -3.8 + random() * 1.6,
          district: q % 3 ? 'TA1' : 'EX1',
          postcode: 'TA1',
          precision: 'district' as const,
        };
        const maxMiles = [1, 3, 5, 10, 20, 35, 60][q % 7]!;
        places.prepare({ kind: 'point', origin, maxMiles });
        const reach = [...places.reachable()!];
        for (let k = 1; k < reach.length; k++) expect(reach[k]!, `query ${q}`).to.be.greaterThan(reach[k - 1]!);
        const kept = new Set(reach);
        let keptCount = 0;
        for (let doc = 0; doc < providers.length; doc++) {
          if (!places.locate(doc)) continue;
          keptCount++;
          expect(kept.has(doc), `query ${q} (${maxMiles} miles) reaches ${providers[doc]!.id}`).to.equal(true);
        }
        // A superset, but not everyone: the radius classes keep a few wide radii from widening every search.
        if (maxMiles <= 10) expect(reach.length, `query ${q}`).to.be.lessThan(providers.length / 2);
        expect(keptCount).to.be.greaterThan(0);
      }
    });
  }

  it('holds every provider a district search keeps, in ascending order', () => {
    const places = new ProviderPlaces(providers, true, undefined);
    places.prepare({ kind: 'district', district: 'TA1' });
    const reach = [...places.reachable()!];
    expect(reach).to.deep.equal([...reach].sort((a, b) => a - b));
    const expected = providers.map((_, doc) => doc).filter((doc) => places.locate(doc));
    expect(reach.filter((doc) => places.locate(doc))).to.deep.equal(expected);
  });
});

describe('ProviderPlaces points', () => {
  it('places providers the same whether points are read in the first pass (point search) or later (after a district search)', () => {
    const providers = scattered('passes', 2000);
    const pointFirst = new ProviderPlaces(providers, true, undefined);
    const districtFirst = new ProviderPlaces(providers, true, undefined);
    districtFirst.prepare({ kind: 'district', district: 'TA1' });
    const random = seededRandom('pass-origins');
    for (let q = 0; q < 12; q++) {
      const origin = { lat: 50.5 + random(), lng: -3.8 + random() * 1.6, district: 'TA1', postcode: 'TA1', precision: 'district' as const };
      const place = { kind: 'point' as const, origin, maxMiles: [2, 5, 10, 25][q % 4]! };
      pointFirst.prepare(place);
      districtFirst.prepare(place);
      expect([...pointFirst.reachable()!], `query ${q}`).to.deep.equal([...districtFirst.reachable()!]);
      let kept = 0;
      for (let doc = 0; doc < providers.length; doc++) {
        const keep = pointFirst.locate(doc);
        expect(districtFirst.locate(doc), `query ${q} doc ${doc}`).to.equal(keep);
        expect([districtFirst.covers, districtFirst.miles, districtFirst.chord2]).to.deep.equal([
          pointFirst.covers,
          pointFirst.miles,
          pointFirst.chord2,
        ]);
        if (keep) kept++;
      }
      expect(kept, `query ${q}`).to.be.greaterThan(0);
    }
  });
});

describe('ProviderPlaces radii', () => {
  it('keeps a provider by its own radius with more distinct radii than a 16-bit table holds', () => {
    // 70,000 providers on one meridian, each with its own radius just short of or just past the origin.
    const count = 70_000;
    const providers = Array.from({ length: count }, (_, k) => ({
      id: `r${k}`,
      name: `R ${k}`,
      support: ['meals'],
      location: { lat: 51 + (k % 1000) / 1000, lng: -3 },
      radiusMiles: 1 + k / 1000,
    }));
    const places = new ProviderPlaces(providers as never, true, undefined);
    places.prepare({ kind: 'point', origin: { lat: 51, lng: -3, district: 'ZZ1', postcode: 'ZZ1', precision: 'district' }, maxMiles: 0.1 });
    let covered = 0;
    for (let doc = 0; doc < count; doc++) {
      const p = providers[doc]!;
      const miles = distanceMiles(p.location, { lat: 51, lng: -3 });
      places.locate(doc);
      expect(places.covers, p.id).to.equal(miles <= p.radiusMiles);
      if (places.covers) covered++;
    }
    expect(covered).to.be.greaterThan(1000);
    expect(covered).to.be.lessThan(count - 1000);
  });
});

describe('ProviderPlaces towns', () => {
  it("covers by the town of the current table's district, read again when the table changes", () => {
    // Far from the origin, no radius: only an area naming the district's town can cover it.
    const providers = [
      { id: 't0', name: 'T 0', support: ['meals'], location: { lat: 55, lng: -2 }, areas: ['Taunton'] },
      { id: 't1', name: 'T 1', support: ['meals'], location: { lat: 55, lng: -2 }, areas: ['Bridgwater'] },
    ];
    const tableNaming = (town: string) => ({
      get: (outcode: string) => (outcode === 'TA1' ? { lat: 51.01, lng: -3.1 } : undefined),
      town: (outcode: string) => (outcode === 'TA1' ? town : undefined),
      size: 1,
    });
    const places = new ProviderPlaces(providers as never, false, tableNaming('Taunton'));
    const origin = { lat: 51.01, lng: -3.1, district: 'TA1', postcode: 'TA1 1AA', precision: 'district' as const };
    const covered = () => {
      places.prepare({ kind: 'point', origin, maxMiles: 5 });
      const reach = [...places.reachable()!];
      return providers.map((p, doc) => places.locate(doc) && places.covers === true && reach.includes(doc));
    };
    expect(covered(), 'Taunton').to.deep.equal([true, false]);
    expect(covered(), 'Taunton, asked again').to.deep.equal([true, false]);
    places.useOutcodes(tableNaming('Bridgwater'));
    expect(covered(), 'Bridgwater').to.deep.equal([false, true]);
  });
});
