/** Shared by the result card and the details view. */
import { css } from 'lit';

export const providerStyles = css`
  .facts {
    display: grid;
    gap: var(--_mpf-space-2);
  }
  .facts > div {
    display: grid;
    gap: 0.1em;
  }
  dt {
    font-weight: var(--_mpf-font-weight-bold);
  }
  dd {
    margin: 0;
  }
  .secondary,
  .where {
    color: var(--_mpf-color-text-secondary);
  }
  .tag {
    display: inline-block;
    padding: 0.1em 0.5em 0.15em;
    font-weight: var(--_mpf-font-weight-bold);
  }
  .tag-green {
    color: var(--_mpf-tag-green-text);
    background: var(--_mpf-tag-green-bg);
  }
  .tag-grey {
    color: var(--_mpf-tag-grey-text);
    background: var(--_mpf-tag-grey-bg);
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mpf-space-1) var(--_mpf-space-4);
    padding: 0;
    list-style: none;
  }
  .contact a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
  }
  .checks {
    display: grid;
    gap: var(--_mpf-space-1);
    padding-inline-start: 1.25em;
  }
  .stale-warning {
    display: block;
    margin-top: var(--_mpf-space-1);
    padding: var(--_mpf-space-1) var(--_mpf-space-2);
    color: var(--_mpf-color-warning-text);
    background: var(--_mpf-color-warning-bg);
    font-weight: var(--_mpf-font-weight-bold);
  }
`;
