import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
// Only light helpers and types come from the SDK directly; the heavy parts (feed parsing, search
// index, vocabulary, cache) come through loadEngine() so that the form paints without them.
import {
  isFeedError,
  parsePostcode,
  type WideningOption,
  type Suggestion,
  type FeedCache,
  type Finder,
  type Geocoder,
  type Origin,
  type Ordering,
  type ParsedFeed,
  type SearchQuery,
  type SearchResult,
} from '@micro-provider-finder/sdk';
import type { MpfFormSubmitEvent, MpfOpenDetailsEvent } from '../../events/internal.ts';
import type { MpfUseLocationEvent } from '../../events/internal-location.ts';
import type { FilterSelection, MpfFiltersChangeEvent, MpfNeedInputEvent } from '../../events/internal-search-ui.ts';
import { filterValueLabel, filtersOf, withoutFilters } from '../../internal/filter-selection.ts';
import { MpfErrorEvent, type MpfErrorDetail } from '../../events/mpf-error.ts';
import { MpfFeedProblemsEvent } from '../../events/mpf-feed-problems.ts';
import { MpfResultsEvent } from '../../events/mpf-results.ts';
import { MpfSearchEvent } from '../../events/mpf-search.ts';
import { deriveState, isAbortError, type FeedState, type FinderState, type SearchOutcome } from '../../internal/finder-state.ts';
import { formatDate, formatNumber, plural } from '../../internal/format.ts';
import { toHeadingLevel } from '../../internal/heading.ts';
import { DEFAULT_DISTANCE, choiceForMiles, maxMilesFor, toDistanceChoice, type DistanceChoice } from '../../internal/distance-choice.ts';
import { currentPosition } from '../../internal/geolocation.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import { prefetchPostcodeData } from '../../internal/prefetch-postcode-data.ts';
import { loadEngine, type Engine } from '../../internal/load-engine.ts';
import { mayHaveSavedCopy, startEarlyFeedRequest, type EarlyFeedRequest } from '../../internal/early-feed-request.ts';
import { hostStyles } from '../../styles/host.styles.ts';
import { themeStyles } from '../../styles/presets.ts';
import type { MpfProviderDetails } from '../provider-details/provider-details.component.ts';
import type { MpfFiltersPanel } from '../filters-panel/filters-panel.component.ts';
import type { MpfResultsList } from '../results-list/results-list.component.ts';
import type { MpfSearchForm } from '../search-form/search-form.component.ts';
import { providerFinderStyles } from './provider-finder.styles.ts';

type ResultsOutcome = Extract<SearchOutcome, { kind: 'results' }>;

/** Opens the last-good-copy cache in localStorage; undefined when storage is unavailable. */
function openFeedCache(engine: Engine): FeedCache | undefined {
  try {
    return engine.createFeedCache(window.localStorage);
  } catch {
    return undefined; // storage disabled, sandboxed iframe, private mode
  }
}

/** True when `src` is on this page's origin (so conditional-request headers need no CORS preflight). */
function isSameOrigin(src: string): boolean {
  try {
    return new URL(src, document.baseURI).origin === window.location.origin;
  } catch {
    return false;
  }
}

