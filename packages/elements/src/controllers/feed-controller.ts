/**
 * The finder's feed: one place that loads it, keeps and reuses the last good copy, starts the
 * download early (while the engine chunk is still arriving), retries when the browser comes back
 * online, and reports failures (`mpf-error`) and skipped records (`mpf-feed-problems`).
 *
 * Anything about how the feed is fetched or saved (storage keys, backoff) belongs here, not in the
 * element. One load with the engine (the saved copy, the conditional request, the download) is in
 * feed-load.ts, which travels with the engine; what must start at once (the early request, the
 * engine download, the loading state) is here, in the first paint.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { afterBackoff } from '../internal/retry-backoff.ts';
import type { ParsedFeed } from '@micro-provider-finder/sdk';
import { MpfErrorEvent } from '../events/mpf-error.ts';
import { MpfFeedProblemsEvent } from '../events/mpf-feed-problems.ts';
import { startEarlyFeedRequest, type EarlyFeedRequest } from '../internal/early-feed-request.ts';
import { feedErrorDetail } from '../internal/feed-error-detail.ts';
import { isAbortError, type FeedState } from '../internal/finder-state.ts';
import { loadEngine, type Engine } from '../internal/load-engine.ts';

/** What the controller needs from its element. */
export interface FeedHost extends ReactiveControllerHost, EventTarget {
  /** Address of the feed. */
  readonly src: string;
  /** "remote": `src` is an Open Referral API that searches (remote-search-controller.ts); no feed is loaded. */
  readonly mode?: string;
}

export interface FeedTimings {
  /** After this long a "Still loading…" message replaces "Loading…". */
  slowAfterMs: number;
  /** A load gives up after this long, counted from the start (engine download included). */
  feedTimeoutMs: number;
}

export class FeedController implements ReactiveController {
  /** Loads the feed when `src` changes; the previous request is aborted. */
  readonly task: Task<readonly [string], FeedState | undefined>;
  /** True once loading has taken longer than `timings.slowAfterMs`. */
  slowLoading = false;
  /** The SDK engine, once loaded (always before there is a feed, so before any search). */
  engine?: Engine;

  private abortedOnDisconnect = false;
  private warnedProblemsFor?: ParsedFeed;
  /** The feed download started while the engine was still loading; see prepare(). */
  private earlyFeed?: EarlyFeedRequest;

  constructor(
    private readonly host: FeedHost,
    private readonly timings: () => FeedTimings,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      // A failing feed is retried only after a growing backoff, so nothing can draw a request storm.
      task: ([src], { signal }) => afterBackoff(host, src, signal, () => this.load(src, signal)),
      args: () => [this.src] as const,
      onComplete: (state) => this.reportProblems(state),
    });
  }

  /** The loaded feed (or its saved copy), if any. */
  get value(): FeedState | undefined {
    return this.task.value;
  }

  /** The feed's address: none in remote mode (no download, no saved copy). */
  private get src(): string {
    return this.host.mode === 'remote' ? '' : this.host.src;
  }

  /** Loads the feed again (Try again, back online). */
  retry(): void {
    void this.task.run();
  }

  hostConnected(): void {
    window.addEventListener('online', this.handleOnline);
    this.prepare();
    if (this.abortedOnDisconnect) {
      this.abortedOnDisconnect = false;
      this.retry();
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.handleOnline);
    // Task does not abort on disconnect by itself (conventions section 5).
    this.task.abort();
    this.abortedOnDisconnect = true;
    this.earlyFeed?.cancel();
    this.earlyFeed = undefined;
    // A saved copy still waiting for an idle moment is written now, so leaving soon after the results loses nothing.
    this.engine?.saveWaitingCopiesNow();
  }

  /** Retries a failed load when the browser comes back online. */
  private readonly handleOnline = () => {
    if (this.task.value?.error || this.task.error) this.retry();
  };

  /**
   * Starts what the first results need, at once (connect, or a new `src`): the engine chunk and,
   * unless a saved copy will make it a conditional request, the feed download. They overlap, so
   * loading the engine on demand adds no round trip before the first results.
   */
  private prepare(src = this.src): EarlyFeedRequest | undefined {
    if (!src) return undefined;
    void loadEngine().catch(() => undefined); // a failure is reported by the feed load that awaits it
    if (this.earlyFeed?.url === src) return this.earlyFeed;
    this.earlyFeed?.cancel();
    // None with a saved copy on our own origin: its validators go with the request (a 304 saves the
    // download), and reading them needs the engine. A returning visitor's browser has the engine cached.
    // In the ES module CDN build, the loader has usually started this request already.
    this.earlyFeed = startEarlyFeedRequest(src);
    return this.earlyFeed;
  }

  private setSlow(slow: boolean): void {
    if (this.slowLoading === slow) return;
    this.slowLoading = slow;
    this.host.requestUpdate();
  }

  private async load(src: string, signal: AbortSignal): Promise<FeedState | undefined> {
    if (!src) return undefined;
    const startedAt = Date.now();
    const timings = this.timings();
    const early = this.prepare(src);
    this.earlyFeed = undefined; // this load owns it now
    const dropEarly = () => early?.cancel(signal.reason);
    signal.addEventListener('abort', dropEarly, { once: true });
    this.setSlow(false);
    const slowTimer = setTimeout(() => this.setSlow(true), timings.slowAfterMs);
    try {
      const engine = (this.engine = await loadEngine());
      signal.throwIfAborted();
      // The saved copy, the download and what stands in on failure: in the engine chunk (feed-load.ts).
      return await engine.loadFinderFeed(engine, src, { signal, early, deadline: startedAt + timings.feedTimeoutMs, host: this.host });
    } catch (error) {
      if (signal.aborted || isAbortError(error)) throw error;
      // Also a failed engine download (offline before it arrived): "could not reach", with Try again.
      this.host.dispatchEvent(new MpfErrorEvent(feedErrorDetail(error, false)));
      throw error;
    } finally {
      clearTimeout(slowTimer);
      this.setSlow(false);
      early?.cancel(); // not adopted (e.g. the engine failed): stop the download
      signal.removeEventListener('abort', dropEarly);
    }
  }

  /** Tells developers (event and console) what the parser skipped, once per feed. */
  private reportProblems(state: FeedState | undefined): void {
    if (!state || state.problems.length === 0 || this.warnedProblemsFor === state.feed) return;
    this.warnedProblemsFor = state.feed;
    this.host.dispatchEvent(new MpfFeedProblemsEvent({ problems: state.problems }));
    console.warn(
      `<micro-provider-finder>: ${state.problems.length} problem(s) in the feed at ${this.host.src}; see the mpf-feed-problems event.`,
      state.problems,
    );
  }
}
