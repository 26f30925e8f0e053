/**
 * Measures one feed size in a fresh Node process (started by run.mjs with
 * `--expose-gc`, so heap figures of one size never include another's).
 *
 *   node --expose-gc bench/size-worker.mjs --size 10000 --seed bench-2026 --out bench/tmp/size-10000.json
 *        [--engines mpf,minisearch,fuse] [--budget-ms 4000]
 *
 * Writes one JSON object (see run.mjs for how it is merged into results.json).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { QUERIES } from './queries.mjs';
import { makePostFilter } from './lib/post-filter.mjs';
import { SDK_BUNDLE } from './lib/build-sources.mjs';
import { GENERATOR } from './lib/paths.mjs';
import { median, percentile, mean, round } from './lib/stats.mjs';
import * as mpf from './engines/mpf.mjs';
import * as minisearch from './engines/minisearch.mjs';
import * as fuse from './engines/fuse.mjs';

const ENGINES = { mpf, minisearch, fuse };
/** Results per page in the element: latency is measured for page 1 of this size. */
const PAGE_SIZE = 10;
const MB = 1024 * 1024;
/** Wall-clock cap for a slow engine's single pass at 100,000. */
const SLOW_CAP_MS = 150_000;

const { values: args } = parseArgs({
  options: {
    size: { type: 'string' },
    seed: { type: 'string', default: 'bench-2026' },
    out: { type: 'string' },
    engines: { type: 'string', default: 'mpf,minisearch,fuse' },
    'budget-ms': { type: 'string', default: '4000' },
  },
});
const size = Number(args.size);
const seed = args.seed;
const engineNames = args.engines.split(',');
const budgetMs = Number(args['budget-ms']);

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
/** Full GC, twice, so weak/finalisable garbage from the first pass is gone too. */
const fullGc = () => {
  globalThis.gc();
  globalThis.gc();
};
/** JS heap plus ArrayBuffer backing stores (typed arrays live outside heapUsed). */
const heapUsed = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const progress = (line) => process.stderr.write(`[bench]   ${size.toLocaleString('en-GB')}: ${line}\n`);

const sdk = await import(pathToFileURL(SDK_BUNDLE).href);
const { generateFeed } = await import(pathToFileURL(GENERATOR).href);

const out = { size, seed, engines: engineNames };

// --- Feed: generate the JSON text a browser would download ---------------------
let t = performance.now();
const feedText = JSON.stringify(generateFeed({ seed, total: size }));
out.generateMs = round(performance.now() - t, 1);
out.feedBytes = Buffer.byteLength(feedText);

// --- Parse + validate: parseFeed(text), JSON.parse included -------------------
// Heap: after a full GC the heap holds the feed text and the code; we parse once
// and read heapUsed the moment parseFeed returns, BEFORE any forced GC. That is a
// high-water estimate (garbage the young-generation GC already swept during the
// parse is not counted, so it can understate a true peak by up to one semi-space);
// `retainedMB` is what is still alive after a full GC (the parsed providers).
fullGc();
const heapBefore = heapUsed();
t = performance.now();
let parsed = sdk.parseFeed(feedText);
const firstParseMs = performance.now() - t;
const heapPeak = heapUsed();
fullGc();
const heapRetained = heapUsed();
out.parse = {
  providers: parsed.providers.length,
  problems: parsed.problems.length,
  firstMs: round(firstParseMs, 2),
  peakHeapMB: round((heapPeak - heapBefore) / MB, 2),
  retainedHeapMB: round((heapRetained - heapBefore) / MB, 2),
};
const parseRuns = size >= 100_000 ? 5 : 9;
const parseTimes = [];
for (let i = 0; i < parseRuns; i++) {
  parsed = undefined;
  fullGc();
  t = performance.now();
  parsed = sdk.parseFeed(feedText);
  parseTimes.push(performance.now() - t);
}
out.parse.runs = parseRuns;
out.parse.medianMs = round(median(parseTimes), 2);
// The floor under any parser: JSON.parse of the same text, nothing else.
const jsonTimes = [];
for (let i = 0; i < parseRuns; i++) {
  fullGc();
  t = performance.now();
  JSON.parse(feedText);
  jsonTimes.push(performance.now() - t);
}
out.parse.jsonParseMedianMs = round(median(jsonTimes), 2);
const providers = parsed.providers;