/** The page's localStorage, or undefined where reading it throws (sandboxed iframes, some private modes). */
function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** `{offline: true}` when the browser says it has no network. */
function offlineFlag(): { offline?: true } {
  return typeof navigator !== 'undefined' && navigator.onLine === false ? { offline: true } : {};
}

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

  /** Loads the feed when `src` changes; the previous request is aborted. */
  private readonly feedTask = new Task(this, {
    task: ([src], { signal }) => this.loadFeedState(src, signal),
    args: () => [this.src] as const,
    onComplete: (state) => this.handleFeedLoaded(state),
  });

  /** Runs the submitted search once the feed is ready (and again if the feed is reloaded). */
  private readonly searchTask = new Task(this, {
    task: ([finder, submitted], { signal }) => this.runSearch(finder, submitted, signal),
    args: () => [this.finder, this.submitted] as const,
    onComplete: (outcome) => this.handleSearchComplete(outcome),
  });

  @query('mpf-search-form') private form?: MpfSearchForm;
  @query('mpf-results-list') private resultsList?: MpfResultsList;
  @query('mpf-provider-details') private details?: MpfProviderDetails;
  @query('mpf-filters-panel') private filtersPanel?: MpfFiltersPanel;

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

  // --- where the person is (distance, geolocation, geocoder) ---
  /** Distance to start with: "1", "3", "5", "10" (default: rural districts are large), "20" or "any". */
  @property({ useDefault: true }) distance: DistanceChoice = DEFAULT_DISTANCE;
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
  static timings = { slowAfterMs: 4000, feedTimeoutMs: 15_000 };

  @state() private finder?: Finder;
  @state() private submitted?: SearchQuery;
  @state() private shown: SearchResult[] = [];
  @state() private pages = 1;
  @state() private view: 'results' | 'details' = 'results';
  @state() private selectedId?: string;
  @state() private announcement = '';
  /** True once loading has taken longer than `timings.slowAfterMs`. */
  @state() private slowLoading = false;

  private finderFor?: { feed: ParsedFeed; ordering: Ordering };
  private abortedOnDisconnect = false;
  private warnedProblemsFor?: ParsedFeed;
  private autoSearched = false;
  private pendingFocus?: () => Promise<unknown>;
  private geocoderFor?: { url: string; geocoder: Geocoder | undefined };
  /** The SDK engine, once loaded (always before there is a feed, so before any search). */
  private engine?: Engine;
  /** The feed download started while the engine was still loading; see prepareFeed(). */
  private earlyFeed?: EarlyFeedRequest;
  private stopPostcodePrefetch?: () => void;
  /** Retries a failed load when the browser comes back online. */
  private readonly handleOnline = () => {
    if (this.feedTask.value?.error || this.feedTask.error) void this.feedTask.run();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.handleOnline);
    this.prepareFeed();
    this.stopPostcodePrefetch = prefetchPostcodeData(this, Boolean(this.postcode));
    if (this.abortedOnDisconnect) {
      this.abortedOnDisconnect = false;
      void this.feedTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.handleOnline);
    this.stopPostcodePrefetch?.();
    // Task does not abort on disconnect by itself (conventions section 5).
    this.feedTask.abort();
    this.searchTask.abort();
    this.abortedOnDisconnect = true;
    this.earlyFeed?.cancel();
    this.earlyFeed = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const feed = this.feedTask.value?.feed;
    const engine = this.engine;
    if (feed && engine && (feed !== this.finderFor?.feed || this.ordering !== this.finderFor.ordering)) {
      this.finderFor = { feed, ordering: this.ordering };
      this.finder = engine.createFinder(feed.providers, { ordering: this.ordering, defaultPageSize: this.pageSize });
      if (!this.autoSearched && (this.postcode || this.query)) this.startSearchFromAttributes();
    }
    if (changed.has('src') && changed.get('src') !== undefined) {
      this.view = 'results';
      this.shown = [];
    }
  }

  override updated(): void {
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    void focus?.();
  }

  /** Runs a search as if the person had pressed Search. Its filters show in the filters panel. */
  search(query: SearchQuery): void {
    this.view = 'results';
    this.submitted = { ...query };
    this.filters = filtersOf(query);
  }

  /** The provider whose details are open, if any. */
  get selectedProviderId(): string | undefined {
    return this.view === 'details' ? this.selectedId : undefined;
  }

  // --- data (all logic from the SDK) ---

  /**
   * Starts what the first results need, at once (connect, or a new `src`): the engine chunk and,
   * unless a saved copy will make it a conditional request, the feed download. They overlap, so
   * loading the engine on demand adds no round trip before the first results.
   */
  private prepareFeed(src = this.src): EarlyFeedRequest | undefined {
    if (!src) return undefined;
    void loadEngine().catch(() => undefined); // a failure is reported by the feed load that awaits it
    if (this.earlyFeed?.url === src) return this.earlyFeed;
    this.earlyFeed?.cancel();
    // A saved copy on our own origin sends its validators (a 304 saves the download): that request
    // needs the engine to read the copy first. A returning visitor's browser has the engine cached.
    const conditional = isSameOrigin(src) && mayHaveSavedCopy(pageStorage(), src);
    this.earlyFeed = conditional ? undefined : startEarlyFeedRequest(src);
    return this.earlyFeed;
  }

  private async loadFeedState(src: string, signal: AbortSignal): Promise<FeedState | undefined> {
    if (!src) return undefined;
    const startedAt = Date.now();
    const early = this.prepareFeed(src);
    this.earlyFeed = undefined; // this load owns it now
    const dropEarly = () => early?.cancel(signal.reason);
    signal.addEventListener('abort', dropEarly, { once: true });
    let saved: ReturnType<FeedCache['load']>;
    this.slowLoading = false;
    const slowTimer = setTimeout(() => (this.slowLoading = true), MicroProviderFinder.timings.slowAfterMs);
    try {
      const engine = (this.engine = await loadEngine());
      signal.throwIfAborted();
      const cache = openFeedCache(engine);
      saved = cache?.load(src);
      const loaded = await engine.loadFeed(src, {
        signal,
        // The time limit counts from the start, engine download included.
        timeoutMs: Math.max(1, MicroProviderFinder.timings.feedTimeoutMs - (Date.now() - startedAt)),
        ...(early ? { fetch: early.fetch } : {}),
        // Validators make a cross-origin request "non-simple" (a CORS preflight the feed host may refuse),
        // so they are only sent to our own origin; the browser's HTTP cache revalidates the others.
        ...(saved && isSameOrigin(src) ? { cached: { etag: saved.etag, lastModified: saved.lastModified } } : {}),
      });
      if (loaded.notModified) {
        if (saved) return { feed: saved.feed, problems: saved.feed.problems };
        return this.loadFeedState(src, signal); // cannot happen: validators are only sent with a copy
      }
      const feed: ParsedFeed = { meta: loaded.meta, providers: loaded.providers, problems: loaded.problems };
      cache?.save(src, feed, { etag: loaded.etag, lastModified: loaded.lastModified, fetchedAt: loaded.fetchedAt });
      return { feed, problems: loaded.problems };
    } catch (error) {
      if (signal.aborted || isAbortError(error)) throw error;
      // Also a failed engine download (offline before it arrived): "could not reach", with Try again.
      const detail = this.errorDetail(error, Boolean(saved));
      this.dispatchEvent(new MpfErrorEvent(detail));
      if (saved) return { feed: saved.feed, problems: [], savedAt: saved.savedAt, error: detail };
      throw error;
    } finally {
      clearTimeout(slowTimer);
      this.slowLoading = false;
      early?.cancel(); // not adopted (e.g. the engine failed): stop the download
      signal.removeEventListener('abort', dropEarly);
    }
  }

  private errorDetail(error: unknown, usingSavedCopy: boolean): MpfErrorDetail {
    if (isFeedError(error)) {
      return {
        kind: error.kind,
        ...(error.status !== undefined ? { status: error.status } : {}),
        ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
        message: error.message,
        usingSavedCopy,
        ...offlineFlag(),
      };
    }
    return { kind: 'network', message: error instanceof Error ? error.message : String(error), usingSavedCopy, ...offlineFlag() };
  }

  /** The plain-words message for a failed load: offline, "try again in N minutes", or by kind. */
  private feedErrorText(error: MpfErrorDetail): string {
    const locale = this.locale;
    if (error.offline) return locale.strings.feedOffline;
    const wait = error.retryAfterSeconds;
    // Beyond a couple of hours "later" is as useful as a number.
    if (wait !== undefined && wait <= 2 * 60 * 60) return plural(locale, locale.strings.retryInMinutes, Math.max(1, Math.ceil(wait / 60)));
    return locale.strings.feedErrors[error.kind];
  }

  /** The host's geocoder, made once per `geocoder-url`; none (no request ever) when the attribute is absent. */
  private get geocoder(): Geocoder | undefined {
    const url = this.geocoderUrl.trim();
    if (this.geocoderFor?.url !== url) {
      let geocoder: Geocoder | undefined;
      try {
        geocoder = url && this.engine ? this.engine.createPostcodesIoGeocoder(url) : undefined;
      } catch {
        console.warn(`<micro-provider-finder>: geocoder-url must be an http(s) address; postcodes use district centres.`);
      }
      this.geocoderFor = { url, geocoder };
    }
    return this.geocoderFor.geocoder;
  }

  private async runSearch(
    finder: Finder | undefined,
    submitted: SearchQuery | undefined,
    signal: AbortSignal,
  ): Promise<SearchOutcome | undefined> {
    const engine = this.engine; // loaded before any finder exists
    if (!finder || !submitted || !engine) return undefined;
    const query: ResultsOutcome['query'] = { ...submitted };
    if (submitted.origin && !submitted.postcode) {
      // "Use my location": the point is exact; the table places providers known only by postcode.
      finder.useOutcodes(await engine.loadOutcodeTable());
    } else if (submitted.postcode) {
      const geocoder = this.geocoder;
      const resolved = await engine.resolvePostcode(submitted.postcode, { signal, ...(geocoder ? { geocoder } : {}) });
      signal.throwIfAborted();
      if (!resolved.ok) {
        const kind = resolved.error.kind;
        return { kind: 'postcode-error', error: kind === 'empty' ? 'invalid-postcode' : kind };
      }
      query.origin = resolved.value;
      finder.useOutcodes(await engine.loadOutcodeTable());
    }
    const response = finder.search({ ...query, page: 1, pageSize: this.pageSize });
    return { kind: 'results', query, response };
  }

  private startSearchFromAttributes(): void {
    this.autoSearched = true;
    const parsed = parsePostcode(this.postcode);
    const maxMiles = maxMilesFor(toDistanceChoice(this.distance));
    this.submitted = {
      text: this.query.trim(),
      ...(parsed.ok ? { postcode: parsed.value.postcode, ...(maxMiles !== undefined ? { maxMiles } : {}) } : {}),
    };
  }

  // --- event handlers ---

  private handleFeedLoaded(state: FeedState | undefined): void {
    if (!state || state.problems.length === 0 || this.warnedProblemsFor === state.feed) return;
    this.warnedProblemsFor = state.feed;
    this.dispatchEvent(new MpfFeedProblemsEvent({ problems: state.problems }));
    console.warn(
      `<micro-provider-finder>: ${state.problems.length} problem(s) in the feed at ${this.src}; see the mpf-feed-problems event.`,
      state.problems,
    );
  }

  private handleSearchComplete(outcome: SearchOutcome | undefined): void {
    if (!outcome) return;
    if (outcome.kind === 'postcode-error') {
      this.shown = [];
      this.announcement = '';
      if (this.form) this.form.postcodeError = outcome.error;
      return;
    }
    this.shown = outcome.response.results;
    this.pages = 1;
    this.announcement = this.countText(outcome);
    this.moveFocusAfterSearch();
    this.dispatchEvent(new MpfResultsEvent({ total: outcome.response.total, page: 1, query: outcome.query.text ?? '' }));
  }

  private handleFormSubmit(event: MpfFormSubmitEvent): void {
    const query = event.detail.query;
    this.postcode = query.postcode ?? '';
    this.query = query.text ?? '';
    if (query.postcode) this.distance = choiceForMiles(query.maxMiles);
    this.search({ ...this.filters, ...query });
    this.dispatchEvent(new MpfSearchEvent({ query: query.text ?? '', postcode: query.postcode ?? '' }));
  }

  private handleShowMore(): void {
    const outcome = this.searchTask.value;
    if (!this.finder || outcome?.kind !== 'results') return;
    const firstNew = this.shown.length;
    const next = this.finder.search({ ...outcome.query, page: this.pages + 1, pageSize: this.pageSize });
    this.shown = [...this.shown, ...next.results];
    this.pages += 1;
    const locale = this.locale;
    this.announcement = locale.strings.showingOf(formatNumber(locale, this.shown.length), formatNumber(locale, next.total));
    this.pendingFocus = () => this.resultsList!.focusResultAt(firstNew);
    this.dispatchEvent(new MpfResultsEvent({ total: next.total, page: this.pages, query: outcome.query.text ?? '' }));
  }

  private handleOpenDetails(event: MpfOpenDetailsEvent): void {
    this.selectedId = event.detail.providerId;
    this.view = 'details';
    this.pendingFocus = () => this.details!.focusHeading();
  }

  private handleBack(): void {
    const id = this.selectedId;
    this.view = 'results';
    if (id) this.pendingFocus = () => this.resultsList!.focusProvider(id);
  }

  private handleRetry(): void {
    void this.feedTask.run();
  }

  /** "Use my location" was pressed: ask the browser, then search from that exact point. */
  private async handleUseLocation(event: MpfUseLocationEvent): Promise<void> {
    const form = this.form;
    if (!this.allowGeolocation || !form) return;
    const query = event.detail.query;
    form.locating = true;
    const position = await currentPosition();
    form.locating = false;
    if (!position.ok) {
      form.locationError = position.error;
      return;
    }
    const { lat, lng } = position.value;
    const origin: Origin = await loadEngine()
      .then((engine) => engine.originFromCoordinates(lat, lng))
      .catch(
      (): Origin => ({ lat, lng, district: '', postcode: '', precision: 'exact' }), // no district for wording: still search
    );
    this.postcode = '';
    this.query = query.text ?? '';
    this.distance = choiceForMiles(query.maxMiles);
    this.search({ ...this.filters, ...query, origin });
    this.dispatchEvent(new MpfSearchEvent({ query: query.text ?? '', postcode: '' }));
  }

  // --- filters panel, chips, need suggestions, did-you-mean and widening (search UI) ---

  /** The filters chosen now (kept when the person searches again). */
  @state() private filters: FilterSelection = {};
  /** Suggestions for the need box, from `finder.suggest`. */
  @state() private needSuggestions: Suggestion[] = [];
  /** Where focus goes once the search the person just started has finished (their control is gone). */
  private focusAfterSearch?: 'results';

  private handleNeedInput(event: MpfNeedInputEvent): void {
    this.needSuggestions = this.finder?.suggest(event.detail.text) ?? [];
  }

  /** A checkbox, Clear filters or a chip: search again at once with the new filters. */
  private handleFiltersChange(event: MpfFiltersChangeEvent): void {
    const { filters, reason } = event.detail;
    if (reason === 'chip' && Object.keys(filters).length === 0) this.focusAfterSearch = 'results';
    this.search({ ...withoutFilters(this.submitted ?? {}), ...filters });
  }

  private handleDidYouMean(text: string): void {
    this.query = text;
    this.focusAfterSearch = 'results';
    this.search({ ...this.submitted, text });
  }

  private handleWiden(option: WideningOption): void {
    const current = this.submitted ?? {};
    this.focusAfterSearch = 'results';
    if (option.kind === 'remove-filter') {
      if (this.engine) this.search(this.engine.withoutFilter(current, option.filter, option.value));
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

  /** After a control that started the search has gone: focus the first result, else the Filters button. */
  private moveFocusAfterSearch(): void {
    if (!this.focusAfterSearch) return;
    this.focusAfterSearch = undefined;
    this.pendingFocus = async () => {
      const focused = (await this.resultsList?.focusResultAt(0)) ?? false;
      if (!focused) this.filtersPanel?.focusToggle();
    };
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
      ?hidden=${this.view === 'details'}
      .facets=${outcome.response.facets}
      .selected=${this.filters}
      @mpf-filters-change=${this.handleFiltersChange}
    ></mpf-filters-panel>`;
  }

  /** "Did you mean ...?" and ways to widen the search, each with the number of providers it gives. */
  private renderNoResultsHelp(outcome: ResultsOutcome): TemplateResult | typeof nothing {
    const locale = this.locale;
    const { strings } = locale;
    const corrected = outcome.response.didYouMean;
    const options = this.wideningFor(outcome);
    if (!corrected && options.length === 0) return nothing;
    return html`
      ${corrected
        ? html`<p class="did-you-mean">
            ${strings.didYouMeanBefore}
            <button class="link-button" type="button" @click=${() => this.handleDidYouMean(corrected)}><b>${corrected}</b></button>${strings.didYouMeanAfter}
          </p>`
        : nothing}
      ${options.length > 0
        ? html`<p>${strings.widenIntro}</p>
            <ul class="widen">
              ${options.map(
                (option) =>
                  html`<li><button class="link-button" type="button" @click=${() => this.handleWiden(option)}>${this.wideningText(option)}</button></li>`,
              )}
            </ul>`
        : nothing}
    `;
  }

  /** Widening options of one outcome, worked out once (each is a few searches) however often we render. */
  private readonly widening = new WeakMap<ResultsOutcome, WideningOption[]>();
  private wideningFor(outcome: ResultsOutcome): WideningOption[] {
    if (!this.finder || !this.engine) return [];
    let options = this.widening.get(outcome);
    if (!options) this.widening.set(outcome, (options = this.engine.suggestWidening(this.finder, outcome.query)));
    return options;
  }

  private wideningText(option: WideningOption): string {
    const locale = this.locale;
    const { strings } = locale;
    if (option.kind === 'remove-filter') {
      const label = filterValueLabel(locale, option.filter, option.value);
      return plural(locale, strings.widenRemoveFilter, option.total, label);
    }
    if (option.kind === 'remove-text') return plural(locale, strings.widenRemoveText, option.total, this.submitted?.text ?? '');
    const miles = option.maxMiles === undefined ? undefined : formatNumber(locale, option.maxMiles);
    return plural(locale, strings.widenDistance, option.total, miles);
  }

  // --- rendering ---

  private get state(): FinderState {
    return deriveState(this.src, this.feedTask, this.searchTask, (error) => this.errorDetail(error, false));
  }

  private countText(outcome: ResultsOutcome): string {
    const place = outcome.query.origin?.district;
    return plural(this.locale, this.locale.strings.resultsCount, outcome.response.total, place);
  }

  /** Text of the polite live region: always present, only its text changes. */
  private statusText(state: FinderState): string {
    const { strings } = this.locale;
    switch (state.kind) {
      case 'no-feed':
        return '';
      case 'loading':
        return this.slowLoading ? strings.stillLoading : strings.loading;
      case 'feed-error':
        return this.feedErrorText(state.error);
      case 'idle':
        return plural(this.locale, strings.providersListed, state.feed.feed.providers.length);
      case 'searching':
        return strings.searching;
      case 'postcode-error':
        return '';
      case 'empty':
        return strings.noResultsHeading;
      case 'results':
        return this.announcement || this.countText(state.outcome);
      default: {
        const unreachable: never = state;
        return unreachable;
      }
    }
  }

  private renderFeedNotes(feed: FeedState): TemplateResult | typeof nothing {
    const locale = this.locale;
    const skipped = feed.problems.some((p) => p.severity === 'record');
    if (!feed.savedAt && !skipped) return nothing;
    return html`<div class="notes">
      ${feed.error
        ? html`<mpf-status-message variant="note" action-label=${locale.strings.tryAgain} @mpf-action=${this.handleRetry}>
            <p>${this.feedErrorText(feed.error)}</p>
          </mpf-status-message>`
        : nothing}
      ${feed.savedAt
        ? html`<mpf-status-message variant="note">${locale.strings.savedCopy(formatDate(locale, feed.savedAt))}</mpf-status-message>`
        : nothing}
      ${skipped ? html`<mpf-status-message variant="note">${locale.strings.someSkipped}</mpf-status-message>` : nothing}
    </div>`;
  }

  private renderResults(outcome: ResultsOutcome, busy: boolean): TemplateResult {
    const { strings } = this.locale;
    const explanation = this.finder?.explainOrder().kind ?? this.ordering;
    const order = explanation === 'distance' ? strings.orderDistance : explanation === 'name' ? strings.orderName : strings.orderFair;
    const approximate = outcome.query.origin?.precision === 'district';
    const more = this.shown.length < outcome.response.total;
    return html`
      <div class="results" ?hidden=${this.view === 'details'}>
        <p class="order">${order}${approximate ? html` ${strings.distanceApproximate}` : nothing}</p>
        <mpf-results-list
          exportparts="list, result, result-name"
          .results=${this.shown}
          heading-level=${toHeadingLevel(this.headingLevel)}
          lang=${this.lang || nothing}
          ?busy=${busy}
          @mpf-open-details=${this.handleOpenDetails}
        ></mpf-results-list>
        ${more
          ? html`<div><button class="button secondary" type="button" @click=${this.handleShowMore}>${strings.showMore}</button></div>`
          : nothing}
      </div>
    `;
  }

  private renderEmpty(outcome: ResultsOutcome): TemplateResult {
    const { strings } = this.locale;
    return html`<mpf-status-message variant="empty" heading=${strings.noResultsHeading} heading-level=${toHeadingLevel(this.headingLevel)}>
      ${this.renderNoResultsHelp(outcome)}
      <p>${strings.noResultsIntro}</p>
      <ul>
        ${strings.noResultsTips.map((tip) => html`<li>${tip}</li>`)}
      </ul>
    </mpf-status-message>`;
  }

  private renderDetails(): TemplateResult | typeof nothing {
    if (this.view !== 'details') return nothing;
    const result = this.shown.find((r) => r.provider.id === this.selectedId);
    if (!result) return nothing;
    return html`<mpf-provider-details
      exportparts="details"
      .result=${result}
      heading-level=${toHeadingLevel(this.headingLevel)}
      lang=${this.lang || nothing}
      @mpf-back=${this.handleBack}
    ></mpf-provider-details>`;
  }

  private renderBody(state: FinderState): TemplateResult | typeof nothing {
    const { strings } = this.locale;
    switch (state.kind) {
      case 'no-feed':
      case 'idle':
      case 'postcode-error':
        return state.kind === 'no-feed' ? nothing : this.renderFeedNotes(state.feed);
      case 'loading':
        return html`<mpf-status-message variant="loading"><p>${this.slowLoading ? strings.stillLoading : strings.loading}</p></mpf-status-message>`;
      case 'feed-error':
        return html`<mpf-status-message
          variant="error"
          heading=${strings.feedErrorHeading}
          heading-level=${toHeadingLevel(this.headingLevel)}
          action-label=${strings.tryAgain}
          @mpf-action=${this.handleRetry}
        >
          <p>${this.feedErrorText(state.error)}</p>
        </mpf-status-message>`;
      case 'searching':
        return html`${this.renderFeedNotes(state.feed)}
        ${state.previous?.kind === 'results' && this.shown.length ? this.renderResults(state.previous, true) : nothing}`;
      case 'empty':
        return html`${this.renderFeedNotes(state.feed)} ${this.renderEmpty(state.outcome)}`;
      case 'results':
        return html`${this.renderFeedNotes(state.feed)} ${this.renderDetails()} ${this.renderResults(state.outcome, false)}`;
      default: {
        const unreachable: never = state;
        return unreachable;
      }
    }
  }

  override render() {
    const state = this.state;
    const busy = state.kind === 'loading' || state.kind === 'searching';
    return html`
      <div class="finder" part="base">
        <slot name="intro"></slot>
        <mpf-search-form
          exportparts="form, input, submit"
          lang=${this.lang || nothing}
          .postcode=${this.postcode}
          .query=${this.query}
          .distance=${toDistanceChoice(this.distance)}
          ?allow-geolocation=${this.allowGeolocation}
          heading-level=${toHeadingLevel(this.headingLevel)}
          @mpf-use-location=${this.handleUseLocation}
          @mpf-form-submit=${this.handleFormSubmit}
          .suggestions=${this.needSuggestions}
          @mpf-need-input=${this.handleNeedInput}
        ></mpf-search-form>
        <p class="status" part="status" role="status">${this.statusText(state)}</p>
        <div class="body" aria-busy=${busy ? 'true' : 'false'}>${this.renderFiltersPanel(state)}${this.renderBody(state)}</div>
        <slot name="footer"></slot>
      </div>
    `;
  }
}
