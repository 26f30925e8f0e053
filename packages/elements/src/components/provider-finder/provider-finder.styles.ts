import { css } from 'lit';

export const providerFinderStyles = css`
  .finder {
    display: grid;
    gap: var(--_mpf-space-4);
    max-width: 75em;
    container: finder / inline-size;
  }
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
  .status {
    font-weight: var(--_mpf-font-weight-bold);
    font-size: 1.1em;
  }
  .status:empty {
    display: none;
  }
  .body,
  .results,
  .notes {
    display: grid;
    gap: var(--_mpf-space-4);
  }
  .notes {
    gap: var(--_mpf-space-2);
  }
  .order {
    color: var(--_mpf-color-text-secondary);
  }
  .main,
  .print-view {
    display: grid;
    gap: var(--_mpf-space-4);
  }
  .main[hidden] {
    display: none;
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
