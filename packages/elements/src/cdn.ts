/**
 * Entry of the self-contained CDN bundle (`dist/cdn/micro-provider-finder.js`, plus an IIFE for
 * classic `<script src>`): one file with Lit, zod and the SDK inlined, that defines every tag.
 *
 * Loading it twice, or next to the npm build, is safe: `define.ts` skips tags already defined.
 *
 * Kept out of the first download, as chunks beside this file (loaded relative to it): the Welsh
 * strings (fetched when an element's language is Welsh; vite.config.ts swaps in
 * `i18n/welsh-table.lazy.ts`), the Open Referral adapter (when a feed is ORUK) and the postcode
 * district table (on a postcode search).
 *
 * @example
 * <script type="module" src="https://cdn.example/micro-provider-finder.js"></script>
 * <micro-provider-finder src="/feeds/providers.json"></micro-provider-finder>
 */
import './define.ts';
// The npm entry (index.ts) minus the Welsh table object `cy`, which would pull the table back
// into this file: CDN users get Welsh with lang="cy" and change it with setStrings('cy', ...).
// Keep this list in step with index.ts.
export {
  MicroProviderFinder,
  MpfSearchForm,
  MpfResultsList,
  MpfProviderCard,
  MpfProviderDetails,
  MpfFiltersPanel,
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