progress(`parsed in ${out.parse.medianMs} ms (median)`);

// --- Queries: resolve each postcode once, outside every timing ------------------
const outcodes = await sdk.loadOutcodeTable();
const queries = [];
for (const q of QUERIES) {
  const resolved = await sdk.resolvePostcode(q.postcode, { outcodes });
  if (!resolved.ok) throw new Error(`query ${q.id}: postcode ${q.postcode} did not resolve (${resolved.error.kind})`);
  const prepared = { ...q, origin: resolved.value };
  prepared.postFilter = makePostFilter(prepared, sdk, outcodes);
  queries.push(prepared);
}

// --- Relevance labels: the filtered candidate set and its relevant subset -------
const relevantByQuery = queries.map((q) => {
  const relevant = new Set();
  for (const p of providers) {
    if (q.postFilter(p) && p.support.some((s) => q.expect.includes(s))) relevant.add(p.id);
  }
  return relevant;
});
const candidateCounts = queries.map((q) => providers.filter(q.postFilter).length);
out.labels = {
  candidatesMedian: median(candidateCounts),
  relevantMedian: median(relevantByQuery.map((r) => r.size)),
  queriesWithRelevant: relevantByQuery.filter((r) => r.size > 0).length,
};

// --- Engines: index build, memory, cross-check, recall, latency ----------------
out.index = {};
out.search = {};
out.recall = {};
for (const name of engineNames) {
  const engineModule = ENGINES[name];
  const ctx = { sdk, seed, outcodes };

  // Index build: median of several builds; memory = heap still in use after a full
  // GC with the index alive, minus before (the providers are shared, not counted).
  const buildRuns = size >= 100_000 ? 1 : 3;
  const buildTimes = [];
  let engine;
  for (let i = 0; i < buildRuns; i++) {
    engine = undefined;
    fullGc();
    const before = heapUsed();
    t = performance.now();
    engine = engineModule.build(providers, ctx);
    buildTimes.push(performance.now() - t);
    fullGc();
    out.index[name] = { heapMB: round((heapUsed() - before) / MB, 2) };
  }
  out.index[name].ms = round(median(buildTimes), 2);
  out.index[name].runs = buildRuns;
  progress(`${name}: index built in ${out.index[name].ms} ms`);

  // Cross-check: our finder's no-text result set must equal the peers' post-filter.
  if (name === 'mpf') {
    let mismatched = 0;
    for (const q of queries) {
      const ours = new Set(engine.candidates(q, providers.length));
      const theirs = providers.filter(q.postFilter);
      if (ours.size !== theirs.length || theirs.some((p) => !ours.has(p.id))) mismatched++;
    }
    out.postFilterMismatches = mismatched;
  }

  // Latency: page 1 (10 results) per query. A warm-up on the first 3 queries
  // estimates the cost of a pass over all 50.
  const warmStart = performance.now();
  for (const q of queries.slice(0, 3)) engine.search(q, PAGE_SIZE);
  const estimatedPassMs = ((performance.now() - warmStart) / 3) * queries.length;
  if (estimatedPassMs <= budgetMs) {
    // Fast engine: recall over ALL results, then passes over all 50 queries until
    // the time budget is spent (at least 3 passes, at most 200).
    out.recall[name] = scoreRecall(queries.map((q) => engine.search(q, providers.length)), queries, relevantByQuery);
    for (const q of queries) engine.search(q, PAGE_SIZE); // finish warming up
    const passes = Math.max(3, Math.min(200, Math.floor(budgetMs / Math.max(estimatedPassMs, 0.001))));
    const samples = [];
    for (let pass = 0; pass < passes; pass++) {
      for (const q of queries) {
        const start = performance.now();
        engine.search(q, PAGE_SIZE);
        samples.push(performance.now() - start);
      }
    }
    out.search[name] = summarise(samples, { passes, mode: 'page 1 of 10, repeated passes' });
  } else {
    // Slow engine (a pass would blow the budget): ONE pass, each search asked for
    // ALL results so the same call gives both the latency sample and the recall
    // (the peers score every match either way; only the post-filter loop is longer;
    // ours pages its results, so its sample is a separate page-1 search).
    // At 100,000, only every 5th query (10 of 50), stopping after SLOW_CAP_MS.
    const subset = size >= 100_000 ? queries.filter((_, i) => i % 5 === 0) : queries;
    const samples = [];
    const returned = [];
    const began = performance.now();
    for (const q of subset) {
      if (engineModule.pagesResults) {
        // Ours serves pages: "all results" is several searches, so time page 1 on its own.
        const start = performance.now();
        engine.search(q, PAGE_SIZE);
        samples.push(performance.now() - start);
        returned.push(engine.search(q, providers.length));
      } else {
        const start = performance.now();
        returned.push(engine.search(q, providers.length));
        samples.push(performance.now() - start);
      }
      if (size >= 100_000 && performance.now() - began > SLOW_CAP_MS && samples.length >= 5) break;
    }
    const complete = returned.length === queries.length;
    out.recall[name] = complete ? scoreRecall(returned, queries, relevantByQuery) : null;
    out.search[name] = summarise(samples, {
      passes: 1,
      mode: `slow engine: one pass, all results, ${samples.length} of ${queries.length} queries${complete ? '' : ' (capped; recall not scored at this size)'}`,
    });
  }
  progress(`${name}: p95 ${out.search[name].p95ms} ms (${out.search[name].samples} searches)`);
  engine = undefined;
}

