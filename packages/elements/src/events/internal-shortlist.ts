/**
 * Events of the shortlist, print and share controls to the finder. They bubble but are not
 * composed (the results list re-sends a card's), so they never leave the finder's shadow root.
 */

/** `mpf-shortlist-toggle`: "Add to shortlist" / "Remove from shortlist" on a card or the details. */
export class MpfShortlistToggleEvent extends CustomEvent<{ providerId: string; on: boolean }> {
  static readonly eventName = 'mpf-shortlist-toggle';
  constructor(providerId: string, on: boolean) {
    super(MpfShortlistToggleEvent.eventName, { detail: { providerId, on }, bubbles: true });
  }
}

/** `mpf-list-action` from `<mpf-shortlist>`: open, clear, print, or go back from the list. */
export class MpfListActionEvent extends CustomEvent<{ action: 'clear' | 'print' | 'back' }> {
  static readonly eventName = 'mpf-list-action';
  constructor(action: 'clear' | 'print' | 'back') {
    super(MpfListActionEvent.eventName, { detail: { action }, bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-shortlist-toggle': MpfShortlistToggleEvent;
    'mpf-list-action': MpfListActionEvent;
  }
}
