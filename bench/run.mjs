/**
 * `npm run bench`: measures parse, index, search latency and recall (ours vs
 * MiniSearch vs Fuse.js), bundle sizes and time to first results in headless
 * Chromium, then writes bench/results.json and prints a table.
 *
 *   npm run bench                                  full run (1,000 / 10,000 / 100,000 + Chromium), about 15 minutes on a quiet 2-core machine
 *   npm run bench -- --quick                       1,000 and 10,000, ours and MiniSearch only, 3 repeats, no Chromium (a few minutes)
 *   npm run bench -- --sizes 1000,10000            chosen sizes only
 *   npm run bench -- --skip-browser                no Chromium
 *   npm run bench -- --out path.json               write elsewhere
 *   npm run bench -- --reuse-sizes ...             assemble from bench/tmp/size-N.json of an earlier run
 *
 * A partial run (other sizes, or --skip-browser) writes bench/tmp/results.json
 * unless --out is given, so the committed full results are never overwritten
 * by a quick run. Method: bench/README.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSdk, generatorExists } from './lib/build-sources.mjs';
import { measureBundles } from './lib/bundle-sizes.mjs';
import { BENCH, ROOT, TMP } from './lib/paths.mjs';
import { config as mpfConfig } from './engines/mpf.mjs';
import { config as mpfNewPlaceConfig } from './engines/mpf-new-place.mjs';
import { config as minisearchConfig } from './engines/minisearch.mjs';
import { config as fuseConfig } from './engines/fuse.mjs';
import { config as minisearchVocabConfig } from './engines/minisearch-vocab.mjs';
import { config as fuseVocabConfig } from './engines/fuse-vocab.mjs';
import { printReport } from './report.mjs';

const DEFAULT_SIZES = [1000, 10000, 100000];
const ENGINES = ['mpf', 'mpf-new-place', 'minisearch', 'minisearch-vocab', 'fuse', 'fuse-vocab'];
const SETS = ['care', 'plain'];
/** Recall is reported at this size (the size the targets talk about), or the nearest measured. */
const RECALL_SIZE = 10000;

/** `--quick`: what a developer runs while working; never written to bench/results.json. */
const QUICK = { sizes: '1000,10000', engines: 'mpf,mpf-new-place,minisearch,minisearch-vocab', repeats: '3' };
/** Timing repeats at 100,000 unless --repeats is given: each pass there costs the peers minutes. */
const REPEATS_AT_100K = '3';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    'skip-browser': { type: 'boolean', default: false },
    seed: { type: 'string', default: 'bench-2026' },
    out: { type: 'string' },
    /** A peer whose repeats of page-1 searches would take longer than this (x1.5 at 100,000) is timed on its one all-results pass instead. */
    'budget-ms': { type: 'string', default: '120000' },
    /** Longest one all-results pass of a slow peer may take (x1.5 at 100,000): beyond it, every k-th query only. */
    'slow-cap-ms': { type: 'string', default: '60000' },
    repeats: { type: 'string' },
    engines: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    /** Reuse bench/tmp/size-N.json from an earlier run of the same commit instead of measuring the sizes again. */
    'reuse-sizes': { type: 'boolean', default: false },
  },
});
if (args.quick) {
  args.sizes ??= QUICK.sizes;
  args.engines ??= QUICK.engines;
  args.repeats ??= QUICK.repeats;
  args['skip-browser'] = true;
}
const sizes = args.sizes ? args.sizes.split(',').map(Number) : DEFAULT_SIZES;
const repeatsAt = (size) => args.repeats ?? (size >= 100_000 ? REPEATS_AT_100K : '7');
const full = !args.sizes && !args['skip-browser'] && !args.engines && !args.repeats;
const outFile = args.out ?? (full ? join(BENCH, 'results.json') : join(TMP, 'results.json'));
const round1 = (v) => Math.round(v * 10) / 10;
const LOAD_AT_START = round1(loadavg()[0]);
const STARTED = performance.now();
const elapsed = () => `${Math.round((performance.now() - STARTED) / 1000)} s`;
const log = (line) => process.stderr.write(`[bench] (${elapsed()}) ${line}\n`);

