/**
 * Remote mode's search (`mode="remote"`): for a national-size directory the finder does not
 * download the whole feed; each search and each "Show more" is one request to the directory's
 * Open Referral UK 3.0 API (`GET {src}/services?text=&postcode=&proximity=&taxonomy_id=&page=`),
 * through the SDK's `createRemoteFinder`. Nothing is saved: no copy of the directory, no cache.
 *
 * It gives the element what the local SearchController gives (`query`, `shown`, `pages`,
 * `filters`, `task`, `search`, `showMore`, ...) and the whole `FinderState`, so the element's
 * templates draw remote results, "Show more", details and the failure message unchanged:
 * - before the first search there is nothing to show (`no-feed`: no "N providers listed", the
 *   directory's size is unknown until the API answers);
 * - an API that cannot be reached or answers with an error is the `feed-error` state (the same
 *   plain message and Try again; `retry()` repeats what failed, a search or a "Show more");
 * - facet counts are not known (the API does not give them), so no filter is offered except
 *   what the API can be sent: a support type with a host-given taxonomy id;
 * - a shared shortlist link asks the API for each provider not shown this visit
 *   (`GET {src}/services/{id}`): `loading` until they arrive, then the list opens; if the API
 *   cannot be reached, `feed-error` with Try again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
// Direct SDK imports: this module travels in the engine chunk (with ResultsController), never in the first paint.
import {
  createRemoteFinder,
  parsePostcode,
  resolvePostcode,
  type FeedProblem,
  type Provider,
  type RemoteFinder,
  type SearchQuery,
  type SearchResponse,
  type SearchResult,
  type Suggestion,
} from '@micro-provider-finder/sdk';
import type { FilterSelection } from '../events/internal-search-ui.ts';
import { MpfErrorEvent, type MpfErrorDetail } from '../events/mpf-error.ts';
import { MpfFeedProblemsEvent } from '../events/mpf-feed-problems.ts';
import { feedErrorDetail } from '../internal/feed-error-detail.ts';
import { filtersOf, withoutFilters } from '../internal/filter-selection.ts';
import {
  deriveState,
  isAbortError,
  type FeedState,
  type FinderState,
  type SearchOutcome,
  type TaskView,
} from '../internal/finder-state.ts';

type ResultsOutcome = Extract<SearchOutcome, { kind: 'results' }>;

/** A shared shortlist's providers being asked of the API (then `onLoaded`), or why that failed. */
interface SharedListFetch {
  ids: readonly string[];
  onLoaded: () => void;
  abort: AbortController;
  error?: unknown;
}

/** What the controller needs from its element. */
export interface RemoteSearchHost extends ReactiveControllerHost, EventTarget {
  /** "remote" turns remote mode on; otherwise the controller does nothing. */
  readonly mode: string;
  /** The API's base address (`src`), e.g. "https://council.example/api". */
  readonly src: string;
  readonly pageSize: number;
  /** The API's taxonomy term id for each support type the host wants searchable. */
  readonly taxonomyIds?: Readonly<Record<string, string>> | undefined;
}

/** Remote mode has no downloaded directory: the FeedState the element's templates see is empty. */
const NO_DIRECTORY: FeedState = {
  feed: { meta: { format: 'micro-provider-feed/1', publisher: { name: '' }, generated: '' }, providers: [], problems: [] },
  problems: [],
};

export class RemoteSearchController implements ReactiveController {
  /** The search the person asked for (only the filters the API can be sent), if any. */
  query?: SearchQuery;
  /** The results shown: page 1 plus each page "Show more" fetched. */
  shown: SearchResult[] = [];
  /** API pages shown. */
  pages = 1;
  /** There is no finder over a downloaded feed in remote mode (the API searches). */
  readonly finder = undefined;
  /** Every provider shown this visit (for the shortlist), in the order first seen. */
  get seenProviders(): Provider[] {
    return [...this.seen.values()];
  }
  /** The need box gets no suggestions: the directory's words are not known here. */
  readonly suggestions: Suggestion[] = [];
  /** Runs the submitted search against the API. */
  readonly task: Task<readonly [string, SearchQuery | undefined], SearchOutcome | undefined>;

  private finderFor?: { src: string; taxonomyIds: Readonly<Record<string, string>> | undefined; finder: RemoteFinder };
  /** A "Show more" that failed (then `retry()` asks for that page again), with why. */
  private moreFailed?: { error: unknown };
  /** The "Show more" request in flight, so that a new search cancels it. */
  private more?: { abort: AbortController; done: Promise<SearchResponse | undefined> };
  /** Every provider shown this session, by id (for the shortlist); kept in memory only. */
  private readonly seen = new Map<string, Provider>();
  /** A shared shortlist link's providers, while they are asked for or after that failed. */
  private shared?: SharedListFetch;

