import { expect } from '@open-wc/testing';
import { DocLists } from './doc-lists.ts';

describe('DocLists', () => {
  it('lists each key’s docs once each, ascending, by key or by key id, past its first buffer sizes', () => {
    const lists = new DocLists();
    const expected = new Map<string, number[]>();
    const keyOf = (k: number) => `K${k}`;
    const ids = new Map<number, number>();
    for (let doc = 0; doc < 3000; doc++) {
      // Several keys per doc, one of them twice, some by id: 200 keys, more than the first 64 ids.
      for (const k of [doc % 7, doc % 200, doc % 7, (doc * 31) % 97]) {
        const key = keyOf(k);
        if (doc % 2 === 0) lists.add(key, doc);
        else {
          if (!ids.has(k)) ids.set(k, lists.idOf(key));
          lists.addId(ids.get(k)!, doc);
        }
        const list = expected.get(key) ?? [];
        if (list[list.length - 1] !== doc) list.push(doc);
        expected.set(key, list);
      }
    }
    const map = lists.toMap();
    expect(map.size).to.equal(expected.size);
    for (const [key, docs] of expected) expect([...map.get(key)!], key).to.deep.equal(docs);
    expect(new DocLists().toMap().size).to.equal(0);
  });
});
