/**
 * The search side of filters and facet counts, for feeds whose every filter has at most 32 options:
 * each provider's options of one filter are one 32-bit mask, and a provider's masks for all filters sit
 * side by side (one cache line), so testing a candidate against the active filters is one AND per filter
 * and counting it is one increment per filter (into a histogram of its mask, a byte at a time, turned
 * into per-option counts once per search). Same filtering and counts as {@link FacetTable.failMask} and
 * {@link FacetTable.count} (see facets.ts for the rules), which stay the path for wider filters.
 *
 * Made from a finder's {@link FacetTable} on its first search (one pass over each filter's postings).
 */
import { FACET_NAMES } from './facet-names.ts';
import type { CompiledFilters, FacetTable } from './facets.ts';

const FACETS = FACET_NAMES.length;
/** Histogram slots per filter: 4 bytes of the mask, 256 values each. */
const SLOTS = 4 * 256;

/** Active filters as masks: per active filter, its filter index, its accepted options and its fail bit. */
export interface CompiledBits {
  readonly count: number;
  readonly facets: Int32Array;
  readonly accepted: Uint32Array;
  readonly failBits: Int32Array;
}

export class FacetBits {
  /** Doc d's mask for filter f is bits[d * FACETS + f] (bit i: it has option id i of that filter). */
  private readonly bits: Uint8Array | Uint16Array | Uint32Array;
  /** Per filter: how many bytes of its masks can be non-zero. */
  private readonly bytes: Int32Array;
  /** Per filter, per byte of the mask, per byte value: candidates counted with it since the last {@link flush}. */
  private readonly histogram = new Int32Array(FACETS * SLOTS);

  private constructor(bits: Uint8Array | Uint16Array | Uint32Array, bytes: Int32Array) {
    this.bits = bits;
    this.bytes = bytes;
  }

  /**
   * The masks of a table over `size` providers, or undefined when a filter has more than 32 options.
   * Read from the table's per-provider option ids, in provider order: each provider's row of masks is
   * written once, front to back (at 100,000 providers the masks do not fit in cache, and writing them
   * option by option jumped about the whole table once per option).
   */
  static from(table: FacetTable, size: number): FacetBits | undefined {
    const bytes = new Int32Array(FACETS);
    let widest = 0;
    for (let f = 0; f < FACETS; f++) {
      const options = table.optionsOf(FACET_NAMES[f]!).length;
      if (options > 32) return undefined;
      bytes[f] = Math.ceil(options / 8);
      widest = Math.max(widest, options);
    }
    // As narrow as the widest filter allows: at 100,000 providers the masks are read from memory, not cache.
    const bits =
      widest <= 8 ? new Uint8Array(size * FACETS) : widest <= 16 ? new Uint16Array(size * FACETS) : new Uint32Array(size * FACETS);
    for (let f = 0; f < FACETS; f++) {
      const { offsets, ids } = table.optionIdsOf(FACET_NAMES[f]!);
      const docs = Math.min(size, offsets.length - 1);
      let end = offsets[0]!;
      for (let doc = 0, at = f; doc < docs; doc++, at += FACETS) {
        const start = end;
        end = offsets[doc + 1]!;
        let mask = 0;
        for (let k = start; k < end; k++) mask |= 1 << ids[k]!;
        bits[at] = mask >>> 0;
      }
    }
    return new FacetBits(bits, bytes);
  }

  /** The compiled filters as masks (option ids are the table's, so the masks line up with its counts). */
  compile(compiled: CompiledFilters): CompiledBits {
    const count = compiled.filters.length;
    const facets = new Int32Array(count);
    const accepted = new Uint32Array(count);
    const failBits = new Int32Array(count);
    for (let a = 0; a < count; a++) {
      const f = compiled.filters[a]!.bit;
      const flags = compiled.accepted[a]!;
      let mask = 0;
      for (let id = 0; id < flags.length; id++) if (flags[id] === 1) mask |= 1 << id;
      facets[a] = f;
      accepted[a] = mask >>> 0;
      failBits[a] = 1 << f;
    }
    return { count, facets, accepted, failBits };
  }

  /** The doc's options of filter `f` as a mask (bit i: it has option id i). */
  maskOf(doc: number, f: number): number {
    return this.bits[doc * FACETS + f]!;
  }

  /** Bit f set for each active filter f the provider fails (as {@link FacetTable.failMask}). */
  failMask(doc: number, compiled: CompiledBits): number {
    let mask = 0;
    const base = doc * FACETS;
    for (let a = 0; a < compiled.count; a++) {
      if ((this.bits[base + compiled.facets[a]!]! & compiled.accepted[a]!) === 0) mask |= compiled.failBits[a]!;
    }
    return mask;
  }

  /** Counts one candidate with its fail mask (as {@link FacetTable.count}); read the counts with {@link flush}. */
  count(doc: number, mask: number): void {
    if (mask === 0) {
      const base = doc * FACETS;
      for (let f = 0; f < FACETS; f++) this.countOne(f, this.bits[base + f]!);
    } else if ((mask & (mask - 1)) === 0) {
      const f = 31 - Math.clz32(mask);
      this.countOne(f, this.bits[doc * FACETS + f]!);
    }
  }

  /** Adds the candidates counted since the last flush to `counts` (one array per filter, by option id) and starts afresh. */
  flush(counts: Int32Array[]): void {
    const histogram = this.histogram;
    for (let f = 0; f < FACETS; f++) {
      const out = counts[f]!;
      for (let b = 0; b < this.bytes[f]!; b++) {
        const at = f * SLOTS + b * 256;
        for (let value = 1; value < 256; value++) {
          const times = histogram[at + value]!;
          if (times === 0) continue;
          histogram[at + value] = 0;
          for (let rest = value; rest !== 0; rest &= rest - 1) out[b * 8 + 31 - Math.clz32(rest & -rest)]! += times;
        }
        histogram[at] = 0;
      }
    }
  }

  private countOne(f: number, mask: number): void {
    const at = f * SLOTS;
    this.histogram[at + (mask & 255)]!++;
    if (mask > 255) {
      this.histogram[at + 256 + ((mask >>> 8) & 255)]!++;
      if (mask > 0xffff) {
        this.histogram[at + 512 + ((mask >>> 16) & 255)]!++;
        this.histogram[at + 768 + (mask >>> 24)]!++;
      }
    }
  }
}
