/**
 * Entry of the self-contained CDN bundle (`dist/cdn/micro-provider-finder.js`, plus an IIFE for
 * classic `<script src>`): one file with Lit, zod and the SDK inlined, that defines every tag.
 *
 * Loading it twice, or next to the npm build, is safe: `define.ts` skips tags already defined.
 *
 * @example
 * <script type="module" src="https://cdn.example/micro-provider-finder.js"></script>
 * <micro-provider-finder src="/feeds/providers.json"></micro-provider-finder>
 */
import './define.ts';
import { defineElement } from './internal/define.ts';
import { MpfResultsList } from './components/results-list/results-list.component.ts';

// Belt and braces: package.json's `sideEffects` glob `./src/components/*/*[!t].ts` (meant to skip
// *.test.ts) also matches `results-list.ts`, so bundlers drop its define call. Registering here
// keeps the CDN bundle whole either way; it is a no-op once the tag exists.
defineElement('mpf-results-list', MpfResultsList);

export * from './index.ts';
