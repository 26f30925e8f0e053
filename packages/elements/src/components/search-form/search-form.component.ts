import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { parsePostcode, type SearchQuery } from '@micro-provider-finder/sdk';
import { MpfFormSubmitEvent } from '../../events/internal.ts';
import type { PostcodeErrorKey } from '../../i18n/strings.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import { hostStyles } from '../../styles/host.styles.ts';
import { searchFormStyles } from './search-form.styles.ts';

let nextFormId = 0;

/**
 * @summary The search form: postcode and "What do you need help with?", with GOV.UK-style errors.
 *
 * Labels, hints, errors and inputs all live in this one shadow root, so every
 * `for`/`aria-describedby` reference resolves. Enter submits (we handle
 * `submit`, not button clicks). The postcode is checked with the SDK's
 * `parsePostcode`; an empty postcode means "anywhere".
 *
 * @fires {MpfFormSubmitEvent} mpf-form-submit - a valid search; `detail.query` is a whole `SearchQuery`. Bubbles, not composed.
 *
 * @csspart form - the `<form role="search">`.
 * @csspart input - each text input.
 * @csspart submit - the Search button.
 */
export class MpfSearchForm extends MpfElement {
  static override styles = [...hostStyles, searchFormStyles];
  static override shadowRootOptions: ShadowRootInit = { ...MpfElement.shadowRootOptions, delegatesFocus: true };

  @query('input[name="postcode"]') private postcodeInput?: HTMLInputElement;

  /** The postcode field's value. */
  @property() postcode = '';
  /** The need field's value. */
  @property() query = '';
  /**
   * A postcode problem to show on the field (set by the finder when a valid
   * postcode can't be located). Setting it moves focus to the field.
   */
  @property({ attribute: false }) postcodeError?: PostcodeErrorKey;

  /** Unique per instance: two finders on one page must not share ids. */
  private readonly idPrefix = `mpf-form-${++nextFormId}`;

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('postcodeError') && this.postcodeError) this.postcodeInput?.focus();
  }

  /** Submits the form as if the person pressed Search. */
  submit(): void {
    this.renderRoot.querySelector('form')?.requestSubmit();
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const typedPostcode = String(data.get('postcode') ?? '');
    const text = String(data.get('need') ?? '').trim();
    this.query = String(data.get('need') ?? '');
    this.postcode = typedPostcode;
    const parsed = parsePostcode(typedPostcode);
    if (!parsed.ok && parsed.error.kind !== 'empty') {
      this.postcodeError = parsed.error.kind;
      // Focus even when the same error is shown again (no property change).
      this.postcodeInput?.focus();
      return;
    }
    this.postcodeError = undefined;
    const searchQuery: SearchQuery = { text };
    if (parsed.ok) {
      searchQuery.postcode = parsed.value.postcode;
      this.postcode = parsed.value.postcode;
    }
    this.dispatchEvent(new MpfFormSubmitEvent(searchQuery));
  }

  private handleInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    if (input.name === 'postcode') this.postcode = input.value;
    else this.query = input.value;
  }

  private renderPostcodeField() {
    const { strings } = this.locale;
    const id = `${this.idPrefix}-postcode`;
    const error = this.postcodeError ? strings.postcodeErrors[this.postcodeError] : undefined;
    const describedBy = error ? `${id}-hint ${id}-error` : `${id}-hint`;
    return html`
      <div class="field ${error ? 'error' : ''}">
        <label for=${id}>${strings.postcodeLabel}</label>
        <div class="hint" id="${id}-hint">${strings.postcodeHint}</div>
        ${error
          ? html`<p class="error-message" id="${id}-error">
              <span class="visually-hidden">${strings.errorPrefix}</span> ${error}
            </p>`
          : nothing}
        <input
          id=${id}
          class="postcode"
          part="input postcode"
          name="postcode"
          type="text"
          autocomplete="postal-code"
          spellcheck="false"
          autocapitalize="characters"
          aria-describedby=${describedBy}
          aria-invalid=${error ? 'true' : 'false'}
          .value=${this.postcode}
          @input=${this.handleInput}
        />
      </div>
    `;
  }

  private renderNeedField() {
    const { strings } = this.locale;
    const id = `${this.idPrefix}-need`;
    return html`
      <div class="field">
        <label for=${id}>${strings.needLabel}</label>
        <div class="hint" id="${id}-hint">${strings.needHint}</div>
        <input
          id=${id}
          part="input need"
          name="need"
          type="text"
          autocomplete="off"
          aria-describedby="${id}-hint"
          .value=${this.query}
          @input=${this.handleInput}
        />
      </div>
    `;
  }

  override render() {
    const { strings } = this.locale;
    return html`
      <form part="form" role="search" novalidate @submit=${this.handleSubmit}>
        ${this.renderPostcodeField()} ${this.renderNeedField()}
        <div class="actions">
          <button class="button" part="submit" type="submit">${strings.searchButton}</button>
          <slot name="actions"></slot>
        </div>
      </form>
    `;
  }
}
