import { html, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import { query } from 'lit/decorators/query.js';
import type { SearchResult } from '@micro-provider-finder/sdk';
import { MpfOpenDetailsEvent } from '../../events/internal-details.ts';
import { MpfSelectEvent } from '../../events/mpf-select.ts';
import { feedTextLang, type PublisherInfo } from '../../internal/feed-publisher.ts';
import { costLines, joinLines, whereLineMarked } from '../../internal/feed-text.ts';
import { toHeadingLevel } from '../../internal/heading.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import { contactItems, fact, joined, paymentLabels, qualityItems, supportLabels, deliveryLabels } from '../../internal/provider-parts.ts';
import { capacityUnlessClosed, closedTag } from '../../internal/provider-status.ts';
import { askPublisher } from '../../internal/publisher-links.ts';
import { shortlistButton } from '../../internal/shortlist-button.ts';
import { hostStyles } from '../../styles/host.styles.ts';
import { providerStyles } from '../../styles/provider.styles.ts';
import { nameHeading } from './name-heading.ts';
import { providerCardStyles } from './provider-card.styles.ts';

/**
 * @summary One search result: name (opens details), distance or area, what they offer,
 * cost, payment routes, capacity, contact and quality checks.
 *
 * @fires {MpfSelectEvent} mpf-select - the name was pressed; cancel it to stop the details opening.
 * @fires {MpfOpenDetailsEvent} mpf-open-details - after an `mpf-select` nobody cancelled. Bubbles, not composed.
 * @fires {MpfShortlistToggleEvent} mpf-shortlist-toggle - Add to / Remove from shortlist (only when `shortlisted` is set). Bubbles, not composed.
 *
 * @csspart result - the card.
 * @csspart result-name - the button with the provider's name.
 */
export class MpfProviderCard extends MpfElement {
  static override styles = [...hostStyles, providerStyles, providerCardStyles];

  @query('button.name-button') private nameButton?: HTMLButtonElement;

  /** The SDK search result to show. */
  @property({ attribute: false }) result?: SearchResult;
  /** Level of the name heading (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** In the person's shortlist: undefined shows no shortlist button (a card used on its own). */
  @property({ attribute: false }) shortlisted?: boolean;
  /** The feed's publisher: asked about a provider with no contact details of its own. */
  @property({ attribute: false }) publisher?: PublisherInfo;

  /** Moves focus to the provider's name button. */
  override focus(options?: FocusOptions): void {
    this.nameButton?.focus(options);
  }

  private handleSelect(): void {
    const providerId = this.result?.provider.id;
    if (providerId === undefined) return;
    if (this.dispatchEvent(new MpfSelectEvent({ providerId }))) {
      this.dispatchEvent(new MpfOpenDetailsEvent(providerId));
    }
  }

  override render() {
    const result = this.result;
    if (!result) return nothing;
    const locale = this.locale;
    const { strings } = locale;
    const provider = result.provider;
    // On a page in another language than the feed's, the feed's own words carry its language.
    const lang = feedTextLang(this, this.publisher);
    const where = whereLineMarked(locale, result, lang);
    const cost = costLines(locale, provider.cost, lang);
    const payment = paymentLabels(locale, provider);
    const delivery = deliveryLabels(locale, provider);
    const links = contactItems(locale, provider);
    const checks = qualityItems(locale, provider);
    // No phone, email or website we can link to: the feed's publisher can say how to reach them.
    const ask = links.length ? nothing : askPublisher(locale, provider, this.publisher, lang);
    return html`
      <article class="card" part="result">
        ${nameHeading(toHeadingLevel(this.headingLevel), provider.name, lang, this.handleSelect)} ${closedTag(locale, provider)}
        ${where ? html`<p class="where">${where}</p>` : nothing}
        ${provider.summary ? html`<p class="summary" lang=${lang ?? nothing}>${provider.summary}</p>` : nothing}
        <dl class="facts">
          ${provider.support.length ? fact(strings.whatTheyOffer, joined(supportLabels(locale, provider))) : nothing}
          ${delivery.length ? fact(strings.howTheyWork, joined(delivery)) : nothing}
          ${cost.length ? fact(strings.cost, joinLines(cost, '. ')) : nothing}
          ${payment.length ? fact(strings.paidFor, joined(payment)) : nothing}
          <div>
            <dt>${strings.newClients}</dt>
            <dd>${capacityUnlessClosed(locale, provider)}</dd>
          </div>
          ${
            links.length
              ? html`<div>
                  <dt>${strings.contact}</dt>
                  <dd>
                    <ul class="contact">
                      ${links}
                    </ul>
                  </dd>
                </div>`
              : ask !== nothing
                ? html`<div>
                    <dt>${strings.contact}</dt>
                    <dd>${ask}</dd>
                  </div>`
                : nothing
          }
        </dl>
        ${
          checks.length
            ? html`<ul class="checks" aria-label=${strings.quality}>
                ${checks}
              </ul>`
            : nothing
        }
        ${this.shortlisted === undefined ? nothing : shortlistButton(locale, provider, this.shortlisted, this)}
      </article>
    `;
  }
}
