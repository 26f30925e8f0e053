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
export * from './index.ts';
