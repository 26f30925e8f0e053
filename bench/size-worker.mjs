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
import { loadavg } from 'node:os';
import { QUERIES } from './queries.mjs';
import { PLAIN_QUERIES } from './queries-plain.mjs';
import { makePostFilter } from './lib/post-filter.mjs';
import { makeReference } from './lib/reference.mjs';
import { SDK_BUNDLE } from './lib/build-sources.mjs';
import { GENERATOR } from './lib/paths.mjs';
import { orukServiceList } from './lib/oruk-feed.mjs';
import { median, percentile, mean, round } from './lib/stats.mjs';
import * as mpf from './engines/mpf.mjs';
import * as mpfNewPlace from './engines/mpf-new-place.mjs';
import * as minisearch from './engines/minisearch.mjs';
import * as minisearchVocab from './engines/minisearch-vocab.mjs';
import * as fuse from './engines/fuse.mjs';
import * as fuseVocab from './engines/fuse-vocab.mjs';

const ENGINES = { mpf, 'mpf-new-place': mpfNewPlace, minisearch, 'minisearch-vocab': minisearchVocab, fuse, 'fuse-vocab': fuseVocab };
/** The query sets: the 50 care needs (queries.mjs) and the 112 plain needs labelled blind (queries-plain.mjs). */
const SETS = { care: QUERIES, plain: PLAIN_QUERIES };
/** Results per page in the element: latency is measured for page 1 of this size. */
const PAGE_SIZE = 10;
const MB = 1024 * 1024;

const { values: args } = parseArgs({
  options: {
    size: { type: 'string' },
    seed: { type: 'string', default: 'bench-2026' },
    out: { type: 'string' },
    engines: { type: 'string', default: Object.keys(ENGINES).join(',') },
    'budget-ms': { type: 'string', default: '120000' },
    /** Wall-clock budget for a slow engine's one pass (all results) over the queries: beyond it, every k-th query only. */
    'slow-cap-ms': { type: 'string', default: '120000' },
    repeats: { type: 'string', default: '7' },
    /** Leave out the Open Referral conversion timing. */
    'skip-convert': { type: 'boolean', default: false },
  },
});
const size = Number(args.size);
const seed = args.seed;
/**
 * Fuse.js takes tens of seconds per query at 100,000 (and minutes to build with the vocabulary): unless
 * `--engines` names them, it is left out at that size; its 1,000 and 10,000 figures show the trend.
 */
const FUSE_ENGINES = ['fuse', 'fuse-vocab'];
const explicitEngines = process.argv.includes('--engines');
const engineNames = args.engines
  .split(',')
  .filter((name) => explicitEngines || Number(args.size) < 100_000 || !FUSE_ENGINES.includes(name));
const budgetMs = Number(args['budget-ms']);
const SLOW_CAP_MS = Number(args['slow-cap-ms']);
/** A build slower than this is not repeated (Fuse.js with the vocabulary takes tens of seconds): one build is its figure. */
const SLOW_BUILD_MS = 2000;

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
const workerStart = performance.now();
const progress = (line) =>
  process.stderr.write(`[bench]   ${size.toLocaleString('en-GB')} (+${Math.round((performance.now() - workerStart) / 1000)} s): ${line}\n`);
/** Wall seconds each part of this size took (`phaseSeconds` in the output), so a run's duration can be planned. */
const phaseSeconds = {};
let phaseStart = performance.now();
const endPhase = (name) => {
  const now = performance.now();
  phaseSeconds[name] = round((now - phaseStart) / 1000, 1);
  phaseStart = now;
};

const sdk = await import(pathToFileURL(SDK_BUNDLE).href);
const { generateFeed } = await import(pathToFileURL(GENERATOR).href);

const out = { size, seed, engines: engineNames, repeats: Number(args.repeats), loadAverage: { start: round(loadavg()[0], 1) } };

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
// parseFeed and the floor under any parser, JSON.parse of the same text alone, alternate in one
// loop (full GC before each run), so a load spike on a shared machine hits both alike.
const parseTimes = [];
const jsonTimes = [];
for (let i = 0; i < parseRuns; i++) {
  for (const which of i % 2 === 0 ? ['parseFeed', 'JSON.parse'] : ['JSON.parse', 'parseFeed']) {
    if (which === 'parseFeed') parsed = undefined;
    fullGc();
    t = performance.now();
    if (which === 'parseFeed') {
      parsed = sdk.parseFeed(feedText);
      parseTimes.push(performance.now() - t);
    } else {
      JSON.parse(feedText);
      jsonTimes.push(performance.now() - t);
    }
  }
}
out.parse.runs = parseRuns;
out.parse.medianMs = round(median(parseTimes), 2);
out.parse.jsonParseMedianMs = round(median(jsonTimes), 2);
const providers = parsed.providers;

