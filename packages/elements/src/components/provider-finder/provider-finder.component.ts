import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import { TaskStatus } from '@lit/task';
// Only light helpers and types come from the SDK directly; the heavy parts (feed parsing, search
// index, vocabulary, cache) come through loadEngine() so that the form paints without them.
import type { Ordering, SearchQuery } from '@micro-provider-finder/sdk';
import { FeedController, type FeedTimings } from '../../controllers/feed-controller.ts';
import type { ResultsController } from '../../controllers/results-controller.ts';
import type { MpfFormInvalidEvent, MpfFormSubmitEvent } from '../../events/internal.ts';
import type { MpfDistanceChangeEvent, MpfUseLocationEvent } from '../../events/internal-location.ts';
import type { MpfNeedInputEvent } from '../../events/internal-search-ui.ts';
import type { MpfShortlistToggleEvent } from '../../events/internal-shortlist.ts';
import { MpfErrorEvent, type MpfErrorDetail } from '../../events/mpf-error.ts';
import { MpfSearchEvent } from '../../events/mpf-search.ts';
import type { LocationErrorKey } from '../../i18n/strings.ts';
import { DEFAULT_DISTANCE, choiceForMiles, toDistanceChoice, withMaxMiles, type DistanceChoice } from '../../internal/distance-choice.ts';
import { feedErrorDetail } from '../../internal/feed-error-detail.ts';
import { deriveState, type FinderState } from '../../internal/finder-state.ts';
import { toHeadingLevel } from '../../internal/heading.ts';
import { loadEngine, type Engine } from '../../internal/load-engine.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import { PostcodePrefetchController } from '../../internal/prefetch-postcode-data.ts';
import { themeReady, themeStyles } from '../../internal/theme-styles.ts';
import { hostStyles } from '../../styles/host.styles.ts';
import { feedError, feedStatusText, loadingMessage } from './provider-finder.feed-status.ts';
import type { ResultsViewContext } from './provider-finder.results.ts';
import { providerFinderStyles } from './provider-finder.styles.ts';

