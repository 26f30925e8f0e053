/**
 * Ways to reach the feed's publisher about one provider: "Ask <publisher> about this provider"
 * (shown instead of contact details when a provider gives no phone, email or website), and
 * "Report a problem with this listing". Only `mailto:` to a plain address (with a subject naming
 * the provider) and http(s) addresses become links; the SDK has already dropped anything else,
 * and these check again, as the provider's own contact links do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Provider } from '@micro-provider-finder/sdk';
import type { Locale } from '../i18n/locale.ts';
import { mailtoHref } from './contact-href.ts';
import type { PublisherInfo } from './feed-publisher.ts';
import { phraseWith } from './feed-text.ts';

const WEB = /^https?:\/\//i;

/** `mailto:` the publisher with `subject`, or undefined when the address is not a plain one. */
function mailtoWithSubject(email: string | undefined, subject: string): string | undefined {
  const to = mailtoHref(email);
  return to ? `${to}?subject=${encodeURIComponent(subject)}` : undefined;
}

const webHref = (url: string | undefined): string | undefined => (url && WEB.test(url) ? url : undefined);

/**
 * For a provider with no phone, email or website to link to: "Ask <publisher> about this provider:" with the publisher's email (subject naming the provider)
 * and website, or nothing when the publisher gives neither. Each link's accessible name starts with
 * its visible words and names the provider, so the links of many cards can be told apart.
 */
export function askPublisher(
  locale: Locale,
  provider: Provider,
  publisher: PublisherInfo | undefined,
  /** The feed's language, when the publisher's name should be marked with it (see feedTextLang). */
  lang?: string,
): TemplateResult | typeof nothing {
  if (!publisher) return nothing;
  const { strings } = locale;
  const subject = strings.askPublisherSubject(provider.name, provider.id);
  const mailto = mailtoWithSubject(publisher.email, subject);
  const web = webHref(publisher.url);
  if (!mailto && !web) return nothing;
  return html`<div class="ask-publisher">
    <p>${phraseWith(strings.askPublisher, publisher.name, lang)}</p>
    <ul class="contact">
      ${mailto ? html`<li><a href=${mailto} aria-label=${strings.askPublisherEmailLabel(publisher.email!, provider.name)}>${publisher.email}</a></li>` : nothing}
      ${
        web
          ? html`<li>
              <a
                href=${web}
                rel="noopener noreferrer"
                target="_blank"
                aria-label=${strings.publisherWebsiteLabel(publisher.name, provider.name)}
                >${phraseWith(strings.publisherWebsite, publisher.name, lang)}</a
              >
            </li>`
          : nothing
      }
    </ul>
  </div>`;
}

/**
 * "Report a problem with this listing": an email to the publisher whose subject names the provider
 * and its id, else the publisher's website; nothing when the feed gives neither.
 */
export function reportProblemLink(
  locale: Locale,
  provider: Provider,
  publisher: PublisherInfo | undefined,
): TemplateResult | typeof nothing {
  if (!publisher) return nothing;
  const { strings } = locale;
  const mailto = mailtoWithSubject(publisher.email, strings.reportProblemSubject(provider.name, provider.id));
  const href = mailto ?? webHref(publisher.url);
  if (!href) return nothing;
  // The provider's name (said, not shown) tells the links of a printed list apart.
  const hidden = mailto ? `: ${provider.name}` : `: ${provider.name} ${strings.opensInNewTab}`;
  return html`<p class="report-problem">
    <a href=${href} rel=${mailto ? nothing : 'noopener noreferrer'} target=${mailto ? nothing : '_blank'}
      >${strings.reportProblem}<span class="visually-hidden">${hidden}</span></a
    >
  </p>`;
}
