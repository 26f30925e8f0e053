import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import type { SearchResult } from '@micro-provider-finder/sdk';
import { MpfBackEvent } from '../../events/internal-details.ts';
import { formatDate, languageName, plural, labelFor } from '../../internal/format.ts';
import { feedTextLang, type PublisherInfo } from '../../internal/feed-publisher.ts';
import { costLines, feedText, phraseWith, whereLineMarked } from '../../internal/feed-text.ts';
import { heading, toHeadingLevel, type HeadingLevel } from '../../internal/heading.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import {
  contactItems,
  deliveryLabels,
  districtOf,
  fact,
  joined,
  paymentLabels,
  qualityItems,
  supportLabels,
  whoForLabels,
} from '../../internal/provider-parts.ts';
import { capacityUnlessClosed, closedTag } from '../../internal/provider-status.ts';
import { askPublisher, reportProblemLink } from '../../internal/publisher-links.ts';
import { shortlistButton } from '../../internal/shortlist-button.ts';
import { hostStyles } from '../../styles/host.styles.ts';
import { providerStyles } from '../../styles/provider.styles.ts';
import { providerDetailsStyles } from './provider-details.styles.ts';

/**
 * @summary Everything the feed says about one provider, with "Back to results".
 *
 * A home-based provider (`location.private`) shows only its town and postcode
 * district: the street address is never read into the template.
 *
 * @fires {MpfBackEvent} mpf-back - "Back to results" was pressed. Bubbles, not composed.
 * @csspart details - the details section.
 * @csspart back - the "Back to results" buttons.
 */
export class MpfProviderDetails extends MpfElement {
  static override styles = [...hostStyles, providerStyles, providerDetailsStyles];

  @query('.title') private titleHeading?: HTMLElement;

  /** The search result whose provider to show (distance and coverage come with it). */
  @property({ attribute: false }) result?: SearchResult;
  /** Level of the provider's name heading (1-6); sub-headings are one level lower. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** In the person's shortlist: undefined shows no shortlist button. */
  @property({ attribute: false }) shortlisted?: boolean;
  /** For printing: no Back buttons, no shortlist button. */
  @property({ type: Boolean }) print = false;
  /** The feed's publisher: asked about a provider with no contact details, and told of problems with a listing. */
  @property({ attribute: false }) publisher?: PublisherInfo;

  /** Moves focus to the provider's name heading (done when the view opens). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.titleHeading?.focus();
  }

  private handleBack(): void {
    this.dispatchEvent(new MpfBackEvent());
  }

  private renderWhere(result: SearchResult, lang: string | undefined): TemplateResult | typeof nothing {
    const { strings } = this.locale;
    const provider = result.provider;
    const location = provider.location;
    const lines: unknown[] = [];
    if (location?.private) {
      const place = [location.town, districtOf(location.postcode)].filter(Boolean).join(', ');
      if (place) lines.push(feedText(place, lang));
      lines.push(strings.worksFromHome);
    } else if (location) {
      const place = [location.address, location.town, location.postcode].filter(Boolean).join(', ');
      if (place) lines.push(feedText(place, lang));
    }
    if (provider.areas?.length) lines.push(phraseWith((areas) => `${strings.areasCovered}: ${areas}`, joined(provider.areas), lang));
    if (provider.radiusMiles !== undefined) lines.push(plural(this.locale, strings.travelsUpTo, provider.radiusMiles));
    if (!lines.length) return nothing;
    return fact(
      strings.where,
      lines.map((line) => html`<span class="line">${line}</span><br />`),
    );
  }

  /** Who it is for: the feed's terms in words, then the publisher's own words (marked with the feed's language). */
  private renderWhoFor(labels: string[], text: string | undefined, lang: string | undefined): TemplateResult | typeof nothing {
    if (!labels.length && !text) return nothing;
    return fact(
      this.locale.strings.whoFor,
      html`${labels.length ? html`<span class="line">${joined(labels)}</span>` : nothing}${labels.length && text ? html`<br />` : nothing}${
        text ? html`<span class="line" lang=${lang ?? nothing}>${text}</span>` : nothing
      }`,
    );
  }

