/**
 * `npm run build`: the self-contained CDN bundle, for the one-script-tag embed.
 *
 *   dist/cdn/micro-provider-finder.js       ES module entry, minified: a small loader (src/cdn/loader.ts)
 *                                           with no static imports, which at once imports the core
 *                                           chunk (chunks/core-*.js, src/cdn/index.ts: Lit and what
 *                                           the first paint needs: finder shell, search form, status
 *                                           messages, English strings) and the engine chunk, and with
 *                                           a postcode on the page, the postcode data chunk. Every
 *                                           other part is a lazy chunk in dist/cdn/chunks/, loaded
 *                                           relative to the core: the engine (zod, feed parsing,
 *                                           search, vocabulary, cache) with the result views, the
 *                                           Welsh strings and the postcode district table.
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
 * gzip budget for the first paint (issue 11): what downloads before the form can paint, that is the
 * entry (the loader), the chunks it imports at once that the form needs (FIRST_PAINT_CHUNKS: the
 * core) and, transitively, whatever those import statically. The build fails above it. History:
 * 24.1 kB when the check went in, 26.0 kB after the finder's redesign, 19.6 kB once the finder's
 * results part (search, result views, shortlist, address, focus), the feed's saved-copy handling
 * and the theme presets left the first paint.
 */
const FIRST_PAINT_BUDGET_BYTES = 20 * 1024;
const ENTRY_FILE = 'micro-provider-finder.js';
const IIFE_FILE = 'micro-provider-finder.iife.js';
/**
 * Chunks (by name, chunks/<name>-<hash>.js) that the loader imports as soon as it runs and that the
 * form cannot paint without. The engine chunk, also requested at once, is not one: the form paints
 * before it arrives.
 */
const FIRST_PAINT_CHUNKS = ['core'];

