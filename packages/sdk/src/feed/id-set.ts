/**
 * The set of provider ids parseFeed has kept, to spot a repeated id. A Set<string> of a feed's
 * ids cost a tenth of the parser's own work (it grows and rehashes as it fills); this table is
 * sized once for the feed and probed in place: one typed array, no growth.
 *
 * Feed text is untrusted, so ids could be chosen to collide: the hash is seeded afresh for each
 * set, and a probe run longer than {@link MAX_PROBES} hands every id to a Set<string> instead,
 * so no input costs more than a few dozen comparisons per id. The answers never depend on the
 * seed or on which of the two holds the ids.
 */

/** Longest run of occupied slots looked through before the table gives way to a Set. */
const MAX_PROBES = 64;

export class IdSet {
  /**
   * A set that lives as long as this module, so the hidden class V8 gives every IdSet does too. Nothing
   * else keeps that class alive between feeds: once a feed's set is garbage, the next collection drops
   * the class and with it the optimised code of {@link add}, and the next feed hashed its first few
   * thousand ids in the interpreter again (~1 µs an id instead of ~0.05).
   */
  static readonly keepsClassAlive: IdSet = new IdSet(0);

  /** The ids added, in order: the first `count` places of a list made once for the expected ids (not grown by copying). */
  private readonly ids: string[];
  private count = 0;
  /** 1 + the position in `ids` of the id hashed to each slot; 0 for a free slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly seed: number = (Math.random() * 0x1_0000_0000) | 0;
  private fallback: Set<string> | undefined;

  /** `expected`: how many ids may be added (the table stays at most half full until then). */
  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.ids = new Array<string>(Math.max(0, Math.floor(expected) || 0));
  }

  /** Adds `id`; false (and nothing changes) when it is already in the set. */
  add(id: string): boolean {
    if (this.fallback !== undefined) return addNew(this.fallback, id);
    if (this.count * 2 >= this.slots.length) return this.giveWay(id);
    let hash = this.seed ^ id.length;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash ^= hash >>> 15;
    const slots = this.slots;
    let at = hash & this.mask;
    for (let probes = 0; probes < MAX_PROBES; probes++) {
      const held = slots[at]!;
      if (held === 0) {
        this.ids[this.count++] = id;
        slots[at] = this.count;
        return true;
      }
      if (this.ids[held - 1] === id) return false;
      at = (at + 1) & this.mask;
    }
    return this.giveWay(id);
  }

  /** From now on every id goes into a Set (too many ids for the table, or a suspiciously long probe run). */
  private giveWay(id: string): boolean {
    const fallback = new Set<string>();
    for (let i = 0; i < this.count; i++) fallback.add(this.ids[i]!);
    this.fallback = fallback;
    return addNew(fallback, id);
  }
}

function addNew(set: Set<string>, id: string): boolean {
  const before = set.size;
  set.add(id);
  return set.size !== before;
}
