/**
 * Every public design token (`--mpf-*`) is read here, once, with a literal
 * fallback, into a private `--_mpf-*` property the rest of our CSS uses. So
 * the elements look right with no configuration, and a host changes the look
 * by setting public tokens on `micro-provider-finder` (or any ancestor).
 * Defaults are GOV.UK-like (govuk-frontend 6), without its font.
 */
import { css } from 'lit';

export const tokenStyles = css`
  :host {
    --_mpf-color-brand: var(--mpf-color-brand, #1d70b8);
    --_mpf-color-text: var(--mpf-color-text, #0b0c0c);
    --_mpf-color-text-secondary: var(--mpf-color-text-secondary, #484949);
    --_mpf-color-link: var(--mpf-color-link, #1a65a6);
    --_mpf-color-link-visited: var(--mpf-color-link-visited, #54319f);
    --_mpf-color-link-hover: var(--mpf-color-link-hover, #0f385c);
    --_mpf-color-border: var(--mpf-color-border, #cecece);
    --_mpf-color-input-border: var(--mpf-color-input-border, #0b0c0c);
    --_mpf-color-bg: var(--mpf-color-bg, #ffffff);
    --_mpf-color-surface: var(--mpf-color-surface, #f4f8fb);
    --_mpf-color-focus: var(--mpf-color-focus, #ffdd00);
    --_mpf-color-focus-text: var(--mpf-color-focus-text, #0b0c0c);
    --_mpf-color-error: var(--mpf-color-error, #ca3535);
    --_mpf-color-success: var(--mpf-color-success, #0f7a52);
    --_mpf-color-warning-bg: var(--mpf-color-warning-bg, #fde4d7);
    --_mpf-color-warning-text: var(--mpf-color-warning-text, #7a3c1c);
    --_mpf-button-bg: var(--mpf-button-bg, #0f7a52);
    --_mpf-button-text: var(--mpf-button-text, #ffffff);
    --_mpf-button-hover-bg: var(--mpf-button-hover-bg, #0b5c3e);
    --_mpf-button-shadow: var(--mpf-button-shadow, #083d29);
    --_mpf-button-radius: var(--mpf-button-radius, 0);
    --_mpf-button-shadow-size: var(--mpf-button-shadow-size, 2px);
    --_mpf-button-secondary-bg: var(--mpf-button-secondary-bg, #f3f3f3);
    --_mpf-button-secondary-text: var(--mpf-button-secondary-text, #0b0c0c);
    --_mpf-button-secondary-shadow: var(--mpf-button-secondary-shadow, #858686);
    --_mpf-focus-width: var(--mpf-focus-width, 3px);
    --_mpf-font-family: var(--mpf-font-family, inherit);
    --_mpf-font-weight-bold: var(--mpf-font-weight-bold, 700);
    --_mpf-font-size-body: var(--mpf-font-size-body, 1em);
    --_mpf-line-height-body: var(--mpf-line-height-body, 1.4);
    --_mpf-radius: var(--mpf-radius, 0);
    --_mpf-space-1: var(--mpf-space-1, 0.25em);
    --_mpf-space-2: var(--mpf-space-2, 0.5em);
    --_mpf-space-3: var(--mpf-space-3, 0.75em);
    --_mpf-space-4: var(--mpf-space-4, 1em);
    --_mpf-space-5: var(--mpf-space-5, 1.5em);
    --_mpf-space-6: var(--mpf-space-6, 2em);
    --_mpf-tag-green-text: var(--mpf-tag-green-text, #083d29);
    --_mpf-tag-green-bg: var(--mpf-tag-green-bg, #cfe4dc);
    --_mpf-tag-grey-text: var(--mpf-tag-grey-text, #0b0c0c);
    --_mpf-tag-grey-bg: var(--mpf-tag-grey-bg, #e8e8e8);
  }
`;