/** When each lazy chunk loads, by its name (chunks/<name>-<hash>.js), for the size report. */
const CHUNK_WHEN: Record<string, string> = {
  core: 'imported by the entry as it runs: Lit, the finder shell, form, status messages; defines the tags',
  'engine-and-views': 'engine + result views: requested as the entry runs, beside the core, before the feed',
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

/**
 * ES module build only (the IIFE has no loader): the loader starts the feed requests of the finders in
 * the page before the core has arrived, with internal/early-feed-request.ts bundled into it, and hands
 * them to the core's feed controller, which gets them (and starts any others) through the loader. See
 * src/cdn/early-feed-request.from-loader.ts. Nothing else may import that module in this build: a
 * module the loader shares with a chunk would make a chunk import the entry, or a third file.
 */
const ESM_SWAPS: [string, string, string][] = [
  ['../internal/early-feed-request.ts', '/controllers/feed-controller.ts', '../cdn/early-feed-request.from-loader.ts'],
];

function cdnSwaps(iife: boolean): Plugin {
  const swaps = iife ? CDN_SWAPS : [...CDN_SWAPS, ...ESM_SWAPS];
  return {
    name: 'mpf-cdn-swaps',
    enforce: 'pre',
    resolveId(source, importer) {
      const swap = swaps.find(([specifier, from]) => source === specifier && importer?.endsWith(from));
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
      // Stands down when the tags are defined, or when the ES module loader has run (cdn/loader.ts sets
      // mpfEsm before its core is in, so an IIFE that runs in between does not load a second Lit).
      return {
        code: `if(!(globalThis.mpfEsm||globalThis.customElements&&customElements.get("micro-provider-finder"))){${code}}`,
        map: null,
      };
    },
  };
}

interface SizeRow {
  file: string;
  /** chunks/<name>-<hash>.js: the name ('' for the entry). */
  name: string;
  raw: number;
  gzip: number;
  /** Files this one imports statically (they download before it can run). */
  imports: string[];
  /** Files this one may import() (only some of them, the FIRST_PAINT_CHUNKS, count for the first paint). */
  dynamicImports: string[];
}

/**
 * Prints the ESM entry, each chunk and the ESM total (raw and gzip -9), checks that no chunk imports
 * the entry, and checks the first paint (see FIRST_PAINT_BUDGET_BYTES) against the budget.
 */
function reportSizes(): Plugin {
  const rows: SizeRow[] = [];
  return {
    name: 'mpf-bundle-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const source = file.type === 'chunk' ? file.code : file.source;
        rows.push({
          file: file.fileName,
          name: file.fileName.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, ''),
          raw: Buffer.byteLength(source),
          gzip: gzipSync(source, { level: 9 }).length,
          imports: file.type === 'chunk' ? file.imports : [],
          dynamicImports: file.type === 'chunk' ? file.dynamicImports : [],
        });
      }
    },
    closeBundle() {
      const entry = rows.find((row) => row.file === ENTRY_FILE);
      if (!entry) return;
      const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`.padStart(9);
      const line = (label: string, row: Pick<SizeRow, 'raw' | 'gzip'>, note = '') =>
        console.log(`  ${label.padEnd(50)} ${kB(row.raw)} raw ${kB(row.gzip)} gzip${note ? `   ${note}` : ''}`);
      const chunks = rows.filter((row) => row.file.startsWith('chunks/')).sort((a, b) => b.gzip - a.gzip);
      const sum = (list: SizeRow[]) => ({ raw: list.reduce((n, r) => n + r.raw, 0), gzip: list.reduce((n, r) => n + r.gzip, 0) });

      // First paint: the entry, the chunks it imports at once for the form, and, transitively,
      // whatever those import statically.
      const firstPaint = new Map<string, SizeRow>();
      const visit = (row: SizeRow | undefined) => {
        if (!row || firstPaint.has(row.file)) return;
        firstPaint.set(row.file, row);
        for (const file of row.imports) visit(rows.find((r) => r.file === file));
      };
      visit(entry);
      const atOnce = [...entry.imports, ...entry.dynamicImports].map((file) => rows.find((r) => r.file === file));
      for (const name of FIRST_PAINT_CHUNKS) {
        const chunk = atOnce.find((row) => row?.name === name);
        if (!chunk) throw new Error(`CDN entry (${ENTRY_FILE}) does not import its chunks/${name}-*.js: the first paint cannot be counted`);
        visit(chunk);
      }

      console.log('\nCDN bundle sizes (gzip -9):');
      line(`entry   ${ENTRY_FILE}`, entry, 'first paint: the loader');
      for (const chunk of chunks) {
        line(
          `${firstPaint.has(chunk.file) ? 'paint ' : 'lazy  '}  ${chunk.file}`,
          chunk,
          `${firstPaint.has(chunk.file) ? 'first paint: ' : ''}${CHUNK_WHEN[chunk.name] ?? ''}`,
        );
      }
      line('total   ES module build (entry + every chunk)', sum([entry, ...chunks]));
      const paint = sum([...firstPaint.values()]);
      const verdict = paint.gzip <= FIRST_PAINT_BUDGET_BYTES ? 'within' : 'OVER';
      const files = firstPaint.size === 1 ? 'entry' : `entry + ${firstPaint.size - 1} chunk(s) it imports at once`;
      console.log(
        `  First paint (${files}) ${kB(paint.gzip).trim()} gzip (${paint.gzip} B): ${verdict} the ${FIRST_PAINT_BUDGET_BYTES / 1024} kB budget\n`,
      );
      rows.length = 0;
      // A chunk that imported the entry would load it a second time whenever the host's URL for it
      // differs (a ?v= query, a renamed copy): a second Lit, a second set of classes (issue 10).
      const importsEntry = chunks.filter((chunk) => chunk.imports.includes(ENTRY_FILE) || chunk.dynamicImports.includes(ENTRY_FILE));
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

/**
 * The loader's `import('./index.ts')`, pointed at the core chunk itself. Rolldown keeps a dynamic
 * entry's export names exact, and the core chunk also exports (minified) bindings to the lazy chunks,
 * so it gives cdn/index.ts a facade chunk (`export{n as MicroProviderFinder,...}from"./core-*.js"`):
 * a file the browser would fetch first, and only then the core, one round trip later. This replaces
 * the loader's import of the facade with an import of the core that renames the exports as the
 * facade did, and drops the facade. The build fails if the facade is not exactly that.
 */
function loadCoreDirectly(): Plugin {
  return {
    name: 'mpf-load-core-directly',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = bundle[ENTRY_FILE];
      const facade = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.isDynamicEntry && /[\\/]src[\\/]cdn[\\/]index\.ts$/.test(file.facadeModuleId ?? ''),
      );
      if (entry?.type !== 'chunk' || facade?.type !== 'chunk') throw new Error('CDN build: no loader entry or no core facade chunk');
      const match = /^export\s*\{([^}]*)\}\s*from\s*"\.\/(core-[\w-]+\.js)";?$/.exec(facade.code.trim());
      const core = match && `chunks/${match[2]}`;
      const reference = `import(\`./${facade.fileName}\`)`;
      if (!match || !core || !bundle[core] || entry.code.split(reference).length !== 2) {
        throw new Error(`CDN build: ${facade.fileName} is not a re-export of one core chunk imported once by the loader`);
      }
      const renames = match[1].split(',').map((pair) => {
        const [local, exported = local] = pair.trim().split(/\s+as\s+/);
        return `${exported}:m.${local}`;
      });
      entry.code = entry.code.replace(reference, `import(\`./${core}\`).then(m=>({${renames.join(',')}}))`);
      entry.dynamicImports = entry.dynamicImports.map((file) => (file === facade.fileName ? core : file));
      delete bundle[facade.fileName];
    },
  };
}

