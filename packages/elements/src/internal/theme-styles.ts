/**
 * The finder's `theme="govuk"` / `theme="nhs"` styles. Here (the npm build) they are part of the
 * element's static styles, so `themeReady` has nothing to wait for; the CDN build swaps in
 * cdn/theme-styles.lazy.ts, which loads them as a small chunk only on a page that sets a theme.
 */
import type { CSSResult } from 'lit';
import { themeStyles as presetThemeStyles } from '../styles/presets.ts';

/** Styles for every theme, for the element's static styles. */
export const themeStyles: CSSResult = presetThemeStyles;

/** Resolves once `theme`'s styles apply in `root`; undefined when they already do. */
export function themeReady(_root: Element | ShadowRoot | DocumentFragment, _theme: string | undefined): Promise<void> | undefined {
  return undefined;
}
