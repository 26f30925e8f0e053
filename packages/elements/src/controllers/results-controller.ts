/**
 * What the finder shows below the form once it has a feed, and what the person does there: the
 * search (SearchController), which view is open (the results or a provider's details, with the
 * shortlist and print views in ListsController), the page address (`url-state`), focus and the
 * live region's announcements.
 *
 * The element forwards the form's intents here (search()); the result parts' intents (Show more,
 * details, filters, widening) arrive through the templates in provider-finder.results.ts.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Ordering, ParsedFeed, SearchQuery, WideningOption } from '@micro-provider-finder/sdk';
import type { FilterSelection, FiltersChangeReason } from '../events/internal-search-ui.ts';
import { isOrderChoice } from '../events/internal-ordering.ts';
import { MpfResultsEvent } from '../events/mpf-results.ts';
import type { Locale } from '../i18n/locale.ts';
import { choiceForMiles, toDistanceChoice, withMaxMiles, type DistanceChoice } from '../internal/distance-choice.ts';
import { withoutFilters } from '../internal/filter-selection.ts';
import type { FinderState, SearchOutcome } from '../internal/finder-state.ts';
import { countText, showingText, statusText } from '../internal/finder-wording.ts';
import type { Engine } from '../internal/load-engine.ts';
import { queryFromAttributes } from '../internal/search-intents.ts';
import { sharedIds } from '../internal/share-link.ts';
import { isSameSearch, queryOfUrlState, urlStateOf, type UrlState } from '../internal/url-state.ts';
import type { MpfFiltersPanel } from '../components/filters-panel/filters-panel.component.ts';
import type { MpfProviderDetails } from '../components/provider-details/provider-details.component.ts';
import type { MpfResultsList } from '../components/results-list/results-list.component.ts';
import { ErrorTitleController, type ErrorTitleHost } from './error-title-controller.ts';
import { FocusController } from './focus-controller.ts';
import { ListsController } from './lists-controller.ts';
import { RemoteSearchController, type RemoteSearchHost } from './remote-search-controller.ts';
import { SearchController, type SearchHost } from './search-controller.ts';
import type { ShortlistHost } from './shortlist-controller.ts';
import { UrlStateController, type UrlStateHost } from './url-state-controller.ts';

export type FinderView = 'results' | 'details' | 'shortlist' | 'print';

/** What the controller needs from the finder element (it also restores the form's fields). */
export interface ResultsHost
  extends ReactiveControllerHost, SearchHost, RemoteSearchHost, ShortlistHost, UrlStateHost, ErrorTitleHost, EventTarget {
  postcode: string;
  query: string;
  distance: DistanceChoice;
  /** The order of the results: the page's own (the `ordering` attribute), or the person's choice. */
  ordering: Ordering;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ResultsSource {
  feed(): ParsedFeed | undefined;
  engine(): Engine | undefined;
  /** The finder's language now (for announcements). */
  locale(): Locale;
  /** Opens the browser's print dialog. */
  print(): void;
}

/** Not a controller itself: it makes and coordinates the controllers that register with the element. */
export class ResultsController {
  view: FinderView = 'results';
  /** The provider whose details are open (or were, for focus on Back). */
  selectedId?: string;
  /** The search over a downloaded feed. */
  private readonly local: SearchController;
  /** `mode="remote"`: the search the Open Referral API does. */
  readonly remote: RemoteSearchController;
  readonly focusing: FocusController;
  readonly lists: ListsController;
  private readonly address: UrlStateController;
  /** "Error: " in the page title: only a search (so only with the results part) can show an error. */
  protected readonly errorTitle: ErrorTitleController;
  /** From the address: pages and provider to show once its search has finished. */
  private restoring?: UrlState;
  /** True once the page's own search (shared list, address, attributes) has started. */
  private started = false;
  /** The page's own order (the `ordering` attribute): the address records the person's order only when it differs. */
  private readonly pageOrdering: Ordering;

  constructor(
    private readonly host: ResultsHost,
    private readonly source: ResultsSource,
  ) {
    this.local = new SearchController(
      host,
      source,
      (outcome) => this.searchFinished(outcome),
      () => this.startFromPage(),
    );
    this.remote = new RemoteSearchController(
      host,
      (outcome) => this.searchFinished(outcome),
      // Back online: the new page is announced, but focus stays where the person left it.
      () => this.showMore({ moveFocus: false }),
    );
    this.address = new UrlStateController(host, (state) => this.applyUrlState(state));
    this.pageOrdering = host.ordering;
    // The address's order is taken now, in the element's willUpdate before the first finder is made,
    // so that finder is made in that order (taking it with the address's search would make two).
    const order = this.address.initial()?.order;
    if (order && !this.remoteMode) host.ordering = order;
    const part = <T extends Element>(selector: string) => host.renderRoot.querySelector<T>(selector) ?? undefined;
    this.focusing = new FocusController(host, {
      focusResultAt: (index) => part<MpfResultsList>('mpf-results-list')?.focusResultAt(index),
      focusProvider: (id) => part<MpfResultsList>('mpf-results-list')?.focusProvider(id),
      focusDetailsHeading: () => part<MpfProviderDetails>('mpf-provider-details')?.focusHeading(),
      focusFiltersToggle: () => part<MpfFiltersPanel>('mpf-filters-panel')?.focusToggle(),
    });
    this.lists = new ListsController(host, this, source);
    this.errorTitle = new ErrorTitleController(host);
    // Remote mode has no feed to wait for: start once the controllers have had their first update
    // (the shortlist sets up its list then; a shared link's ids added before would be lost).
    if (this.remoteMode) void host.updateComplete.then(() => this.startFromPage());
  }

  /** The search in use: over the feed, or by the API in remote mode (same shape, same views). */
  get searching(): SearchController | RemoteSearchController {
    return this.remoteMode ? this.remote : this.local;
  }

  get remoteMode(): boolean {
    return this.host.mode === 'remote';
  }

  /** Try again in remote mode: the search, or the "Show more" that failed (announced as usual). */
  retryRemote(): void {
    this.remote.retry(() => this.showMore());
  }

  /** Runs a search as if the person had pressed Search, and shows its results. */
  search(query: SearchQuery): void {
    this.show('results');
    this.searching.search(query);
  }

  /** The status line (the live region) for `state`. */
  statusText(state: FinderState, slowLoading: boolean): string {
    return statusText(this.source.locale(), state, { slowLoading, announcement: this.focusing.announcement });
  }

  /** A new feed address: back to the results view, with none yet. */
  reset(): void {
    this.view = 'results';
    this.searching.clear();
  }

  show(view: FinderView): void {
    this.view = view;
    this.host.requestUpdate();
  }

  /** Once there is a feed: a shared shortlist link opens that list; else the address's search, else the attributes'. */
  private startFromPage(): void {
    // Once the person has searched, a new finder (another order) reruns their search, filters and all.
    if (this.started || this.searching.query) return;
    const shared = sharedIds(window.location.href);
    const fromAddress = this.address.initial();
    const fromAttributes = queryFromAttributes(this.host.postcode, this.host.query, toDistanceChoice(this.host.distance));
    if (shared.length === 0 && !fromAddress && !fromAttributes) return;
    this.started = true;
    if (shared.length > 0) this.lists.openShared(shared);
    else if (fromAddress) this.applyUrlState(fromAddress);
    else if (fromAttributes) this.search(fromAttributes);
  }

  /** A state from the address (page load, Back, Forward): its search, then its pages and open provider. */
  private applyUrlState(state: UrlState): void {
    const query = queryOfUrlState(state);
    this.host.postcode = state.district ?? '';
    this.host.query = state.text ?? '';
    if (state.district) this.host.distance = choiceForMiles(state.maxMiles);
    // A new order makes a new finder, which runs the search again: restore its pages and provider then.
    const order = this.remoteMode ? this.host.ordering : (state.order ?? this.pageOrdering);
    const reordered = order !== this.host.ordering;
    this.host.ordering = order;
    if (!reordered && isSameSearch(this.searching.query, query)) {
      this.showProvider(state.provider); // same search: only the open provider changed (Back from details)
      return;
    }
    this.restoring = state;
    this.search(query);
  }

  private showProvider(id: string | undefined): void {
    if (id && this.searching.shown.some((r) => r.provider.id === id)) {
      this.selectedId = id;
      this.show('details');
      this.focusing.toDetailsHeading();
    } else if (this.view === 'details') {
      this.back();
    }
  }

  /** Writes the current search (and open provider) to the address, when `url-state` is on. */
  private recordAddress(): void {
    const outcome = this.searching.task.value;
    const query = outcome?.kind === 'results' ? outcome.query : this.searching.query;
    const ordering = this.host.ordering;
    const chosenOrder = !this.remoteMode && ordering !== this.pageOrdering && isOrderChoice(ordering);
    this.address.record({
      ...(query ? urlStateOf(query) : {}),
      pages: this.searching.pages,
      ...(this.view === 'details' && this.selectedId ? { provider: this.selectedId } : {}),
      ...(chosenOrder ? { order: ordering } : {}),
    });
  }

  private searchFinished(outcome: SearchOutcome): void {
    if (outcome.kind !== 'results') {
      this.focusing.announce('');
      return;
    }
    this.focusing.announce(countText(this.source.locale(), outcome));
    this.focusing.searchFinished();
    const restoring = this.restoring;
    this.restoring = undefined;
    for (let page = 1; page < (restoring?.pages ?? 1); page++) this.searching.showMore();
    if (restoring?.provider) this.showProvider(restoring.provider);
    this.recordAddress();
    const { total, closeTotal } = outcome.response;
    this.host.dispatchEvent(new MpfResultsEvent({ total, closeTotal, page: 1, query: outcome.query.text ?? '' }));
  }

  // --- what the person did in the results (the parts send intents; only the finder changes the search) ---

  /** The next page; `moveFocus: false` when the person did not ask for it just now (e.g. back online). */
  async showMore({ moveFocus = true } = {}): Promise<void> {
    const firstNew = this.searching.shown.length;
    const next = await this.searching.showMore(); // remote mode: the API's next page
    if (!next) return;
    this.focusing.announce(showingText(this.source.locale(), this.searching.shown.length, next.total));
    if (moveFocus) this.focusing.toResultAt(firstNew);
    this.recordAddress();
    const { total, closeTotal } = next;
    this.host.dispatchEvent(
      new MpfResultsEvent({ total, closeTotal, page: this.searching.pages, query: this.searching.query?.text ?? '' }),
    );
  }

  openDetails(providerId: string): void {
    this.selectedId = providerId;
    this.show('details');
    this.focusing.toDetailsHeading();
    this.recordAddress();
  }

  back(): void {
    this.show('results');
    if (this.selectedId) this.focusing.toProvider(this.selectedId);
    this.recordAddress();
  }

  /** A checkbox, Clear filters or a chip: search again at once with the new filters. */
  changeFilters(filters: FilterSelection, reason: FiltersChangeReason): void {
    if (reason === 'chip' && Object.keys(filters).length === 0) this.focusing.toResultsAfterNextSearch();
    this.search({ ...withoutFilters(this.searching.query ?? {}), ...filters });
  }

  didYouMean(text: string): void {
    this.host.query = text;
    this.focusing.toResultsAfterNextSearch();
    this.search({ ...this.searching.query, text });
  }

  widen(option: WideningOption): void {
    const current = this.searching.query ?? {};
    this.focusing.toResultsAfterNextSearch();
    if (option.kind === 'remove-filter') {
      const engine = this.source.engine();
      if (engine) this.search(engine.withoutFilter(current, option.filter, option.value));
    } else if (option.kind === 'remove-text') {
      this.host.query = '';
      this.search({ ...current, text: '' });
    } else {
      this.host.distance = choiceForMiles(option.maxMiles);
      this.search(withMaxMiles(current, option.maxMiles));
    }
  }
}
