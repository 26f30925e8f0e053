import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { activeFilterValues, type FacetCounts, type Facets } from '@micro-provider-finder/sdk';
import { MpfFiltersChangeEvent, type FilterSelection, type FiltersChangeReason } from '../../events/internal-search-ui.ts';
import { filterValueLabel } from '../../internal/filter-selection.ts';
import { formatNumber, plural } from '../../internal/format.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import { hostStyles } from '../../styles/host.styles.ts';
import { filtersPanelStyles } from './filters-panel.styles.ts';

type ListFilter = 'support' | 'whoFor' | 'delivery' | 'payment' | 'languages' | 'openOn';
type SwitchFilter = 'free' | 'takingNewClients';
/** A filter of the panel: the SDK's facet names. */
export type FilterName = ListFilter | SwitchFilter;

/** Groups in the order people scan them: what, who, how, paying, then practicalities. */
const GROUPS: readonly FilterName[] = ['support', 'whoFor', 'delivery', 'payment', 'free', 'takingNewClients', 'languages', 'openOn'];
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Wide enough to show the filters beside nothing else: open them by default. */
const WIDE_SCREEN = '(min-width: 40em)';

interface Option {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

let nextPanelId = 0;

/** True when `value` is chosen for `filter` in `selected`. */
export function isChosen(selected: FilterSelection, filter: FilterName, value: string): boolean {
  if (filter === 'free' || filter === 'takingNewClients') return selected[filter] === true && value === 'true';
  return (selected[filter] as readonly string[] | undefined)?.includes(value) ?? false;
}

/** `selected` with `value` of `filter` ticked or unticked (a new object; lists keep their order). */
export function toggled(selected: FilterSelection, filter: FilterName, value: string, on: boolean): FilterSelection {
  const next: FilterSelection = { ...selected };
  if (filter === 'free' || filter === 'takingNewClients') {
    if (on) next[filter] = true;
    else delete next[filter];
    return next;
  }
  const current = (selected[filter] as readonly string[] | undefined) ?? [];
  const values = on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
  if (values.length > 0) (next as Record<string, unknown>)[filter] = values;
  else delete next[filter];
  return next;
}

/** Every chosen (filter, value) pair, in the SDK's order. */
export function chosenValues(selected: FilterSelection): { filter: FilterName; value: string }[] {
  return activeFilterValues(selected);
}

/**
 * @summary Filters with counts (fieldsets of checkboxes), a "Clear filters" button and removable chips.
 *
 * Shows the disjunctive counts of `SearchResponse.facets`: each count is how
 * many providers ticking that option would give. Options with no providers for
 * the current search stay listed with "(0)", so the panel does not shift under
 * a keyboard or screen reader user. The groups sit behind a "Filters"
 * disclosure button (`aria-expanded`), open by default on wide screens and
 * closed on phones. The chips stay visible either way. Logic-free: it only
 * reports the new selection; the finder runs the search.
 *
 * @fires {MpfFiltersChangeEvent} mpf-filters-change - a new selection: `{filters}`. Bubbles, not composed.
 *
 * @csspart filters - the panel.
 * @csspart filters-toggle - the Filters button.
 * @csspart chip - each chip.
 */
export class MpfFiltersPanel extends MpfElement {
  static override styles = [...hostStyles, filtersPanelStyles];

  /** Counts from `finder.search()`. */
  @property({ attribute: false }) facets?: Facets;
  /** The filters chosen now. */
  @property({ attribute: false }) selected: FilterSelection = {};
  /** Whether the filter groups are shown. Defaults to open on wide screens, closed on phones. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** After a chip is removed: which chip (by position) should get focus once re-rendered. */
  private chipToFocus?: number;

