import { expect } from '@open-wc/testing';
import { withMaxMiles } from './distance-choice.ts';

describe('distance choice', () => {
  it('sets or removes the distance limit without changing the query it was given', () => {
    const query = { text: 'meals', postcode: 'TA1', maxMiles: 3 };
    expect(withMaxMiles(query, 10)).to.deep.equal({ text: 'meals', postcode: 'TA1', maxMiles: 10 });
    expect(withMaxMiles(query, undefined)).to.deep.equal({ text: 'meals', postcode: 'TA1' });
    expect(query.maxMiles).to.equal(3);
  });
});
