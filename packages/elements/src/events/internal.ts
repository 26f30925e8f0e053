/**
 * Events between our own parts. They bubble but are not composed, so they
 * never leave the shadow root the part lives in (a host using a part on its
 * own page can still listen for them on the part).
 */
import type { SearchQuery } from '@micro-provider-finder/sdk';

/**
 * `mpf-form-submit` from `<mpf-search-form>`: a valid search was submitted.
 * `detail.query` is a whole {@link SearchQuery} so filters, distance and
 * location controls added to the form later travel in the same event.
 */
export class MpfFormSubmitEvent extends CustomEvent<{ query: SearchQuery }> {
  static readonly eventName = 'mpf-form-submit';
  constructor(query: SearchQuery) {
    super(MpfFormSubmitEvent.eventName, { detail: { query }, bubbles: true });
  }
}

/**
 * `mpf-form-invalid` from `<mpf-search-form>`: Search was pressed with a postcode that is not a
 * postcode. The form shows the error itself; the finder clears the results and count it had, so
 * no old results sit beside the error.
 */
export class MpfFormInvalidEvent extends CustomEvent<{ query: SearchQuery }> {
  static readonly eventName = 'mpf-form-invalid';
  constructor(query: SearchQuery) {
    super(MpfFormInvalidEvent.eventName, { detail: { query }, bubbles: true });
  }
}

/** `mpf-action` from `<mpf-status-message>`: its action button (e.g. "Try again") was pressed. */
export class MpfActionEvent extends Event {
  static readonly eventName = 'mpf-action';
  constructor() {
    super(MpfActionEvent.eventName, { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-form-submit': MpfFormSubmitEvent;
    'mpf-form-invalid': MpfFormInvalidEvent;
    'mpf-action': MpfActionEvent;
  }
}