  private openDecided = false;
  private readonly idPrefix = `mpf-filters-${++nextPanelId}`;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.openDecided && !this.hasAttribute('open')) this.open = window.matchMedia?.(WIDE_SCREEN).matches ?? true;
    this.openDecided = true;
  }

  /** Moves focus to the Filters button. */
  focusToggle(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
  }

  override updated(): void {
    if (this.chipToFocus === undefined) return;
    const chips = this.renderRoot.querySelectorAll<HTMLButtonElement>('.chip');
    chips[Math.min(this.chipToFocus, chips.length - 1)]?.focus();
    this.chipToFocus = undefined;
  }

  private change(filters: FilterSelection, reason: FiltersChangeReason): void {
    this.selected = filters;
    this.dispatchEvent(new MpfFiltersChangeEvent(filters, reason));
  }

  private handleToggle(): void {
    this.open = !this.open;
  }

  private handleCheckbox(filter: FilterName, value: string, event: Event): void {
    this.change(toggled(this.selected, filter, value, (event.target as HTMLInputElement).checked), 'option');
  }

  private handleClear(): void {
    this.change({}, 'clear');
  }

  /** Removes a chip; focus goes to the chip now in its place (or the one before). With none left, the finder moves focus. */
  private handleRemoveChip(filter: FilterName, value: string, index: number): void {
    const next = toggled(this.selected, filter, value, false);
    if (chosenValues(next).length > 0) this.chipToFocus = index;
    this.change(next, 'chip');
  }

  private labelOf(filter: FilterName, value: string): string {
    return filterValueLabel(this.locale, filter, value);
  }

  /** Options of one group: known values in the label table's order, then the feed's own, then chosen ones the feed lacks. */
  private optionsOf(filter: FilterName): Option[] {
    const counts: FacetCounts = this.facets?.[filter] ?? {};
    if (filter === 'free' || filter === 'takingNewClients') {
      const checked = this.selected[filter] === true;
      if (!Object.hasOwn(counts, 'true') && !checked) return [];
      return [{ value: 'true', label: this.labelOf(filter, 'true'), count: counts['true'] ?? 0, checked }];
    }
    const { strings } = this.locale;
    const order: Record<ListFilter, readonly string[]> = {
      support: Object.keys(strings.supportTypes),
      whoFor: Object.keys(strings.whoForLabels),
      delivery: Object.keys(strings.delivery),
      payment: Object.keys(strings.payment),
      languages: [],
      openOn: WEEK,
    };
    const values = new Set([...Object.keys(counts), ...((this.selected[filter] as readonly string[] | undefined) ?? [])]);
    const known = order[filter].filter((v) => values.has(v));
    const rest = [...values].filter((v) => !known.includes(v)).map((value) => ({ value, label: this.labelOf(filter, value) }));
    rest.sort((a, b) => a.label.localeCompare(b.label, this.locale.lang));
    return [...known.map((value) => ({ value, label: this.labelOf(filter, value) })), ...rest].map(({ value, label }) => ({
      value,
      label,
      count: counts[value] ?? 0,
      checked: isChosen(this.selected, filter, value),
    }));
  }

  private renderGroup(filter: FilterName): TemplateResult | typeof nothing {
    const options = this.optionsOf(filter);
    if (options.length === 0) return nothing;
    const locale = this.locale;
    return html`<fieldset class="group">
      <legend>${locale.strings.filterLegends[filter]}</legend>
      ${repeat(
        options,
        (option) => option.value,
        (option, i) => {
          const id = `${this.idPrefix}-${filter}-${i}`;
          return html`<div class="option ${option.count === 0 ? 'empty' : ''}">
            <input
              type="checkbox"
              id=${id}
              name=${filter}
              value=${option.value}
              .checked=${option.checked}
              @change=${(event: Event) => this.handleCheckbox(filter, option.value, event)}
            />
            <label for=${id}>${locale.strings.optionWithCount(option.label, formatNumber(locale, option.count))}</label>
          </div>`;
        },
      )}
    </fieldset>`;
  }

  private renderChips(): TemplateResult | typeof nothing {
    const chosen = chosenValues(this.selected);
    if (chosen.length === 0) return nothing;
    const { strings } = this.locale;
    return html`<ul class="chips" aria-label=${strings.activeFilters}>
      ${repeat(
        chosen,
        ({ filter, value }) => `${filter}:${value}`,
        ({ filter, value }, i) => {
          const label = this.labelOf(filter, value);
          return html`<li>
            <button class="chip" part="chip" type="button" aria-label=${strings.removeFilter(label)} @click=${() => this.handleRemoveChip(filter, value, i)}>
              ${label}<span class="cross" aria-hidden="true"></span>
            </button>
          </li>`;
        },
      )}
    </ul>`;
  }

  override render() {
    const locale = this.locale;
    const { strings } = locale;
    const chosen = chosenValues(this.selected).length;
    const contentId = `${this.idPrefix}-groups`;
    return html`<div class="panel" part="filters">
      <button
        class="button secondary toggle"
        part="filters-toggle"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${contentId}
        @click=${this.handleToggle}
      >
        ${strings.filtersButton}${chosen > 0 ? html` <span class="chosen">(${plural(locale, strings.filtersChosen, chosen)})</span>` : nothing}
      </button>
      <div class="content" id=${contentId} ?hidden=${!this.open}>
        <div class="groups">${GROUPS.map((filter) => this.renderGroup(filter))}</div>
        <div>
          <button class="button secondary clear" type="button" @click=${this.handleClear}>${strings.clearFilters}</button>
        </div>
      </div>
      ${this.renderChips()}
    </div>`;
  }
}
