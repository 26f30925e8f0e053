import { html, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import { MpfActionEvent } from '../../events/internal.ts';
import { heading, toHeadingLevel } from '../../internal/heading.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import { hostStyles } from '../../styles/host.styles.ts';
import { statusMessageStyles } from './status-message.styles.ts';

/** How a message looks; also a styling hook (`:host([variant='error'])`). */
export type StatusVariant = 'loading' | 'empty' | 'error' | 'note' | 'info';

/**
 * @summary A plain message box: loading, nothing found, a problem, or a quiet note.
 *
 * It is not a live region: the finder announces state changes through its
 * own `role="status"` so screen readers hear each change once.
 *
 * @slot - the message body.
 * @fires {MpfActionEvent} mpf-action - the action button (e.g. "Try again") was pressed. Bubbles, not composed.
 * @csspart message - the box.
 * @csspart action - the action button.
 */
export class MpfStatusMessage extends MpfElement {
  static override styles = [...hostStyles, statusMessageStyles];

  /** Look of the message. */
  @property({ reflect: true }) variant: StatusVariant = 'info';
  /** Optional heading text. */
  @property() heading = '';
  /** Level of the heading (1-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Text of an action button; no button when empty. */
  @property({ attribute: 'action-label' }) actionLabel = '';

  private handleAction(): void {
    this.dispatchEvent(new MpfActionEvent());
  }

  override render() {
    return html`
      <div class="message" part="message">
        ${this.heading ? heading(toHeadingLevel(this.headingLevel), this.heading, 'heading') : nothing}
        <slot></slot>
        ${
          this.actionLabel
            ? html`<div>
                <button class="button secondary" part="action" type="button" @click=${this.handleAction}>${this.actionLabel}</button>
              </div>`
            : nothing
        }
      </div>
    `;
  }
}
