import { expect } from '@open-wc/testing';
import { isSameSearch, queryFromAttributes, queryOfUrlState, withMaxMiles } from './search-intents.ts';

describe('search intents', () => {
  it('searches from the attributes only when they give a postcode or a need; a bad postcode searches the need alone', () => {
    expect(queryFromAttributes('', '', '10')).to.equal(undefined);
    expect(queryFromAttributes('ta11aa', ' lunch club ', '5')).to.deep.equal({ text: 'lunch club', postcode: 'TA1 1AA', maxMiles: 5 });
    expect(queryFromAttributes('TA1 1AA', '', 'any')).to.deep.equal({ text: '', postcode: 'TA1 1AA' });
    expect(queryFromAttributes('not a postcode', 'meals', '10')).to.deep.equal({ text: 'meals' });
  });

  it('sets or removes the distance limit without changing the query it was given', () => {
    const query = { text: 'meals', postcode: 'TA1', maxMiles: 3 };
    expect(withMaxMiles(query, 10)).to.deep.equal({ text: 'meals', postcode: 'TA1', maxMiles: 10 });
    expect(withMaxMiles(query, undefined)).to.deep.equal({ text: 'meals', postcode: 'TA1' });
    expect(query.maxMiles).to.equal(3);
  });

  it('turns an address state into its search; a distance without a place is dropped', () => {
    expect(queryOfUrlState({ district: 'TA1', text: 'meals', maxMiles: 5, filters: { free: true } })).to.deep.equal({
      text: 'meals',
      free: true,
      postcode: 'TA1',
      maxMiles: 5,
    });
    expect(queryOfUrlState({ maxMiles: 5 })).to.deep.equal({ text: '' });
  });

  it('two searches are the same when they put the same state in the address', () => {
    expect(isSameSearch({ text: 'meals', postcode: 'TA1 1AA' }, { text: 'meals ', postcode: 'TA1' })).to.equal(true);
    expect(isSameSearch({ text: 'meals', postcode: 'TA1' }, { text: 'meals', postcode: 'TA2' })).to.equal(false);
    expect(isSameSearch(undefined, { text: '' })).to.equal(false);
  });
});
