import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import { repeat } from 'lit/directives/repeat.js';
import { activeFilterValues, type FacetCounts, type FacetName, type Facets } from '@micro-provider-finder/sdk';
import { MpfFiltersChangeEvent, MpfShowResultsEvent } from '../../events/internal-filters.ts';
import type { FilterSelection, FiltersChangeReason } from '../../events/internal-search-ui.ts';
import { filterValueLabel, isSwitchFilter, type ListFilter } from '../../internal/filter-selection.ts';
import { isChosen, withFilterValue } from '../../internal/filter-toggle.ts';
import { formatNumber, plural } from '../../internal/format.ts';
import { sortByLabel } from '../../internal/sort-by-label.ts';
import { MpfElement } from '../../internal/mpf-element.ts';
import { hostStyles } from '../../styles/host.styles.ts';
import { filtersPanelStyles } from './filters-panel.styles.ts';

/** Groups in the order people scan them: what, who, how, paying, then practicalities. */
const GROUPS: readonly FacetName[] = ['support', 'whoFor', 'delivery', 'payment', 'free', 'takingNewClients', 'languages', 'openOn'];
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Wide enough to show the filters beside nothing else: open them by default. */
const WIDE_SCREEN = '(min-width: 40em)';
/**
 * Options shown per group before "Show all": the most common ones. A feed with thousands of
 * support types would otherwise render thousands of checkboxes and freeze the page.
 */
export const OPTIONS_SHOWN = 8;

interface Option {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

let nextPanelId = 0;

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
  /** How many results the current filters give: the "Show N results" button that closes the panel. */
  @property({ type: Number }) total?: number;
  /** Groups the person asked to see in full ("Show all"). */
  @state() private expandedGroups = new Set<FacetName>();

  /** After a chip is removed: which chip (by position) should get focus once re-rendered. */
  private chipToFocus?: number;

  private openDecided = false;
  /**
   * Whether the groups have been shown: until then (a phone, where the panel starts closed) they are
   * not rendered at all. Dozens of hidden checkboxes were work before the first results for nothing.
   */
  private groupsRendered = false;
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

  override willUpdate(): void {
    if (this.open) this.groupsRendered = true;
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

  /**
   * A checkbox changed: one listener for all of them (on the groups), which says which by its
   * `name` (the filter) and `value`, rather than a listener made and added per option per render.
   */
  private handleCheckbox(event: Event): void {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox') return;
    this.change(withFilterValue(this.selected, input.name as FacetName, input.value, input.checked), 'option');
  }

  /** "Show N results": close the filters and let the finder take the person to the results. */
  private handleShowResults(): void {
    this.open = false;
    this.dispatchEvent(new MpfShowResultsEvent());
  }

  private handleShowAll(filter: FacetName): void {
    this.expandedGroups = new Set([...this.expandedGroups, filter]);
  }

  private handleClear(): void {
    this.change({}, 'clear');
  }

  /** Removes a chip; focus goes to the chip now in its place (or the one before). With none left, the finder moves focus. */
  private handleRemoveChip(filter: FacetName, value: string, index: number): void {
    const next = withFilterValue(this.selected, filter, value, false);
    if (activeFilterValues(next).length > 0) this.chipToFocus = index;
    this.change(next, 'chip');
  }

  private labelOf(filter: FacetName, value: string): string {
    return filterValueLabel(this.locale, filter, value);
  }

  /** Options of one group: known values in the label table's order, then the feed's own, then chosen ones the feed lacks. */
  private optionsOf(filter: FacetName): Option[] {
    const counts: FacetCounts = this.facets?.[filter] ?? {};
    if (isSwitchFilter(filter)) {
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
    sortByLabel(rest, this.locale.lang);
    return [...known.map((value) => ({ value, label: this.labelOf(filter, value) })), ...rest].map(({ value, label }) => ({
      value,
      label,
      count: counts[value] ?? 0,
      checked: isChosen(this.selected, filter, value),
    }));
  }

  /** The options on screen: all of them once asked, else the most common few (and any chosen), in their usual order. */
  private visibleOptions(filter: FacetName, options: Option[]): Option[] {
    if (this.expandedGroups.has(filter) || options.length <= OPTIONS_SHOWN + 1) return options;
    const top = new Set([...options].sort((a, b) => b.count - a.count).slice(0, OPTIONS_SHOWN));
    return options.filter((option) => top.has(option) || option.checked);
  }

  private renderGroup(filter: FacetName): TemplateResult | typeof nothing {
    const options = this.optionsOf(filter);
    if (options.length === 0) return nothing;
    const locale = this.locale;
    const { strings } = locale;
    const shown = this.visibleOptions(filter, options);
    const position = new Map(options.map((option, i) => [option, i]));
    const legend = strings.filterLegends[filter];
    return html`<fieldset class="group">
      <legend>${legend}</legend>
      ${repeat(
        shown,
        (option) => option.value,
        (option) => {
          const id = `${this.idPrefix}-${filter}-${position.get(option)}`;
          // An option that would give no results cannot be chosen (one already chosen can still be unticked).
          const disabled = option.count === 0 && !option.checked;
          return html`<div class="option ${option.count === 0 ? 'empty' : ''}">
            <input type="checkbox" id=${id} name=${filter} value=${option.value} .checked=${option.checked} ?disabled=${disabled} />
            <label for=${id}>${strings.optionWithCount(option.label, formatNumber(locale, option.count))}</label>
          </div>`;
        },
      )}
      ${
        shown.length < options.length
          ? html`<button class="link-button show-all" type="button" @click=${() => this.handleShowAll(filter)}>
              ${strings.showAllOptions(formatNumber(locale, options.length), legend)}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  private renderChips(): TemplateResult | typeof nothing {
    const chosen = activeFilterValues(this.selected);
    if (chosen.length === 0) return nothing;
    const { strings } = this.locale;
    return html`<ul class="chips" aria-label=${strings.activeFilters}>
      ${repeat(
        chosen,
        ({ filter, value }) => `${filter}:${value}`,
        ({ filter, value }, i) => {
          const label = this.labelOf(filter, value);
          return html`<li>
            <button
              class="chip"
              part="chip"
              type="button"
              aria-label=${strings.removeFilter(label)}
              @click=${() => this.handleRemoveChip(filter, value, i)}
            >
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
    const chosen = activeFilterValues(this.selected).length;
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
        <div class="groups" @change=${this.handleCheckbox}>
          ${this.groupsRendered ? GROUPS.map((filter) => this.renderGroup(filter)) : nothing}
        </div>
        <div class="actions">
          ${
            this.total !== undefined
              ? html`<button class="button show-results" type="button" @click=${this.handleShowResults}>
                  ${plural(locale, strings.showResults, this.total)}
                </button>`
              : nothing
          }
          <button class="button secondary clear" type="button" @click=${this.handleClear}>${strings.clearFilters}</button>
        </div>
      </div>
      ${this.renderChips()}
    </div>`;
  }
}
