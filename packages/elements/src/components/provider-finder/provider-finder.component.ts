import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
// Only light helpers and types come from the SDK directly; the heavy parts (feed parsing, search
// index, vocabulary, cache) come through loadEngine() so that the form paints without them.
import { parsePostcode, type Ordering, type SearchQuery, type SearchResult, type WideningOption } from '@micro-provider-finder/sdk';
import { FeedController, type FeedTimings } from '../../controllers/feed-controller.ts';
import { ErrorTitleController } from '../../controllers/error-title-controller.ts';
import { FocusController } from '../../controllers/focus-controller.ts';
import { SearchController, type ResultsOutcome } from '../../controllers/search-controller.ts';
import { ShortlistController } from '../../controllers/shortlist-controller.ts';
import { UrlStateController } from '../../controllers/url-state-controller.ts';
import type { MpfFormInvalidEvent, MpfFormSubmitEvent, MpfOpenDetailsEvent } from '../../events/internal.ts';
import type { MpfDistanceChangeEvent, MpfUseLocationEvent } from '../../events/internal-location.ts';
import type { MpfFiltersChangeEvent, MpfNeedInputEvent } from '../../events/internal-search-ui.ts';
import type { MpfListActionEvent, MpfShortlistToggleEvent } from '../../events/internal-shortlist.ts';
import type { MpfOrderingChangeEvent } from '../../events/internal-ordering.ts';
import { MpfResultsEvent } from '../../events/mpf-results.ts';
import { MpfSearchEvent } from '../../events/mpf-search.ts';
import type { LocationErrorKey } from '../../i18n/strings.ts';
import { DEFAULT_DISTANCE, choiceForMiles, maxMilesFor, toDistanceChoice, type DistanceChoice } from '../../internal/distance-choice.ts';
import { feedErrorDetail } from '../../internal/feed-error-detail.ts';
import { publisherOf } from '../../internal/feed-publisher.ts';
import { withoutFilters } from '../../internal/filter-selection.ts';
import { deriveState, type FeedState, type FinderState, type SearchOutcome } from '../../internal/finder-state.ts';
import { countText, orderText, showingText, statusText } from '../../internal/finder-wording.ts';
import { formatNumber } from '../../internal/format.ts';
import { shareUrl, sharedIds } from '../../internal/share-link.ts';
import { urlStateOf, type UrlState } from '../../internal/url-state.ts';
import { currentOrigin } from '../../internal/geolocation.ts';
import { toHeadingLevel } from '../../internal/heading.ts';
import { loadEngine } from '../../internal/load-engine.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import { PostcodePrefetchController } from '../../internal/prefetch-postcode-data.ts';
import { hostStyles } from '../../styles/host.styles.ts';
import { themeStyles } from '../../styles/presets.ts';
import type { MpfFiltersPanel } from '../filters-panel/filters-panel.component.ts';
import type { MpfProviderDetails } from '../provider-details/provider-details.component.ts';
import type { MpfResultsList } from '../results-list/results-list.component.ts';
import { providerFinderStyles } from './provider-finder.styles.ts';
import { feedError, feedNotes, noResults, outsideArea, printView } from './provider-finder.templates.ts';

