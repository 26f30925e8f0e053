/** Detail of {@link MpfResultsEvent}. */
export interface MpfResultsDetail {
  /** How many providers match in all (not just those shown). */
  total: number;
  /** How many of them match the need closely; the rest only offer related help. Equals `total` with no need text. */
  closeTotal: number;
  /** How many pages of results are now shown (1 after a search, 2 after one "Show more", ...). */
  page: number;
  /** The need text searched for (may be empty). */
  query: string;
}

/** `mpf-results`: results for a search are on screen (also after "Show more"). */
export class MpfResultsEvent extends CustomEvent<MpfResultsDetail> {
  static readonly eventName = 'mpf-results';
  constructor(detail: MpfResultsDetail) {
    super(MpfResultsEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-results': MpfResultsEvent;
  }
}
