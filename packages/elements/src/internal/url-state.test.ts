import { expect } from '@open-wc/testing';
import { decodeUrlState, encodeUrlState, hasUrlState, isSameSearch, queryOfUrlState, urlStateOf } from './url-state.ts';

const PAGE = 'https://council.example/care?lang=cy';

describe('url state', () => {
  it('keeps only the postcode district, never the full postcode', () => {
    const state = urlStateOf({ text: 'lunch club', postcode: 'TA1 1AA', maxMiles: 5, support: ['meals'], free: true });
    expect(state).to.deep.equal({ district: 'TA1', text: 'lunch club', maxMiles: 5, filters: { support: ['meals'], free: true } });
    const url = encodeUrlState(PAGE, { ...state, pages: 2, provider: 't-01' });
    expect(url).not.to.include('1AA');
    expect(new URL(url).searchParams.get('lang')).to.equal('cy');
    expect(decodeUrlState(url)).to.deep.equal({ ...state, pages: 2, provider: 't-01' });
  });

  it('keeps the order the person chose; an order alone is not a search', () => {
    const url = encodeUrlState(PAGE, { district: 'TA1', text: 'meals', order: 'distance' });
    expect(new URL(url).searchParams.get('mpf-order')).to.equal('distance');
    expect(decodeUrlState(url)).to.deep.equal({ district: 'TA1', text: 'meals', order: 'distance' });
    expect(decodeUrlState(encodeUrlState(url, { district: 'TA1', text: 'meals' }))).to.deep.equal({ district: 'TA1', text: 'meals' });
    const orderOnly = decodeUrlState(`${PAGE}&mpf-order=fair`);
    expect(orderOnly).to.deep.equal({ order: 'fair' });
    expect(hasUrlState(orderOnly)).to.equal(false);
    expect(hasUrlState({ text: 'meals', order: 'fair' })).to.equal(true);
  });

  it('ignores what it does not understand', () => {
    const url = `${PAGE}&mpf-pc=not%20a%20postcode&mpf-mi=-3&mpf-f=nonsense:x,support&mpf-pages=1e9&mpf-order=name`;
    expect(decodeUrlState(url)).to.deep.equal({});
  });

  it('drops distance without a place, and replaces old parameters', () => {
    expect(urlStateOf({ text: 'x', maxMiles: 3 })).to.deep.equal({ text: 'x' });
    const once = encodeUrlState(PAGE, { text: 'a', provider: 'p' });
    expect(decodeUrlState(encodeUrlState(once, { text: 'b' }))).to.deep.equal({ text: 'b' });
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
