/**
 * Pieces of a provider shown by both the result card and the details view.
 * Feed text only ever reaches the page through Lit bindings (text content or
 * attribute values), never as HTML. Links are built only for http(s) web
 * addresses, `tel:` from the digits of a phone number and `mailto:`.
 *
 * Privacy: for a home-based provider (`location.private`) nothing here reads
 * `location.address`, `lat`/`lng` or the full postcode: only the town and the
 * postcode district.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parsePostcode, type Provider, type SearchResult } from '@micro-provider-finder/sdk';
import type { Locale } from '../i18n/locale.ts';
import { formatDate, formatDistance, isOlderThanAYear, labelFor } from './format.ts';
import { mailtoHref, telHref } from './contact-href.ts';

/** One term and its value in a provider's description list (card and details). */
export function fact(term: string, value: unknown): TemplateResult {
  return html`<div>
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;
}

/** The postcode district ("TA1") of a postcode or district, if it parses. */
export function districtOf(postcode: string | undefined): string | undefined {
  if (!postcode) return undefined;
  const parsed = parsePostcode(postcode);
  return parsed.ok ? parsed.value.outcode : undefined;
}

/** Where the provider is, safe to show: town and district only for home-based providers. */
export function publicPlace(provider: Provider): string | undefined {
  const location = provider.location;
  if (!location) return undefined;
  const district = districtOf(location.postcode);
  const parts = [location.town, district].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : undefined;
}

/** The areas a provider lists, shortened for one line ("TA1, TA2, TA3 and 4 more"). */
function areasLine(locale: Locale, areas: readonly string[] | undefined): string | undefined {
  if (!areas?.length) return undefined;
  const shown = areas.slice(0, 3).join(', ');
  return areas.length > 3 ? locale.strings.areasAndMore(shown, areas.length - 3) : shown;
}

/**
 * "about 2 miles away", "Covers your area: Taunton, TA2", the town, or "Area not given": one short
 * line. A provider whose feed gives no place is said to be so, rather than left blank, so a person
 * knows to ask (such providers are listed after located ones).
 */
export function whereLine(locale: Locale, result: SearchResult): string | undefined {
  const place = publicPlace(result.provider) ?? areasLine(locale, result.provider.areas);
  if (result.coversArea) return place ? `${locale.strings.coversYourArea}: ${place}` : locale.strings.coversYourArea;
  if (result.distanceMiles !== undefined) return formatDistance(locale, result.distanceMiles);
  if (place) return place;
  return result.provider.radiusMiles === undefined ? locale.strings.areaNotGiven : undefined;
}

export function supportLabels(locale: Locale, provider: Provider): string[] {
  return provider.support.map((s) => labelFor(locale.strings.supportTypes, s));
}

export function whoForLabels(locale: Locale, provider: Provider): string[] {
  return (provider.whoFor ?? []).map((w) => labelFor(locale.strings.whoForLabels, w));
}

export function deliveryLabels(locale: Locale, provider: Provider): string[] {
  return (provider.delivery ?? []).map((d) => labelFor(locale.strings.delivery, d));
}

export function paymentLabels(locale: Locale, provider: Provider): string[] {
  return (provider.payment ?? []).map((p) => labelFor(locale.strings.payment, p));
}

/** A list rendered as "A, B, C" text (Intl.ListFormat writes "a(c)" in Welsh, so we don't use it). */
export const joined = (items: string[]): string => items.join(', ');

/**
 * Whether they take new clients, in words (never colour alone). With the date it was checked, one
 * template holds both spans (a nested template for the date was a second instance on most cards).
 */
export function capacity(locale: Locale, provider: Provider): TemplateResult | typeof nothing {
  const { strings } = locale;
  if (provider.takingNewClients === undefined) return html`<span class="secondary">${strings.capacityNotStated}</span>`;
  const taking = provider.takingNewClients;
  const tagClass = taking ? 'tag-green' : 'tag-grey';
  const tagText = taking ? strings.takingNewClients : strings.notTakingNewClients;
  if (!provider.capacityUpdated) return html`<span class="tag ${tagClass}">${tagText}</span>`;
  const checked = strings.capacityChecked(formatDate(locale, provider.capacityUpdated));
  return html`<span class="tag ${tagClass}">${tagText}</span> <span class="secondary">${checked}</span>`;
}

const WEB = /^https?:\/\//i;

/**
 * Phone, email and website links, each with a name unique on the page, each in its `<li>` (one
 * template per item rather than an `<li>` template around a link template: half the instances).
 */
export function contactItems(locale: Locale, provider: Provider): TemplateResult[] {
  const { strings } = locale;
  const contact = provider.contact;
  if (!contact) return [];
  const links: TemplateResult[] = [];
  const tel = telHref(contact.phone);
  if (contact.phone && tel) {
    links.push(html`<li><a href=${tel} aria-label=${strings.phoneLinkLabel(provider.name, contact.phone)}>${contact.phone}</a></li>`);
  }
  const mailto = mailtoHref(contact.email);
  if (contact.email && mailto) {
    links.push(html`<li><a href=${mailto} aria-label=${strings.emailLinkLabel(provider.name, contact.email)}>${contact.email}</a></li>`);
  }
  if (contact.website && WEB.test(contact.website)) {
    links.push(
      html`<li>
        <a href=${contact.website} rel="noopener noreferrer nofollow" target="_blank">${strings.websiteLinkLabel(provider.name)}</a>
      </li>`,
    );
  }
  return links;
}

/** Honest quality signals: only what the feed says, in words. */
export function qualityItems(locale: Locale, provider: Provider, now = Date.now()): TemplateResult[] {
  const { strings } = locale;
  const quality = provider.quality;
  if (!quality) return [];
  const items: TemplateResult[] = [];
  const registration = quality.registration;
  if (registration) {
    const text = strings.registration[registration.status]?.(registration.regulator);
    // A CQC location id links to the regulator's public report (only an id of the expected shape).
    const cqc = registration.regulator === 'CQC' && registration.id && /^1-\d{6,12}$/.test(registration.id) ? registration.id : undefined;
    if (text)
      items.push(
        html`<li>
          ${text}${registration.rating ? html` (${registration.rating})` : nothing}${
            cqc
              ? html`.
                  <a href="https://www.cqc.org.uk/location/${cqc}" rel="noopener noreferrer" target="_blank">${strings.cqcReport(cqc)}</a>`
              : nothing
          }
        </li>`,
      );
  }
  if (quality.dbsChecked) items.push(html`<li>${strings.dbsChecked}</li>`);
  if (quality.insured) items.push(html`<li>${strings.insured}</li>`);
  if (quality.lastChecked) {
    const checked = strings.lastChecked(formatDate(locale, quality.lastChecked));
    // Two templates rather than a nested one for the warning: one instance per card.
    items.push(
      isOlderThanAYear(quality.lastChecked, now)
        ? html`<li class="stale">${checked} <strong class="stale-warning">${strings.staleDetails}</strong></li>`
        : html`<li class="">${checked}</li>`,
    );
  }
  return items;
}