writeFileSync(args.out, JSON.stringify(out, null, 2));

/** p50/p95/max of latency samples, in ms. */
function summarise(samples, extra) {
  return {
    p50ms: round(percentile(samples, 50), 4),
    p95ms: round(percentile(samples, 95), 4),
    maxMs: round(Math.max(...samples), 3),
    samples: samples.length,
    ...extra,
  };
}

/**
 * recall(q) = |returned ∩ relevant| / |relevant|, over queries with at least one
 * relevant provider; precision(q) = |returned ∩ relevant| / |returned| over queries
 * that returned anything; precisionAt10 uses the first 10 returned.
 * @param {string[][]} returnedByQuery ALL ids each query returned, best first
 */
function scoreRecall(returnedByQuery, qs, relevantSets) {
  const recalls = [];
  const precisions = [];
  const precisionsAt10 = [];
  const perQuery = [];
  let empty = 0;
  qs.forEach((q, i) => {
    const relevant = relevantSets[i];
    const returned = returnedByQuery[i];
    const hits = returned.filter((id) => relevant.has(id)).length;
    if (returned.length === 0) empty++;
    else {
      precisions.push(hits / returned.length);
      const top = returned.slice(0, 10);
      precisionsAt10.push(top.filter((id) => relevant.has(id)).length / top.length);
    }
    const recall = relevant.size ? hits / relevant.size : null;
    if (recall !== null) recalls.push(recall);
    perQuery.push({ id: q.id, kind: q.kind, returned: returned.length, relevant: relevant.size, recall: round(recall, 3) });
  });
  const byKind = {};
  for (const kind of ['plain', 'keyword', 'typo', 'welsh']) {
    byKind[kind] = round(mean(perQuery.filter((r) => r.kind === kind && r.recall !== null).map((r) => r.recall)), 3);
  }
  return {
    recall: round(mean(recalls), 3),
    precision: round(mean(precisions), 3),
    precisionAt10: round(mean(precisionsAt10), 3),
    queriesScored: recalls.length,
    queriesWithNoResults: empty,
    byKind,
    perQuery,
  };
}