/**
 * @summary Find small local care and support providers from a micro-provider-feed/1 feed.
 *
 * Composes `<mpf-search-form>`, `<mpf-results-list>` (of `<mpf-provider-card>`),
 * `<mpf-provider-details>` and `<mpf-status-message>`. All matching, ordering
 * and location logic comes from `@micro-provider-finder/sdk`.
 *
 * @fires {MpfSearchEvent} mpf-search - the person submitted a search: `{query, postcode}`.
 * @fires {MpfResultsEvent} mpf-results - results are shown: `{total, page, query}`.
 * @fires {MpfSelectEvent} mpf-select - a provider was chosen: `{providerId}`; cancelable (then details don't open).
 * @fires {MpfErrorEvent} mpf-error - the feed failed to load: `{kind, status?, retryAfterSeconds?, offline?, message, usingSavedCopy}`.
 * @fires {MpfFeedProblemsEvent} mpf-feed-problems - for developers: records or fields the feed parser skipped: `{problems}`.
 *
 * @slot intro - content above the form.
 * @slot footer - content below the results.
 *
 * @csspart base - the wrapper around everything the element shows.
 * @csspart form - the search form.
 * @csspart input - its inputs.
 * @csspart submit - its Search button.
 * @csspart status - the live region with the result count.
 * @csspart result - each result card.
 * @csspart result-name - the name button on each card.
 * @csspart details - the provider details section.
 *
 * @cssprop [--mpf-color-brand=#1d70b8] - accent colour (card top border).
 * @cssprop [--mpf-color-text=#0b0c0c] - text colour.
 * @cssprop [--mpf-color-focus=#ffdd00] - focus highlight.
 * @cssprop [--mpf-font-family=inherit] - typeface (inherits the page's by default).
 * @cssprop [--mpf-button-bg=#0f7a52] - primary button colour.
 */
export class MicroProviderFinder extends MpfElement {
  static override styles = [...hostStyles, themeStyles, providerFinderStyles];

  /** Address of the micro-provider-feed/1 JSON feed. */
  @property() src = '';
  /** Postcode to start with (also searched on load when given). */
  @property() postcode = '';
  /** Need text to start with (also searched on load when given). */
  @property() query = '';
  /** Results per page (per "Show more"). */
  @property({ attribute: 'page-size', type: Number, useDefault: true }) pageSize = 10;
  /** Heading level of each result's name (1-6); the details view uses the same level. */
  @property({ attribute: 'heading-level', type: Number, useDefault: true }) headingLevel = 2;
  /** How equal matches are ordered: "fair" (default, a daily shuffle), "distance" or "name". */
  @property({ useDefault: true }) ordering: Ordering = 'fair';
  /** A ready look: "govuk" or "nhs". Your own `--mpf-*` tokens still win. */
  @property({ reflect: true }) theme?: 'govuk' | 'nhs';
  /** Distance to start with: "1", "3", "5", "10" (default: rural districts are large), "20" or "any". */
  @property({ useDefault: true }) distance: DistanceChoice = DEFAULT_DISTANCE;
  /**
   * Keeps the search in the page address (postcode district only, need, filters, distance, pages,
   * open provider), so reload restores it, Back steps back and a provider has a permanent link.
   */
  @property({ attribute: 'url-state', type: Boolean }) urlState = false;
  /** Offers "Use my location". The browser is only asked when the person presses it. */
  @property({ attribute: 'allow-geolocation', type: Boolean }) allowGeolocation = false;
  /**
   * A postcodes.io-compatible API for exact postcode locations (off by default:
   * without it no postcode ever leaves the page; district centres are used).
   */
  @property({ attribute: 'geocoder-url' }) geocoderUrl = '';

  /**
   * Internal timings, shortened by tests: after `slowAfterMs` of loading a
   * "Still loading…" message appears; a feed load gives up after `feedTimeoutMs`.
   */
  static timings: FeedTimings = { slowAfterMs: 4000, feedTimeoutMs: 15_000 };
  /** Opens the browser's print dialog (tests replace it). */
  static print: () => void = () => window.print();

  @query('mpf-results-list') private resultsList?: MpfResultsList;
  @query('mpf-provider-details') private details?: MpfProviderDetails;
  @query('mpf-filters-panel') private filtersPanel?: MpfFiltersPanel;

  @state() private view: 'results' | 'details' | 'shortlist' | 'print' = 'results';
  /** What the print view shows (the shortlist or the results), and the view to go back to. */
  private printing?: { results: SearchResult[]; from: 'results' | 'shortlist' };
  @state() private selectedId?: string;
  /** "Use my location": true while the browser is asked; why it could not be used. */
  @state() private locating = false;
  @state() private locationError?: LocationErrorKey;
  private autoSearched = false;