progress(`parsed in ${out.parse.medianMs} ms (median; JSON.parse alone ${out.parse.jsonParseMedianMs} ms)`);
endPhase('generateAndParse');

// --- Open Referral: converting the same providers vs parsing our own format (issue 9) ---
// The parsed providers exported as one ORUK 3.0 service list (descriptions wrapped in HTML, as
// councils publish them), then parseFeed on each JSON text, JSON.parse included: the same
// discipline as parse (full GC before each run, median), ours and ORUK alternating in one loop
// so load hits both alike. Target: ORUK <= 2x ours at 10,000.
if (!args['skip-convert']) {
  const orukText = JSON.stringify(orukServiceList(parsed));
  const texts = { ours: feedText, oruk: orukText };
  const times = { ours: [], oruk: [] };
  const counts = {};
  for (const [name, text] of Object.entries(texts)) counts[name] = sdk.parseFeed(text).providers.length; // warm-up
  // The target is at 10,000; at 100,000 three runs each keep the run's length down (a run there is seconds).
  const convertRuns = size >= 100_000 ? 3 : parseRuns;
  for (let i = 0; i < convertRuns; i++) {
    for (const name of i % 2 === 0 ? ['ours', 'oruk'] : ['oruk', 'ours']) {
      fullGc();
      t = performance.now();
      sdk.parseFeed(texts[name]);
      times[name].push(performance.now() - t);
    }
  }
  const oursMs = median(times.ours);
  const orukMs = median(times.oruk);
  out.convert = {
    runs: convertRuns,
    oursParseMs: round(oursMs, 2),
    orukConvertMs: round(orukMs, 2),
    ratio: round(orukMs / oursMs, 2),
    orukBytes: Buffer.byteLength(orukText),
    providers: counts,
  };
  progress(`Open Referral: converting ${round(orukMs, 0)} ms vs parsing ours ${round(oursMs, 0)} ms (${out.convert.ratio}x)`);
}
endPhase('convert');

// --- Queries: resolve each postcode once, outside every timing ------------------
const outcodes = await sdk.loadOutcodeTable();
const sets = {};
for (const [setName, list] of Object.entries(SETS)) {
  sets[setName] = [];
  for (const q of list) {
    const resolved = await sdk.resolvePostcode(q.postcode, { outcodes });
    if (!resolved.ok) throw new Error(`${setName} query ${q.id}: postcode ${q.postcode} did not resolve (${resolved.error.kind})`);
    const prepared = { ...q, set: setName, origin: resolved.value };
    prepared.postFilter = makePostFilter(prepared, sdk, outcodes);
    sets[setName].push(prepared);
  }
}
const allQueries = Object.values(sets).flat();

// --- Relevance labels: the filtered candidate set and its relevant subset -------
// One pass of the post-filter per query (it is 16 million calls at 100,000): candidates counted on the way.
const relevantOf = new Map();
const candidateCountOf = new Map();
/** The care queries' candidates, kept for the post-filter cross-check below. */
const careCandidatesOf = new Map();
for (const q of allQueries) {
  const relevant = new Set();
  const kept = q.set === 'care' ? [] : undefined;
  let candidates = 0;
  for (const p of providers) {
    if (!q.postFilter(p)) continue;
    candidates++;
    kept?.push(p);
    if (p.support.some((s) => q.expect.includes(s))) relevant.add(p.id);
  }
  relevantOf.set(q, relevant);
  candidateCountOf.set(q, candidates);
  if (kept) careCandidatesOf.set(q, kept);
}
out.labels = Object.fromEntries(
  Object.entries(sets).map(([name, qs]) => [
    name,
    {
      queries: qs.length,
      candidatesMedian: median(qs.map((q) => candidateCountOf.get(q))),
      relevantMedian: median(qs.map((q) => relevantOf.get(q).size)),
      queriesWithRelevant: qs.filter((q) => relevantOf.get(q).size > 0).length,
    },
  ]),
);

endPhase('queriesAndLabels');