/**
 * @summary Find small local care and support providers from a micro-provider-feed/1 feed (or, with
 * `mode="remote"`, from an Open Referral UK 3.0 API that does the searching).
 *
 * Composes `<mpf-search-form>`, `<mpf-results-list>` (of `<mpf-provider-card>`),
 * `<mpf-provider-details>` and `<mpf-status-message>`. All matching, ordering
 * and location logic comes from `@micro-provider-finder/sdk`.
 *
 * @fires {MpfSearchEvent} mpf-search - the person submitted a search: `{query, postcode}`.
 * @fires {MpfResultsEvent} mpf-results - results are shown: `{total, page, query}`.
 * @fires {MpfSelectEvent} mpf-select - a provider was chosen: `{providerId}`; cancelable (then details don't open).
 * @fires {MpfErrorEvent} mpf-error - the feed (remote mode: the API) failed to load: `{kind, status?, retryAfterSeconds?, offline?, message, usingSavedCopy}`.
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

  /** Address of the micro-provider-feed/1 JSON feed; with `mode="remote"`, the base address of an Open Referral UK 3.0 API. */
  @property() src = '';
  /**
   * "feed" (default): download `src` as one feed and search it in the page. "remote", for
   * national-size directories: send each search and "Show more" to the Open Referral UK 3.0 API at
   * `src` (`/services?text=&postcode=&proximity=&taxonomy_id=&page=`). Nothing else is downloaded
   * or saved, results are in the directory's own order, and no filters are offered (the API gives
   * no counts).
   */
  @property({ reflect: true, useDefault: true }) mode: 'feed' | 'remote' = 'feed';
  /**
   * Remote mode: the API's taxonomy term id for each support type, e.g. `{"befriending": "tx-12"}`
   * (attribute: JSON), sent as `taxonomy_id` when a search has that support filter.
   */
  @property({ attribute: 'taxonomy-ids', type: Object }) taxonomyIds?: Record<string, string>;
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
   * open provider, the order the person chose), so reload restores it, Back steps back and a
   * provider has a permanent link.
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

  /** "Use my location": true while the browser is asked; why it could not be used. */
  @state() private locating = false;
  @state() private locationError?: LocationErrorKey;

  private readonly feed = new FeedController(this, () => MicroProviderFinder.timings);
  /**
   * The search, the views below the form, the shortlist, the address and focus: made once the
   * engine, which brings them, has loaded (always before there is a feed to show anything from).
   */
  private results?: ResultsController;
  /** Remote mode: the engine (which brings the search) could not be loaded. */
  @state() private engineError?: MpfErrorDetail;
  /** A search asked for before then (search(), or the form while the feed loads). */
  private pendingSearch?: SearchQuery;

  /** Postcode data starts loading with the feed when there is a postcode to search, or one is typed. */
  protected readonly postcodePrefetch = new PostcodePrefetchController(this);

  /** With a `theme`, waits for its styles before rendering (the CDN build loads them on demand). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const theme = themeReady(this.renderRoot, this.theme);
    return theme ? theme.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** "Error: " (in the interface language) while the postcode is in error (for the page title). */
  errorTitlePrefix(): string | undefined {
    return this.state.kind === 'postcode-error' ? `${this.locale.strings.errorPrefix} ` : undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Remote mode has no feed to bring the engine (and with it the results part): fetch it here.
    // Once per failure: Try again clears `engineError`, which loads it again.
    if (this.mode === 'remote' && !this.feed.engine && !this.engineError) {
      void loadEngine().then(
        (engine) => {
          this.feed.engine ??= engine;
          this.requestUpdate();
        },
        (error: unknown) => {
          // Offline before it arrived: nothing can be searched. Said as for a feed that cannot be reached.
          this.engineError = feedErrorDetail(error, false);
          this.dispatchEvent(new MpfErrorEvent(this.engineError));
          // Back online: load it again, as Try again does.
          addEventListener('online', () => (this.engineError = undefined), { once: true });
        },
      );
    }
    if (!this.results && this.feed.engine) this.startResults(this.feed.engine);
    if (changed.has('src') && changed.get('src') !== undefined) this.results?.reset();
  }

  private startResults(engine: Engine): void {
    engine.addResultsStyles(this.renderRoot);
    this.results = new engine.ResultsController(this, {
      feed: () => this.feed.value?.feed,
      engine: () => this.feed.engine,
      locale: () => this.locale,
      print: () => MicroProviderFinder.print(),
    });
    if (this.pendingSearch) this.results.search(this.pendingSearch);
    this.pendingSearch = undefined;
  }

  /** Runs a search as if the person had pressed Search. Its filters show in the filters panel. */
  search(query: SearchQuery): void {
    if (this.results) this.results.search(query);
    else this.pendingSearch = query;
  }

  /** The provider whose details are open, if any. */
  get selectedProviderId(): string | undefined {
    return this.results?.view === 'details' ? this.results.selectedId : undefined;
  }

  // --- what the person did in the form (it sends intents; only the finder changes the search) ---

  private handleFormSubmit(event: MpfFormSubmitEvent): void {
    const query = event.detail.query;
    this.postcode = query.postcode ?? '';
    this.query = query.text ?? '';
    this.locationError = undefined;
    if (query.postcode) this.distance = choiceForMiles(query.maxMiles);
    this.search({ ...this.results?.searching.filters, ...query });
    this.dispatchEvent(new MpfSearchEvent({ query: query.text ?? '', postcode: query.postcode ?? '' }));
  }

  /** Not a postcode: the form shows why; the results and count of the last search go (not beside the error). */
  private handleFormInvalid(event: MpfFormInvalidEvent): void {
    const query = event.detail.query;
    this.postcode = query.postcode ?? '';
    this.query = query.text ?? '';
    this.search({ ...this.results?.searching.filters, ...query });
  }

  /** "Use my location" was pressed: ask the browser, then search from that exact point. */
  private async handleUseLocation(event: MpfUseLocationEvent): Promise<void> {
    if (!this.allowGeolocation) return;
    const query = event.detail.query;
    this.locationError = undefined;
    this.locating = true;
    // Through the engine (loaded long before anyone presses the button): the form paints without it.
    const located = await loadEngine().then(
      (engine) => engine.currentOrigin(async (lat, lng) => engine.originFromCoordinates(lat, lng)),
      () => ({ ok: false, error: 'unavailable' }) as const,
    );
    this.locating = false;
    if (!located.ok) {
      this.locationError = located.error;
      return;
    }
    this.postcode = '';
    this.query = query.text ?? '';
    this.distance = choiceForMiles(query.maxMiles);
    this.search({ ...this.results?.searching.filters, ...query, origin: located.value });
    this.dispatchEvent(new MpfSearchEvent({ query: query.text ?? '', postcode: '' }));
  }

  /** Distance applies at once, like the filters, to a search that has a place to measure from. */
  private handleDistanceChange(event: MpfDistanceChangeEvent): void {
    const { maxMiles } = event.detail;
    this.distance = choiceForMiles(maxMiles);
    const current = this.results?.searching.query;
    if (current && (current.postcode || current.origin)) this.search(withMaxMiles(current, maxMiles));
  }

  private handleNeedInput(event: MpfNeedInputEvent): void {
    this.results?.searching.suggest(event.detail.text);
  }

  private handleShortlistToggle(event: MpfShortlistToggleEvent): void {
    this.results?.lists.toggle(event.detail.providerId, event.detail.on);
  }

  // --- rendering ---

  private get state(): FinderState {
    const searchTask = this.results?.searching.task ?? { status: TaskStatus.INITIAL };
    const toErrorDetail = (error: unknown) => feedErrorDetail(error, false);
    if (this.mode === 'remote') {
      if (this.engineError) return { kind: 'feed-error', error: this.engineError };
      return this.results?.remote.state(toErrorDetail) ?? { kind: 'no-feed' };
    }
    return deriveState(this.src, this.feed.task, searchTask, toErrorDetail);
  }

  /** Below the form: the results part once the engine has brought it; before that, loading or the feed error. */
  private renderBody(state: FinderState, ctx: ResultsViewContext) {
    const engine = this.feed.engine;
    if (this.results && engine) {
      return html`${engine.filtersPanel(this.results, state, ctx)}
        <div class="main" ?hidden=${this.results.view === 'shortlist' || this.results.view === 'print'}>
          ${engine.resultsBody(this.results, state, ctx)}
        </div>
        ${engine.listView(this.results, this.feed.value?.feed.meta, ctx)}`;
    }
    if (state.kind === 'feed-error') return html`<div class="main">${feedError(ctx.locale, ctx.level, ctx.onRetry)}</div>`;
    return state.kind === 'loading' ? html`<div class="main">${loadingMessage(ctx.locale, ctx.slowLoading)}</div>` : nothing;
  }

  override render() {
    const state = this.state;
    const view = this.results?.view;
    const busy = state.kind === 'loading' || state.kind === 'searching';
    const slowLoading = this.feed.slowLoading;
    const status = this.results?.statusText(state, slowLoading) ?? feedStatusText(this.locale, state, slowLoading);
    const level = toHeadingLevel(this.headingLevel);
    const ctx: ResultsViewContext = {
      locale: this.locale,
      lang: this.lang,
      level,
      ordering: this.ordering,
      slowLoading,
      publisher: this.feed.engine?.publisherOf(this.feed.value?.feed.meta),
      onRetry: () =>
        this.mode !== 'remote' ? this.feed.retry() : this.results ? this.results.retryRemote() : (this.engineError = undefined),
      onOrderingChange: (ordering) => (this.ordering = ordering),
    };
    return html`
      <div class="finder" part="base">
        <slot name="intro"></slot>
        <mpf-search-form
          exportparts="form, input, submit"
          ?hidden=${view === 'print'}
          lang=${this.lang || nothing}
          .postcode=${this.postcode}
          .query=${this.query}
          .distance=${toDistanceChoice(this.distance)}
          .postcodeError=${state.kind === 'postcode-error' ? state.error : undefined}
          .locating=${this.locating}
          .locationError=${this.locationError}
          ?allow-geolocation=${this.allowGeolocation}
          heading-level=${level}
          .suggestions=${this.results?.searching.suggestions ?? []}
          @mpf-use-location=${this.handleUseLocation}
          @mpf-form-submit=${this.handleFormSubmit}
          @mpf-form-invalid=${this.handleFormInvalid}
          @mpf-distance-change=${this.handleDistanceChange}
          @mpf-need-input=${this.handleNeedInput}
        ></mpf-search-form>
        ${this.results && this.feed.engine ? this.feed.engine.skipToResults(this.results, state, this.locale) : nothing}
        <!-- Before any search the count of the directory is shown but not announced: nothing is listed yet. -->
        <p class="status" part="status" role="status" aria-live=${state.kind === 'idle' ? 'off' : 'polite'}>${status}</p>
        ${this.results && this.feed.engine ? this.feed.engine.shortlistBar(this.results, 'feed' in state, this.locale) : nothing}
        <div class="body" aria-busy=${busy ? 'true' : 'false'} @mpf-shortlist-toggle=${this.handleShortlistToggle}>
          ${this.renderBody(state, ctx)}
        </div>
        <slot name="footer"></slot>
      </div>
    `;
  }
}
