import { html, nothing } from 'lit';
import { property } from 'lit/decorators/property.js';
import { live } from 'lit/directives/live.js';
import { parsePostcode, type SearchQuery, type Suggestion } from '@micro-provider-finder/sdk';
import { MpfFormInvalidEvent, MpfFormSubmitEvent } from '../../events/internal.ts';
import { MpfDistanceChangeEvent, MpfUseLocationEvent } from '../../events/internal-location.ts';
import { MpfNeedInputEvent } from '../../events/internal-search-ui.ts';
import type { LocationErrorKey, PostcodeErrorKey } from '../../i18n/strings.ts';
import { DISTANCE_CHOICES, DEFAULT_DISTANCE, maxMilesFor, toDistanceChoice, type DistanceChoice } from '../../internal/distance-choice.ts';
import { plural } from '../../internal/format.ts';
import { heading, toHeadingLevel } from '../../internal/heading.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import { hostStyles } from '../../styles/host.styles.ts';
import { NeedCombobox } from './need-combobox.ts';
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
 * @fires {MpfFormInvalidEvent} mpf-form-invalid - Search pressed with something that is not a postcode: `{query}` (its `postcode` is what was typed). Bubbles, not composed.
 * @fires {MpfNeedInputEvent} mpf-need-input - the need box's text changed: `{text}`; answer by setting `suggestions`. Bubbles, not composed.
 *
 * @csspart form - the `<form role="search">`.
 * @csspart input - each text input.
 * @csspart submit - the Search button.
 * @csspart postcode - the postcode input (also an `input` part).
 * @csspart need - the need input (also an `input` part).
 * @csspart distance - the distance select (also an `input` part).
 * @csspart use-location - the "Use my location" button.
 * @slot actions - more buttons, after Search.
 */
export class MpfSearchForm extends MpfElement {
  static override styles = [...hostStyles, searchFormStyles];
  static override shadowRootOptions: ShadowRootInit = { ...MpfElement.shadowRootOptions, delegatesFocus: true };

  /** The postcode field's value. */
  @property() postcode = '';
  /** The need field's value. */
  @property() query = '';
  /**
   * A postcode problem to show on the field (set by the finder when a valid
   * postcode can't be located). Setting it moves focus to the field.
   */
  @property({ attribute: false }) postcodeError?: PostcodeErrorKey;

  // --- distance, "Use my location" and the error summary ---
  /** The Distance select's value: "1", "3", "5", "10", "20" or "any" (see internal/distance-choice.ts for the default). */
  @property() distance: DistanceChoice = DEFAULT_DISTANCE;
  /** Shows the "Use my location" button. The finder sets it from its `allow-geolocation` attribute. */
  @property({ attribute: 'allow-geolocation', type: Boolean }) allowGeolocation = false;
  /** Why the location could not be used, shown under the button. */
  @property({ attribute: false }) locationError?: LocationErrorKey;
  /** True while the browser is being asked for the position. */
  @property({ type: Boolean }) locating = false;
  /** Level of the error summary's "There is a problem" heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  // One empty list is as good as another: the finder hands a new one as its search arrives, which
  // re-rendered the form (on the way to the first results) for nothing.
  /** Suggestions for the need box, set by the finder in answer to `mpf-need-input`. */
  @property({
    attribute: false,
    hasChanged: (value: Suggestion[], old?: Suggestion[]) => value !== old && (value.length > 0 || !!old?.length),
  })
  suggestions: Suggestion[] = [];

