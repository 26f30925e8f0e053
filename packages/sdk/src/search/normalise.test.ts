import { expect } from '@open-wc/testing';
import { foldText, normaliseText, stem, tokenise } from './normalise.ts';

describe('normalise', () => {
  it('folds case and accents, keeping Welsh letters readable', () => {
    expect(foldText('Ŵyl GOFALWYR ŷ Café')).to.equal('wyl gofalwyr y cafe');
  });

  it('splits on anything that is not a letter or digit', () => {
    expect(tokenise("Men's shed - (TA1)!")).to.deep.equal(['men', 's', 'shed', 'ta1']);
  });

  it('stems plurals and -ing/-ed/-er so word forms meet', () => {
    const same = (words: string[]) => expect(new Set(words.map(stem)).size, words.join()).to.equal(1);
    same(['care', 'caring', 'carers', 'cared']);
    same(['shopping', 'shops', 'shop', 'shopper']);
    same(['hoover', 'hoovering', 'hoovers']);
    same(['cleaner', 'cleaning', 'cleaners']);
    same(['gardening', 'gardener', 'garden']);
    same(['dinner', 'dinners']);
    same(['activities', 'activity']);
    same(['driving', 'driver', 'drive']);
    expect(stem('car')).to.not.equal(stem('care'));
    expect(stem('need')).to.equal('need');
  });

  it('drops stop words but keeps the need ("help with shopping" -> shopping)', () => {
    expect(normaliseText('help with shopping')).to.deep.equal([stem('shopping')]);
    expect(normaliseText('Someone to help my mum')).to.deep.equal([]);
  });

  it('folds and splits ASCII text (its quicker path) exactly as the Unicode rules do', () => {
    const unicodeFold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const unicodeWords = (text: string) =>
      unicodeFold(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word !== '');
    for (let c = 0; c < 128; c++) {
      const text = `Ab${String.fromCharCode(c)}9z ${String.fromCharCode(c)}Q`;
      expect(foldText(text), `char ${c}`).to.equal(unicodeFold(text));
      expect(tokenise(text), `char ${c}`).to.deep.equal(unicodeWords(text));
    }
  });

  it('treats input with regex characters as plain text', () => {
    expect(() => normaliseText('(.*+?[')).to.not.throw();
    expect(normaliseText('a.*b [shopping]')).to.deep.equal(['b', stem('shopping')]);
  });
});
