/**
 * Events of `<mpf-filters-panel>` to the finder. They bubble but are not composed. Their own module:
 * the panel loads with the engine, so these stay out of the first paint.
 */
import type { FilterSelection, FiltersChangeReason } from './internal-search-ui.ts';

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
    'mpf-show-results': MpfShowResultsEvent;
  }
}