  private readonly feed = new FeedController(this, () => MicroProviderFinder.timings);
  private readonly searching = new SearchController(
    this,
    { feed: () => this.feed.value?.feed, engine: () => this.feed.engine },
    (outcome) => this.handleSearchComplete(outcome),
    () => this.startFromPage(),
  );
  private readonly shortlist = new ShortlistController(this);
  private readonly address = new UrlStateController(this, (state) => this.applyUrlState(state));
  /** From the address: pages and provider to show once its search has finished. */
  private restoring?: UrlState;
  private readonly focusing = new FocusController(this, {
    focusResultAt: (index) => this.resultsList?.focusResultAt(index),
    focusProvider: (id) => this.resultsList?.focusProvider(id),
    focusDetailsHeading: () => this.details?.focusHeading(),
    focusFiltersToggle: () => this.filtersPanel?.focusToggle(),
  });

  // Registered with the element; it works on its own after each update.
  protected readonly errorTitle = new ErrorTitleController(this);
  /** Postcode data starts loading with the feed when there is a postcode to search, or one is typed. */
  protected readonly postcodePrefetch = new PostcodePrefetchController(this);

  /** "Error: " (in the interface language) while the postcode is in error. */
  errorTitlePrefix(): string | undefined {
    return this.state.kind === 'postcode-error' ? `${this.locale.strings.errorPrefix} ` : undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && changed.get('src') !== undefined) {
      this.view = 'results';
      this.searching.clear();
    }
  }

  /** Runs a search as if the person had pressed Search. Its filters show in the filters panel. */
  search(query: SearchQuery): void {
    this.view = 'results';
    this.searching.search(query);
  }

  /** The provider whose details are open, if any. */
  get selectedProviderId(): string | undefined {
    return this.view === 'details' ? this.selectedId : undefined;
  }

  /** Once there is a feed: a shared shortlist link opens that list; else a search from the attributes. */
  private startFromPage(): void {
    const shared = sharedIds(window.location.href);
    if (shared.length > 0 && !this.autoSearched) {
      this.autoSearched = true;
      this.shortlist.addAll(shared);
      this.openShortlist();
      return;
    }
    const fromAddress = this.address.initial();
    if (fromAddress && !this.autoSearched) {
      this.autoSearched = true;
      this.applyUrlState(fromAddress);
      return;
    }
    this.startSearchFromAttributes();
  }

  /** A state from the address (page load, Back, Forward): its search, then its pages and open provider. */
  private applyUrlState(state: UrlState): void {
    const query: SearchQuery = { text: state.text ?? '', ...state.filters };
    if (state.district) {
      query.postcode = state.district;
      if (state.maxMiles !== undefined) query.maxMiles = state.maxMiles;
    }
    this.postcode = state.district ?? '';
    this.query = state.text ?? '';
    this.distance = state.district ? choiceForMiles(state.maxMiles) : this.distance;
    const current = this.searching.query;
    if (current && JSON.stringify(urlStateOf(current)) === JSON.stringify(urlStateOf(query))) {
      // Same search: only the open provider changed (Back from details).
      this.showProvider(state.provider);
      return;
    }
    this.restoring = state;
    this.search(query);
  }

  private showProvider(id: string | undefined): void {
    if (id && this.searching.shown.some((r) => r.provider.id === id)) {
      this.selectedId = id;
      this.view = 'details';
      this.focusing.toDetailsHeading();
    } else if (this.view === 'details') {
      this.handleBack();
    }
  }

  /** Writes the current search (and open provider) to the address, when `url-state` is on. */
  private recordAddress(): void {
    const query = this.searching.query;
    const outcome = this.searching.task.value;
    const withOrigin = outcome?.kind === 'results' ? outcome.query : query;
    this.address.record({
      ...(withOrigin ? urlStateOf(withOrigin) : {}),
      pages: this.searching.pages,
      ...(this.view === 'details' && this.selectedId ? { provider: this.selectedId } : {}),
    });
  }

  private startSearchFromAttributes(): void {
    // Once the person has searched, a new finder (another order) reruns their search, filters and all.
    if (this.autoSearched || this.searching.query || !(this.postcode || this.query)) return;
    this.autoSearched = true;
    const parsed = parsePostcode(this.postcode);
    const maxMiles = maxMilesFor(toDistanceChoice(this.distance));
    this.search({
      text: this.query.trim(),
      ...(parsed.ok ? { postcode: parsed.value.postcode, ...(maxMiles !== undefined ? { maxMiles } : {}) } : {}),
    });
  }

  // --- what the person did (the parts send intents; only the finder changes the search) ---

  private handleSearchComplete(outcome: SearchOutcome): void {
    if (outcome.kind !== 'results') {
      this.focusing.announce('');
      return;
    }
    this.focusing.announce(countText(this.locale, outcome));
    this.focusing.searchFinished();
    const restoring = this.restoring;
    this.restoring = undefined;
    for (let page = 1; page < (restoring?.pages ?? 1); page++) this.searching.showMore();
    if (restoring?.provider) this.showProvider(restoring.provider);
    this.recordAddress();
    this.dispatchEvent(
      new MpfResultsEvent({
        total: outcome.response.total,
        closeTotal: outcome.response.closeTotal,
        page: 1,
        query: outcome.query.text ?? '',
      }),
    );
  }

  private handleFormSubmit(event: MpfFormSubmitEvent): void {
    const query = event.detail.query;
    this.postcode = query.postcode ?? '';
    this.query = query.text ?? '';
    this.locationError = undefined;
    if (query.postcode) this.distance = choiceForMiles(query.maxMiles);
    this.search({ ...this.searching.filters, ...query });
    this.dispatchEvent(new MpfSearchEvent({ query: query.text ?? '', postcode: query.postcode ?? '' }));
  }

  /** Not a postcode: the form shows why; the results and count of the last search go (not beside the error). */
  private handleFormInvalid(event: MpfFormInvalidEvent): void {
    const query = event.detail.query;
    this.postcode = query.postcode ?? '';
    this.query = query.text ?? '';
    this.search({ ...this.searching.filters, ...query });
  }

  private handleShowMore(): void {
    const firstNew = this.searching.shown.length;
    const next = this.searching.showMore();
    if (!next) return;
    this.focusing.announce(showingText(this.locale, this.searching.shown.length, next.total));
    this.focusing.toResultAt(firstNew);
    this.recordAddress();
    this.dispatchEvent(
      new MpfResultsEvent({
        total: next.total,
        closeTotal: next.closeTotal,
        page: this.searching.pages,
        query: this.searching.query?.text ?? '',
      }),
    );
  }

  private handleOpenDetails(event: MpfOpenDetailsEvent): void {
    this.selectedId = event.detail.providerId;
    this.view = 'details';
    this.focusing.toDetailsHeading();
    this.recordAddress();
  }

  private handleBack(): void {
    this.view = 'results';
    if (this.selectedId) this.focusing.toProvider(this.selectedId);
    this.recordAddress();
  }

  // --- shortlist and print ---

  private handleShortlistToggle(event: MpfShortlistToggleEvent): void {
    const { providerId, on } = event.detail;
    this.shortlist.toggle(providerId, on);
    const count = formatNumber(this.locale, this.shortlist.ids.length);
    this.focusing.announce(on ? this.locale.strings.shortlistAdded(count) : this.locale.strings.shortlistRemoved(count));
  }

  private openShortlist(): void {
    this.view = 'shortlist';
    this.focusing.after(() => this.renderRoot.querySelector('mpf-shortlist')?.focusHeading());
  }

  /** The shortlisted providers as results (with the distance of the current search when they are in it). */
  private shortlistResults(): SearchResult[] {
    const providers = this.feed.value?.feed.providers ?? [];
    const shown = new Map(this.searching.shown.map((r) => [r.provider.id, r]));
    return this.shortlist.ids.flatMap((id) => {
      const known = shown.get(id);
      const provider = known?.provider ?? providers.find((p) => p.id === id);
      return provider ? [known ?? { provider, score: 0, relevanceBand: 0, distanceBand: 0, closeMatch: true }] : [];
    });
  }

  private printList(results: SearchResult[], from: 'results' | 'shortlist'): void {
    this.printing = { results, from };
    this.view = 'print';
    this.focusing.after(async () => {
      await Promise.all([...this.renderRoot.querySelectorAll('mpf-provider-details')].map((d) => d.updateComplete));
      MicroProviderFinder.print();
    });
  }

  private handleListAction(event: MpfListActionEvent): void {
    const { action } = event.detail;
    if (action === 'print') this.printList(this.shortlistResults(), 'shortlist');
    else if (action === 'clear') {
      this.shortlist.clear();
      this.focusing.announce(this.locale.strings.shortlistRemoved('0'));
    } else this.view = 'results';
  }

  private handlePrintBack(): void {
    this.view = this.printing?.from ?? 'results';
    if (this.view === 'shortlist') this.openShortlist();
  }

  /** "Use my location" was pressed: ask the browser, then search from that exact point. */
  private async handleUseLocation(event: MpfUseLocationEvent): Promise<void> {
    if (!this.allowGeolocation) return;
    const query = event.detail.query;
    this.locationError = undefined;
    this.locating = true;
    const located = await currentOrigin((lat, lng) => loadEngine().then((engine) => engine.originFromCoordinates(lat, lng)));
    this.locating = false;
    if (!located.ok) {
      this.locationError = located.error;
      return;
    }
    const origin = located.value;
    this.postcode = '';
    this.query = query.text ?? '';
    this.distance = choiceForMiles(query.maxMiles);
    this.search({ ...this.searching.filters, ...query, origin });
    this.dispatchEvent(new MpfSearchEvent({ query: query.text ?? '', postcode: '' }));
  }

  /** Distance applies at once, like the filters, to a search that has a place to measure from. */
  private handleDistanceChange(event: MpfDistanceChangeEvent): void {
    const { maxMiles } = event.detail;
    this.distance = choiceForMiles(maxMiles);
    const current = this.searching.query;
    if (!current || !(current.postcode || current.origin)) return;
    const next: SearchQuery = { ...current, maxMiles };
    if (maxMiles === undefined) delete next.maxMiles;
    this.search(next);
  }

  private handleNeedInput(event: MpfNeedInputEvent): void {
    this.searching.suggest(event.detail.text);
  }

  /** A checkbox, Clear filters or a chip: search again at once with the new filters. */
  private handleFiltersChange(event: MpfFiltersChangeEvent): void {
    const { filters, reason } = event.detail;
    if (reason === 'chip' && Object.keys(filters).length === 0) this.focusing.toResultsAfterNextSearch();
    this.search({ ...withoutFilters(this.searching.query ?? {}), ...filters });
  }

  private handleDidYouMean(text: string): void {
    this.query = text;
    this.focusing.toResultsAfterNextSearch();
    this.search({ ...this.searching.query, text });
  }

  private handleWiden(option: WideningOption): void {
    const current = this.searching.query ?? {};
    this.focusing.toResultsAfterNextSearch();
    if (option.kind === 'remove-filter') {
      if (this.feed.engine) this.search(this.feed.engine.withoutFilter(current, option.filter, option.value));
    } else if (option.kind === 'remove-text') {
      this.query = '';
      this.search({ ...current, text: '' });
    } else {
      this.distance = choiceForMiles(option.maxMiles);
      const next: SearchQuery = { ...current, maxMiles: option.maxMiles };
      if (option.maxMiles === undefined) delete next.maxMiles;
      this.search(next);
    }
  }

  // --- rendering ---

  private get state(): FinderState {
    return deriveState(this.src, this.feed.task, this.searching.task, (error) => feedErrorDetail(error, false));
  }

  /** The outcome whose counts the panel shows: the current one, or the previous one while searching. */
  private filtersOutcome(state: FinderState): ResultsOutcome | undefined {
    if (state.kind === 'results' || state.kind === 'empty') return state.outcome;
    if (state.kind === 'searching' && state.previous?.kind === 'results') return state.previous;
    return undefined;
  }

  /** Rendered in the same place in every state, so focus on a checkbox survives the search it starts. */
  private renderFiltersPanel(state: FinderState): TemplateResult | typeof nothing {
    const outcome = this.filtersOutcome(state);
    if (!outcome) return nothing;
    return html`<mpf-filters-panel
      exportparts="filters, filters-toggle, chip"
      lang=${this.lang || nothing}
      ?hidden=${this.view !== 'results'}
      .facets=${outcome.response.facets}
      .selected=${this.searching.filters}
      .total=${outcome.response.total}
      @mpf-filters-change=${this.handleFiltersChange}
      @mpf-show-results=${() => this.focusing.toResultAt(0)}
    ></mpf-filters-panel>`;
  }

  private renderResults(outcome: ResultsOutcome, busy: boolean): TemplateResult {
    const { strings } = this.locale;
    const order = orderText(this.locale, this.searching.finder?.explainOrder().kind ?? this.ordering);
    const approximate = outcome.query.origin?.precision === 'district';
    const more = this.searching.shown.length < outcome.response.total;
    return html`
      <div class="results" ?hidden=${this.view !== 'results'}>
        <p class="order">${order}${approximate ? html` ${strings.distanceApproximate}` : nothing}</p>
        <div class="list-bar">
          <button class="button secondary" type="button" @click=${() => this.printList(this.searching.shown, 'results')}>
            ${strings.printList}
          </button>
        </div>
        <mpf-results-list
          exportparts="list, result, result-name, shortlist-toggle"
          .results=${this.searching.shown}
          .shortlist=${this.shortlist.idSet}
          .publisher=${publisherOf(this.feed.value?.feed.meta)}
          .ordering=${this.ordering}
          heading-level=${toHeadingLevel(this.headingLevel)}
          lang=${this.lang || nothing}
          ?busy=${busy}
          @mpf-open-details=${this.handleOpenDetails}
          @mpf-ordering-change=${(event: MpfOrderingChangeEvent) => (this.ordering = event.detail.ordering)}
        ></mpf-results-list>
        ${
          more
            ? html`<div><button class="button secondary" type="button" @click=${this.handleShowMore}>${strings.showMore}</button></div>`
            : nothing
        }
      </div>
    `;
  }

  private renderDetails(): TemplateResult | typeof nothing {
    if (this.view !== 'details') return nothing;
    const result = this.searching.shown.find((r) => r.provider.id === this.selectedId);
    if (!result) return nothing;
    return html`<mpf-provider-details
      exportparts="details"
      .result=${result}
      .shortlisted=${this.shortlist.idSet.has(result.provider.id)}
      .publisher=${publisherOf(this.feed.value?.feed.meta)}
      heading-level=${toHeadingLevel(this.headingLevel)}
      lang=${this.lang || nothing}
      @mpf-back=${this.handleBack}
    ></mpf-provider-details>`;
  }

  private renderEmpty(outcome: ResultsOutcome): TemplateResult {
    return noResults(this.locale, toHeadingLevel(this.headingLevel), {
      corrected: outcome.response.didYouMean,
      options: this.searching.wideningFor(outcome),
      text: this.searching.query?.text ?? '',
      onDidYouMean: (text) => this.handleDidYouMean(text),
      onWiden: (option) => this.handleWiden(option),
    });
  }

  private renderBody(state: FinderState): TemplateResult | typeof nothing {
    const { strings } = this.locale;
    const retry = () => this.feed.retry();
    const notes = (feed: FeedState) => feedNotes(this.locale, feed, retry);
    switch (state.kind) {
      case 'no-feed':
        return nothing;
      case 'idle':
      case 'postcode-error':
        return notes(state.feed);
      case 'outside-area':
        return html`${notes(state.feed)} ${outsideArea(this.locale, state.district, toHeadingLevel(this.headingLevel))}`;
      case 'loading':
        return html`<mpf-status-message variant="loading"
          ><p>${this.feed.slowLoading ? strings.stillLoading : strings.loading}</p></mpf-status-message
        >`;
      case 'feed-error':
        return feedError(this.locale, toHeadingLevel(this.headingLevel), retry);
      case 'searching':
        return html`${notes(state.feed)}
        ${state.previous?.kind === 'results' && this.searching.shown.length ? this.renderResults(state.previous, true) : nothing}`;
      case 'empty':
        return html`${notes(state.feed)} ${this.renderEmpty(state.outcome)}`;
      case 'results':
        return html`${notes(state.feed)} ${this.renderDetails()} ${this.renderResults(state.outcome, false)}`;
      default: {
        const unreachable: never = state;
        return unreachable;
      }
    }
  }

  /** "Shortlist (3)", once the person has kept someone. */
  private renderShortlistBar(state: FinderState): TemplateResult | typeof nothing {
    const count = this.shortlist.ids.length;
    if (count === 0 || this.view === 'shortlist' || this.view === 'print' || !('feed' in state)) return nothing;
    return html`<div class="shortlist-bar">
      <button class="button secondary" part="shortlist-button" type="button" @click=${this.openShortlist}>
        ${this.locale.strings.shortlistButton(formatNumber(this.locale, count))}
      </button>
    </div>`;
  }

  private renderListView(): TemplateResult | typeof nothing {
    const meta = this.feed.value?.feed.meta;
    const level = toHeadingLevel(this.headingLevel);
    if (this.view === 'print' && this.printing) {
      return printView(this.locale, this.printing.results, meta, window.location.href, level, () => this.handlePrintBack());
    }
    if (this.view !== 'shortlist') return nothing;
    return html`<mpf-shortlist
      exportparts="shortlist, list, result, result-name, shortlist-toggle"
      lang=${this.lang || nothing}
      heading-level=${level}
      .results=${this.shortlistResults()}
      .meta=${meta}
      .shareUrl=${shareUrl(window.location.href, this.shortlist.ids)}
      @mpf-list-action=${this.handleListAction}
    ></mpf-shortlist>`;
  }

  override render() {
    const state = this.state;
    const busy = state.kind === 'loading' || state.kind === 'searching';
    const status = statusText(this.locale, state, { slowLoading: this.feed.slowLoading, announcement: this.focusing.announcement });
    return html`
      <div class="finder" part="base">
        <slot name="intro"></slot>
        <mpf-search-form
          exportparts="form, input, submit"
          ?hidden=${this.view === 'print'}
          lang=${this.lang || nothing}
          .postcode=${this.postcode}
          .query=${this.query}
          .distance=${toDistanceChoice(this.distance)}
          .postcodeError=${state.kind === 'postcode-error' ? state.error : undefined}
          .locating=${this.locating}
          .locationError=${this.locationError}
          ?allow-geolocation=${this.allowGeolocation}
          heading-level=${toHeadingLevel(this.headingLevel)}
          .suggestions=${this.searching.suggestions}
          @mpf-use-location=${this.handleUseLocation}
          @mpf-form-submit=${this.handleFormSubmit}
          @mpf-form-invalid=${this.handleFormInvalid}
          @mpf-distance-change=${this.handleDistanceChange}
          @mpf-need-input=${this.handleNeedInput}
        ></mpf-search-form>
        <!-- Before any search the count of the directory is shown but not announced: nothing is listed yet. -->
        <p class="status" part="status" role="status" aria-live=${state.kind === 'idle' ? 'off' : 'polite'}>${status}</p>
        ${this.renderShortlistBar(state)}
        <div class="body" aria-busy=${busy ? 'true' : 'false'} @mpf-shortlist-toggle=${this.handleShortlistToggle}>
          ${this.renderFiltersPanel(state)}
          <div class="main" ?hidden=${this.view === 'shortlist' || this.view === 'print'}>${this.renderBody(state)}</div>
          ${this.renderListView()}
        </div>
        <slot name="footer"></slot>
      </div>
    `;
  }
}