mkdirSync(TMP, { recursive: true });

// --- SDK bundle --------------------------------------------------------------------
log('bundling packages/sdk with esbuild...');
await buildSdk();

// --- Per size, in a fresh process each --------------------------------------------
const perSize = {};
const errors = [];
if (!generatorExists()) {
  errors.push('scripts/sample/generate.mjs is missing: no feed sizes measured');
} else {
  for (const size of sizes) {
    log(`load average ${round1(loadavg()[0])}`);
    log(`size ${size.toLocaleString('en-GB')}: parse, index, recall, latency (fresh process)...`);
    const file = join(TMP, `size-${size}.json`);
    if (args['reuse-sizes']) {
      perSize[size] = JSON.parse(readFileSync(file, 'utf8'));
      continue;
    }
    const scale = size >= 100_000 ? 1.5 : 1;
    const budget = String(Number(args['budget-ms']) * scale);
    const slowCap = String(Number(args['slow-cap-ms']) * scale);
    const child = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=4096',
        join(BENCH, 'size-worker.mjs'),
        '--size',
        String(size),
        '--seed',
        args.seed,
        '--out',
        file,
        '--budget-ms',
        budget,
        '--slow-cap-ms',
        slowCap,
        '--repeats',
        repeatsAt(size),
        ...(args.engines ? ['--engines', args.engines] : []),
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (child.status !== 0) {
      errors.push(`size ${size}: worker exited with ${child.status ?? child.signal}`);
      continue;
    }
    perSize[size] = JSON.parse(readFileSync(file, 'utf8'));
    log(`size ${size.toLocaleString('en-GB')} took ${perSize[size].seconds} s`);
  }
}

// --- Bundles -------------------------------------------------------------------------
log('measuring bundle sizes...');
const bundle = measureBundles({ rebuild: args.rebuild, log });

// --- Browser -------------------------------------------------------------------------
let browser = { firstResultsMs: null, skipped: args['skip-browser'] };
if (!args['skip-browser']) {
  log('time to first results in headless Chromium (5 cold loads)...');
  try {
    const { measureFirstResults } = await import('./browser.mjs');
    browser = await measureFirstResults({ log });
  } catch (error) {
    errors.push(`browser: ${error.message}`);
    browser = { firstResultsMs: null, error: error.message };
  }
}

// --- Assemble results.json (stable keys) --------------------------------------------
const bySize = (pick) => Object.fromEntries(Object.entries(perSize).map(([size, r]) => [size, pick(r)]));
const byEngineSize = (pick) =>
  Object.fromEntries(ENGINES.map((e) => [e, bySize((r) => (r.search?.[e] || r.index?.[e] ? pick(r, e) : null))]));
const measured = Object.keys(perSize).map(Number);
const recallSize = measured.includes(RECALL_SIZE) ? RECALL_SIZE : measured.sort((a, b) => a - b)[0];

