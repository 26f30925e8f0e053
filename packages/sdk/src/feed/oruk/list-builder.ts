/**
 * ListBuilder: one short list built item by item, then copied out at its exact length. A list
 * made as `[]` and grown by push reserves room for 17 items, which every converted record
 * would keep (and the garbage collector would copy) for its one or two support types,
 * delivery modes, areas or languages. A converter keeps one builder per kind of list and
 * reuses it for every service (conversion is synchronous and never re-entered).
 */

/** From this many items, look-ups use a Set (hostile lists of thousands stay linear). */
const SET_FROM = 32;

export class ListBuilder<T> {
  private readonly items: T[] = [];
  private count = 0;
  private set: Set<T> | undefined;

  /** Empties it for the next list (also after a list abandoned half-built by a throwing value). */
  reset(): void {
    this.count = 0;
    this.set = undefined;
  }

  get length(): number {
    return this.count;
  }

  at(index: number): T {
    return this.items[index]!;
  }

  has(value: T): boolean {
    if (this.set !== undefined) return this.set.has(value);
    for (let i = 0; i < this.count; i++) if (this.items[i] === value) return true;
    return false;
  }

  add(value: T): void {
    this.items[this.count++] = value;
    if (this.set !== undefined) this.set.add(value);
    else if (this.count > SET_FROM) this.set = new Set(this.items.slice(0, this.count));
  }

  /** Adds `value` unless it is already there (first kept, like a Set). */
  addNew(value: T): void {
    if (!this.has(value)) this.add(value);
  }

  /** {@link addNew} for each of `values`, in order. */
  addAllNew(values: readonly T[]): void {
    for (let i = 0; i < values.length; i++) this.addNew(values[i]!);
  }

  /** The list at its exact length, or undefined when it is empty; the builder is emptied. */
  take(): T[] | undefined {
    if (this.count === 0) return undefined;
    const out = this.items.slice(0, this.count);
    this.reset();
    return out;
  }
}
