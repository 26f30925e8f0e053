/**
 * Events of the search UI parts (need combobox; the filters panel's are in internal-filters.ts) to the
 * finder, and the filter selection they carry. They bubble but are not composed, so they never leave
 * the finder's shadow root.
 */
import type { FacetName, SearchQuery } from '@micro-provider-finder/sdk';

/** The filter fields of a {@link SearchQuery} (the SDK's facet names): what the filters panel and chips edit. */
export type FilterSelection = Pick<SearchQuery, FacetName>;

/** What changed the filters: a checkbox, "Clear filters", or removing a chip (the finder places focus after the last chip). */
export type FiltersChangeReason = 'option' | 'clear' | 'chip';

/**
 * `mpf-need-input` from `<mpf-search-form>`: the need box's text changed as the
 * person typed. The finder answers by setting the form's `suggestions`.
 */
export class MpfNeedInputEvent extends CustomEvent<{ text: string }> {
  static readonly eventName = 'mpf-need-input';
  constructor(text: string) {
    super(MpfNeedInputEvent.eventName, { detail: { text }, bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-need-input': MpfNeedInputEvent;
  }
}
