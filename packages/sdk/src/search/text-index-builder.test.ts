import { expect } from '@open-wc/testing';
import { analyse, isQueryStopWord } from './normalise.ts';
import { TextIndex, TextIndexBuilder } from './text-index.ts';

/** Doc ids and scores a search for one word finds, in doc order. */
function hits(index: TextIndex, word: string): [number, number][] {
  const found = index.search(analyse(word));
  return [...found.docs].sort((a, b) => a - b).map((doc) => [doc, found.scores[doc]!]);
}

describe('text index builder', () => {
  // Fields as a feed has them: mixed case, punctuation, digits, accents, Welsh, emoji, full-width letters, stop words.
  const documents: [string, number][][] = [
    [
      ['Café ÉLAN: Hoovering & Shopping', 4],
      ['We do the HOOVERING, 7 days a week!', 1],
    ],
    [
      ['naïve Ünïcode 😀 text, then more words after the emoji', 2],
      ['cymorth â’r siopa; gofal personol', 1],
    ],
    [
      ['ＦＵＬＬ width and MEALS/Shopping…', 1],
      ['meals on wheels', 3],
    ],
    [
      ['', 4],
      ['2nd-hand furniture, 24/7 help', 2],
    ],
    [['the and of', 1]],
  ];

  it('indexes raw text exactly as the analysed tokens of the same text (same words, docs and best weights)', () => {
    const builder = new TextIndexBuilder();
    for (const fields of documents) {
      builder.beginDoc();
      for (const [text, weight] of fields) builder.addText(text, weight);
    }
    const fromText = builder.build();
    const fromTokens = new TextIndex(documents.map((fields) => fields.map(([text, weight]) => ({ weight, tokens: analyse(text) }))));

    const words = new Set(
      documents.flat().flatMap(([text]) =>
        analyse(text)
          .filter((t) => !isQueryStopWord(t))
          .map((t) => t.surface),
      ),
    );
    expect(words.size).to.be.greaterThan(20);
    expect(fromText.termCount).to.equal(fromTokens.termCount);
    for (const word of words) expect(hits(fromText, word), word).to.deep.equal(hits(fromTokens, word));
    expect(hits(fromText, 'cafe')).to.deep.equal([[0, 4]]);
    expect(hits(fromText, 'hoovering'), 'the best field weight counts once').to.deep.equal([[0, 4]]);
    expect(hits(fromText, 'shopping')).to.deep.equal([
      [0, 4],
      [2, 1],
    ]);
    expect(hits(fromText, 'words'), 'words after an emoji').to.deep.equal([[1, 2]]);
    expect(hits(fromText, 'ｆｕｌｌ'), 'full-width letters are folded to lower case only').to.deep.equal([[2, 1]]);
    expect(hits(fromText, 'meals')).to.deep.equal([[2, 3]]);
  });

  it('keeps every posting when there are more words than fit the short form (rare words past the first 4,095)', () => {
    const builder = new TextIndexBuilder();
    const count = 6000;
    for (let doc = 0; doc < count; doc++) {
      builder.beginDoc();
      builder.addText(`zq${doc}x common`, 2);
      if (doc % 3 === 0) builder.addText(`Zq${doc}X`, 4);
    }
    const index = builder.build();
    expect(index.termCount).to.equal(count + 1);
    for (const doc of [0, 1, 4094, 4095, 4096, 4097, 5998, 5999]) {
      expect(hits(index, `zq${doc}x`), `word of doc ${doc}`).to.deep.equal([[doc, doc % 3 === 0 ? 4 : 2]]);
    }
    const common = hits(index, 'common');
    expect(common.length).to.equal(count);
    expect(common.every(([doc, score], k) => doc === k && score === 2)).to.equal(true);
  });
});
