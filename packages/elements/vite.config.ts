/**
 * `npm run build`: the self-contained CDN bundle, for the one-script-tag embed.
 *
 *   dist/cdn/micro-provider-finder.js       ES module entry, minified: Lit and what the first paint
 *                                           needs (finder shell, search form, status messages,
 *                                           English strings). Everything else is a lazy chunk in
 *                                           dist/cdn/chunks/, loaded relative to the entry (see
 *                                           src/cdn/index.ts): the engine (zod, feed parsing, search,
 *                                           vocabulary, cache) with the result views, the Welsh
 *                                           strings and the postcode district table.
 *   dist/cdn/micro-provider-finder.iife.js  classic <script src>; an IIFE cannot load chunks, so the
 *                                           lazy parts are inlined there (bigger, but one file).
 *
 * npm users import the package's source entry points instead (`.`, `./define`) and dedupe Lit themselves.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error plain JS build helper, no types
import { minifyLitTemplates } from '../../scripts/build/minify-lit-templates.mjs';

/**
 * gzip budget for the first paint: the entry plus the chunks it imports statically (issue 11). The
 * build fails above it. History: 24.1 kB when the check went in, 26.0 kB after the finder's
 * redesign, 19.6 kB once the finder's results part (search, result views, shortlist, address,
 * focus), the feed's saved-copy handling and the theme presets left the first paint.
 */
const FIRST_PAINT_BUDGET_BYTES = 20 * 1024;
const ENTRY_FILE = 'micro-provider-finder.js';
const IIFE_FILE = 'micro-provider-finder.iife.js';

/** When each lazy chunk loads, by its name (chunks/<name>-<hash>.js), for the size report. */
const CHUNK_WHEN: Record<string, string> = {
  core: 'imported by the entry: Lit and the code the lazy chunks share with it',
  'engine-and-views': 'engine + result views: requested as the entry runs, alongside the feed',
  cy: 'Welsh pages only',
  presets: 'pages with a theme="govuk" or "nhs" finder only',
  'outcodes-data': 'first postcode search (with a postcode attribute: requested as the entry runs)',
};

/** CDN build only: modules swapped for another, as `[specifier, importer file, replacement]`. */
const CDN_SWAPS: [string, string, string][] = [
  // The Welsh table becomes a lazy chunk (npm users keep the static import, so `resolveLocale('cy')`
  // stays synchronous for them). See src/i18n/welsh-table.ts and src/cdn/welsh-table.lazy.ts.
  ['./welsh-table.ts', '/i18n/locale.ts', '../cdn/welsh-table.lazy.ts'],
  // The engine chunk also defines the result views, which are only shown once the engine has run
  // (npm users register them with the other tags). See src/cdn/engine-and-views.ts.
  ['./engine.ts', '/internal/load-engine.ts', '../cdn/engine-and-views.ts'],
  // The entry's English table holds only the form and status wording; the engine chunk completes
  // it (the rest is for results, which need the engine). See src/cdn/en-gb.lazy.ts.
  ['./en-GB.ts', '/i18n/locale.ts', '../cdn/en-gb.lazy.ts'],
  ['./i18n/en-GB.ts', '/src/index.ts', './cdn/en-gb.lazy.ts'],
  // The theme presets load only on a page that sets `theme` (src/cdn/theme-styles.lazy.ts). Their
  // chunk gets its css`` from a Lit-free stand-in: importing Lit there would split the core chunk in two.
  ['../../internal/theme-styles.ts', '/provider-finder/provider-finder.component.ts', '../../cdn/theme-styles.lazy.ts'],
  ['lit', '/styles/presets.ts', '../cdn/presets-css.ts'],
  // With a postcode to search, the entry asks for the postcode data chunk itself, beside the engine
  // chunk, rather than the engine asking for it once it has arrived. See src/cdn/outcode-data-download.lazy.ts.
  ['./outcode-data-download.ts', '/internal/prefetch-postcode-data.ts', '../cdn/outcode-data-download.lazy.ts'],
];

function cdnSwaps(): Plugin {
  return {
    name: 'mpf-cdn-swaps',
    enforce: 'pre',
    resolveId(source, importer) {
      const swap = CDN_SWAPS.find(([specifier, from]) => source === specifier && importer?.endsWith(from));
      return swap ? this.resolve(swap[2], importer) : undefined;
    },
  };
}

/**
 * The IIFE runs only if no copy of the finder is on the page yet. A page that also loads the ES
 * module build (or the IIFE twice) would otherwise evaluate a second Lit, and under Trusted Types
 * (`trusted-types lit-html`) its second "lit-html" policy throws. The ES module build needs no
 * guard: every copy shares one core chunk, and tags already defined are skipped.
 */
function guardIife(): Plugin {
  return {
    name: 'mpf-guard-iife',
    apply: 'build',
    renderChunk(code, _chunk, options) {
      if (options.format !== 'iife') return null;
      return { code: `if(!(globalThis.customElements&&customElements.get("micro-provider-finder"))){${code}}`, map: null };
    },
  };
}

interface SizeRow {
  file: string;
  raw: number;
  gzip: number;
  /** Files this one imports statically (they download before it can run). */
  imports: string[];
}

/**
 * Prints the ESM entry, each lazy chunk, the ESM total and the IIFE (raw and gzip -9), and checks the
 * first paint (the entry plus anything it imports statically, which should be nothing) against the budget.
 */
