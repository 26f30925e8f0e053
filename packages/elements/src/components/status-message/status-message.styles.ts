import { css } from 'lit';

export const statusMessageStyles = css`
  .message {
    display: grid;
    gap: var(--_mpf-space-2);
    padding: var(--_mpf-space-4);
    border-inline-start: 5px solid var(--_mpf-color-border);
    background: var(--_mpf-color-bg);
  }
  :host([variant='error']) .message {
    border-color: var(--_mpf-color-error);
  }
  :host([variant='empty']) .message,
  :host([variant='loading']) .message {
    border-color: var(--_mpf-color-brand);
  }
  :host([variant='note']) .message {
    padding: var(--_mpf-space-2) var(--_mpf-space-3);
    color: var(--_mpf-color-text-secondary);
  }
  .heading {
    font-size: 1.15em;
  }
`;
