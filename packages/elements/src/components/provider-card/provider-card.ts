import { defineElement } from '../../internal/define.ts';
import { MpfProviderCard } from './provider-card.component.ts';

export { MpfProviderCard };
defineElement('mpf-provider-card', MpfProviderCard);

declare global {
  interface HTMLElementTagNameMap {
    'mpf-provider-card': MpfProviderCard;
  }
}
