import { expect } from '@open-wc/testing';
import { EXAMPLE_NEEDS } from '@micro-provider-finder/test/fixtures/search/example-needs.ts';
import { interpretNeed, compileVocabulary } from './vocabulary.ts';

describe('interpretNeed', () => {
  for (const example of EXAMPLE_NEEDS) {
    it(`reads "${example.text}"`, () => {
      const need = interpretNeed(example.text);
      expect(need.supportTypes).to.include.members(example.support ?? []);
      expect(need.whoFor).to.include.members(example.whoFor ?? []);
    });
  }

  it('prefers the longer phrase ("lunch club" is a lunch club, not only a meal)', () => {
    expect(interpretNeed('lunch club').supportTypes).to.include('lunch-clubs');
    expect(interpretNeed('lunch').supportTypes).to.not.include('lunch-clubs');
  });

  it('keeps words no phrase explains, without stop words', () => {
    const need = interpretNeed('someone to help with shopping in Taunton');
    expect(need.supportTypes).to.deep.equal(['shopping']);
    expect(need.residualTokens).to.deep.equal(['taunton']);
  });

  it('finds nothing in stop words only', () => {
    expect(interpretNeed('someone to help me')).to.deep.equal({ supportTypes: [], whoFor: [], residualTokens: [], matchedPhrases: [] });
  });

  it('merges host entries with the built-in vocabulary', () => {
    const vocab = compileVocabulary([
      { phrase: 'pet care', support: ['pet-care'] },
      { phrase: 'cleaner', support: ['window-cleaning'] },
    ]);
    expect(interpretNeed('pet care', vocab).supportTypes).to.deep.equal(['pet-care']);
    expect(interpretNeed('cleaner', vocab).supportTypes).to.have.members(['home-help', 'window-cleaning']);
    expect(interpretNeed('pet care').supportTypes).to.not.include('pet-care');
  });

  it('marks types a phrase fits less exactly as secondary, unless another phrase asks for them outright', () => {
    expect(interpretNeed('lunch club').supportTypes).to.deep.equal(['lunch-clubs', 'meals']);
    expect(interpretNeed('lunch club').secondarySupport).to.deep.equal(['meals']);
    expect(interpretNeed('lunch club and hot dinners').secondarySupport).to.equal(undefined);
    const vocab = compileVocabulary([{ phrase: 'pet visits', support: ['pet-care'], also: ['befriending'] }]);
    expect(interpretNeed('pet visits', vocab).secondarySupport).to.deep.equal(['befriending']);
  });
});
