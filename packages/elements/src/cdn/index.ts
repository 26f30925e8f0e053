/**
 * Entry of the self-contained CDN bundle (`dist/cdn/micro-provider-finder.js`, plus an IIFE for
 * classic `<script src>`): Lit and what the first paint needs (the finder's shell, the search
 * form, status messages, English strings), defining every tag.
 *
 * Loading it twice, or next to the npm build, is safe: tags already defined are skipped.
 *
 * Lazy chunks beside this file (loaded relative to it; the IIFE inlines them):
 * - the engine with the result views (cdn/engine-and-views.ts, swapped in by vite.config.ts:
 *   feed parsing with zod, the Open Referral adapter, the last-good-copy cache, the search index
 *   and care vocabulary, and `<mpf-results-list>`, `<mpf-provider-card>`, `<mpf-provider-details>`,
 *   `<mpf-filters-panel>`), requested as soon as this file runs, while the finder requests its feed;
 * - the Welsh strings (when an element's language is Welsh; vite.config.ts swaps in
 *   `cdn/welsh-table.lazy.ts`), the theme presets (when a finder has a `theme`, see
 *   `cdn/theme-styles.lazy.ts`) and the postcode district table (when a postcode is typed, or at once,
 *   beside the engine chunk, for a finder with a `postcode` attribute: cdn/outcode-data-download.lazy.ts).
 *
 * @example
 * <script type="module" src="https://cdn.example/micro-provider-finder.js"></script>
 * <micro-provider-finder src="/feeds/providers.json"></micro-provider-finder>
 */
import '../components/search-form/search-form.ts';
import '../components/status-message/status-message.ts';
import { MicroProviderFinder } from '../components/provider-finder/provider-finder.component.ts';
import { defineElement } from '../internal/define.ts';
import { loadEngine } from '../internal/load-engine.ts';

// Start now (it also defines the result views). A failure here is reported, and retried, by the
// finder's own feed load, which waits for the engine.
loadEngine().catch(() => undefined);
defineElement('micro-provider-finder', MicroProviderFinder);

// The npm entry (index.ts) minus what would pull lazy parts back into this file: the Welsh table
// object `cy` (CDN users get Welsh with lang="cy" and change it with setStrings('cy', ...)) and the
// classes of the result views (once defined, `customElements.get('mpf-provider-card')` etc. give
// them; `await customElements.whenDefined(tag)` waits for them). Keep this list in step with index.ts.
// `enGB` holds the form and status wording at first; the engine chunk adds the rest as it loads
// (src/cdn/en-gb.lazy.ts), so it is complete once `customElements.whenDefined('mpf-results-list')` resolves.
export { MicroProviderFinder, MpfSearchForm, MpfStatusMessage, setStrings, resolveLocale, enGB, defineElement } from '../index.ts';
export * from '../events/events.ts';

/**
 * `applyPreset` of the npm package, after loading the presets chunk (kept out of the first paint).
 * The preset CSS strings (`govukPresetCss`, `nhsPresetCss`) are for pasting into a stylesheet:
 * take them from the npm package or packages/elements/src/styles/presets.ts.
 */
export async function applyPreset(name: 'govuk' | 'nhs', root?: Document | ShadowRoot): Promise<CSSStyleSheet> {
  const presets = await import('../styles/presets.ts');
  return presets.applyPreset(name, root);
}
