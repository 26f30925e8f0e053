/**
 * "Order: Fair order / Nearest first", two radios above the results. A choice applies at once: the
 * list sends `mpf-ordering-change` and the finder searches again in that order.
 *
 * The finder renders a new results list while it searches again, so the radio the person used is
 * replaced. To keep their place (WCAG 2.4.3), the list that sent the choice notes its shadow root,
 * and the next list there that shows the finished results focuses the chosen radio; a screen reader
 * then says which order is chosen, and the finder's live region says the new count.
 */
import { html, type TemplateResult } from 'lit';
import type { Ordering, SearchResult } from '@micro-provider-finder/sdk';
import { MpfOrderingChangeEvent, isOrderChoice, type OrderChoice } from '../../events/internal-ordering.ts';
import type { Locale } from '../../i18n/locale.ts';

/** Shadow roots whose next settled results list should focus its chosen order. */
const refocusIn = new WeakSet<Node>();

/** Whether the choice makes sense: a place to measure from (some distance) and an order a person can pick. */
export function offersOrderChoice(ordering: Ordering | undefined, results: readonly SearchResult[]): ordering is OrderChoice {
  return isOrderChoice(ordering) && results.some((r) => r.distanceMiles !== undefined);
}

export function orderChoice(locale: Locale, ordering: OrderChoice, from: HTMLElement): TemplateResult {
  const { strings } = locale;
  const choose = (event: Event) => {
    const value = (event.target as HTMLInputElement).value as OrderChoice;
    refocusIn.add(from.getRootNode());
    from.dispatchEvent(new MpfOrderingChangeEvent(value));
  };
  const radio = (value: OrderChoice, label: string) =>
    html`<div class="order-option">
      <input id="order-${value}" type="radio" name="order" value=${value} .checked=${ordering === value} @change=${choose} />
      <label for="order-${value}">${label}</label>
    </div>`;
  return html`<fieldset class="order-choice">
    <legend>${strings.orderLegend}</legend>
    <div class="order-options">${radio('fair', strings.orderFairChoice)} ${radio('distance', strings.orderNearestChoice)}</div>
  </fieldset>`;
}

/** After a render of settled results: focus the chosen order if this list's root asked for it. */
export function refocusOrderChoice(list: HTMLElement & { renderRoot: ParentNode }): void {
  const root = list.getRootNode();
  if (!refocusIn.has(root)) return;
  const checked = list.renderRoot.querySelector<HTMLInputElement>('.order-choice input:checked');
  if (!checked) return;
  refocusIn.delete(root);
  checked.focus();
}
