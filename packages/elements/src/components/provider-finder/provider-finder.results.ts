/**
 * The finder's results region, below the form: the filters panel, notes about the feed, the
 * results (order, Print, the list, Show more), a provider's details, "no providers found" and the
 * messages for each state. Templates only: they read the ResultsController and send the parts'
 * intents to it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Ordering } from '@micro-provider-finder/sdk';
import type { ResultsController } from '../../controllers/results-controller.ts';
import type { ResultsOutcome } from '../../controllers/search-controller.ts';
import type { MpfOpenDetailsEvent } from '../../events/internal-details.ts';
import type { MpfFiltersChangeEvent } from '../../events/internal-filters.ts';
import type { MpfOrderingChangeEvent } from '../../events/internal-ordering.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { FeedState, FinderState } from '../../internal/finder-state.ts';
import { orderText } from '../../internal/finder-wording.ts';
import type { PublisherInfo } from '../../internal/feed-publisher.ts';
import type { HeadingLevel } from '../../internal/heading.ts';
import { feedError, loadingMessage } from './provider-finder.feed-status.ts';
import { feedNotes, noResults, outsideArea } from './provider-finder.templates.ts';

/** What the templates need from the element. */
export interface ResultsViewContext {
  locale: Locale;
  /** The element's own `lang` ('' to inherit), passed down to the parts. */
  lang: string;
  level: HeadingLevel;
  ordering: Ordering;
  slowLoading: boolean;
  /** Who published the feed and its language, for the views that show feed text. */
  publisher: PublisherInfo | undefined;
  onRetry(): void;
  /** The person chose another order for the results (fair or nearest first). */
  onOrderingChange(ordering: Ordering): void;
}

/** The outcome whose counts the panel shows: the current one, or the previous one while searching. */
function filtersOutcome(state: FinderState): ResultsOutcome | undefined {
  if (state.kind === 'results' || state.kind === 'empty') return state.outcome;
  if (state.kind === 'searching' && state.previous?.kind === 'results') return state.previous;
  return undefined;
}

/** Rendered in the same place in every state, so focus on a checkbox survives the search it starts. */
export function filtersPanel(results: ResultsController, state: FinderState, ctx: ResultsViewContext): TemplateResult | typeof nothing {
  const outcome = filtersOutcome(state);
  if (!outcome || results.remoteMode) return nothing; // remote mode: the API gives no counts
  return html`<mpf-filters-panel
    exportparts="filters, filters-toggle, chip"
    lang=${ctx.lang || nothing}
    ?hidden=${results.view !== 'results'}
    .facets=${outcome.response.facets}
    .selected=${results.searching.filters}
    .total=${outcome.response.total}
    @mpf-filters-change=${(event: MpfFiltersChangeEvent) => results.changeFilters(event.detail.filters, event.detail.reason)}
    @mpf-show-results=${() => results.focusing.toResultAt(0)}
  ></mpf-filters-panel>`;
}

function resultsList(results: ResultsController, outcome: ResultsOutcome, busy: boolean, ctx: ResultsViewContext): TemplateResult {
  const { strings } = ctx.locale;
  const { searching } = results;
  const order = results.remoteMode ? strings.orderDirectory : orderText(ctx.locale, searching.finder?.explainOrder().kind ?? ctx.ordering);
  const approximate = outcome.query.origin?.precision === 'district';
  const more = searching.shown.length < outcome.response.total;
  return html`
    <div class="results" id="results" ?hidden=${results.view !== 'results'}>
      <p class="order">${order}${approximate ? html` ${strings.distanceApproximate}` : nothing}</p>
      <div class="list-bar">
        <button class="button secondary" type="button" @click=${() => results.lists.print(searching.shown, 'results')}>
          ${strings.printList}
        </button>
      </div>
      <mpf-results-list
        exportparts="list, result, result-name, shortlist-toggle"
        .results=${searching.shown}
        .shortlist=${results.lists.shortlist.idSet}
        .publisher=${ctx.publisher}
        .ordering=${ctx.ordering}
        heading-level=${ctx.level}
        lang=${ctx.lang || nothing}
        ?busy=${busy}
        @mpf-ordering-change=${(event: MpfOrderingChangeEvent) => ctx.onOrderingChange(event.detail.ordering)}
        @mpf-open-details=${(event: MpfOpenDetailsEvent) => results.openDetails(event.detail.providerId)}
      ></mpf-results-list>
      ${
        more
          ? html`<div><button class="button secondary" type="button" @click=${() => results.showMore()}>${strings.showMore}</button></div>`
          : nothing
      }
    </div>
  `;
}

function details(results: ResultsController, ctx: ResultsViewContext): TemplateResult | typeof nothing {
  if (results.view !== 'details') return nothing;
  const result = results.searching.shown.find((r) => r.provider.id === results.selectedId);
  if (!result) return nothing;
  return html`<mpf-provider-details
    exportparts="details"
    .result=${result}
    .shortlisted=${results.lists.shortlist.idSet.has(result.provider.id)}
    .publisher=${ctx.publisher}
    heading-level=${ctx.level}
    lang=${ctx.lang || nothing}
    @mpf-back=${() => results.back()}
  ></mpf-provider-details>`;
}

function empty(results: ResultsController, outcome: ResultsOutcome, ctx: ResultsViewContext): TemplateResult {
  return noResults(ctx.locale, ctx.level, {
    corrected: outcome.response.didYouMean,
    options: results.searching.wideningFor(outcome),
    text: results.searching.query?.text ?? '',
    onDidYouMean: (text) => results.didYouMean(text),
    onWiden: (option) => results.widen(option),
  });
}

/**
 * GOV.UK-style skip link right after the form while results are listed (WCAG 2.4.1 bypass blocks):
 * on a desktop the filters sidebar comes first in the page, so this takes keyboard users past it to
 * the first result. Hidden until focused. The filters stay in the Tab order after it.
 */
export function skipToResults(results: ResultsController, state: FinderState, locale: Locale): TemplateResult | typeof nothing {
  if (results.view !== 'results' || state.kind !== 'results') return nothing;
  const skip = (event: Event) => {
    event.preventDefault(); // a fragment link cannot reach into the shadow root, and the page's address is the host's
    results.focusing.toResultAt(0);
  };
  return html`<a class="skip-link" href="#results" @click=${skip}>${locale.strings.skipToResults}</a>`;
}

/** What shows under the form (and the status line) in each state. */
export function resultsBody(results: ResultsController, state: FinderState, ctx: ResultsViewContext): TemplateResult | typeof nothing {
  const { locale, level } = ctx;
  const notes = (feed: FeedState) => feedNotes(locale, feed, ctx.onRetry);
  switch (state.kind) {
    case 'no-feed':
      return nothing;
    case 'idle':
    case 'postcode-error':
      return notes(state.feed);
    case 'outside-area':
      return html`${notes(state.feed)} ${outsideArea(locale, state.district, level)}`;
    case 'loading':
      return loadingMessage(locale, ctx.slowLoading);
    case 'feed-error':
      return feedError(locale, level, ctx.onRetry);
    case 'searching':
      return html`${notes(state.feed)}
      ${state.previous?.kind === 'results' && results.searching.shown.length ? resultsList(results, state.previous, true, ctx) : nothing}`;
    case 'empty':
      return html`${notes(state.feed)} ${empty(results, state.outcome, ctx)}`;
    case 'results':
      return html`${notes(state.feed)} ${details(results, ctx)} ${resultsList(results, state.outcome, false, ctx)}`;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}
