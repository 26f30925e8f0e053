import { expect } from '@open-wc/testing';
import { defaultVocabulary, type VocabularyEntry } from './care-vocabulary.ts';
import { decodeVocabulary, encodeVocabulary } from './stored-vocabulary.ts';
import { compileVocabulary, defaultCompiledVocabulary, type Vocabulary } from './vocabulary.ts';

/** Everything a vocabulary holds, in its orders (maps as entry lists), for deep comparison. */
function contents(vocab: Vocabulary) {
  return {
    phrases: vocab.phrases,
    byFirstStem: [...vocab.byFirstStem],
    tokensBySupport: [...vocab.tokensBySupport],
    tokensByWhoFor: [...vocab.tokensByWhoFor],
  };
}

/** Host entries that add phrases, merge into built-in ones, and meet the secondary-type and type-name rules. */
const EXTRA_ENTRIES: VocabularyEntry[] = [
  { phrase: 'pet care', support: ['pet-care'] },
  { phrase: 'cleaner', support: ['window-cleaning'] },
  { phrase: 'lunch club', support: ['meals'] },
  { phrase: 'hot dinners', also: ['lunch-clubs', 'meals'] },
  { phrase: 'befriending', also: ['pet-care'], whoFor: ['older-people'] },
  { phrase: 'carers', whoFor: ['young-carers'] },
  { phrase: 'someone to help', support: ['anything'] },
  { phrase: 'the', support: ['nothing'] },
  { phrase: 'gofal', support: ['personal-care', 'welsh-care'], lang: 'cy' },
  { phrase: 'no types at all' },
  { phrase: 'Pet visits ', support: ['pet-care'], also: ['befriending'] },
];

describe('the stored care vocabulary', () => {
  it('is what compiling the care vocabulary gives now (re-run scripts/build-care-vocabulary.mjs when not)', () => {
    expect(contents(defaultCompiledVocabulary())).to.deep.equal(contents(compileVocabulary([], defaultVocabulary)));
  });

  it('takes host entries as compiling them with the care vocabulary does', () => {
    expect(contents(compileVocabulary(EXTRA_ENTRIES))).to.deep.equal(contents(compileVocabulary(EXTRA_ENTRIES, defaultVocabulary)));
    for (const entry of EXTRA_ENTRIES) {
      expect(contents(compileVocabulary([entry])), entry.phrase).to.deep.equal(contents(compileVocabulary([entry], defaultVocabulary)));
    }
  });

  it('is not changed by compiling host entries into it', () => {
    const before = JSON.stringify(contents(defaultCompiledVocabulary()));
    compileVocabulary(EXTRA_ENTRIES);
    expect(JSON.stringify(contents(compileVocabulary()))).to.equal(before);
    expect(JSON.stringify(contents(defaultCompiledVocabulary()))).to.equal(before);
  });

  it('decodes what it encodes', () => {
    const vocab = compileVocabulary(EXTRA_ENTRIES, [{ phrase: 'home help', support: ['home-help'] }]);
    const decoded = decodeVocabulary(encodeVocabulary(vocab));
    expect(decoded.phrases).to.deep.equal(vocab.phrases);
    expect([...decoded.tokensBySupport]).to.deep.equal([...vocab.tokensBySupport]);
    expect([...decoded.tokensByWhoFor]).to.deep.equal([...vocab.tokensByWhoFor]);
  });
});
