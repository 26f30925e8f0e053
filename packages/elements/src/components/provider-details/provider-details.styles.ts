import { css } from 'lit';

export const providerDetailsStyles = css`
  .details {
    display: grid;
    gap: var(--_mpf-space-4);
    padding: var(--_mpf-space-4);
    border: 1px solid var(--_mpf-color-border);
    border-radius: var(--_mpf-radius);
    background: var(--_mpf-color-bg);
  }
  .title {
    font-size: 1.5em;
  }
  .subheading {
    font-size: 1.15em;
  }
  .description {
    display: grid;
    gap: var(--_mpf-space-2);
  }
  .hours {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0 var(--_mpf-space-4);
  }
  .hours dt {
    font-weight: normal;
  }
  .plain-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
`;
