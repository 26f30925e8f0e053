import { expect } from '@open-wc/testing';
import type { Origin, Provider } from '../types.ts';
import { createFinder } from './finder.ts';
import { provider } from '@micro-provider-finder/test/fixtures/search/test-providers.ts';
import { activeFilterValues, suggestWidening, withoutFilter } from './widen.ts';

/** Fictional providers at known distances north of a fictional origin (1 degree of latitude is about 69 miles). */
const origin: Origin = { lat: 51, lng: -3, district: 'TA1', postcode: 'TA1 1AA', precision: 'exact' };
const milesNorth = (miles: number) => ({ lat: 51 + miles / 69.05, lng: -3 });

function providers(): Provider[] {
  return [
    provider('near-free', { support: ['befriending'], cost: { free: true }, location: milesNorth(0.5) }),
    provider('near-paid', { support: ['befriending'], cost: { fromGBP: 10 }, location: milesNorth(2) }),
    provider('mid-paid', { support: ['befriending'], location: milesNorth(4) }),
    provider('far-paid', { support: ['befriending'], location: milesNorth(15) }),
    provider('meals-far', { support: ['meals'], cost: { free: true }, location: milesNorth(8), takingNewClients: true }),
  ];
}

const finder = createFinder(providers(), { seed: 'widen' });
const totalOf = (q: Parameters<typeof finder.search>[0]) => finder.search(q).total;

describe('suggestWidening', () => {
  it('offers removing each active filter value that adds providers, with the exact total it would give', () => {
    const query = { origin, support: ['meals'], free: true, maxMiles: 1 };
    expect(totalOf(query)).to.equal(0);
    const options = suggestWidening(finder, query);
    expect(options).to.deep.equal([
      { kind: 'remove-filter', filter: 'support', value: 'meals', total: 1 },
      { kind: 'distance', maxMiles: 10, total: 1 },
    ]);
    // The counts are what the search would really give.
    expect(totalOf({ origin, free: true, maxMiles: 1 })).to.equal(1);
    expect(totalOf({ ...query, maxMiles: 10 })).to.equal(1);
  });

  it('offers the nearest wider distance that finds more, with its count', () => {
    const query = { origin, text: 'befriending', maxMiles: 1, free: false };
    expect(totalOf(query)).to.equal(1);
    const distance = suggestWidening(finder, query).filter((o) => o.kind === 'distance');
    expect(distance).to.deep.equal([{ kind: 'distance', maxMiles: 3, total: 2 }]);
  });

  it('offers "any distance" when no listed distance adds providers', () => {
    const f = createFinder([provider('very-far', { support: ['meals'], location: milesNorth(120) })], { seed: 'w' });
    const options = suggestWidening(f, { origin, maxMiles: 5 });
    expect(options).to.deep.equal([{ kind: 'distance', maxMiles: undefined, total: 1 }]);
  });

  it('offers searching without the words when they are what narrows it', () => {
    const query = { origin, text: 'gardening', maxMiles: 20 };
    expect(totalOf(query)).to.equal(0);
    expect(suggestWidening(finder, query)).to.deep.equal([{ kind: 'remove-text', total: 5 }]);
  });

  it('orders options by how many providers they give, most first', () => {
    const query = { origin, text: 'befriending', free: true, maxMiles: 10 };
    expect(totalOf(query)).to.equal(1);
    expect(suggestWidening(finder, query)).to.deep.equal([
      { kind: 'remove-filter', filter: 'free', value: 'true', total: 3 },
      { kind: 'remove-text', total: 2 },
    ]);
  });

  it('offers nothing when the query has nothing to widen', () => {
    expect(suggestWidening(finder, {})).to.deep.equal([]);
    expect(suggestWidening(finder, { support: ['befriending', 'meals'] })).to.deep.equal([]);
  });

  it('never offers an option that would not add providers', () => {
    const query = { support: ['meals'], takingNewClients: true };
    expect(totalOf(query)).to.equal(1);
    expect(suggestWidening(finder, query)).to.deep.equal([]);
  });
});

describe('withoutFilter / activeFilterValues', () => {
  it('removes one value, the whole filter when it was the last, and switches', () => {
    const query = { text: 'x', support: ['meals', 'shopping'], free: true, takingNewClients: true };
    expect(withoutFilter(query, 'support', 'meals')).to.deep.equal({
      text: 'x',
      support: ['shopping'],
      free: true,
      takingNewClients: true,
    });
    expect(withoutFilter({ support: ['meals'] }, 'support', 'meals')).to.deep.equal({});
    expect(withoutFilter(query, 'free', 'true')).to.not.have.property('free');
    expect(query.support).to.deep.equal(['meals', 'shopping'], 'input unchanged');
  });

  it('lists every active value in panel order', () => {
    expect(activeFilterValues({ openOn: ['mon'], support: ['meals'], free: true, takingNewClients: false })).to.deep.equal([
      { filter: 'support', value: 'meals' },
      { filter: 'openOn', value: 'mon' },
      { filter: 'free', value: 'true' },
    ]);
  });
});
