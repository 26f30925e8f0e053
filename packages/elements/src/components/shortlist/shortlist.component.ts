import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import type { FeedMeta, SearchResult } from '@micro-provider-finder/sdk';
import { MpfListActionEvent } from '../../events/internal-shortlist.ts';
import { formatNumber } from '../../internal/format.ts';
import { heading, toHeadingLevel } from '../../internal/heading.ts';
import { publisherOf } from '../../internal/feed-publisher.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import { shortlistMailto, shortlistText } from '../../internal/shortlist-text.ts';
import { hostStyles } from '../../styles/host.styles.ts';

/**
 * @summary The person's shortlist: its providers as cards (each can be removed), Print, Copy link,
 * Email the list (plain text, no address filled in), Clear shortlist and Back to results.
 *
 * @fires {MpfListActionEvent} mpf-list-action - `{action: 'print' | 'clear' | 'back'}`. Bubbles, not composed.
 * @fires {MpfShortlistToggleEvent} mpf-shortlist-toggle - from a card's Remove from shortlist. Bubbles, not composed.
 */
export class MpfShortlist extends MpfElement {
  static override styles = [
    ...hostStyles,
    css`
      .shortlist {
        display: grid;
        gap: var(--_mpf-space-4);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_mpf-space-2);
        align-items: center;
      }
      .copy-field {
        width: 100%;
        font: inherit;
      }
      @media print {
        .actions {
          display: none;
        }
      }
    `,
  ];

  /** The shortlisted providers, in the order they were added. */
  @property({ attribute: false }) results: SearchResult[] = [];
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** The feed's publisher and date, for the emailed list (and the cards: see {@link publisherOf}). */
  @property({ attribute: false }) meta?: FeedMeta;
  /** The address that opens this list (Copy link). */
  @property({ attribute: false }) shareUrl = '';
  /** After Copy link: copied, or the link to copy by hand when the browser would not. */
  @state() private copied?: 'done' | 'manual';

  /** Moves focus to the heading (after opening the list). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  }

  private act(action: 'clear' | 'print' | 'back'): void {
    this.dispatchEvent(new MpfListActionEvent(action));
  }

  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.shareUrl);
      this.copied = 'done';
    } catch {
      this.copied = 'manual'; // no clipboard permission: show the link, selected, to copy by hand
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.copy-field')?.select();
    }
  }

  override render() {
    const locale = this.locale;
    const { strings } = locale;
    const count = this.results.length;
    const text = shortlistText(
      locale,
      this.results.map((r) => r.provider),
      this.meta,
      this.shareUrl,
    );
    return html`<section class="shortlist" part="shortlist">
      ${heading(toHeadingLevel(this.headingLevel), `${strings.shortlistHeading} (${formatNumber(locale, count)})`, 'title', true)}
      <div class="actions">
        <button class="button secondary" type="button" @click=${() => this.act('back')}>${strings.backFromList}</button>
        ${
          count > 0
            ? html`<button class="button secondary" type="button" @click=${() => this.act('print')}>${strings.printList}</button>
                <button class="button secondary" type="button" @click=${this.copyLink}>${strings.copyLink}</button>
                <a class="button secondary" href=${shortlistMailto(strings.emailSubject, text)}>${strings.emailList}</a>
                <button class="button secondary" type="button" @click=${() => this.act('clear')}>${strings.clearShortlist}</button>`
            : nothing
        }
      </div>
      <p class="visually-hidden" aria-live="polite">${this.copied === 'done' ? strings.linkCopied : ''}</p>
      ${
        this.copied === 'manual'
          ? html`<label>${strings.copyLink} <input class="copy-field" type="text" readonly .value=${this.shareUrl} /></label>`
          : nothing
      }
      ${
        count === 0
          ? html`<p>${strings.shortlistEmpty}</p>`
          : html`<mpf-results-list
              exportparts="list, result, result-name, shortlist-toggle"
              .results=${this.results}
              .shortlist=${new Set(this.results.map((r) => r.provider.id))}
              .publisher=${publisherOf(this.meta)}
              heading-level=${toHeadingLevel(this.headingLevel) + 1 > 6 ? 6 : toHeadingLevel(this.headingLevel) + 1}
              lang=${this.lang || nothing}
            ></mpf-results-list>`
      }
    </section>`;
  }
}
