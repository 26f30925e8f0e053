/**
 * CDN build only (swapped in for `internal/theme-styles.ts` by vite.config.ts): the theme presets
 * are a lazy chunk, fetched the first time a finder has a `theme`, and added to its shadow root
 * before it first renders, so a themed page never shows the unthemed look. Pages without a theme
 * never download them.
 */
import { css, type CSSResult } from 'lit';

/** Nothing in the static styles: the presets arrive with themeReady(). */
export const themeStyles: CSSResult = css``;

let loading: Promise<CSSStyleSheet | undefined> | undefined;
const themed = new WeakSet<ShadowRoot>();

/** Resolves once the theme presets are adopted by `root`; undefined without a theme or once they are. */
export function themeReady(root: Element | ShadowRoot | DocumentFragment, theme: string | undefined): Promise<void> | undefined {
  if (!theme || !(root instanceof ShadowRoot) || themed.has(root)) return undefined;
  loading ??= import('../styles/presets.ts').then(
    (presets) => {
      // Its css`` is cdn/presets-css.ts here: CSS text, made into a stylesheet once for every finder.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(presets.themeStyles.cssText);
      return sheet;
    },
    () => {
      loading = undefined; // offline: the finder paints in its own look; a later update tries again
      return undefined;
    },
  );
  return loading.then((sheet) => {
    if (!sheet || themed.has(root)) return;
    themed.add(root);
    // After the element's own styles is fine: the presets only set --mpf-* tokens on
    // :host([theme]), and the host page's own tokens on the element still win over :host rules.
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });
}
