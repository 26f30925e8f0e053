/**
 * The finder's messages that are only words and buttons: notes about the feed, the feed error,
 * and "no providers found" with did-you-mean and ways to widen. Pure templates: they take the
 * words' inputs and callbacks for the buttons, and hold no state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedMeta, SearchResult, WideningOption } from '@micro-provider-finder/sdk';
import type { Locale } from '../../i18n/locale.ts';
import type { FeedState } from '../../internal/finder-state.ts';
import { publisherOf } from '../../internal/feed-publisher.ts';
import { feedErrorText, wideningText } from '../../internal/finder-wording.ts';
import { formatDate } from '../../internal/format.ts';
import { heading, type HeadingLevel } from '../../internal/heading.ts';

const linkButton = (label: TemplateResult | string, action: () => void) =>
  html`<button class="link-button" type="button" @click=${action}>${label}</button>`;

/** Notes above the results: a saved copy stands in (with Try again), or some records were skipped. */
export function feedNotes(locale: Locale, feed: FeedState, onRetry: () => void): TemplateResult | typeof nothing {
  const skipped = feed.problems.some((p) => p.severity === 'record');
  if (!feed.savedAt && !skipped) return nothing;
  const note = (content: unknown) => html`<mpf-status-message variant="note">${content}</mpf-status-message>`;
  return html`<div class="notes">
    ${
      feed.error
        ? html`<mpf-status-message variant="note" action-label=${locale.strings.tryAgain} @mpf-action=${onRetry}>
            <p>${feedErrorText(locale, feed.error)}</p>
          </mpf-status-message>`
        : nothing
    }
    ${feed.savedAt ? note(locale.strings.savedCopy(formatDate(locale, feed.savedAt))) : nothing}
    ${skipped ? note(locale.strings.someSkipped) : nothing}
  </div>`;
}

/**
 * The feed could not be loaded and there is no saved copy: a heading, the host's own fallback
 * content (the element's light DOM: a phone number, a link) and Try again. The reason is said once,
 * by the finder's status line above, so it is not repeated here.
 */
export function feedError(locale: Locale, headingLevel: HeadingLevel, onRetry: () => void): TemplateResult {
  const { strings } = locale;
  return html`<mpf-status-message
    variant="error"
    heading=${strings.feedErrorHeading}
    heading-level=${headingLevel}
    action-label=${strings.tryAgain}
    @mpf-action=${onRetry}
  >
    <div class="fallback"><slot></slot></div>
  </mpf-status-message>`;
}

/**
 * The postcode is outside the directory's area: the live region says what the directory covers;
 * this box says so plainly and shows the host's help line (the `help` slot), not far-away results.
 */
export function outsideArea(locale: Locale, district: string, headingLevel: HeadingLevel): TemplateResult {
  const { strings } = locale;
  return html`<mpf-status-message variant="info" heading=${strings.outsideAreaHeading} heading-level=${headingLevel}>
    <p>${strings.outsideAreaHelp(district)}</p>
    <slot name="help"></slot>
  </mpf-status-message>`;
}

export interface NoResultsHelp {
  /** The SDK's "did you mean" correction, if any. */
  corrected?: string | undefined;
  /** Ways to widen the search, each with its count. */
  options: readonly WideningOption[];
  /** The need searched for (for "Search without 'x'"). */
  text: string;
  onDidYouMean(text: string): void;
  onWiden(option: WideningOption): void;
}

/** "No providers found", with "Did you mean ...?" and ways to widen the search, then tips. */
export function noResults(locale: Locale, headingLevel: HeadingLevel, help: NoResultsHelp): TemplateResult {
  const { strings } = locale;
  const { corrected, options } = help;
  return html`<mpf-status-message variant="empty" heading=${strings.noResultsHeading} heading-level=${headingLevel}>
    ${
      corrected
        ? html`<p class="did-you-mean">
            ${strings.didYouMeanBefore}
            ${linkButton(html`<b>${corrected}</b>`, () => help.onDidYouMean(corrected))}${strings.didYouMeanAfter}
          </p>`
        : nothing
    }
    ${
      options.length > 0
        ? html`<p>${strings.widenIntro}</p>
            <ul class="widen">
              ${options.map((option) => html`<li>${linkButton(wideningText(locale, option, help.text), () => help.onWiden(option))}</li>`)}
            </ul>`
        : nothing
    }
    <p>${strings.noResultsIntro}</p>
    <ul>
      ${strings.noResultsTips.map((tip) => html`<li>${tip}</li>`)}
    </ul>
  </mpf-status-message>`;
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
