/** Detail of {@link MpfSelectEvent}. */
export interface MpfSelectDetail {
  /** The feed's id of the chosen provider. */
  providerId: string;
}

/**
 * `mpf-select`: the person chose a provider to see its details. Cancelable:
 * call `preventDefault()` to route to your own page instead; the details view
 * then does not open.
 */
export class MpfSelectEvent extends CustomEvent<MpfSelectDetail> {
  static readonly eventName = 'mpf-select';
  constructor(detail: MpfSelectDetail) {
    super(MpfSelectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-select': MpfSelectEvent;
  }
}