  private renderHours(result: SearchResult, lang: string | undefined): TemplateResult | typeof nothing {
    const { strings } = this.locale;
    const { hours, hoursText } = result.provider;
    if (!hours?.length && !hoursText) return nothing;
    return fact(
      strings.openingTimes,
      html`${
        hours?.length
          ? html`<dl class="hours">
              ${hours.map(
                (h) =>
                  html`<dt>${labelFor(strings.weekdays, h.day)}</dt>
                    <dd>${strings.hoursRange(h.opens, h.closes)}</dd>`,
              )}
            </dl>`
          : nothing
      }${hoursText ? html`<p lang=${lang ?? nothing}>${hoursText}</p>` : nothing}`,
    );
  }

  override render() {
    const result = this.result;
    if (!result) return nothing;
    const locale = this.locale;
    const { strings } = locale;
    const provider = result.provider;
    const level = toHeadingLevel(this.headingLevel);
    const sublevel = Math.min(level + 1, 6) as HeadingLevel;
    // On a page in another language than the feed's, the feed's own words carry its language.
    const lang = feedTextLang(this, this.publisher);
    const where = whereLineMarked(locale, result, lang);
    const support = supportLabels(locale, provider);
    const whoFor = whoForLabels(locale, provider);
    const delivery = deliveryLabels(locale, provider);
    const cost = costLines(locale, provider.cost, lang);
    const payment = paymentLabels(locale, provider);
    const links = contactItems(locale, provider);
    const checks = qualityItems(locale, provider);
    // No phone, email or website we can link to: the feed's publisher can say how to reach them.
    const ask = links.length ? nothing : askPublisher(locale, provider, this.publisher, lang);
    const paragraphs = provider.description?.split(/\n{2,}/) ?? [];
    const back = html`<div>
      <button class="button secondary" part="back" type="button" @click=${this.handleBack}>${strings.backToResults}</button>
    </div>`;
    return html`
      <section class="details" part="details">
        ${this.print ? nothing : back} ${heading(level, feedText(provider.name, lang), 'title', !this.print)}
        ${this.shortlisted === undefined || this.print ? nothing : shortlistButton(locale, provider, this.shortlisted, this)}
        ${closedTag(locale, provider)} ${where ? html`<p class="where">${where}</p>` : nothing}
        ${provider.summary ? html`<p class="summary" lang=${lang ?? nothing}>${provider.summary}</p>` : nothing}
        ${paragraphs.length ? html`<div class="description" lang=${lang ?? nothing}>${paragraphs.map((p) => html`<p>${p}</p>`)}</div>` : nothing}
        <dl class="facts">
          ${support.length ? fact(strings.whatTheyOffer, joined(support)) : nothing} ${this.renderWhoFor(whoFor, provider.whoForText, lang)}
          ${delivery.length ? fact(strings.howTheyWork, joined(delivery)) : nothing} ${this.renderWhere(result, lang)}
          ${this.renderHours(result, lang)}
          ${
            provider.languages?.length
              ? fact(strings.languages, joined(provider.languages.map((tag) => languageName(locale, tag))))
              : nothing
          }
          ${
            cost.length
              ? fact(
                  strings.cost,
                  cost.map((line) => html`<span>${line}</span><br />`),
                )
              : nothing
          }
          ${payment.length ? fact(strings.paidFor, joined(payment)) : nothing}
          ${fact(strings.newClients, capacityUnlessClosed(locale, provider))}
          ${provider.accreditations?.length ? fact(strings.accreditations, feedText(joined(provider.accreditations), lang)) : nothing}
          ${provider.size !== undefined ? fact(strings.about, plural(locale, strings.teamSize, provider.size)) : nothing}
        </dl>
        ${
          links.length || provider.contact?.name || ask !== nothing
            ? html`${heading(sublevel, strings.contact, 'subheading')}
              ${provider.contact?.name ? html`<p>${phraseWith((name) => `${strings.contactName}: ${name}`, provider.contact.name, lang)}</p>` : nothing}
              ${
                links.length
                  ? html`<ul class="contact">
                      ${links}
                    </ul>`
                  : ask
              }`
            : nothing
        }
        ${
          checks.length
            ? html`${heading(sublevel, strings.quality, 'subheading')}
                <ul class="checks">
                  ${checks}
                </ul>
                ${provider.quality?.checkedBy ? html`<p class="secondary">${phraseWith(strings.checkedBy, provider.quality.checkedBy, lang)}</p>` : nothing}`
            : nothing
        }
        ${provider.updated ? html`<p class="secondary">${strings.lastUpdated(formatDate(locale, provider.updated))}</p>` : nothing}
        ${reportProblemLink(locale, provider, this.publisher)} ${this.print ? nothing : back}
      </section>
    `;
  }
}
