/**
 * What the finder shows before it has a feed, and whenever it has none: the status line and
 * message while the feed loads, and the feed error. Part of the first paint (the engine chunk
 * itself can fail to load, and is reported this way); everything shown with a feed waits for the
 * engine (provider-finder.results.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.ts';
import { feedErrorText } from '../../internal/feed-error-text.ts';
import type { FinderState } from '../../internal/finder-state.ts';
import type { HeadingLevel } from '../../internal/heading.ts';

/** The status line without a feed ('' with one: the results part words it then). */
export function feedStatusText(locale: Locale, state: FinderState, slowLoading: boolean): string {
  if (state.kind === 'loading') return slowLoading ? locale.strings.stillLoading : locale.strings.loading;
  return state.kind === 'feed-error' ? feedErrorText(locale, state.error) : '';
}

/** "Loading…", then "Still loading…". */
export function loadingMessage(locale: Locale, slowLoading: boolean): TemplateResult {
  return html`<mpf-status-message variant="loading"
    ><p>${slowLoading ? locale.strings.stillLoading : locale.strings.loading}</p></mpf-status-message
  >`;
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
