import { css } from 'lit';

export const searchFormStyles = css`
  form {
    display: grid;
    gap: var(--_mpf-space-4);
    padding: var(--_mpf-space-4);
    background: var(--_mpf-color-surface);
    border-radius: var(--_mpf-radius);
  }
  .field {
    display: grid;
    gap: var(--_mpf-space-1);
    min-width: 0;
    max-width: 30em;
  }
  .field.error {
    padding-inline-start: var(--_mpf-space-3);
    border-inline-start: 5px solid var(--_mpf-color-error);
  }
  label {
    font-weight: var(--_mpf-font-weight-bold);
  }
  .hint {
    color: var(--_mpf-color-text-secondary);
  }
  .error-message {
    color: var(--_mpf-color-error);
    font-weight: var(--_mpf-font-weight-bold);
  }
  /* min-width: a text box's built-in width (about 20 characters) must not widen the page when text is enlarged. */
  input {
    width: 100%;
    min-width: 0;
    min-height: 2.75em;
    padding: 0.3em 0.4em;
    border: 2px solid var(--_mpf-color-input-border);
    border-radius: var(--_mpf-radius);
    background: var(--_mpf-color-bg);
    color: var(--_mpf-color-text);
    font: inherit;
  }
  input.postcode {
    max-width: 10em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_mpf-color-error);
  }
  input:focus {
    outline: var(--_mpf-focus-width) solid var(--_mpf-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_mpf-color-input-border);
  }
  /* distance select and error summary (GOV.UK patterns) */
  select {
    min-height: 2.75em;
    min-width: 0;
    max-width: min(14em, 100%);
    padding: 0.3em 0.4em;
    border: 2px solid var(--_mpf-color-input-border);
    border-radius: var(--_mpf-radius);
    background: var(--_mpf-color-bg);
    color: var(--_mpf-color-text);
    font: inherit;
  }
  select:focus {
    outline: var(--_mpf-focus-width) solid var(--_mpf-color-focus);
    outline-offset: 0;
  }
  .error-summary {
    padding: var(--_mpf-space-4);
    border: 5px solid var(--_mpf-color-error);
  }
  .error-summary-title {
    margin: 0 0 var(--_mpf-space-3);
    font-size: 1.25em;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_mpf-color-error);
    font-weight: var(--_mpf-font-weight-bold);
  }
  .error-summary a:focus {
    outline: var(--_mpf-focus-width) solid var(--_mpf-color-focus);
    background: var(--_mpf-color-focus);
    color: var(--_mpf-color-text);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpf-space-3);
    align-items: center;
  }

  /* --- need suggestions (combobox listbox) --- */
  /* In the normal flow below the box: it pushes the Distance field and Search down, never covers them. */
  .suggestions {
    margin: 0;
    padding: 0;
    list-style: none;
    border: 2px solid var(--_mpf-color-input-border);
    border-block-start: 0;
    background: var(--_mpf-color-bg);
    max-height: 20em;
    overflow-y: auto;
  }
  .suggestion {
    min-height: 2.75em;
    padding: 0.6em 0.5em;
    cursor: pointer;
  }
  .suggestion:hover {
    background: var(--_mpf-color-surface);
  }
  .suggestion[aria-selected='true'] {
    background: var(--_mpf-color-brand);
    color: var(--_mpf-color-bg);
    outline: 2px solid transparent;
  }
`;
