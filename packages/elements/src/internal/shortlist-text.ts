/**
 * The shortlist as plain text, for an email (mailto: body) and for copying: each provider's
 * name, what they offer, how to contact them and cost, then where the list came from.
 * Plain text only: feed text is never turned into markup here.
 */
import type { FeedMeta, Provider } from '@micro-provider-finder/sdk';
import type { Locale } from '../i18n/locale.ts';
import { formatCost, formatDate, labelFor } from './format.ts';

function providerLines(locale: Locale, provider: Provider): string[] {
  const { strings } = locale;
  const lines = [provider.name];
  if (provider.support.length)
    lines.push(`${strings.whatTheyOffer}: ${provider.support.map((s) => labelFor(strings.supportTypes, s)).join(', ')}`);
  const contact = provider.contact;
  if (contact?.phone) lines.push(`${strings.phone}: ${contact.phone}`);
  if (contact?.email) lines.push(`${strings.email}: ${contact.email}`);
  if (contact?.website) lines.push(`${strings.website}: ${contact.website}`);
  const cost = formatCost(locale, provider.cost);
  if (cost.length) lines.push(`${strings.cost}: ${cost.join('. ')}`);
  return lines;
}

/** The whole list as text; `pageUrl` is where the person found it. */
export function shortlistText(locale: Locale, providers: readonly Provider[], meta: FeedMeta | undefined, pageUrl: string): string {
  const blocks = providers.map((provider) => providerLines(locale, provider).join('\n'));
  const source = meta ? locale.strings.listFrom(meta.publisher.name, formatDate(locale, meta.generated)) : '';
  return [...blocks, [source, pageUrl].filter(Boolean).join('\n')].join('\n\n');
}

/** A mailto: link with the list as its body (no address: the person chooses who to send it to). */
export function shortlistMailto(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
