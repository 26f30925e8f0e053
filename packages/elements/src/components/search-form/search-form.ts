import { defineElement } from '../../internal/define.ts';
import { MpfSearchForm } from './search-form.component.ts';

export { MpfSearchForm };
defineElement('mpf-search-form', MpfSearchForm);

declare global {
  interface HTMLElementTagNameMap {
    'mpf-search-form': MpfSearchForm;
  }
}
