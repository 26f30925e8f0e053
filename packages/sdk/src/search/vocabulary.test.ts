import { expect } from '@open-wc/testing';
import { interpretNeed, compileVocabulary } from './vocabulary.ts';

/** The example needs from issue 4: what a person types -> support types (or who-for groups) it must mean. */
export const EXAMPLE_NEEDS: { text: string; support?: string[]; whoFor?: string[] }[] = [
  { text: 'someone to help mum get dressed', support: ['personal-care'] },
  { text: 'help with the hoovering', support: ['home-help'] },
  { text: 'cleaner', support: ['home-help'] },
  { text: 'my dad is lonely', support: ['befriending', 'activities-clubs'] },
  { text: 'someone to talk to', support: ['befriending', 'activities-clubs'] },
  { text: 'company', support: ['befriending', 'activities-clubs'] },
  { text: 'lift to the hospital', support: ['transport'] },
  { text: 'a break from caring', support: ['short-breaks', 'carers-support'] },
  { text: 'sitting service', support: ['short-breaks', 'carers-support', 'sitting-service'] },
  { text: 'hot dinners', support: ['meals'] },
  { text: 'lunch club', support: ['lunch-clubs', 'meals'] },
  { text: 'help with shopping', support: ['shopping'] },
  { text: 'someone to visit my dad', support: ['befriending'] },
  { text: 'memory problems', whoFor: ['dementia'] },
  { text: 'drink problem', support: ['recovery-support'] },
  { text: 'drugs', support: ['recovery-support'] },
  { text: 'gofal', support: ['personal-care'] },
  { text: 'cwmni', support: ['befriending'] },
  { text: 'siopa', support: ['shopping'] },
  { text: 'prydau bwyd', support: ['meals'] },
  { text: 'glanhau', support: ['home-help'] },
  { text: 'cludiant', support: ['transport'] },
  { text: 'lifft', support: ['transport'] },
  { text: 'seibiant', support: ['short-breaks'] },
  { text: 'gofalwyr', support: ['carers-support'] },
  { text: 'garddio', support: ['gardening-odd-jobs'] },
  { text: 'dementia', whoFor: ['dementia'] },
];

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
    const vocab = compileVocabulary([{ phrase: 'pet care', support: ['pet-care'] }, { phrase: 'cleaner', support: ['window-cleaning'] }]);
    expect(interpretNeed('pet care', vocab).supportTypes).to.deep.equal(['pet-care']);
    expect(interpretNeed('cleaner', vocab).supportTypes).to.have.members(['home-help', 'window-cleaning']);
    expect(interpretNeed('pet care').supportTypes).to.not.include('pet-care');
  });
});
