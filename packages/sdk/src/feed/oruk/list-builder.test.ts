import { expect } from '@open-wc/testing';
import { ListBuilder } from './list-builder.ts';

describe('ListBuilder', () => {
  it('hands out each list at its exact length, in order, and starts the next one empty', () => {
    const builder = new ListBuilder<string>();
    builder.add('a');
    builder.addNew('b');
    builder.addNew('a');
    expect(builder.take()).to.deep.equal(['a', 'b']);
    expect(builder.take()).to.equal(undefined);
    builder.add('c');
    const list = builder.take()!;
    builder.add('d'); // reusing the builder never writes into a list it handed out
    expect(list).to.deep.equal(['c']);
  });

  it('keeps first-seen order without repeats across its switch to a Set (long hostile lists)', () => {
    const builder = new ListBuilder<string>();
    const values = Array.from({ length: 200 }, (_, i) => `t${i % 70}`);
    builder.addAllNew(values);
    expect(builder.take()).to.deep.equal([...new Set(values)]);
    builder.addAllNew(['x', 'x', 'y']); // the Set of the last list is gone after take()
    expect(builder.take()).to.deep.equal(['x', 'y']);
  });

  it('reset() drops a list abandoned half-built', () => {
    const builder = new ListBuilder<number>();
    builder.add(1);
    builder.reset();
    builder.add(2);
    expect(builder.take()).to.deep.equal([2]);
  });
});
