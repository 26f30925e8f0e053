/**
 * Shared by every element: host reset (inherited properties set from tokens so
 * page CSS does not leak in), `[hidden]` that wins, GOV.UK-like yellow focus,
 * visually hidden text, links and buttons with 44px targets. Sizes in `em`
 * so we follow the host's text size, not the page root.
 */
import { css } from 'lit';
import { tokenStyles } from './tokens.styles.ts';

const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_mpf-color-text);
    font-family: var(--_mpf-font-family);
    font-size: var(--_mpf-font-size-body);
    line-height: var(--_mpf-line-height-body);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    white-space: normal;
    /* A long unbroken word from a feed (an email or web address, an area name) breaks rather than
       widening the page: text at 200% on a phone must never need sideways scrolling (WCAG 1.4.10). */
    overflow-wrap: anywhere;
    /* In a grid or flex layout (the host page's or ours), never ask for more width than there is. */
    min-width: 0;
    cursor: auto;
    visibility: visible;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  p,
  ul,
  ol,
  dl,
  dd,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-weight: var(--_mpf-font-weight-bold);
    line-height: 1.25;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  a {
    color: var(--_mpf-color-link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:visited {
    color: var(--_mpf-color-link-visited);
  }
  a:hover {
    color: var(--_mpf-color-link-hover);
    text-decoration-thickness: max(3px, 0.12em);
  }
  a:focus-visible,
  .link-button:focus-visible {
    outline: var(--_mpf-focus-width) solid transparent;
    color: var(--_mpf-color-focus-text);
    background-color: var(--_mpf-color-focus);
    box-shadow:
      0 -2px var(--_mpf-color-focus),
      0 4px var(--_mpf-color-focus-text);
    text-decoration: none;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .button {
    display: inline-block;
    min-height: 2.75em;
    min-width: 2.75em;
    margin: 0 0 var(--_mpf-space-1);
    padding: 0.45em 0.75em 0.4em;
    border: 2px solid transparent;
    border-radius: var(--_mpf-button-radius);
    background: var(--_mpf-button-bg);
    color: var(--_mpf-button-text);
    box-shadow: 0 var(--_mpf-button-shadow-size) 0 var(--_mpf-button-shadow);
    font: inherit;
    font-weight: var(--_mpf-font-weight-bold);
    line-height: 1.25;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_mpf-button-hover-bg);
  }
  .button.secondary {
    background: var(--_mpf-button-secondary-bg);
    color: var(--_mpf-button-secondary-text);
    box-shadow: 0 var(--_mpf-button-shadow-size) 0 var(--_mpf-button-secondary-shadow);
  }
  .button:focus-visible {
    outline: var(--_mpf-focus-width) solid transparent;
    border-color: var(--_mpf-color-focus);
    background: var(--_mpf-color-focus);
    color: var(--_mpf-color-focus-text);
    box-shadow: 0 var(--_mpf-button-shadow-size) 0 var(--_mpf-color-focus-text);
  }
  .link-button {
    display: inline;
    min-height: 2.75em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_mpf-color-link);
    font: inherit;
    font-weight: inherit;
    text-align: inherit;
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    color: var(--_mpf-color-link-hover);
    text-decoration-thickness: max(3px, 0.12em);
  }
`;

/** Put first in every element's `static styles`. */
export const hostStyles = [tokenStyles, base];
