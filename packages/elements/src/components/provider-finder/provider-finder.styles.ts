import { css } from 'lit';

export const providerFinderStyles = css`
  .finder {
    display: grid;
    gap: var(--_mpf-space-4);
    max-width: 48em;
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
`;
