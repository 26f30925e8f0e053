import { expect } from '@open-wc/testing';
import { DenseTerms } from './dense-terms.ts';

const WEIGHT_BITS = 4;
const WEIGHT_OF_CODE = Float32Array.from([0, 4, 2.5, 1]);

/** Postings of one word: `doc << WEIGHT_BITS | weight code`, in doc order. */
const postingsOf = (entries: [doc: number, code: number][]) => Int32Array.from(entries.map(([doc, code]) => (doc << WEIGHT_BITS) | code));

describe('DenseTerms', () => {
  it('gives each doc the best weight it holds the word with, from its postings and shared lists', () => {
    const dense = new DenseTerms(6);
    const postings = postingsOf([
      [0, 3],
      [2, 1],
      [4, 3],
    ]);
    const codes = dense.make(7, postings, 0, postings.length, WEIGHT_BITS, WEIGHT_OF_CODE, [
      { weight: 2.5, docs: Int32Array.from([0, 1, 2]) },
      { weight: 3, docs: Int32Array.from([1, 4]) },
    ]);
    expect([...codes].map((code) => (code === 0 ? null : dense.weights[code]))).to.deep.equal([2.5, 3, 4, null, 3, null]);
    expect(dense.get(7)).to.equal(codes);
  });

  it('keeps the most recently used words, and a word made in a reused array holds none of the old word', () => {
    const size = 40;
    const dense = new DenseTerms(size);
    // Word t is held by doc t alone (weight 4), by way of its postings.
    const make = (term: number) => dense.make(term, postingsOf([[term, 1]]), 0, 1, WEIGHT_BITS, WEIGHT_OF_CODE, undefined);
    for (let term = 0; term < 32; term++) make(term);
    expect(dense.get(0), 'word 0 used again, so word 1 is now the least recently used').to.not.equal(undefined);
    for (let term = 32; term < 40; term++) make(term);
    expect(dense.get(1), 'the least recently used word went first').to.equal(undefined);
    expect(dense.get(0)).to.not.equal(undefined);
    for (let term = 32; term < 40; term++) {
      const held = [...dense.get(term)!].flatMap((code, doc) => (code === 0 ? [] : [doc]));
      expect(held, `word ${term}`).to.deep.equal([term]);
    }
  });
});
