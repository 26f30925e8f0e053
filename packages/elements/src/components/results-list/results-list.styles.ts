import { css } from 'lit';

export const resultsListStyles = css`
  :host {
    display: grid;
    gap: var(--_mpf-space-3);
  }
  .order-choice {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .order-choice legend {
    float: inline-start;
    margin-inline-end: var(--_mpf-space-3);
    padding: 0;
    line-height: 2.75em;
    font-weight: var(--_mpf-font-weight-bold);
  }
  .order-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_mpf-space-4);
  }
  .order-option {
    display: flex;
    align-items: center;
    gap: var(--_mpf-space-2);
    min-height: 2.75em;
  }
  /* As the filter checkboxes: at least 24 by 24 px, and a dark ring inside a yellow one when focused. */
  .order-option input {
    flex: none;
    width: max(24px, 1.5em);
    height: max(24px, 1.5em);
    margin: 0;
    font: inherit;
    accent-color: var(--_mpf-color-brand);
  }
  .order-option input:focus-visible {
    outline: var(--_mpf-focus-width) solid var(--_mpf-color-focus-text);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--_mpf-focus-width) * 2) var(--_mpf-color-focus);
  }
  .order-option label {
    display: inline-flex;
    align-items: center;
    min-width: 24px;
    min-height: max(24px, 1.5em);
    cursor: pointer;
  }
  @media print {
    .order-choice {
      display: none;
    }
  }
  ol {
    display: grid;
    gap: var(--_mpf-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ol[aria-busy='true'] {
    opacity: 0.6;
  }
`;
