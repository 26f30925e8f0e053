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
  .order-option input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_mpf-color-brand);
  }
  .order-option input:focus-visible {
    outline: var(--_mpf-focus-width) solid var(--_mpf-color-focus);
    outline-offset: 2px;
  }
  .order-option label {
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
