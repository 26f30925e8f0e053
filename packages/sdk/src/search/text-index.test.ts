import { expect } from '@open-wc/testing';
import { analyse } from './normalise.ts';
import { TextIndex, boundedEditDistance, typoAllowance } from './text-index.ts';

describe('text index', () => {
  it('measures edits (a swap of neighbours is one) and stops past the limit', () => {
    expect(boundedEditDistance('shoping', 'shopping', 2)).to.equal(1);
    expect(boundedEditDistance('glanahu', 'glanhau', 2)).to.equal(1);
    expect(boundedEditDistance('meals', 'meals', 1)).to.equal(0);
    expect(boundedEditDistance('abcdefgh', 'zzzzzzzz', 2)).to.equal(3);
  });

  it('allows no typo under 5 letters, 1 up to 8, 2 from 9', () => {
    expect([4, 5, 8, 9, 12].map(typoAllowance)).to.deep.equal([0, 1, 1, 2, 2]);
  });

  it('finds documents by exact stems and typos, flagging which query words matched how', () => {
    const index = new TextIndex([
      [{ weight: 4, tokens: analyse('Gardening and hedges') }],
      [{ weight: 1, tokens: analyse('hot dinners') }],
    ]);
    const exact = index.search(analyse('gardener'));
    expect([...exact.docs]).to.deep.equal([0]);
    expect(exact.exactMask[0]).to.equal(1);
    const typo = index.search(analyse('gardning dinners'));
    expect([...typo.docs].sort()).to.deep.equal([0, 1]);
    expect(typo.typoMask[0]).to.equal(1);
    expect(typo.exactMask[1]).to.equal(2);
    expect(typo.allMask).to.equal(3);
    const again = index.search(analyse('dinners'));
    expect([...again.docs], 'reused buffers are reset').to.deep.equal([1]);
    expect([again.exactMask[0], again.typoMask[0], again.exactMask[1]]).to.deep.equal([0, 0, 1]);
    expect(index.closestWord(analyse('gardan')[0]!, 1)).to.equal('gardening');
  });

  it('takes the typo allowance from the stem, and none for a word the index holds exactly', () => {
    const index = new TextIndex([
      [{ weight: 1, tokens: analyse('we meet weekly') }],
      [{ weight: 1, tokens: analyse('a flower show') }],
      [{ weight: 1, tokens: analyse('shopping') }],
      [{ weight: 1, tokens: analyse('press') }],
      [{ weight: 1, tokens: analyse('getting dressed') }],
    ]);
    // "meels" -> stem "meel": 4 letters, no allowance, even though the surface word has 5.
    expect([...index.search(analyse('meels')).docs]).to.deep.equal([]);
    expect([...index.search(analyse('shopping')).docs]).to.deep.equal([2]);
    expect([...index.search(analyse('dressed')).docs]).to.deep.equal([4]);
  });
});
