import '../provider-card/provider-card.ts';
import { defineElement } from '../../internal/define.ts';
import { MpfResultsList } from './results-list.component.ts';

export { MpfResultsList };
defineElement('mpf-results-list', MpfResultsList);

declare global {
  interface HTMLElementTagNameMap {
    'mpf-results-list': MpfResultsList;
  }
}
