/**
 * Docs per key (a district, a town), gathered one provider at a time in doc order and kept as typed
 * arrays: while reading 100,000 providers, growing a JavaScript array per key made tens of megabytes of
 * short-lived garbage in the first location search (and the young-generation collections that copy the
 * growing lists); here each (key, doc) pair is two integers in one buffer, counted into place at the end.
 */
export class DocLists {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  /** Per key id: the last doc added (a doc is listed once per key). */
  private lastDoc = new Int32Array(64).fill(-1);
  /** (key id, doc) pairs in the order added. */
  private pairs = new Int32Array(1024);
  private used = 0;

  /** The id of a key, learnt on first sight (for {@link addId}: a caller that meets a key often can keep it). */
  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      if (id >= this.lastDoc.length) {
        const bigger = new Int32Array(this.lastDoc.length * 2).fill(-1);
        bigger.set(this.lastDoc);
        this.lastDoc = bigger;
      }
    }
    return id;
  }

  /** Lists `doc` under the key (docs are added in ascending order; the same doc again is ignored). */
  add(key: string, doc: number): void {
    this.addId(this.idOf(key), doc);
  }

  /** {@link add} by key id. */
  addId(id: number, doc: number): void {
    if (this.lastDoc[id] === doc) return;
    this.lastDoc[id] = doc;
    if (this.used + 2 > this.pairs.length) {
      const bigger = new Int32Array(this.pairs.length * 2);
      bigger.set(this.pairs);
      this.pairs = bigger;
    }
    this.pairs[this.used++] = id;
    this.pairs[this.used++] = doc;
  }

  /** Each key's docs, ascending, as views of one array. */
  toMap(): Map<string, Int32Array> {
    const keyCount = this.keys.length;
    const starts = new Int32Array(keyCount + 1);
    for (let k = 0; k < this.used; k += 2) starts[this.pairs[k]! + 1]!++;
    for (let id = 0; id < keyCount; id++) starts[id + 1]! += starts[id]!;
    const docs = new Int32Array(this.used / 2);
    const fill = starts.slice(0, keyCount);
    for (let k = 0; k < this.used; k += 2) docs[fill[this.pairs[k]!]!++] = this.pairs[k + 1]!;
    const out = new Map<string, Int32Array>();
    this.keys.forEach((key, id) => out.set(key, docs.subarray(starts[id]!, starts[id + 1]!)));
    return out;
  }
}
