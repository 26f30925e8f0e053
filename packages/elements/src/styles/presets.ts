/**
 * Two ready looks: GOV.UK (govuk-frontend 6.6) and NHS (nhsuk-frontend 10.6)
 * token values, without their fonts (GDS Transport is for gov.uk only;
 * Frutiger would be a third-party download): both use Arial.
 *
 * Use one of three ways, all fine under a strict CSP:
 * - `<micro-provider-finder theme="govuk">` (or `theme="nhs"`);
 * - copy {@link govukPresetCss} / {@link nhsPresetCss} into your own stylesheet;
 * - `applyPreset('nhs')` adds a constructable stylesheet to the document.
 * Tokens you set on the element yourself still win over a theme.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

const govukTokens = `
  --mpf-color-brand: #1d70b8;
  --mpf-color-text: #0b0c0c;
  --mpf-color-text-secondary: #484949;
  --mpf-color-link: #1a65a6;
  --mpf-color-link-visited: #54319f;
  --mpf-color-link-hover: #0f385c;
  --mpf-color-border: #cecece;
  --mpf-color-input-border: #0b0c0c;
  --mpf-color-bg: #ffffff;
  --mpf-color-surface: #f4f8fb;
  --mpf-color-focus: #ffdd00;
  --mpf-color-focus-text: #0b0c0c;
  --mpf-color-error: #ca3535;
  --mpf-color-success: #0f7a52;
  --mpf-button-bg: #0f7a52;
  --mpf-button-text: #ffffff;
  --mpf-button-hover-bg: #0b5c3e;
  --mpf-button-shadow: #083d29;
  --mpf-button-radius: 0;
  --mpf-button-shadow-size: 2px;
  --mpf-focus-width: 3px;
  --mpf-font-family: arial, sans-serif;
  --mpf-font-weight-bold: 700;
  --mpf-tag-green-text: #083d29;
  --mpf-tag-green-bg: #cfe4dc;
  --mpf-tag-grey-text: #0b0c0c;
  --mpf-tag-grey-bg: #cecece;`;

const nhsTokens = `
  --mpf-color-brand: #005eb8;
  --mpf-color-text: #212b32;
  --mpf-color-text-secondary: #4c6272;
  --mpf-color-link: #005eb8;
  --mpf-color-link-visited: #330072;
  --mpf-color-link-hover: #7c2855;
  --mpf-color-border: #d8dde0;
  --mpf-color-input-border: #4c6272;
  --mpf-color-bg: #ffffff;
  --mpf-color-surface: #f0f4f5;
  --mpf-color-focus: #ffeb3b;
  --mpf-color-focus-text: #212b32;
  --mpf-color-error: #d5281b;
  --mpf-color-success: #007f3b;
  --mpf-button-bg: #007f3b;
  --mpf-button-text: #ffffff;
  --mpf-button-hover-bg: #00662f;
  --mpf-button-shadow: #00401e;
  --mpf-button-radius: 4px;
  --mpf-button-shadow-size: 4px;
  --mpf-focus-width: 4px;
  --mpf-font-family: arial, sans-serif;
  --mpf-font-weight-bold: 600;
  --mpf-radius: 4px;
  --mpf-tag-green-text: #004c23;
  --mpf-tag-green-bg: #cce5d8;
  --mpf-tag-grey-text: #354550;
  --mpf-tag-grey-bg: #dbe0e3;`;

/** GOV.UK-look tokens as a CSS rule for `micro-provider-finder`; paste into your stylesheet. */
export const govukPresetCss = `micro-provider-finder {${govukTokens}\n}\n`;
/** NHS-look tokens as a CSS rule for `micro-provider-finder`; paste into your stylesheet. */
export const nhsPresetCss = `micro-provider-finder {${nhsTokens}\n}\n`;

/** Used by `<micro-provider-finder theme="…">`. Literal constants, never host input. @internal */
export const themeStyles: CSSResult = css`
  :host([theme='govuk']) {
    ${unsafeCSS(govukTokens)}
  }
  :host([theme='nhs']) {
    ${unsafeCSS(nhsTokens)}
  }
`;

/** Adds a preset to `root` (default: the document) as a constructable stylesheet. */
export function applyPreset(name: 'govuk' | 'nhs', root: Document | ShadowRoot = document): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(name === 'govuk' ? govukPresetCss : nhsPresetCss);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return sheet;
}
