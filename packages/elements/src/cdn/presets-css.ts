/**
 * CDN build only (swapped in for `lit` where styles/presets.ts imports it, by vite.config.ts): the
 * two helpers the presets use, giving CSS text. The presets' lazy chunk then imports nothing, so it
 * shares no module with the entry (if it did, Rolldown would split the core chunk in two, one more
 * file before the first paint). cdn/theme-styles.lazy.ts turns the text into a stylesheet.
 */
interface CssText {
  cssText: string;
}

export const unsafeCSS = (text: unknown): CssText => ({ cssText: String(text) });

export const css = (strings: TemplateStringsArray, ...values: CssText[]): CssText => ({
  cssText: strings.reduce((text, part, i) => text + part + (values[i]?.cssText ?? ''), ''),
});
