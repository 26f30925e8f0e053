import '../search-form/search-form.ts';
import '../results-list/results-list.ts';
import '../provider-details/provider-details.ts';
import '../status-message/status-message.ts';
import { defineElement } from '../../internal/define.ts';
import { MicroProviderFinder } from './provider-finder.component.ts';

export { MicroProviderFinder };
defineElement('micro-provider-finder', MicroProviderFinder);

declare global {
  interface HTMLElementTagNameMap {
    'micro-provider-finder': MicroProviderFinder;
  }
}
