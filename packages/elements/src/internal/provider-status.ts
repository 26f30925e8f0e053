/**
 * A provider that is not running now (`status` "closed" or "temporarily-closed", e.g. Open
 * Referral "inactive") is shown as closed, in words, and never as taking new clients, whatever
 * else its record says.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Provider } from '@micro-provider-finder/sdk';
import type { Locale } from '../i18n/locale.ts';
import { capacity } from './provider-parts.ts';

/** "closed" or "temporarily-closed" when the provider is not running now. */
export function closedStatus(provider: Provider): 'closed' | 'temporarily-closed' | undefined {
  return provider.status === 'closed' || provider.status === 'temporarily-closed' ? provider.status : undefined;
}

/** "Closed" / "Temporarily closed" as a tag under the name, or nothing for a running provider. */
export function closedTag(locale: Locale, provider: Provider): TemplateResult | typeof nothing {
  const closed = closedStatus(provider);
  return closed ? html`<p class="closed"><strong class="tag tag-grey">${locale.strings.providerClosed[closed]}</strong></p>` : nothing;
}

/** Whether they take new clients: "Not taking new clients" for a closed provider, else what the feed says. */
export function capacityUnlessClosed(locale: Locale, provider: Provider): TemplateResult | typeof nothing {
  if (closedStatus(provider)) return html`<span class="tag tag-grey">${locale.strings.notTakingNewClients}</span>`;
  return capacity(locale, provider);
}
