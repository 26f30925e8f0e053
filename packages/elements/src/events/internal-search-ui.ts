/**
 * Events of the search UI parts (filters panel, need combobox) to the finder.
 * They bubble but are not composed, so they never leave the finder's shadow root.
 */
import type { FacetName, SearchQuery } from '@micro-provider-finder/sdk';

/** The filter fields of a {@link SearchQuery} (the SDK's facet names): what the filters panel and chips edit. */
export type FilterSelection = Pick<SearchQuery, FacetName>;

/** What changed the filters: a checkbox, "Clear filters", or removing a chip (the finder places focus after the last chip). */
export type FiltersChangeReason = 'option' | 'clear' | 'chip';

/**
 * `mpf-filters-change` from `<mpf-filters-panel>`: the person ticked, unticked
 * or cleared filters. `detail.filters` is the whole new selection.
 */
export class MpfFiltersChangeEvent extends CustomEvent<{ filters: FilterSelection; reason: FiltersChangeReason }> {
  static readonly eventName = 'mpf-filters-change';
  constructor(filters: FilterSelection, reason: FiltersChangeReason) {
    super(MpfFiltersChangeEvent.eventName, { detail: { filters, reason }, bubbles: true });
  }
}

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

/** `mpf-show-results` from `<mpf-filters-panel>`: "Show N results" closed the filters; the finder moves focus to the results. */
export class MpfShowResultsEvent extends Event {
  static readonly eventName = 'mpf-show-results';
  constructor() {
    super(MpfShowResultsEvent.eventName, { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mpf-filters-change': MpfFiltersChangeEvent;
    'mpf-need-input': MpfNeedInputEvent;
    'mpf-show-results': MpfShowResultsEvent;
  }
}
