import { expect } from '@open-wc/testing';
import type { GeoPoint, OutcodeTable } from '../types.ts';
import { ProviderPlaces, type SearchPlace } from '../geo/location.ts';
import { locatedDistanceBand } from './distance-bands.ts';
import { distanceBandOf, seededRandom } from './ordering.ts';
import { PlaceLists } from './place-lists.ts';
import { createFinder } from './finder.ts';
import { provider } from '@micro-provider-finder/test/fixtures/search/test-providers.ts';
import { scatteredProviders } from '@micro-provider-finder/test/fixtures/search/scattered-providers.ts';

const RADII = [0, 0, 0, 3, 5, 10, 20, 30];

const scattered = (seed: string, count: number) =>
  scatteredProviders(seed, count, { radii: RADII, box: { lat: 50.6, lng: -3.6, latSpan: 0.8, lngSpan: 1.2 }, homeBased: true });

const table = (centroids: Record<string, GeoPoint>): OutcodeTable => ({
  get: (code) => centroids[code],
  size: Object.keys(centroids).length,
});

describe('PlaceLists', () => {
  const providers = scattered('lists', 1500);
  const outcodes = table({ TA1: { lat: 51.01, lng: -3.1 }, BA5: { lat: 51.2, lng: -2.65 } });

  it('lists exactly the providers a place keeps, in doc order, with the band the search would give each', () => {
    const places = new ProviderPlaces(providers, true, outcodes);
    const lists = new PlaceLists(places, providers.length);
    const random = seededRandom('places');
    const placesToTry: SearchPlace[] = [{ kind: 'district', district: 'TA1' }];
    for (let q = 0; q < 30; q++) {
      const origin = {
        lat: 50.7 + random() * 0.6,
        lng: -3.4 + random() * 0.8,
        district: q % 2 ? 'TA1' : 'BA5',
        postcode: 'TA1',
        precision: 'district' as const,
      };
      placesToTry.push({ kind: 'point', origin, maxMiles: [1, 5, 10, 20][q % 4] });
    }
    for (const place of placesToTry) {
      places.prepare(place);
      const list = lists.listFor(place)!;
      places.prepare(place);
      const docs: number[] = [];
      const bands: number[] = [];
      for (let doc = 0; doc < providers.length; doc++) {
        if (!places.locate(doc)) continue;
        docs.push(doc);
        bands.push(place.kind === 'point' ? locatedDistanceBand(places) : distanceBandOf(undefined, places.covers === true));
      }
      expect([...list.docs]).to.deep.equal(docs);
      expect([...list.distanceBands]).to.deep.equal(bands);
      expect(lists.listFor(place), 'kept for the next search').to.equal(list);
    }
  });

  it('lists nothing for a place that cannot narrow (no place, or no distance limit)', () => {
    const places = new ProviderPlaces(providers, true, outcodes);
    const lists = new PlaceLists(places, providers.length);
    const origin = { lat: 51, lng: -3, district: 'TA1', postcode: 'TA1', precision: 'district' as const };
    for (const place of [{ kind: 'anywhere' }, { kind: 'point', origin }] as SearchPlace[]) {
      places.prepare(place);
      expect(lists.listFor(place)).to.equal(undefined);
    }
  });

  it('keeps the most recently used lists, up to four times the feed in all', () => {
    const places = new ProviderPlaces(providers, true, outcodes);
    const lists = new PlaceLists(places, providers.length);
    const wide = (lat: number): SearchPlace => ({
      kind: 'point',
      origin: { lat, lng: -3, district: 'TA1', postcode: 'TA1', precision: 'district' },
      maxMiles: 200,
    });
    const made = [50.9, 50.95, 51, 51.05, 51.1, 51.15].map((lat) => {
      places.prepare(wide(lat));
      return lists.listFor(wide(lat))!;
    });
    places.prepare(wide(51.15));
    expect(lists.listFor(wide(51.15))).to.equal(made[5]);
    places.prepare(wide(50.9));
    expect(lists.listFor(wide(50.9)), 'the oldest was dropped: made again').to.not.equal(made[0]);
  });

  it('keeps none when told 0 (placeListsKept: 0): each search lists afresh, with the same results', () => {
    const places = new ProviderPlaces(providers, true, outcodes);
    const lists = new PlaceLists(places, providers.length, 0);
    const near: SearchPlace = { kind: 'district', district: 'TA1' };
    places.prepare(near);
    const first = lists.listFor(near)!;
    places.prepare(near);
    const again = lists.listFor(near)!;
    expect(again, 'made again, not kept').to.not.equal(first);
    expect([...again.docs]).to.deep.equal([...first.docs]);
    const kept = createFinder(providers, { seed: 's', outcodes });
    const fresh = createFinder(providers, { seed: 's', outcodes, placeListsKept: 0 });
    for (const query of [
      { postcode: 'TA1', maxMiles: 5 },
      { postcode: 'TA1', maxMiles: 5, page: 2 },
      { postcode: 'BA5', maxMiles: 20 },
    ]) {
      const ids = (f: typeof kept) => f.search(query).results.map((r) => r.provider.id);
      expect(ids(fresh)).to.deep.equal(ids(kept));
      expect(ids(fresh)).to.deep.equal(ids(kept));
    }
  });

  it('makes a finder forget its lists when the outcode table changes (home-based providers move with it)', () => {
    const home = [
      provider('h1', { location: { postcode: 'TA1 1AA', private: true } }),
      provider('h2', { location: { postcode: 'BA5 2BB', private: true } }),
    ];
    const near = table({ TA1: { lat: 51.01, lng: -3.1 }, BA5: { lat: 51.02, lng: -3.11 } });
    const far = table({ TA1: { lat: 51.01, lng: -3.1 }, BA5: { lat: 53, lng: -1 } });
    const finder = createFinder(home, { seed: 's', outcodes: near, includeUnlocated: false });
    const query = { postcode: 'TA1', maxMiles: 5 };
    expect(finder.search(query).total).to.equal(2);
    finder.useOutcodes(far);
    expect(finder.search(query).total).to.equal(1);
    expect(createFinder(home, { seed: 's', outcodes: far, includeUnlocated: false }).search(query).total).to.equal(1);
  });
});
