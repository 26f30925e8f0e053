import { css } from 'lit';

export const resultsListStyles = css`
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
