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

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-use-location': MpfUseLocationEvent;
  }
}
