import { css } from 'lit';

/** The finder's frame: what shows before the results part (provider-finder.results.styles.ts) arrives. */
export const providerFinderStyles = css`
  .finder {
    display: grid;
    gap: var(--_mpf-space-4);
    max-width: 75em;
    container: finder / inline-size;
  }
  .status {
    font-weight: var(--_mpf-font-weight-bold);
    font-size: 1.1em;
  }
  .status:empty {
    display: none;
  }
  .body,
  .main {
    display: grid;
    gap: var(--_mpf-space-4);
  }
  .main[hidden] {
    display: none;
  }
`;
