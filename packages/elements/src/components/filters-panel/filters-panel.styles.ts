import { css } from 'lit';

export const filtersPanelStyles = css`
  :host {
    container-type: inline-size;
  }
  .panel {
    display: grid;
    gap: var(--_mpf-space-3);
  }
  .toggle {
    justify-self: start;
  }
  .toggle::after {
    content: '';
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    margin-inline-start: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.2em) rotate(45deg);
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .chosen {
    font-weight: normal;
  }
  .content {
    display: grid;
    gap: var(--_mpf-space-3);
    padding: var(--_mpf-space-3);
    background: var(--_mpf-color-surface);
    border-radius: var(--_mpf-radius);
  }
  .groups {
    display: grid;
    gap: var(--_mpf-space-4);
  }
  @container (min-width: 36em) {
    .groups {
      grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
    }
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-block-end: var(--_mpf-space-2);
    padding: 0;
    font-weight: var(--_mpf-font-weight-bold);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_mpf-space-2);
    min-height: 2.75em;
  }
  /* At least 24 by 24 px at any text size (WCAG 2.5.8); the input's own font is the browser's small control font, so reset it. */
  .option input {
    flex: none;
    width: max(24px, 1.5em);
    height: max(24px, 1.5em);
    margin: 0;
    font: inherit;
    accent-color: var(--_mpf-color-brand);
  }
  /* A dark ring inside a yellow one: the dark part has at least 3:1 contrast on any light background (WCAG 1.4.11). */
  .option input:focus-visible {
    outline: var(--_mpf-focus-width) solid var(--_mpf-color-focus-text);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(var(--_mpf-focus-width) * 2) var(--_mpf-color-focus);
  }
  .option label {
    display: inline-flex;
    align-items: center;
    min-width: 24px;
    min-height: max(24px, 1.5em);
    cursor: pointer;
  }
  .option.empty label {
    color: var(--_mpf-color-text-secondary);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpf-space-2);
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.3em 0.75em;
    border: 2px solid var(--_mpf-color-brand);
    border-radius: 1.5em;
    background: var(--_mpf-color-bg);
    color: var(--_mpf-color-text);
    font: inherit;
    cursor: pointer;
  }
  .chip:hover {
    background: var(--_mpf-color-surface);
  }
  .chip:focus-visible {
    outline: var(--_mpf-focus-width) solid var(--_mpf-color-focus);
    outline-offset: 0;
    border-color: var(--_mpf-color-focus-text);
  }
  .cross {
    position: relative;
    width: 0.8em;
    height: 0.8em;
  }
  .cross::before,
  .cross::after {
    content: '';
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 0;
    width: 100%;
    height: 2px;
    background: currentColor;
    transform: rotate(45deg);
  }
  .cross::after {
    transform: rotate(-45deg);
  }
  @media (forced-colors: active) {
    .cross::before,
    .cross::after {
      background: CanvasText;
    }
  }
  .option input:disabled + label {
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpf-space-2);
  }
  .show-all {
    margin-block-start: var(--_mpf-space-2);
  }
  /* In the desktop sidebar the results are already beside the filters. */
  @container finder (min-width: 900px) {
    .show-results {
      display: none;
    }
  }
`;