// --- Engines: build (to the first result), memory -------------------------------
// Every engine is built, then kept alive, so the latency loop can interleave them.
out.index = {};
out.search = {};
out.recall = {};
const engines = {};
const ctx = { sdk, seed, outcodes };
const firstQuery = sets.care[0];
for (const name of engineNames) {
  const engineModule = ENGINES[name];
  // Build time = everything done before the first result: constructing the index AND the
  // first search (our place table, any lazily built structure), median of several builds.
  // Median of 3 at every size; a build over SLOW_BUILD_MS is not repeated (its one build is its figure).
  const buildRuns = 3;
  const buildTimes = [];
  let engine;
  for (let i = 0; i < buildRuns && !(i > 0 && buildTimes[0] > SLOW_BUILD_MS); i++) {
    engine = undefined;
    fullGc();
    const before = heapUsed();
    t = performance.now();
    engine = engineModule.build(providers, ctx);
    engine.search(firstQuery, PAGE_SIZE);
    buildTimes.push(performance.now() - t);
    fullGc();
    out.index[name] = { heapMB: round((heapUsed() - before) / MB, 2) };
  }
  out.index[name].ms = round(median(buildTimes), 2);
  out.index[name].runs = buildTimes.length;
  engines[name] = engine;
  progress(`${name}: built (to first result) in ${out.index[name].ms} ms`);
}
endPhase('build');

// --- Correctness: our finder against the post-filter and a brute-force reference --
if (engines.mpf) {
  let mismatched = 0;
  for (const q of sets.care) {
    const ours = new Set(engines.mpf.candidates(q, providers.length));
    const theirs = careCandidatesOf.get(q);
    if (ours.size !== theirs.length || theirs.some((p) => !ours.has(p.id))) mismatched++;
  }
  out.postFilterMismatches = mismatched;
  const reference = makeReference(providers, sdk);
  const check = { queries: 0, queriesDiffering: 0, missed: 0, extra: 0, outsideFilters: 0, examples: [] };
  const byId = new Map(providers.map((p) => [p.id, p]));
  for (const q of allQueries) {
    const expected = reference(q);
    const ours = engines.mpf.search(q, providers.length);
    const oursSet = new Set(ours);
    const missed = [...expected].filter((id) => !oursSet.has(id));
    const extra = ours.filter((id) => !expected.has(id));
    check.outsideFilters += ours.filter((id) => !q.postFilter(byId.get(id))).length;
    check.queries++;
    check.missed += missed.length;
    check.extra += extra.length;
    if (missed.length || extra.length) {
      check.queriesDiffering++;
      if (check.examples.length < 5)
        check.examples.push({ set: q.set, id: q.id, text: q.text, missed: missed.slice(0, 3), extra: extra.slice(0, 3) });
    }
  }
  // With no place lists kept, ours must give the very same page 1 (same ids, same order) as with them.
  if (engines['mpf-new-place']) {
    check.newPlaceQueriesDiffering = allQueries.filter(
      (q) => engines['mpf-new-place'].search(q, PAGE_SIZE).join() !== engines.mpf.search(q, PAGE_SIZE).join(),
    ).length;
  }
  out.correctness = check;
  progress(
    `correctness: ${check.queriesDiffering} of ${check.queries} queries differ from the reference (missed ${check.missed}, extra ${check.extra}, outside filters ${check.outsideFilters})`,
  );
}
endPhase('correctness');

// --- Recall pass (ALL results per query; also the warm-up) -------------------------
// A slow engine (the pass would exceed SLOW_CAP_MS) runs every k-th query only; its
// all-results searches are then also its latency samples (one repeat).
const passMs = {};
const slowSamples = {};
for (const name of engineNames) {
  const engine = engines[name];
  // Estimated on queries spread over both sets (the first few care queries alone misjudged Fuse.js by 2x).
  const sample = allQueries.filter((_, i) => i % Math.ceil(allQueries.length / 6) === 0);
  const estimate = (() => {
    const start = performance.now();
    for (const q of sample) engine.search(q, providers.length);
    return ((performance.now() - start) / sample.length) * allQueries.length;
  })();
  // Slow for the timing loop when its repeats of page-1 searches would exceed the budget.
  const pageEstimate = (() => {
    const start = performance.now();
    for (const q of sample) engine.search(q, PAGE_SIZE);
    return ((performance.now() - start) / sample.length) * allQueries.length * Number(args.repeats);
  })();
  const step = estimate <= SLOW_CAP_MS ? 1 : Math.ceil(estimate / SLOW_CAP_MS);
  const returned = new Map();
  const times = [];
  const began = performance.now();
  for (const [i, q] of allQueries.entries()) {
    if (i % step !== 0) continue;
    const start = performance.now();
    returned.set(q, engine.search(q, providers.length));
    times.push(performance.now() - start);
  }
  passMs[name] = performance.now() - began;
  out.recall[name] = { step };
  for (const [setName, qs] of Object.entries(sets))
    out.recall[name][setName] = scoreRecall(
      qs.filter((q) => returned.has(q)),
      returned,
    );
  if (pageEstimate > budgetMs) slowSamples[name] = times;
  progress(
    `${name}: recall pass ${Math.round(passMs[name])} ms${step > 1 ? ` (every ${step}th query)` : ''}; care recall ${out.recall[name].care.recall}, plain ${out.recall[name].plain.recall}`,
  );
}
// Ours on exactly the queries a slow engine ran, so their recall can be compared.
if (engines.mpf) {
  for (const name of engineNames) {
    const step = out.recall[name].step;
    if (name === 'mpf' || step === 1) continue;
    const returned = new Map();
    allQueries.forEach((q, i) => i % step === 0 && returned.set(q, engines.mpf.search(q, providers.length)));
    out.recall[name].mpfSameQueries = Object.fromEntries(
      Object.entries(sets).map(([setName, qs]) => [
        setName,
        scoreRecall(
          qs.filter((q) => returned.has(q)),
          returned,
        ),
      ]),
    );
  }
}

