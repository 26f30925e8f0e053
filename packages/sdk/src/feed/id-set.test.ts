import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IdSet } from './id-set.ts';

/** What IdSet.add must answer: true the first time an id is added, false after. */
function expectSameAsSet(ids: string[], expected: number): void {
  const set = new Set<string>();
  const ours = new IdSet(expected);
  for (const id of ids) {
    const isNew = !set.has(id);
    set.add(id);
    expect(ours.add(id), JSON.stringify(id)).to.equal(isNew);
  }
}

describe('IdSet (repeated provider ids)', () => {
  it('says whether each id is new exactly as a Set would, for ids with repeats', () => {
    const id = fc.oneof(fc.constantFrom('a', 'b', 'som-0001', 'som-0002', '', '\u00e9'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), (ids) => expectSameAsSet(ids, ids.length)),
      { seed: 11, numRuns: 300 },
    );
  });

  it('keeps answering correctly when given more ids than it was sized for (it hands them to a Set)', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `p-${i % 150}`);
    expectSameAsSet(ids, 3);
  });

  it('handles a feed-sized list of ids, each repeated once at the end', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `som-${String(i).padStart(5, '0')}`);
    expectSameAsSet([...ids, ...ids.slice(0, 100)], ids.length);
  });
});
