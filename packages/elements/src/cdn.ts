/**
 * Entry of the self-contained CDN bundle (`dist/cdn/micro-provider-finder.js`, plus an IIFE for
 * classic `<script src>`): Lit and what the first paint needs (the finder's shell, the search
 * form, status messages, English strings), defining every tag.
 *
 * Loading it twice, or next to the npm build, is safe: tags already defined are skipped.
 *
 * Lazy chunks beside this file (loaded relative to it; the IIFE inlines them):
 * - the engine (internal/engine.ts: feed parsing with zod, the Open Referral adapter, the cache,
 *   the search index and care vocabulary), requested when a finder gets a `src`, while the feed
 *   itself downloads;
 * - the result views (internal/define-result-parts.ts: `<mpf-results-list>`, `<mpf-provider-card>`,
 *   `<mpf-provider-details>`, `<mpf-filters-panel>`), requested as soon as this file runs; the
 *   finder also waits for them with the engine;
 * - the Welsh strings (when an element's language is Welsh; vite.config.ts swaps in
 *   `i18n/welsh-table.lazy.ts`) and the postcode district table (on a postcode search).
 *
 * @example
 * <script type="module" src="https://cdn.example/micro-provider-finder.js"></script>
 * <micro-provider-finder src="/feeds/providers.json"></micro-provider-finder>
 */
import './components/search-form/search-form.ts';
import './components/status-message/status-message.ts';
import { MicroProviderFinder } from './components/provider-finder/provider-finder.component.ts';
import { defineElement } from './internal/define.ts';
import { loadWithEngine } from './internal/load-engine.ts';

const defineResultParts = () => import('./internal/define-result-parts.ts');
// Start now, so the views are there by the time results are; a failure here is retried (and
// reported) by the finder's own load, which waits for them with the engine.
defineResultParts().catch(() => undefined);
loadWithEngine(defineResultParts);
defineElement('micro-provider-finder', MicroProviderFinder);

// The npm entry (index.ts) minus what would pull lazy parts back into this file: the Welsh table
// object `cy` (CDN users get Welsh with lang="cy" and change it with setStrings('cy', ...)) and the
// classes of the result views (once defined, `customElements.get('mpf-provider-card')` etc. give
// them; `await customElements.whenDefined(tag)` waits for them). Keep this list in step with index.ts.
export {
  MicroProviderFinder,
  MpfSearchForm,
  MpfStatusMessage,
  setStrings,
  resolveLocale,
  enGB,
  govukPresetCss,
  nhsPresetCss,
  applyPreset,
  defineElement,
} from './index.ts';
export * from './events/events.ts';
