import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareLettersAndSpaces, sortByLabel } from './sort-by-label.ts';

const collator = new Intl.Collator('en-GB');

describe('sortByLabel', () => {
  it('compares letters and spaces as Intl.Collator does', () => {
    const sign = (n: number) => Math.sign(n);
    const pairs = [
      ['a', 'A'],
      ['ab', 'Ab'],
      ['aB', 'Ab'],
      ['a b', 'ab'],
      ['a', 'a '],
      ['British Sign Language', 'Bulgarian'],
      ['', 'a'],
      ['Zulu', 'apple'],
    ];
    for (const [a, b] of pairs) expect(sign(compareLettersAndSpaces(a!, b!)), `${a} / ${b}`).to.equal(sign(collator.compare(a!, b!)));
    const label = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', 'z', 'Z', ' '), maxLength: 6 });
    fc.assert(
      fc.property(label, label, (a, b) => {
        expect(sign(compareLettersAndSpaces(a, b))).to.equal(sign(collator.compare(a, b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts as the collator does, in English and in other languages', () => {
    const labels = ['Welsh', 'british Sign Language', 'Bulgarian', 'Urdu', 'Ōkina', 'Ça va', 'apple', 'Apple'];
    for (const lang of ['en-GB', 'cy']) {
      const options = labels.map((label) => ({ label }));
      const expected = [...labels].sort(new Intl.Collator(lang).compare);
      expect(sortByLabel(options, lang).map((o) => o.label)).to.deep.equal(expected);
      const plain = labels.filter((l) => /^[A-Za-z ]*$/.test(l));
      expect(
        sortByLabel(
          plain.map((label) => ({ label })),
          lang,
        ).map((o) => o.label),
      ).to.deep.equal([...plain].sort(new Intl.Collator(lang).compare));
    }
  });
});
