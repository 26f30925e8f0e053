import type { FeedErrorKey } from '../i18n/strings.ts';

/** Detail of {@link MpfErrorEvent}. */
export interface MpfErrorDetail {
  /** What went wrong, as the SDK's `FeedError.kind`. */
  kind: FeedErrorKey;
  /** HTTP status, when the server answered with an error. */
  status?: number;
  /** Developer-facing explanation from the SDK (people see wording from the string table). */
  message: string;
  /** True when a saved copy of the feed is shown instead. */
  usingSavedCopy: boolean;
  /** Seconds the server asked us to wait (HTTP Retry-After), when it said. */
  retryAfterSeconds?: number;
  /** True when the browser reported being offline as the load failed. */
  offline?: boolean;
}

/** `mpf-error`: the feed could not be loaded. */
export class MpfErrorEvent extends CustomEvent<MpfErrorDetail> {
  static readonly eventName = 'mpf-error';
  constructor(detail: MpfErrorDetail) {
    super(MpfErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-error': MpfErrorEvent;
  }
}
