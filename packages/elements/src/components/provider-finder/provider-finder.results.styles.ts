/**
 * The finder's styles for what only the results part shows (the filters sidebar, the results, the
 * list bars, printing). They come with the results part (the engine chunk in the CDN build) and
 * are added to the finder's shadow root when it arrives, before any of it renders.
 */
import { css } from 'lit';

export const resultsStyles = css`
  /* Desktop: the filters in a sidebar beside the results, not between the count and the first result. */
  @container finder (min-width: 900px) {
    .body {
      grid-template-columns: minmax(14em, 18em) minmax(0, 1fr);
      align-items: start;
    }
    .body > * {
      grid-column: 2;
    }
    .body > mpf-filters-panel {
      grid-column: 1;
      grid-row: 1 / span 10;
    }
  }
  /* "Skip to results": out of sight until focused, then a yellow GOV.UK-style link. */
  .skip-link {
    justify-self: start;
    padding: var(--_mpf-space-1) var(--_mpf-space-2);
  }
  .skip-link:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .results,
  .notes,
  .print-view {
    display: grid;
    gap: var(--_mpf-space-4);
  }
  .notes {
    gap: var(--_mpf-space-2);
  }
  .order {
    color: var(--_mpf-color-text-secondary);
  }
  .list-bar,
  .shortlist-bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpf-space-2);
  }
  /* Printing: the providers, not the form, the filters or the buttons. */
  @media print {
    mpf-search-form,
    mpf-filters-panel,
    .status,
    .list-bar,
    .shortlist-bar,
    .no-print,
    .results .button {
      display: none !important;
    }
    .finder {
      max-width: none;
    }
    .body {
      display: block;
    }
  }
`;

/** Adds {@link resultsStyles} to the finder's shadow root (once). */
export function addResultsStyles(root: Element | ShadowRoot | DocumentFragment): void {
  const sheet = resultsStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
