/**
 * Gzip sizes of the CDN build (zlib level 9, what a CDN's best static
 * compression gives): the first paint (the ESM entry, the core chunk it imports
 * at once and the chunks those import statically: what downloads before the form
 * can paint), the entry alone, the
 * classic-script IIFE bundle and the lazily loaded outcode-data chunk. Builds
 * first when dist is missing.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync, constants } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './paths.mjs';

const CDN = join(ROOT, 'packages/elements/dist/cdn');
const ESM = 'micro-provider-finder.js';
const IIFE = 'micro-provider-finder.iife.js';
/** Budget for the first paint (entry + core chunk + their static imports), gzip: 20 kB = 20,480 B, as packages/elements/vite.config.ts counts it. */
export const ESM_BUDGET_GZIP_BYTES = 20 * 1024;

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length;

/**
 * Static imports of a built ES module (`import ... from "./x.js"`, `export ... from "./x.js"`,
 * `import "./x.js"`; not `import("./x.js")`), as paths relative to `CDN`.
 */
function staticImportsOf(file) {
  const code = readFileSync(join(CDN, file), 'utf8');
  const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*(["'`])(\.{1,2}\/[^"'`]+)\1/g)].map((m) => m[2]);
  return found.map((spec) => relative(CDN, join(CDN, dirname(file), spec)));
}

/**
 * Chunks (by name, chunks/<name>-<hash>.js) that the entry imports at once with `import()` and the
 * form cannot paint without: the ES entry is a small loader that imports the core chunk (Lit, the
 * finder's shell, the form) as it runs, as packages/elements/vite.config.ts (FIRST_PAINT_CHUNKS) counts it.
 */
const FIRST_PAINT_CHUNKS = ['core'];

/** The entry's `import("./chunks/<name>-<hash>.js")` of each FIRST_PAINT_CHUNKS chunk, as paths relative to `CDN`. */
function firstPaintChunksOf(entry) {
  const code = readFileSync(join(CDN, entry), 'utf8');
  const found = [...code.matchAll(/\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+)\1\s*\)/g)].map((m) => m[2]);
  return found
    .map((spec) => relative(CDN, join(CDN, dirname(entry), spec)))
    .filter((file) => FIRST_PAINT_CHUNKS.some((name) => new RegExp(`(^|/)${name}-[\\w-]+\\.js$`).test(file)));
}

/**
 * What downloads before the first paint: the entry, the chunks it imports at once for the form
 * (FIRST_PAINT_CHUNKS) and, transitively, every file those import statically.
 */
function firstPaintFiles(entry) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file) || !existsSync(join(CDN, file))) return;
    files.add(file);
    for (const imported of staticImportsOf(file)) visit(imported);
  };
  visit(entry);
  for (const chunk of firstPaintChunksOf(entry)) visit(chunk);
  return [...files];
}

/**
 * Measures the bundles, running `npm run build` once if the ESM bundle is missing.
 * @param {{ rebuild?: boolean, log?: (line: string) => void }} options
 */
export function measureBundles({ rebuild = false, log = () => {} } = {}) {
  let buildError = null;
  if (rebuild || !existsSync(join(CDN, ESM))) {
    log('building the CDN bundle (npm run build)...');
    try {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      buildError = String(error.stderr ?? error.message)
        .trim()
        .split('\n')
        .slice(-5)
        .join('\n');
      log(`npm run build failed:\n${buildError}`);
    }
  }
  const sizeOf = (name) => (name && existsSync(join(CDN, name)) ? gzipBytes(join(CDN, name)) : null);
  const rawOf = (name) => (name && existsSync(join(CDN, name)) ? statSync(join(CDN, name)).size : null);
  // The outcode data chunk has a hashed name (in dist/cdn/chunks/); find it by its stem.
  const files = existsSync(CDN) ? readdirSync(CDN, { recursive: true }).map(String) : [];
  const outcodes = files.find((f) => /outcode/i.test(f) && f.endsWith('.js'));
  const otherChunks = files
    .filter((f) => f.endsWith('.js') && ![ESM, IIFE, outcodes].includes(f))
    .map((f) => ({ file: f, gzipBytes: gzipBytes(join(CDN, f)) }));
  const esm = sizeOf(ESM);
  const firstPaint = esm === null ? [] : firstPaintFiles(ESM);
  return {
    // What the budget is about: the entry (loader) and the core chunk it imports at once.
    firstPaintGzipBytes: esm === null ? null : firstPaint.reduce((sum, f) => sum + gzipBytes(join(CDN, f)), 0),
    firstPaintFiles: firstPaint,
    /** The entry file alone. */
    esmGzipBytes: esm,
    // The ESM core plus every lazily loaded code chunk except the outcode data: what a page
    // downloads before it can show results (a Welsh page also loads its strings chunk).
    esmWithChunksGzipBytes: esm === null ? null : esm + otherChunks.reduce((sum, c) => sum + c.gzipBytes, 0),
    iifeGzipBytes: sizeOf(IIFE),
    outcodesGzipBytes: sizeOf(outcodes),
    esmBytes: rawOf(ESM),
    iifeBytes: rawOf(IIFE),
    outcodesBytes: rawOf(outcodes),
    outcodesFile: outcodes ?? null,
    otherChunks,
    budgetGzipBytes: ESM_BUDGET_GZIP_BYTES,
    buildError,
  };
}