function reportSizes(): Plugin {
  const rows: SizeRow[] = [];
  return {
    name: 'mpf-bundle-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const source = file.type === 'chunk' ? file.code : file.source;
        const imports = file.type === 'chunk' ? file.imports : [];
        rows.push({ file: file.fileName, raw: Buffer.byteLength(source), gzip: gzipSync(source, { level: 9 }).length, imports });
      }
    },
    closeBundle() {
      const entry = rows.find((row) => row.file === ENTRY_FILE);
      const iife = rows.find((row) => row.file === IIFE_FILE);
      if (!entry || !iife) return; // called once per format: report when both are in
      const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`.padStart(9);
      const line = (label: string, row: Pick<SizeRow, 'raw' | 'gzip'>, note = '') =>
        console.log(`  ${label.padEnd(50)} ${kB(row.raw)} raw ${kB(row.gzip)} gzip${note ? `   ${note}` : ''}`);
      const chunks = rows.filter((row) => row.file.startsWith('chunks/')).sort((a, b) => b.gzip - a.gzip);
      const sum = (list: SizeRow[]) => ({ raw: list.reduce((n, r) => n + r.raw, 0), gzip: list.reduce((n, r) => n + r.gzip, 0) });

      // First paint: the entry and, transitively, whatever it imports statically.
      const firstPaint = new Map<string, SizeRow>();
      const visit = (row: SizeRow | undefined) => {
        if (!row || firstPaint.has(row.file)) return;
        firstPaint.set(row.file, row);
        for (const name of row.imports) visit(rows.find((r) => r.file === name));
      };
      visit(entry);

      console.log('\nCDN bundle sizes (gzip -9):');
      line(`entry   ${ENTRY_FILE}`, entry, 'first paint');
      for (const chunk of chunks) {
        const name = chunk.file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '');
        line(
          `${firstPaint.has(chunk.file) ? 'static' : 'lazy  '}  ${chunk.file}`,
          chunk,
          firstPaint.has(chunk.file) ? 'imported by the entry: first paint' : (CHUNK_WHEN[name] ?? ''),
        );
      }
      line('total   ES module build (entry + every chunk)', sum([entry, ...chunks]));
      line(`classic ${IIFE_FILE}`, iife, 'one file, lazy parts inlined');
      const paint = sum([...firstPaint.values()]);
      const verdict = paint.gzip <= FIRST_PAINT_BUDGET_BYTES ? 'within' : 'OVER';
      const files = firstPaint.size === 1 ? 'entry' : `entry + ${firstPaint.size - 1} statically imported chunk(s)`;
      console.log(`  First paint (${files}) ${kB(paint.gzip).trim()} gzip: ${verdict} the ${FIRST_PAINT_BUDGET_BYTES / 1024} kB budget\n`);
      rows.length = 0;
      // A chunk that imported the entry would load it a second time whenever the host's URL for it
      // differs (a ?v= query, a renamed copy): a second Lit, a second set of classes (issue 10).
      const importsEntry = chunks.filter((chunk) => chunk.imports.includes(ENTRY_FILE));
      if (importsEntry.length > 0) {
        throw new Error(`CDN chunks must not import the entry (${ENTRY_FILE}): ${importsEntry.map((c) => c.file).join(', ')}`);
      }
      if (paint.gzip > FIRST_PAINT_BUDGET_BYTES) {
        throw new Error(
          `CDN first paint is ${kB(paint.gzip).trim()} gzip (${paint.gzip} bytes), over its ${FIRST_PAINT_BUDGET_BYTES / 1024} kB budget: move code the form does not need behind a lazy chunk (see src/cdn/index.ts)`,
        );
      }
    },
  };
}

export default defineConfig({
  // Bundle the SDK from its TypeScript source (as the tests run it), whether or not its dist/ is built.
  resolve: {
    alias: [{ find: /^@micro-provider-finder\/sdk$/, replacement: fileURLToPath(new URL('../sdk/src/index.ts', import.meta.url)) }],
  },
  plugins: [cdnSwaps(), minifyLitTemplates(), guardIife(), reportSizes()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    reportCompressedSize: false,
    lib: {
      entry: 'src/cdn/index.ts',
      name: 'MicroProviderFinder',
      // The IIFE cannot split: Vite builds it with code splitting off, so every dynamic import()
      // (engine, result views, Welsh, postcode table) is inlined into that one file.
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? ENTRY_FILE : IIFE_FILE),
    },
    rolldownOptions: {
      // Lets the entry export extra (minified) bindings for its chunks. Without it, Rolldown keeps the
      // entry's export list exact and moves everything the lazy chunks share with it (Lit, the base
      // element, strings) into a common chunk that the entry imports: one more round trip before the
      // first paint.
      preserveEntrySignatures: 'strict',
      // Vite leaves whitespace in ES library output (to keep /*@__PURE__*/ hints for re-bundlers);
      // this file is for browsers, not bundlers, so minify it fully.
      // Content-hashed chunk names: a host can cache chunks forever; only the entry needs revalidating.
      // The shared (non-lazy) chunk is named core.
      // No comments either: Vite keeps /* @__PURE__ */ hints in library output, again for re-bundlers.
      output: {
        chunkFileNames: (chunk) => (chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/core-[hash].js'),
        minify: true,
        comments: false,
      },
    },
  },
});
