/**
 * The finder's list views: the "Shortlist (3)" button, the shortlist view and the print view (of
 * the shortlist or the results). Templates only: they read the ListsController and send the
 * person's actions to it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedMeta, SearchResult } from '@micro-provider-finder/sdk';
import type { ResultsController } from '../../controllers/results-controller.ts';
import type { MpfListActionEvent } from '../../events/internal-shortlist.ts';
import type { Locale } from '../../i18n/locale.ts';
import { formatDate, formatNumber } from '../../internal/format.ts';
import { heading, type HeadingLevel } from '../../internal/heading.ts';
import { publisherOf } from '../../internal/feed-publisher.ts';
import { shareUrl } from '../../internal/share-link.ts';
import type { ResultsViewContext } from './provider-finder.results.ts';

/** "Shortlist (3)", once the person has kept someone and there is a feed to show them from. */
export function shortlistBar(results: ResultsController, hasFeed: boolean, locale: Locale): TemplateResult | typeof nothing {
  const count = results.lists.shortlist.ids.length;
  if (count === 0 || results.view === 'shortlist' || results.view === 'print' || !hasFeed) return nothing;
  return html`<div class="shortlist-bar">
    <button class="button secondary" part="shortlist-button" type="button" @click=${() => results.lists.openShortlist()}>
      ${locale.strings.shortlistButton(formatNumber(locale, count))}
    </button>
  </div>`;
}

/** The shortlist view or the print view, when one is open. */
export function listView(results: ResultsController, meta: FeedMeta | undefined, ctx: ResultsViewContext): TemplateResult | typeof nothing {
  const { lists } = results;
  if (results.view === 'print' && lists.printing) {
    return printView(ctx.locale, lists.printing.results, meta, window.location.href, ctx.level, () => lists.printBack());
  }
  if (results.view !== 'shortlist') return nothing;
  return html`<mpf-shortlist
    exportparts="shortlist, list, result, result-name, shortlist-toggle"
    lang=${ctx.lang || nothing}
    heading-level=${ctx.level}
    .results=${lists.shortlistResults()}
    .meta=${meta}
    .shareUrl=${shareUrl(window.location.href, lists.shortlist.ids)}
    @mpf-list-action=${(event: MpfListActionEvent) => lists.act(event.detail.action)}
  ></mpf-shortlist>`;
}

/**
 * What is printed: a heading, each provider in full (name, what they offer, contact, cost, hours,
 * area, when it was checked), then the feed's publisher and date and the page's address. The
 * form, filters and buttons are not part of it (print CSS hides the Back button).
 */
export function printView(
  locale: Locale,
  results: readonly SearchResult[],
  meta: FeedMeta | undefined,
  pageUrl: string,
  headingLevel: HeadingLevel,
  onBack: () => void,
): TemplateResult {
  const { strings } = locale;
  const sublevel = Math.min(headingLevel + 1, 6);
  return html`<section class="print-view" part="print">
    <div class="no-print">
      <button class="button secondary" type="button" @click=${onBack}>${strings.backFromList}</button>
    </div>
    ${heading(headingLevel, `${strings.printHeading} (${results.length})`, 'print-title', true)}
    ${results.map((result) => html`<mpf-provider-details print .result=${result} .publisher=${publisherOf(meta)} heading-level=${sublevel}></mpf-provider-details>`)}
    <footer class="print-footer">
      ${meta ? html`<p>${strings.listFrom(meta.publisher.name, formatDate(locale, meta.generated))}</p>` : nothing}
      <p>${strings.printedFrom(pageUrl)}</p>
    </footer>
  </section>`;
}
