/**
 * The finder's search: the one `SearchQuery` the person asked for, turned into results once the
 * feed is ready (postcode located on the way), pages added by "Show more", suggestions for the
 * need box and ways to widen a search that found too little.
 *
 * The element renders from this; the form, filters panel and results only send intents.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type {
  DirectoryCoverage,
  Finder,
  Geocoder,
  Ordering,
  ParsedFeed,
  SearchQuery,
  SearchResponse,
  SearchResult,
  Suggestion,
  WideningOption,
} from '@micro-provider-finder/sdk';
import type { FilterSelection } from '../events/internal-search-ui.ts';
import { filtersOf } from '../internal/filter-selection.ts';
import type { SearchOutcome } from '../internal/finder-state.ts';
import type { Engine } from '../internal/load-engine.ts';

export type ResultsOutcome = Extract<SearchOutcome, { kind: 'results' }>;

/** What the controller needs from its element. */
export interface SearchHost extends ReactiveControllerHost {
  readonly ordering: Ordering;
  readonly pageSize: number;
  readonly geocoderUrl: string;
}

export interface SearchSource {
  /** The parsed feed, once loaded. */
  feed(): ParsedFeed | undefined;
  /** The SDK engine, once loaded (always before there is a feed). */
  engine(): Engine | undefined;
}

export class SearchController implements ReactiveController {
  /** The finder over the current feed, remade when the feed or the ordering changes. */
  finder?: Finder;
  /** The search the person asked for (with its filters), if any. */
  query?: SearchQuery;
  /** The results shown: page 1, plus every page "Show more" added. */
  shown: SearchResult[] = [];
  /** Pages shown. */
  pages = 1;
  /** Suggestions for the need box. */
  suggestions: Suggestion[] = [];
  /** Runs the submitted search once the feed is ready (and again if the feed is reloaded). */
  readonly task: Task<readonly [Finder | undefined, SearchQuery | undefined], SearchOutcome | undefined>;

  private finderFor?: { feed: ParsedFeed; ordering: Ordering };
  /** What the current feed covers (worked out once per feed). */
  private coverage?: DirectoryCoverage;
  private geocoderFor?: { url: string; geocoder: Geocoder | undefined };
  /** Widening options of one outcome, worked out once (each is a few searches) however often we render. */
  private readonly widening = new WeakMap<ResultsOutcome, WideningOption[]>();

  constructor(
    private readonly host: SearchHost,
    private readonly source: SearchSource,
    /** Called with each finished search, after `shown` is updated. */
    private readonly onOutcome: (outcome: SearchOutcome) => void,
    /** Called each time a finder is made for a new feed or ordering (e.g. to search from the element's attributes). */
    private readonly onNewFinder: () => void,
  ) {
    // Added before the Task, so the finder is made before the Task compares its arguments.
    host.addController(this);
    this.task = new Task(host, {
      task: ([finder, query], { signal }) => this.run(finder, query, signal),
      args: () => [this.finder, this.query] as const,
      onComplete: (outcome) => this.complete(outcome),
    });
  }

  /** The filters of the current search (kept when the person searches again). */
  get filters(): FilterSelection {
    return filtersOf(this.query ?? {});
  }

  hostUpdate(): void {
    const feed = this.source.feed();
    const engine = this.source.engine();
    if (!feed || !engine || (feed === this.finderFor?.feed && this.host.ordering === this.finderFor.ordering)) return;
    this.finderFor = { feed, ordering: this.host.ordering };
    this.coverage = engine.directoryCoverage(feed.providers, feed.meta);
    this.finder = engine.createFinder(feed.providers, { ordering: this.host.ordering, defaultPageSize: this.host.pageSize });
    this.onNewFinder();
  }

  /** Runs `query` (a new object, so the Task runs even when it equals the last one). */
  search(query: SearchQuery): void {
    this.query = { ...query };
    this.host.requestUpdate();
  }

  /** Forgets the results (a new feed address). */
  clear(): void {
    this.shown = [];
  }

  /** Adds the next page; returns its response, or undefined when there is no search to continue. */
  showMore(): SearchResponse | undefined {
    const outcome = this.task.value;
    if (!this.finder || outcome?.kind !== 'results') return undefined;
    const next = this.finder.search({ ...outcome.query, page: this.pages + 1, pageSize: this.host.pageSize });
    this.shown = [...this.shown, ...next.results];
    this.pages += 1;
    this.host.requestUpdate();
    return next;
  }

  /** Suggestions for what is in the need box now. */
  suggest(text: string): void {
    this.suggestions = this.finder?.suggest(text) ?? [];
    this.host.requestUpdate();
  }

  wideningFor(outcome: ResultsOutcome): WideningOption[] {
    const engine = this.source.engine();
    if (!this.finder || !engine) return [];
    let options = this.widening.get(outcome);
    if (!options) this.widening.set(outcome, (options = engine.suggestWidening(this.finder, outcome.query)));
    return options;
  }

  /** The host's geocoder, made once per `geocoder-url`; none (no request ever) when the attribute is absent. */
  private get geocoder(): Geocoder | undefined {
    const url = this.host.geocoderUrl.trim();
    const engine = this.source.engine();
    if (this.geocoderFor?.url !== url) {
      let geocoder: Geocoder | undefined;
      try {
        geocoder = url && engine ? engine.createPostcodesIoGeocoder(url) : undefined;
      } catch {
        console.warn(`<micro-provider-finder>: geocoder-url must be an http(s) address; postcodes use district centres.`);
      }
      this.geocoderFor = { url, geocoder };
    }
    return this.geocoderFor.geocoder;
  }

  private async run(
    finder: Finder | undefined,
    submitted: SearchQuery | undefined,
    signal: AbortSignal,
  ): Promise<SearchOutcome | undefined> {
    const engine = this.source.engine(); // loaded before any finder exists
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
    // A place the directory does not reach: say so, rather than list providers hundreds of miles away.
    const district = query.origin?.district;
    if (district && this.coverage && engine.isOutsideCoverage(this.coverage, district)) {
      return { kind: 'outside-area', district, coverage: this.coverage };
    }
    const response = finder.search({ ...query, page: 1, pageSize: this.host.pageSize });
    return { kind: 'results', query, response };
  }

  private complete(outcome: SearchOutcome | undefined): void {
    if (!outcome) return;
    this.shown = outcome.kind === 'results' ? outcome.response.results : [];
    this.pages = 1;
    this.onOutcome(outcome);
  }
}
