/**
 * The finder's messages that are only words and buttons: notes about the feed,
 * "outside the area", and "no providers found" with did-you-mean and ways to widen. Pure templates: they take the
 * words' inputs and callbacks for the buttons, and hold no state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { WideningOption } from '@micro-provider-finder/sdk';
import type { Locale } from '../../i18n/locale.ts';
import type { FeedState } from '../../internal/finder-state.ts';
import { feedErrorText } from '../../internal/feed-error-text.ts';
import { wideningText } from '../../internal/finder-wording.ts';
import { formatDate } from '../../internal/format.ts';
import type { HeadingLevel } from '../../internal/heading.ts';

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
