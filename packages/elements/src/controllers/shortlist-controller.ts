/**
 * The person's shortlist for the current feed: which providers they kept, stored only in their
 * own browser (see internal/shortlist-store.ts), reloaded when the feed address changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadShortlist, saveShortlist } from '../internal/shortlist-store.ts';
import { pageStorage } from '../internal/page-storage.ts';

export interface ShortlistHost extends ReactiveControllerHost {
  readonly src: string;
}

export class ShortlistController implements ReactiveController {
  private list: string[] = [];
  private loadedFor?: string;
  private asSet: ReadonlySet<string> = new Set();

  constructor(
    private readonly host: ShortlistHost,
    private readonly storage: () => Storage | undefined = pageStorage,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.loadedFor === this.host.src) return;
    this.loadedFor = this.host.src;
    this.set(this.host.src ? loadShortlist(this.storage(), this.host.src) : [], false);
  }

  /** Ids in the order they were added. */
  get ids(): readonly string[] {
    return this.list;
  }

  /** The same ids as a set (the same object until the list changes, so bindings stay quiet). */
  get idSet(): ReadonlySet<string> {
    return this.asSet;
  }

  toggle(id: string, on: boolean): void {
    const without = this.list.filter((x) => x !== id);
    this.set(on ? [...without, id] : without);
  }

  /** Adds ids (a shared link), keeping those already there. */
  addAll(ids: readonly string[]): void {
    this.set([...this.list, ...ids.filter((id) => !this.list.includes(id))]);
  }

  clear(): void {
    this.set([]);
  }

  private set(ids: string[], save = true): void {
    this.list = ids;
    this.asSet = new Set(ids);
    if (save && this.host.src) saveShortlist(this.storage(), this.host.src, ids);
    this.host.requestUpdate();
  }
}