const perSet = (pick) => Object.fromEntries(SETS.map((set) => [set, byEngineSize((r, e) => pick(r, e, set))]));
const commit = gitCommit();
const results = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    /** 1-minute load average at the start and end, and per size (start/end of its worker): other work on the machine skews timings. */
    loadAverage: { start: LOAD_AT_START, end: round1(loadavg()[0]), bySize: bySize((r) => r.loadAverage) },
    /** The commit measured (HEAD when the bench ran); `dirty` when the working tree had uncommitted changes. A full run's results.json is committed on top of it. */
    commit: commit.hash,
    dirty: commit.dirty,
    seed: args.seed,
    sizes: measured,
    recallSize: recallSize ?? null,
    /** Timing repeats per size (fewer at 100,000 unless --repeats was given). */
    repeats: bySize((r) => r.repeats ?? null),
    /** Wall seconds of the whole run, and of each size's worker by part (`phaseSeconds`), to plan a run's duration. */
    durationSeconds: round1((performance.now() - STARTED) / 1000),
    secondsBySize: bySize((r) => (r.seconds === undefined ? null : { total: r.seconds, ...r.phaseSeconds })),
    configs: {
      mpf: mpfConfig,
      'mpf-new-place': mpfNewPlaceConfig,
      minisearch: minisearchConfig,
      'minisearch-vocab': minisearchVocabConfig,
      fuse: fuseConfig,
      'fuse-vocab': fuseVocabConfig,
    },
    errors,
  },
  bundle,
  parse: {
    ms: bySize((r) => r.parse.medianMs),
    heapMB: bySize((r) => r.parse.peakHeapMB),
    retainedHeapMB: bySize((r) => r.parse.retainedHeapMB),
    jsonParseMs: bySize((r) => r.parse.jsonParseMedianMs),
    firstMs: bySize((r) => r.parse.firstMs),
    feedBytes: bySize((r) => r.feedBytes),
    providers: bySize((r) => r.parse.providers),
    problems: bySize((r) => r.parse.problems),
  },
  search: {
    /** Query sets: care = the 50 care-needs queries (queries.mjs); plain = the 112 blind-labelled needs (queries-plain.mjs). */
    labels: bySize((r) => r.labels),
    /** [set][engine][size]: p50/p95 over queries of each query's median across repeats; p95OfMinMs uses each query's minimum. */
    latency: perSet((r, e, set) => r.search[e]?.[set] ?? null),
    /** [set][engine][size]: recall, precision, precision@10 (all results of each query; see README). */
    quality: perSet((r, e, set) => {
      const q = r.recall[e]?.[set];
      if (!q) return null;
      const { perQuery: _perQuery, ...summary } = q;
      return {
        ...summary,
        everyNthQuery: r.recall[e].step,
        mpfOnSameQueries: r.recall[e].mpfSameQueries?.[set]
          ? (({ perQuery: _p, ...rest }) => rest)(r.recall[e].mpfSameQueries[set])
          : undefined,
      };
    }),
    perQuery: Object.fromEntries(
      SETS.map((set) => [set, Object.fromEntries(ENGINES.map((e) => [e, perSize[recallSize]?.recall[e]?.[set]?.perQuery ?? null]))]),
    ),
    /** Our result sets against the brute-force reference (lib/reference.mjs), both sets, every size. */
    correctness: bySize((r) => r.correctness ?? null),
    postFilterMismatches: bySize((r) => r.postFilterMismatches ?? null),
  },
  /**
   * Open Referral (issue 9): parseFeed on the same providers exported as an ORUK 3.0 service list vs
   * on our own feed, alternating in one loop, full GC before each, median of `runs`. Target <= 2x at 10,000.
   */
  convert: {
    oursParseMs: bySize((r) => r.convert?.oursParseMs ?? null),
    orukConvertMs: bySize((r) => r.convert?.orukConvertMs ?? null),
    ratio: bySize((r) => r.convert?.ratio ?? null),
    orukBytes: bySize((r) => r.convert?.orukBytes ?? null),
    providers: bySize((r) => r.convert?.providers ?? null),
  },
  index: {
    /** Build to first result: constructing the index plus the first search. */
    msByEngine: byEngineSize((r, e) => r.index[e]?.ms ?? null),
    heapMB: byEngineSize((r, e) => r.index[e]?.heapMB ?? null),
  },
  firstResultsMs: browser.firstResultsMs ?? null,
  browser,
};

writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
printReport(results);
log(`wrote ${relative(ROOT, outFile)}${full ? '' : ' (partial run; full runs write bench/results.json)'}`);
if (errors.length) {
  log(`errors:\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
}

function gitCommit() {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--', 'packages', 'bench', 'scripts'], { cwd: ROOT, encoding: 'utf8' });
    const dirty = status.split('\n').some((line) => line.trim() && !line.endsWith('bench/results.json'));
    return { hash, dirty };
  } catch {
    return { hash: null, dirty: null };
  }
}