/** The IIFE pass's line of the size report. */
function reportIifeSize(): Plugin {
  return {
    name: 'mpf-iife-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const file = bundle[IIFE_FILE];
      if (!file) return;
      const source = file.type === 'chunk' ? file.code : file.source;
      const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`.padStart(9);
      console.log(
        `\n  ${`classic ${IIFE_FILE}`.padEnd(50)} ${kB(Buffer.byteLength(source))} raw ${kB(gzipSync(source, { level: 9 }).length)} gzip   one file, lazy parts inlined\n`,
      );
    },
  };
}

/**
 * Two passes (`vite build`, then `vite build --mode iife`, see package.json): the ES module build,
 * whose entry is the loader (cdn/loader.ts) with cdn/index.ts as its core chunk, then the classic
 * script, built from cdn/index.ts (an IIFE can neither split nor await).
 */
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    // Bundle the SDK from its TypeScript source (as the tests run it), whether or not its dist/ is built.
    resolve: {
      alias: [{ find: /^@micro-provider-finder\/sdk$/, replacement: fileURLToPath(new URL('../sdk/src/index.ts', import.meta.url)) }],
    },
    plugins: [cdnSwaps(iife), minifyLitTemplates(), guardIife(), ...(iife ? [reportIifeSize()] : [loadCoreDirectly(), reportSizes()])],
    build: {
      outDir: 'dist/cdn',
      // The ES pass runs first and empties the folder; the IIFE pass adds its one file.
      emptyOutDir: !iife,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      lib: {
        entry: iife ? 'src/cdn/index.ts' : 'src/cdn/loader.ts',
        name: 'MicroProviderFinder',
        // The IIFE cannot split: Vite builds it with code splitting off, so every dynamic import()
        // (engine, result views, Welsh, postcode table) is inlined into that one file.
        formats: iife ? ['iife'] : ['es'],
        fileName: () => (iife ? IIFE_FILE : ENTRY_FILE),
      },
      rolldownOptions: {
        // The loader's export list stays exact: no chunk imports the entry (issue 10).
        preserveEntrySignatures: 'strict',
        // Vite leaves whitespace in ES library output (to keep /*@__PURE__*/ hints for re-bundlers);
        // this file is for browsers, not bundlers, so minify it fully.
        // Content-hashed chunk names: a host can cache chunks forever; only the entry needs revalidating.
        // cdn/index.ts, the loader's first import, is the core chunk, with whatever it shares with the
        // lazy chunks (Lit, the base element, strings).
        // No comments either: Vite keeps /* @__PURE__ */ hints in library output, again for re-bundlers.
        output: {
          chunkFileNames: (chunk) => {
            if (!chunk.isDynamicEntry) return 'chunks/core-[hash].js';
            // The postcode district table, packed, keeps the chunk name it had as text.
            if (/[\\/]geo[\\/]outcodes-data-packed\.ts$/.test(chunk.facadeModuleId ?? '')) return 'chunks/outcodes-data-[hash].js';
            return 'chunks/[name]-[hash].js';
          },
          minify: true,
          comments: false,
          // One core chunk: cdn/index.ts with everything it imports statically (Lit included), so the
          // loader's import of it is one request with nothing behind it.
          codeSplitting: iife ? false : { groups: [{ name: 'core', test: /[\\/]src[\\/]cdn[\\/]index\.ts$/ }] },
        },
      },
    },
  };
});
