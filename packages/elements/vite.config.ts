/**
 * `npm run build`: the self-contained CDN bundle, for the one-script-tag embed.
 *
 *   dist/cdn/micro-provider-finder.js       ES module, minified, Lit + zod + SDK inlined; the postcode
 *                                           district table (SDK geo/outcodes-data.ts) stays a separate,
 *                                           lazily loaded chunk in dist/cdn/chunks/.
 *                                           The Welsh strings and the Open Referral adapter are lazy
 *                                           chunks too (see src/cdn.ts).
 *   dist/cdn/micro-provider-finder.iife.js  classic <script src>; an IIFE cannot load chunks, so the
 *                                           lazy parts are inlined there (bigger, but one file).
 *
 * npm users import the package's source entry points instead (`.`, `./define`) and dedupe Lit themselves.
 */
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** gzip budget for the ESM core file (without the lazily loaded postcode table). */
const CORE_BUDGET_BYTES = 20 * 1024;
const CORE_FILE = 'micro-provider-finder.js';

/**
 * CDN build only: the Welsh table becomes a lazy chunk (npm users keep the static import, so
 * `resolveLocale('cy')` stays synchronous for them). See src/i18n/welsh-table*.ts.
 */
function lazyWelsh(): Plugin {
  return {
    name: 'mpf-lazy-welsh',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './welsh-table.ts' && importer?.endsWith('/i18n/locale.ts')) {
        return this.resolve('./welsh-table.lazy.ts', importer);
      }
      return undefined;
    },
  };
}

/** Prints every output file's raw and gzip size, and flags the core bundle if it is over budget. */
function reportSizes(): Plugin {
  const rows: [string, number, number][] = [];
  return {
    name: 'mpf-bundle-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const source = file.type === 'chunk' ? file.code : file.source;
        rows.push([file.fileName, Buffer.byteLength(source), gzipSync(source, { level: 9 }).length]);
      }
    },
    closeBundle() {
      if (rows.length === 0) return;
      const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`.padStart(9);
      console.log('\nCDN bundle sizes (gzip -9):');
      for (const [name, raw, gz] of rows.sort()) console.log(`  ${name.padEnd(48)} ${kB(raw)} raw ${kB(gz)} gzip`);
      const core = rows.find(([name]) => name === CORE_FILE);
      if (core) {
        const verdict = core[2] <= CORE_BUDGET_BYTES ? 'within' : 'OVER';
        console.log(`  ESM core ${kB(core[2]).trim()} gzip: ${verdict} the ${CORE_BUDGET_BYTES / 1024} kB budget\n`);
      }
      rows.length = 0;
    },
  };
}

export default defineConfig({
  plugins: [lazyWelsh(), reportSizes()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    reportCompressedSize: false,
    lib: {
      entry: 'src/cdn.ts',
      name: 'MicroProviderFinder',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? CORE_FILE : 'micro-provider-finder.iife.js'),
    },
    rolldownOptions: {
      // Vite leaves whitespace in ES library output (to keep /*@__PURE__*/ hints for re-bundlers);
      // this file is for browsers, not bundlers, so minify it fully.
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
});
