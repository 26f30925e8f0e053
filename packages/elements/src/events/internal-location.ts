/**
 * `mpf-use-location` from `<mpf-search-form>`: the person pressed "Use my
 * location". `detail.query` carries what else they chose (need text,
 * distance); the finder asks the browser for the position. Bubbles, not composed.
 */
import type { SearchQuery } from '@micro-provider-finder/sdk';

export class MpfUseLocationEvent extends CustomEvent<{ query: SearchQuery }> {
  static readonly eventName = 'mpf-use-location';
  constructor(query: SearchQuery) {
    super(MpfUseLocationEvent.eventName, { detail: { query }, bubbles: true });
  }
}

/** `mpf-distance-change` from `<mpf-search-form>`: a new Distance choice; the finder applies it at once to a search with a place. */
export class MpfDistanceChangeEvent extends CustomEvent<{ maxMiles: number | undefined }> {
  static readonly eventName = 'mpf-distance-change';
  constructor(maxMiles: number | undefined) {
    super(MpfDistanceChangeEvent.eventName, { detail: { maxMiles }, bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-use-location': MpfUseLocationEvent;
    'mpf-distance-change': MpfDistanceChangeEvent;
  }
}
