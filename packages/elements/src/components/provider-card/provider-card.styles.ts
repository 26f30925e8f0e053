import { css } from 'lit';

export const providerCardStyles = css`
  .card {
    display: grid;
    gap: var(--_mpf-space-3);
    padding: var(--_mpf-space-4);
    border: 1px solid var(--_mpf-color-border);
    border-top: 4px solid var(--_mpf-color-brand);
    border-radius: var(--_mpf-radius);
    background: var(--_mpf-color-bg);
  }
  .name {
    font-size: 1.2em;
  }
  .name .link-button {
    display: inline-block;
    min-height: 2.75em;
    font-weight: var(--_mpf-font-weight-bold);
    padding-block: 0.3em;
    text-align: start;
  }
`;