  /** Unique per instance: two finders on one page must not share ids. */
  private readonly idPrefix = `mpf-form-${++nextFormId}`;

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('postcodeError') && this.postcodeError) this.focusErrorSummary();
  }

  /** GOV.UK pattern: after a failed submit, focus goes to the error summary, which links to the field. */
  private focusErrorSummary(): void {
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  /** Submits the form as if the person pressed Search. */
  submit(): void {
    this.renderRoot.querySelector('form')?.requestSubmit();
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.needCombobox.close();
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
      void this.updateComplete.then(() => this.focusErrorSummary());
      this.dispatchEvent(new MpfFormInvalidEvent({ text, postcode: typedPostcode }));
      return;
    }
    this.postcodeError = undefined;
    this.locationError = undefined;
    const searchQuery: SearchQuery = { text };
    if (parsed.ok) {
      searchQuery.postcode = parsed.value.postcode;
      this.postcode = parsed.value.postcode;
      this.addDistance(searchQuery);
    }
    this.dispatchEvent(new MpfFormSubmitEvent(searchQuery));
  }

  /** Distance only means something with a place to measure from, so it joins the query only then. */
  private addDistance(searchQuery: SearchQuery): void {
    const maxMiles = maxMilesFor(this.distance);
    if (maxMiles !== undefined) searchQuery.maxMiles = maxMiles;
  }

  private handleDistanceChange(event: Event): void {
    this.distance = toDistanceChoice((event.target as HTMLSelectElement).value);
    this.dispatchEvent(new MpfDistanceChangeEvent(maxMilesFor(this.distance)));
  }

  private handleUseLocation(): void {
    this.postcodeError = undefined;
    this.locationError = undefined;
    const searchQuery: SearchQuery = { text: this.query.trim() };
    this.addDistance(searchQuery);
    this.dispatchEvent(new MpfUseLocationEvent(searchQuery));
  }

  /** The error summary's link: fragment links can't reach into a shadow root, so focus the field ourselves. */
  private handleSummaryLink(event: Event): void {
    event.preventDefault();
    // Looked up here rather than with @query: the decorator's code would be in the first paint (the core chunk).
    this.renderRoot.querySelector<HTMLInputElement>('input[name="postcode"]')?.focus();
  }

  private renderErrorSummary() {
    if (!this.postcodeError) return nothing;
    const { strings } = this.locale;
    return html`<div class="error-summary" role="alert" tabindex="-1">
      ${heading(toHeadingLevel(this.headingLevel), strings.errorSummaryTitle, 'error-summary-title')}
      <ul>
        <li>
          <a href="#${this.idPrefix}-postcode" @click=${this.handleSummaryLink}>${strings.postcodeErrors[this.postcodeError]}</a>
        </li>
      </ul>
    </div>`;
  }

  private renderDistanceField() {
    const locale = this.locale;
    const { strings } = locale;
    const id = `${this.idPrefix}-distance`;
    return html`
      <div class="field">
        <label for=${id}>${strings.distanceLabel}</label>
        <div class="hint" id="${id}-hint">${strings.distanceHint}</div>
        <select id=${id} part="input distance" name="distance" aria-describedby="${id}-hint" @change=${this.handleDistanceChange}>
          ${DISTANCE_CHOICES.map(
            (choice) =>
              html`<option value=${choice} ?selected=${choice === this.distance}>
                ${choice === 'any' ? strings.anyDistance : plural(locale, strings.distanceWithin, Number(choice))}
              </option>`,
          )}
        </select>
      </div>
    `;
  }

  private renderLocationButton() {
    if (!this.allowGeolocation) return nothing;
    const { strings } = this.locale;
    return html`<button
      class="button secondary"
      part="use-location"
      type="button"
      ?disabled=${this.locating}
      @click=${this.handleUseLocation}
    >
      ${this.locating ? strings.findingLocation : strings.useMyLocation}
    </button>`;
  }

  private renderLocationError() {
    if (!this.locationError) return nothing;
    const { strings } = this.locale;
    return html`<p class="error-message location-error" role="alert">
      <span class="visually-hidden">${strings.errorPrefix}</span> ${strings.locationErrors[this.locationError]}
    </p>`;
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
        ${
          error
            ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${strings.errorPrefix}</span> ${error}</p>`
            : nothing
        }
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
    const locale = this.locale;
    const { strings } = locale;
    const id = `${this.idPrefix}-need`;
    const listId = `${id}-suggestions`;
    return html`
      <div class="field need">
        <label for=${id}>${strings.needLabel}</label>
        <div class="hint" id="${id}-hint">${strings.needHint}</div>
        <div class="combobox">
          <input
            id=${id}
            part="input need"
            name="need"
            type="text"
            autocomplete="off"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded=${this.needCombobox.expanded ? 'true' : 'false'}
            aria-controls=${listId}
            aria-activedescendant=${this.needCombobox.activeDescendant(listId)}
            aria-describedby="${id}-hint"
            .value=${live(this.query)}
            @input=${this.handleNeedInput}
            @keydown=${(event: KeyboardEvent) => this.needCombobox.handleKeydown(event)}
            @blur=${() => this.needCombobox.handleBlur()}
          />
          ${this.needCombobox.renderList(locale, listId, strings.needLabel)}
        </div>
      </div>
    `;
  }

  // --- need suggestions (combobox; the finder fills `suggestions` from finder.suggest) ---
  private readonly needCombobox = new NeedCombobox(this, {
    suggestions: () => this.suggestions,
    fill: (text) => {
      this.query = text;
    },
  });

  private handleNeedInput(event: InputEvent): void {
    this.handleInput(event);
    this.needCombobox.handleInput();
    this.dispatchEvent(new MpfNeedInputEvent(this.query));
  }

  override render() {
    const { strings } = this.locale;
    return html`
      <form part="form" role="search" novalidate @submit=${this.handleSubmit}>
        ${this.renderErrorSummary()} ${this.renderPostcodeField()} ${this.renderNeedField()} ${this.renderDistanceField()}
        <div class="actions">
          <button class="button" part="submit" type="submit">${strings.searchButton}</button>
          ${this.renderLocationButton()}
          <slot name="actions"></slot>
        </div>
        ${this.renderLocationError()}
      </form>
    `;
  }
}
