/**
 * The person's choice of order, from the results list to the finder. It bubbles but is not
 * composed, so it never leaves the finder's shadow root; only the finder changes the search.
 */
import type { Ordering } from '@micro-provider-finder/sdk';

/** The orders a person can choose between: the fair daily order, or nearest first. */
export type OrderChoice = Extract<Ordering, 'fair' | 'distance'>;

/** Whether an order (or an address's `mpf-order`) is one a person can choose. */
export function isOrderChoice(ordering: string | null | undefined): ordering is OrderChoice {
  return ordering === 'fair' || ordering === 'distance';
}

/** `mpf-ordering-change`: "Fair order" or "Nearest first" was chosen beside the results. */
export class MpfOrderingChangeEvent extends CustomEvent<{ ordering: OrderChoice }> {
  static readonly eventName = 'mpf-ordering-change';
  constructor(ordering: OrderChoice) {
    super(MpfOrderingChangeEvent.eventName, { detail: { ordering }, bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-ordering-change': MpfOrderingChangeEvent;
  }
}
