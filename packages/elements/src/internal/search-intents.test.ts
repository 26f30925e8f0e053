import { expect } from '@open-wc/testing';
import { queryFromAttributes } from './search-intents.ts';

describe('search intents', () => {
  it('searches from the attributes only when they give a postcode or a need; a bad postcode searches the need alone', () => {
    expect(queryFromAttributes('', '', '10')).to.equal(undefined);
    expect(queryFromAttributes('ta11aa', ' lunch club ', '5')).to.deep.equal({ text: 'lunch club', postcode: 'TA1 1AA', maxMiles: 5 });
    expect(queryFromAttributes('TA1 1AA', '', 'any')).to.deep.equal({ text: '', postcode: 'TA1 1AA' });
    expect(queryFromAttributes('not a postcode', 'meals', '10')).to.deep.equal({ text: 'meals' });
  });
});
