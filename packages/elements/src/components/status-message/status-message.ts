import { defineElement } from '../../internal/define.ts';
import { MpfStatusMessage } from './status-message.component.ts';

export { MpfStatusMessage };
defineElement('mpf-status-message', MpfStatusMessage);

declare global {
  interface HTMLElementTagNameMap {
    'mpf-status-message': MpfStatusMessage;
  }
}
