import { defineElement } from '../../internal/define.ts';
import { MpfFiltersPanel } from './filters-panel.component.ts';

export { MpfFiltersPanel };
defineElement('mpf-filters-panel', MpfFiltersPanel);

declare global {
  interface HTMLElementTagNameMap {
    'mpf-filters-panel': MpfFiltersPanel;
  }
}
