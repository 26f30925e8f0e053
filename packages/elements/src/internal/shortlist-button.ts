/** The "Add to shortlist" / "Remove from shortlist" button of a card and of the details. */
import { html, type TemplateResult } from 'lit';
import type { Provider } from '@micro-provider-finder/sdk';
import { MpfShortlistToggleEvent } from '../events/internal-shortlist.ts';
import type { Locale } from '../i18n/locale.ts';

export function shortlistButton(locale: Locale, provider: Provider, shortlisted: boolean, from: EventTarget): TemplateResult {
  const { strings } = locale;
  const toggle = () => from.dispatchEvent(new MpfShortlistToggleEvent(provider.id, !shortlisted));
  const label = shortlisted ? strings.removeFromShortlist : strings.addToShortlist;
  // The visible words start the accessible name (WCAG 2.5.3); the name tells the many buttons apart.
  return html`<button
    class="button secondary shortlist-toggle"
    part="shortlist-toggle"
    type="button"
    aria-label="${label}: ${provider.name}"
    @click=${toggle}
  >
    ${label}
  </button>`;
}
