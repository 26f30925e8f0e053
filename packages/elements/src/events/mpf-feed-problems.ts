import type { FeedProblem } from '@micro-provider-finder/sdk';

/** Detail of {@link MpfFeedProblemsEvent}. */
export interface MpfFeedProblemsDetail {
  /** Records skipped and fields dropped while parsing the feed, for the feed's publisher to fix. */
  problems: FeedProblem[];
}

/** `mpf-feed-problems`: for developers; the feed loaded but some records or fields were unusable. */
export class MpfFeedProblemsEvent extends CustomEvent<MpfFeedProblemsDetail> {
  static readonly eventName = 'mpf-feed-problems';
  constructor(detail: MpfFeedProblemsDetail) {
    super(MpfFeedProblemsEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-feed-problems': MpfFeedProblemsEvent;
  }
}
