import { html, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Ordering, SearchResult } from '@micro-provider-finder/sdk';
import { MpfOpenDetailsEvent } from '../../events/internal-details.ts';
import { MpfShortlistToggleEvent } from '../../events/internal-shortlist.ts';
import type { PublisherInfo } from '../../internal/feed-publisher.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import { hostStyles } from '../../styles/host.styles.ts';
import type { MpfProviderCard } from '../provider-card/provider-card.component.ts';
import { offersOrderChoice, orderChoice, refocusOrderChoice } from './order-choice.ts';
import { resultsListStyles } from './results-list.styles.ts';

/**
 * @summary An ordered list of `<mpf-provider-card>`s, in the order the SDK gave.
 *
 * @fires {MpfSelectEvent} mpf-select - from a card (composed, so it reaches the page).
 * @fires {MpfOpenDetailsEvent} mpf-open-details - re-sent from this element when a card asks to open details. Bubbles, not composed.
 * @fires {MpfOrderingChangeEvent} mpf-ordering-change - "Fair order" or "Nearest first" was chosen (only when `ordering` is set). Bubbles, not composed.
 *
 * @csspart list - the `<ol>`.
 */
export class MpfResultsList extends MpfElement {
  static override styles = [...hostStyles, resultsListStyles];

  /** Results to show, from `finder.search()`. */
  @property({ attribute: false }) results: SearchResult[] = [];
  /** Level of each result's heading (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Set while newer results are on their way (`aria-busy`). */
  @property({ type: Boolean }) busy = false;
  /** Ids in the person's shortlist; when set, each card offers Add to / Remove from shortlist. */
  @property({ attribute: false }) shortlist?: ReadonlySet<string>;
  /**
   * The order the results are in. When set to "fair" or "distance" and the results have distances,
   * the list offers "Order: Fair order / Nearest first" above them.
   */
  @property({ attribute: false }) ordering?: Ordering;
  /** The feed's publisher, handed to each card (see {@link PublisherInfo}). */
  @property({ attribute: false }) publisher?: PublisherInfo;

  /** Moves focus to the name of the provider with this id; false if it is not in the list. */
  async focusProvider(providerId: string): Promise<boolean> {
    await this.updateComplete;
    const card = [...this.renderRoot.querySelectorAll('mpf-provider-card')].find((c) => c.result?.provider.id === providerId);
    return this.focusCard(card);
  }

  /** Moves focus to the name of the result at `index` (0-based). */
  async focusResultAt(index: number): Promise<boolean> {
    await this.updateComplete;
    return this.focusCard(this.renderRoot.querySelectorAll('mpf-provider-card')[index]);
  }

  private async focusCard(card: MpfProviderCard | undefined): Promise<boolean> {
    if (!card) return false;
    await card.updateComplete;
    card.focus();
    return true;
  }

  private handleOpenDetails(event: MpfOpenDetailsEvent): void {
    event.stopPropagation();
    this.dispatchEvent(new MpfOpenDetailsEvent(event.detail.providerId));
  }

  private handleShortlistToggle(event: MpfShortlistToggleEvent): void {
    event.stopPropagation();
    this.dispatchEvent(new MpfShortlistToggleEvent(event.detail.providerId, event.detail.on));
  }

  protected override updated(): void {
    if (!this.busy) refocusOrderChoice(this);
  }

  override render() {
    const ordering = this.ordering;
    return html`
      ${offersOrderChoice(ordering, this.results) ? orderChoice(this.locale, ordering, this) : nothing}
      <ol
        part="list"
        aria-busy=${this.busy ? 'true' : 'false'}
        @mpf-open-details=${this.handleOpenDetails}
        @mpf-shortlist-toggle=${this.handleShortlistToggle}
      >
        ${repeat(
          // The heading level goes to each card as a property: as an attribute, every card ran
          // attributeChangedCallback and its converter on the way to its first render.
          this.results,
          (result) => result.provider.id,
          (result) =>
            html`<li>
              <mpf-provider-card
                exportparts="result, result-name, shortlist-toggle"
                .result=${result}
                .shortlisted=${this.shortlist?.has(result.provider.id)}
                .publisher=${this.publisher}
                .headingLevel=${this.headingLevel}
                lang=${this.lang || nothing}
              ></mpf-provider-card>
            </li>`,
        )}
      </ol>
    `;
  }
}
