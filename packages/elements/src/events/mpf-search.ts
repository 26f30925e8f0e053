/** Detail of {@link MpfSearchEvent}. */
export interface MpfSearchDetail {
  /** What the person typed in "What do you need help with?" (may be empty). */
  query: string;
  /** The postcode as normalised by the SDK ("TA1 1AA", "LD3"), or empty when none was given. */
  postcode: string;
}

/** `mpf-search`: the person submitted the search form. Bubbles and crosses shadow roots. */
export class MpfSearchEvent extends CustomEvent<MpfSearchDetail> {
  static readonly eventName = 'mpf-search';
  constructor(detail: MpfSearchDetail) {
    super(MpfSearchEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-search': MpfSearchEvent;
  }
}
