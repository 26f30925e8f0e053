import '../results-list/results-list.ts';
import { defineElement } from '../../internal/define.ts';
import { MpfShortlist } from './shortlist.component.ts';

export { MpfShortlist };
defineElement('mpf-shortlist', MpfShortlist);

declare global {
  interface HTMLElementTagNameMap {
    'mpf-shortlist': MpfShortlist;
  }
}
