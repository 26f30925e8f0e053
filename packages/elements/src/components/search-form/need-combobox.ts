/**
 * The "What do you need help with?" box as an ARIA 1.2 combobox with a list
 * of suggestions (the APG "list autocomplete" pattern): the input keeps focus,
 * `aria-activedescendant` points at the highlighted option, Up/Down move,
 * Enter picks the highlighted option (or submits the form when none is),
 * Escape closes, and a click picks. Logic-free: the suggestions come from the
 * finder (`finder.suggest`), this controller only shows them and fills the box.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Suggestion } from '@micro-provider-finder/sdk';
import type { Locale } from '../../i18n/locale.ts';
import { labelFor, plural } from '../../internal/format.ts';

export interface NeedComboboxOptions {
  /** The suggestions for what is in the box now. */
  suggestions: () => readonly Suggestion[];
  /** Puts a picked suggestion's text in the box. */
  fill: (text: string) => void;
}

/** Text a suggestion puts in the box: the phrase, or a support type / group id as words ("lunch-clubs" -> "lunch clubs"), which the vocabulary knows. */
export function fillTextOf(suggestion: Suggestion): string {
  return suggestion.kind === 'phrase' ? suggestion.value : suggestion.value.replace(/[-_]+/g, ' ');
}

/** What the list shows: support types and groups in the interface language, phrases as written. */
export function displayLabelOf(locale: Locale, suggestion: Suggestion): string {
  if (suggestion.kind === 'support') return labelFor(locale.strings.supportTypes, suggestion.value);
  if (suggestion.kind === 'whoFor') return labelFor(locale.strings.whoForLabels, suggestion.value);
  return suggestion.label;
}

export class NeedCombobox implements ReactiveController {
  /** The person has typed since the last pick / Escape / blur. */
  private wanted = false;
  /** Highlighted option, -1 for none. */
  private active = -1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: NeedComboboxOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** True when the list is showing. */
  get expanded(): boolean {
    return this.wanted && this.options.suggestions().length > 0;
  }

  /** Call on every `input` of the box. */
  handleInput(): void {
    this.wanted = true;
    this.active = -1;
    this.host.requestUpdate();
  }

  /** Call on `keydown` in the box. */
  handleKeydown(event: KeyboardEvent): void {
    const count = this.options.suggestions().length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this.expanded) {
          this.wanted = true;
          this.active = down ? 0 : count - 1;
        } else if (down) {
          this.active = this.active + 1 >= count ? 0 : this.active + 1;
        } else {
          this.active = this.active <= 0 ? count - 1 : this.active - 1;
        }
        this.host.requestUpdate();
        return;
      }
      case 'Enter':
        if (this.expanded && this.active >= 0) {
          event.preventDefault(); // picking, not submitting
          this.pick(this.active);
        } else {
          this.close();
        }
        return;
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.close();
        }
        return;
      default:
        return;
    }
  }

  /** Call on `blur` of the box. */
  handleBlur(): void {
    this.close();
  }

  /** Closes the list (also on submit, so a tap on Search never lands on a suggestion). */
  close(): void {
    if (!this.wanted && this.active === -1) return;
    this.wanted = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  private pick(index: number): void {
    const suggestion = this.options.suggestions()[index];
    if (suggestion) this.options.fill(fillTextOf(suggestion));
    this.close();
  }

  /** The input's combobox attributes. */
  activeDescendant(listId: string): string | typeof nothing {
    return this.expanded && this.active >= 0 ? `${listId}-${this.active}` : nothing;
  }

  /** The listbox, right after the input (same shadow root, so the ids resolve), and its count for screen readers. */
  renderList(locale: Locale, listId: string, label: string): TemplateResult {
    const suggestions = this.options.suggestions();
    const count = this.expanded ? plural(locale, locale.strings.suggestionsCount, suggestions.length) : '';
    return html`<div class="visually-hidden" aria-live="polite">${count}</div>
      <ul class="suggestions" id=${listId} role="listbox" aria-label=${label} ?hidden=${!this.expanded}>
        ${
          this.expanded
            ? suggestions.map(
                (suggestion, i) =>
                  html`<li
                    id="${listId}-${i}"
                    role="option"
                    class="suggestion"
                    aria-selected=${i === this.active ? 'true' : 'false'}
                    @mousedown=${(event: MouseEvent) => event.preventDefault() /* keep focus in the box */}
                    @click=${() => this.pick(i)}
                  >
                    ${displayLabelOf(locale, suggestion)}
                  </li>`,
              )
            : nothing
        }
      </ul>`;
  }
}
