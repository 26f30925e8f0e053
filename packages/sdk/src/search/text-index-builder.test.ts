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

  it('tells apart words that differ in one letter at any place, of every length up to past the packed limit', () => {
    // The scan knows a word it has met by its letter codes packed in two integers (up to 10 letters);
    // longer words are found by their characters. Each word here differs from another in one place only:
    // first letter, last letter, a letter against a digit, or length.
    const words: string[] = [];
    const base = 'qwxzvjkqwxzvjk';
    for (let length = 1; length <= 13; length++) {
      const word = base.slice(0, length);
      words.push(word, `y${word.slice(1)}`, `${word.slice(0, -1)}y`, `${word.slice(0, -1)}7`, `7${word.slice(1)}`);
    }
    // Each doc holds every word, in a different order and case (upper-case letters fold as they are packed).
    const texts = [0, 1, 2].map((k) =>
      words
        .map((word, i) => (k === 1 ? word.toUpperCase() : k === 2 && i % 2 === 0 ? word[0]!.toUpperCase() + word.slice(1) : word))
        .sort((a, b) => (k === 0 ? 0 : k === 1 ? b.localeCompare(a) : a.length - b.length))
        .join(k === 2 ? ', ' : ' '),
    );
    const builder = new TextIndexBuilder();
    texts.forEach((text, doc) => {
      builder.beginDoc();
      builder.addText(text, doc + 1);
    });
    const fromText = builder.build();
    const fromTokens = new TextIndex(texts.map((text, doc) => [{ weight: doc + 1, tokens: analyse(text) }]));
    expect(fromText.termCount).to.equal(fromTokens.termCount);
    expect(fromText.termCount).to.be.greaterThan(50);
    for (const word of new Set(words)) {
      expect(hits(fromText, word), word).to.deep.equal(hits(fromTokens, word));
      if (analyse(word).some((token) => !isQueryStopWord(token))) expect(hits(fromText, word).length, word).to.equal(3);
    }
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
  it('finds terms shared by lists of docs as if each doc had been given them (best weight once, typos, did you mean)', () => {
    // Per doc: its own text, and which shared lists it is in (list 0: "shopping help" at 3, list 1: "older people" at 2.5).
    const own: [string, number][] = [
      ['Shopping trips', 4], // a shared word in a better field: the better weight counts
      ['older neighbours at home', 1], // a shared word in a worse field: the shared weight counts
      ['gardening', 2],
      ['', 1],
      ['shoping and helping hands', 2], // typo neighbours of shared words, in its own text
    ];
    const lists: { text: string; weight: number; docs: number[] }[] = [
      { text: 'shopping help', weight: 3, docs: [0, 1, 3] },
      { text: 'older people help befriending', weight: 2.5, docs: [1, 2, 3] },
    ];
    const shared = new TextIndexBuilder();
    const perDoc = new TextIndexBuilder();
    const sharedTerms = lists.map((list) => shared.termsOf(analyse(list.text)));
    const perDocTerms = lists.map((list) => perDoc.termsOf(analyse(list.text)));
    own.forEach(([text, weight], doc) => {
      shared.beginDoc();
      shared.addText(text, weight);
      perDoc.beginDoc();
      perDoc.addText(text, weight);
      lists.forEach((list, k) => {
        if (list.docs.includes(doc)) perDoc.addTerms(perDocTerms[k]!, list.weight);
      });
    });
    lists.forEach((list, k) => shared.addSharedTerms(sharedTerms[k]!, list.weight, Int32Array.from(list.docs)));
    const fromShared = shared.build();
    const fromPerDoc = perDoc.build();

    for (const word of ['shopping', 'older', 'people', 'gardening', 'home', 'shoppinng', 'peopel', 'olders', 'befriendng', 'hands']) {
      expect(hits(fromShared, word), word).to.deep.equal(hits(fromPerDoc, word));
    }
    expect(hits(fromShared, 'shopping')).to.deep.equal([
      [0, 4],
      [1, 3],
      [3, 3],
    ]);
    expect(
      hits(fromShared, 'befriendng').map(([doc]) => doc),
      'a typo finds the shared lists too',
    ).to.deep.equal([1, 2, 3]);
    expect(hits(fromShared, 'older')).to.deep.equal([
      [1, 2.5],
      [2, 2.5],
      [3, 2.5],
    ]);
    const several = analyse('older shopping peopel');
    const a = fromShared.search(several);
    const aDocs = [...a.docs].sort((x, y) => x - y).map((doc) => [doc, a.scores[doc], a.exactMask[doc], a.typoMask[doc]]);
    const b = fromPerDoc.search(several);
    const bDocs = [...b.docs].sort((x, y) => x - y).map((doc) => [doc, b.scores[doc], b.exactMask[doc], b.typoMask[doc]]);
    expect(aDocs).to.deep.equal(bDocs);
    for (const word of ['shoppin', 'oldr', 'peeple', 'gardenning', 'befriendin']) {
      const token = analyse(word)[0]!;
      expect(fromShared.closestWord(token, 2), word).to.equal(fromPerDoc.closestWord(token, 2));
    }

    // Searching within a set of docs finds the same for those docs and nothing for the rest; the bound is never short.
    const found = (index: TextIndex, text: string, within?: number[]) => {
      const bits = within && new Int32Array(1);
      for (const doc of within ?? []) bits![0]! |= 1 << doc;
      const m = index.search(analyse(text), bits);
      return [...m.docs].sort((x, y) => x - y).map((doc) => [doc, m.scores[doc], m.exactMask[doc], m.typoMask[doc]]);
    };
    for (const index of [fromShared, fromPerDoc]) {
      for (const text of ['older shopping peopel', 'shopping', 'befriendng hands', 'gardening home']) {
        const everywhere = found(index, text);
        expect(index.matchBound(analyse(text)), text).to.be.at.least(everywhere.length);
        for (const within of [[], [0], [1, 3], [0, 2, 4], [0, 1, 2, 3, 4]]) {
          expect(found(index, text, within), `${text} within ${within}`).to.deep.equal(
            everywhere.filter(([doc]) => within.includes(doc as number)),
          );
        }
      }
    }
  });
});
