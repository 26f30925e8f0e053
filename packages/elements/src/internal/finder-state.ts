/**
 * The finder's UI state as one discriminated union, derived from its two
 * Tasks (feed loading, searching). Rendering switches on `kind`, so every
 * state has exactly one place where it is drawn.
 */
import { TaskStatus } from '@lit/task';
import type { DirectoryCoverage, FeedProblem, Origin, ParsedFeed, SearchQuery, SearchResponse } from '@micro-provider-finder/sdk';
import type { MpfErrorDetail } from '../events/mpf-error.ts';
import type { PostcodeErrorKey } from '../i18n/strings.ts';

/** What the feed Task resolves to. `savedAt` is set when a saved copy stands in for a failed load. */
export interface FeedState {
  feed: ParsedFeed;
  problems: FeedProblem[];
  savedAt?: string;
  error?: MpfErrorDetail;
}

/** What the search Task resolves to. */
export type SearchOutcome =
  | { kind: 'results'; query: SearchQuery & { origin?: Origin }; response: SearchResponse }
  | { kind: 'postcode-error'; error: PostcodeErrorKey }
  | { kind: 'outside-area'; district: string; coverage: DirectoryCoverage };

export type FinderState =
  | { kind: 'no-feed' }
  | { kind: 'loading' }
  | { kind: 'feed-error'; error: MpfErrorDetail }
  | { kind: 'idle'; feed: FeedState }
  | { kind: 'searching'; feed: FeedState; previous?: SearchOutcome }
  | { kind: 'postcode-error'; feed: FeedState; error: PostcodeErrorKey }
  | { kind: 'outside-area'; feed: FeedState; district: string; coverage: DirectoryCoverage }
  | { kind: 'empty'; feed: FeedState; outcome: Extract<SearchOutcome, { kind: 'results' }> }
  | { kind: 'results'; feed: FeedState; outcome: Extract<SearchOutcome, { kind: 'results' }> };

export interface TaskView<T> {
  status: TaskStatus;
  value?: T;
  error?: unknown;
}

/** True for the AbortError a cancelled Task run rejects with (not a failure to show). */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export function deriveState(
  src: string,
  feedTask: TaskView<FeedState | undefined>,
  searchTask: TaskView<SearchOutcome | undefined>,
  toErrorDetail: (error: unknown) => MpfErrorDetail,
): FinderState {
  if (!src) return { kind: 'no-feed' };
  if (feedTask.status === TaskStatus.ERROR) {
    return isAbortError(feedTask.error) ? { kind: 'loading' } : { kind: 'feed-error', error: toErrorDetail(feedTask.error) };
  }
  const feed = feedTask.status === TaskStatus.COMPLETE ? feedTask.value : undefined;
  if (!feed) return { kind: 'loading' };
  if (searchTask.status === TaskStatus.PENDING) return { kind: 'searching', feed, previous: searchTask.value };
  const outcome = searchTask.status === TaskStatus.COMPLETE ? searchTask.value : undefined;
  if (!outcome) return { kind: 'idle', feed };
  if (outcome.kind === 'postcode-error') return { kind: 'postcode-error', feed, error: outcome.error };
  if (outcome.kind === 'outside-area') return { kind: 'outside-area', feed, district: outcome.district, coverage: outcome.coverage };
  return outcome.response.total === 0 ? { kind: 'empty', feed, outcome } : { kind: 'results', feed, outcome };
}