  constructor(
    private readonly host: RemoteSearchHost,
    /** Called with each finished search, after `shown` is updated. */
    private readonly onOutcome: (outcome: SearchOutcome) => void,
    /** Asks for a failed "Show more" again when the browser is back online (default `showMore()`). */
    private readonly showMoreWhenOnline: () => unknown = () => this.showMore(),
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: ([src, query], { signal }) => this.run(src, query, signal),
      args: () => [this.host.mode === 'remote' ? this.host.src.trim() : '', this.query] as const,
      onComplete: (outcome) => this.complete(outcome),
      onError: (error) => this.fail(error),
    });
  }

  /** The filters of the current search (kept when the person searches again). */
  get filters(): FilterSelection {
    return filtersOf(this.query ?? {});
  }

  hostConnected(): void {
    window.addEventListener('online', this.retryWhenOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.retryWhenOnline);
    this.task.abort();
    this.more?.abort.abort();
    this.shared?.abort.abort();
  }

  /**
   * A shared shortlist link: asks the API for each listed provider not shown this visit, then
   * calls `onLoaded` (which opens the list). Until then the state is `loading`; on failure,
   * `feed-error` (Try again asks again).
   */
  loadShared(ids: readonly string[], onLoaded: () => void): void {
    const src = this.host.src.trim();
    this.shared?.abort.abort();
    const missing = ids.filter((id) => !this.seen.has(id));
    if (!src || missing.length === 0) {
      this.shared = undefined;
      onLoaded();
      return;
    }
    const shared: SharedListFetch = { ids, onLoaded, abort: new AbortController() };
    this.shared = shared;
    this.host.requestUpdate();
    void this.apiFinder(src)
      .then((finder) => finder.providers(missing, { signal: shared.abort.signal }))
      .then(
        (found) => {
          if (this.shared !== shared) return;
          for (const provider of found) this.seen.set(provider.id, provider);
          this.shared = undefined;
          onLoaded();
        },
        (error: unknown) => {
          if (this.shared !== shared || isAbortError(error)) return;
          shared.error = error;
          this.host.dispatchEvent(new MpfErrorEvent(feedErrorDetail(error, false)));
        },
      )
      .finally(() => this.host.requestUpdate());
  }

  /** Runs `query` (a new object, so the Task runs even when it equals the last one). */
  search(query: SearchQuery): void {
    this.shared?.abort.abort();
    this.shared = undefined;
    this.more?.abort.abort();
    this.more = undefined;
    this.moreFailed = undefined;
    this.query = this.sendable(query);
    this.host.requestUpdate();
  }

  /** Forgets the results (a new API address). */
  clear(): void {
    this.shown = [];
    this.pages = 1;
    this.moreFailed = undefined;
  }

  /**
   * Fetches the next API page and adds it. Resolves with its response, or undefined when there is
   * no search to continue or the request failed (then the state is `feed-error`). Calls made while
   * one is in flight wait for it, so "Show more" twice gives pages 2 and 3.
   */
  showMore(): Promise<SearchResponse | undefined> {
    const previous = this.more?.done ?? Promise.resolve(undefined);
    const abort = new AbortController();
    const done = previous.then(() => (abort.signal.aborted ? undefined : this.fetchMore(abort.signal)));
    this.more = { abort, done };
    return done;
  }

  /**
   * Try again: the failed "Show more" (through `showMoreAgain`, e.g. the element's own Show more
   * handler that announces and moves focus; default `showMore()`), else the search.
   */
  retry(showMoreAgain: () => unknown = () => this.showMore()): void {
    if (this.shared) this.loadShared(this.shared.ids, this.shared.onLoaded);
    else if (this.moreFailed) {
      this.moreFailed = undefined;
      this.host.requestUpdate();
      showMoreAgain();
    } else void this.task.run();
  }

  /**
   * Back online after a request failed (a search, a "Show more" or a shared list): asks again, as
   * Try again would, but without moving focus, since the person did not ask. As the feed does.
   */
  private readonly retryWhenOnline = () => {
    const searchFailed = this.task.status === TaskStatus.ERROR && !isAbortError(this.task.error);
    if (this.shared?.error !== undefined || this.moreFailed || searchFailed) this.retry(this.showMoreWhenOnline);
  };

  /** No suggestions in remote mode (nothing to suggest from without the directory). */
  suggest(_text: string): void {}

  /** No ways to widen: they would each be a request to the API. */
  wideningFor(_outcome: ResultsOutcome): [] {
    return [];
  }

  /** A provider shown in this session (shortlists keep ids; the API is not asked again). */
  provider(id: string): Provider | undefined {
    return this.seen.get(id);
  }

  /** The finder's state in remote mode, for the element's templates. */
  state(toErrorDetail: (error: unknown) => MpfErrorDetail): FinderState {
    const src = this.host.src.trim();
    if (src && this.shared) {
      return this.shared.error === undefined ? { kind: 'loading' } : { kind: 'feed-error', error: toErrorDetail(this.shared.error) };
    }
    if (!src || !this.query) return { kind: 'no-feed' };
    const failure = this.moreFailed?.error ?? (this.task.status === TaskStatus.ERROR ? this.task.error : undefined);
    const directory: TaskView<FeedState> =
      failure !== undefined && !isAbortError(failure)
        ? { status: TaskStatus.ERROR, error: failure }
        : { status: TaskStatus.COMPLETE, value: NO_DIRECTORY };
    return deriveState(src, directory, this.task, toErrorDetail);
  }

  /** Only what the API can be sent: text, place, distance and support types the host gave taxonomy ids for. */
  private sendable(query: SearchQuery): SearchQuery {
    const out = withoutFilters(query);
    const ids = this.host.taxonomyIds ?? {};
    const support = query.support?.filter((s) => Object.hasOwn(ids, s));
    if (support?.length) out.support = support;
    return out;
  }

  private async apiFinder(src: string): Promise<RemoteFinder> {
    const taxonomyIds = this.host.taxonomyIds;
    if (this.finderFor?.src === src && this.finderFor.taxonomyIds === taxonomyIds) return this.finderFor.finder;
    const finder = createRemoteFinder(src, {
      defaultPageSize: this.host.pageSize,
      ...(taxonomyIds ? { taxonomyIds } : {}),
    });
    this.finderFor = { src, taxonomyIds, finder };
    return finder;
  }

  private async run(src: string, submitted: SearchQuery | undefined, signal: AbortSignal): Promise<SearchOutcome | undefined> {
    if (!src || !submitted) return undefined;
    const query: ResultsOutcome['query'] = { ...submitted };
    if (submitted.postcode) {
      const parsed = parsePostcode(submitted.postcode);
      if (!parsed.ok) return { kind: 'postcode-error', error: 'invalid-postcode' };
      query.postcode = parsed.value.postcode;
      // Distances on the cards come from the district centre (our own table: no request). The
      // API is sent the postcode itself, even when the table does not know its district.
      const resolved = await resolvePostcode(parsed.value.postcode);
      signal.throwIfAborted();
      if (resolved.ok) query.origin = resolved.value;
    } else if (submitted.origin && !submitted.postcode) {
      // "Use my location": the API is sent the district the point is in.
      query.postcode = submitted.origin.district;
    }
    const finder = await this.apiFinder(src);
    signal.throwIfAborted();
    const response = await finder.search({ ...query, page: 1, pageSize: this.host.pageSize }, { signal });
    this.reportProblems(response.problems);
    return { kind: 'results', query, response };
  }

  private async fetchMore(signal: AbortSignal): Promise<SearchResponse | undefined> {
    const outcome = this.task.value;
    const src = this.host.src.trim();
    if (this.task.status !== TaskStatus.COMPLETE || outcome?.kind !== 'results' || !src) return undefined;
    if (this.shown.length >= outcome.response.total) return undefined;
    try {
      const finder = await this.apiFinder(src);
      const next = await finder.search({ ...outcome.query, page: this.pages + 1, pageSize: this.host.pageSize }, { signal });
      if (signal.aborted) return undefined;
      this.reportProblems(next.problems);
      this.remember(next.results);
      this.shown = [...this.shown, ...next.results];
      this.pages += 1;
      return next;
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return undefined;
      this.moreFailed = { error };
      this.host.dispatchEvent(new MpfErrorEvent(feedErrorDetail(error, false)));
      return undefined;
    } finally {
      this.host.requestUpdate();
    }
  }

  private remember(results: readonly SearchResult[]): void {
    for (const result of results) this.seen.set(result.provider.id, result.provider);
  }

  /** Tells developers (event) what the conversion of a page skipped. */
  private reportProblems(problems: FeedProblem[]): void {
    if (problems.length > 0) this.host.dispatchEvent(new MpfFeedProblemsEvent({ problems }));
  }

  private complete(outcome: SearchOutcome | undefined): void {
    if (!outcome) return;
    this.shown = outcome.kind === 'results' ? outcome.response.results : [];
    this.remember(this.shown);
    this.pages = 1;
    this.onOutcome(outcome);
  }

  private fail(error: unknown): void {
    if (isAbortError(error)) return;
    this.shown = [];
    this.pages = 1;
    this.host.dispatchEvent(new MpfErrorEvent(feedErrorDetail(error, false)));
  }
}
