/**
 * Events of the result views (card, list, details) to the finder. They bubble but are not composed.
 * Their own module: the result views load with the engine, so these stay out of the first paint.
 */

/** `mpf-open-details` from `<mpf-provider-card>` after an `mpf-select` nobody cancelled. */
export class MpfOpenDetailsEvent extends CustomEvent<{ providerId: string }> {
  static readonly eventName = 'mpf-open-details';
  constructor(providerId: string) {
    super(MpfOpenDetailsEvent.eventName, { detail: { providerId }, bubbles: true });
  }
}

/** `mpf-back` from `<mpf-provider-details>`: "Back to results" was pressed. */
export class MpfBackEvent extends Event {
  static readonly eventName = 'mpf-back';
  constructor() {
    super(MpfBackEvent.eventName, { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-open-details': MpfOpenDetailsEvent;
    'mpf-back': MpfBackEvent;
  }
}