endPhase('recall');

// --- Latency: page 1 of 10, every engine in the same loop ---------------------------
// Repeats of one pass over all queries (both sets); within a pass, each query is run by
// every fast engine in turn (engine order rotates per query), so load spikes hit all
// engines alike. Per query: min and median across repeats; p50/p95 are over queries.
const fast = engineNames.filter((name) => !slowSamples[name]);
const repeats = Number(args.repeats);
const samples = Object.fromEntries(fast.map((name) => [name, allQueries.map(() => [])]));
for (let r = 0; r < repeats; r++) {
  allQueries.forEach((q, qi) => {
    for (let k = 0; k < fast.length; k++) {
      const name = fast[(k + qi + r) % fast.length];
      const start = performance.now();
      engines[name].search(q, PAGE_SIZE);
      samples[name][qi].push(performance.now() - start);
    }
  });
}
for (const name of engineNames) {
  out.search[name] = {};
  for (const setName of Object.keys(sets)) {
    if (slowSamples[name]) {
      const step = out.recall[name].step;
      const idx = allQueries.map((q, i) => (q.set === setName && i % step === 0 ? i : -1)).filter((i) => i >= 0);
      const times = idx.map((i) => slowSamples[name][Math.floor(i / step)]);
      out.search[name][setName] = {
        ...summarise(times, times),
        repeats: 1,
        mode: `slow engine: one pass, all results${step > 1 ? `, every ${step}th query` : ''}`,
      };
    } else {
      const perQuery = allQueries.map((q, i) => (q.set === setName ? samples[name][i] : null)).filter(Boolean);
      out.search[name][setName] = {
        ...summarise(
          perQuery.map((s) => median(s)),
          perQuery.map((s) => Math.min(...s)),
        ),
        repeats,
        mode: 'page 1 of 10, interleaved repeats',
      };
    }
  }
  progress(
    `${name}: care p50/p95 ${out.search[name].care.p50ms}/${out.search[name].care.p95ms} ms, plain ${out.search[name].plain.p50ms}/${out.search[name].plain.p95ms} ms`,
  );
}
endPhase('latency');
out.loadAverage.end = round(loadavg()[0], 1);
out.phaseSeconds = phaseSeconds;
out.seconds = round((performance.now() - workerStart) / 1000, 1);
progress(
  `done in ${out.seconds} s (${Object.entries(phaseSeconds)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')})`,
);

writeFileSync(args.out, JSON.stringify(out, null, 2));

/** p50/p95 over queries of each query's median across repeats, and p95 of each query's minimum. */
function summarise(medians, mins) {
  return {
    p50ms: round(percentile(medians, 50), 4),
    p95ms: round(percentile(medians, 95), 4),
    p95OfMinMs: round(percentile(mins, 95), 4),
    maxMs: round(Math.max(...medians), 3),
    queries: medians.length,
  };
}

/**
 * recall(q) = |returned ∩ relevant| / |relevant|, over queries with at least one
 * relevant provider; precision(q) = |returned ∩ relevant| / |returned| over queries
 * that returned anything; precisionAt10 uses the first 10 returned.
 * @param {object[]} qs the queries scored
 * @param {Map<object, string[]>} returnedOf ALL ids each query returned, best first
 */
function scoreRecall(qs, returnedOf) {
  const recalls = [];
  const precisions = [];
  const precisionsAt10 = [];
  const perQuery = [];
  let empty = 0;
  for (const q of qs) {
    const relevant = relevantOf.get(q);
    const returned = returnedOf.get(q);
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
  }
  const byKind = {};
  for (const kind of new Set(qs.map((q) => q.kind))) {
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
