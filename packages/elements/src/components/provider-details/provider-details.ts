import { defineElement } from '../../internal/define.ts';
import { MpfProviderDetails } from './provider-details.component.ts';

export { MpfProviderDetails };
defineElement('mpf-provider-details', MpfProviderDetails);

declare global {
  interface HTMLElementTagNameMap {
    'mpf-provider-details': MpfProviderDetails;
  }
}
