/**
 * Where our time goes: runs parse or search (ours only) under the V8 CPU
 * profiler and prints the functions with the most self time, mapped back to
 * their packages/sdk source file (esbuild marks each file in the bundle).
 *
 *   node bench/profile.mjs --what search --size 10000   (or --what parse, --what index)
 *
 * The raw profile is written to bench/tmp/<what>-<size>.cpuprofile (open it
 * in Chrome DevTools > Performance for the call tree).
 */
import { Session } from 'node:inspector/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildSdk, SDK_BUNDLE } from './lib/build-sources.mjs';
import { GENERATOR, TMP } from './lib/paths.mjs';
import { QUERIES } from './queries.mjs';

const { values: args } = parseArgs({
  options: {
    what: { type: 'string', default: 'search' },
    size: { type: 'string', default: '10000' },
    seed: { type: 'string', default: 'bench-2026' },
    top: { type: 'string', default: '25' },
  },
});
const size = Number(args.size);
await buildSdk();
const sdk = await import(pathToFileURL(SDK_BUNDLE).href);
const { generateFeed } = await import(pathToFileURL(GENERATOR).href);
const text = JSON.stringify(generateFeed({ seed: args.seed, total: size }));
const outcodes = await sdk.loadOutcodeTable();

let work;
if (args.what === 'parse') {
  work = () => {
    for (let i = 0; i < 5; i++) sdk.parseFeed(text);
  };
} else if (args.what === 'index') {
  const providers = sdk.parseFeed(text).providers;
  work = () => {
    for (let i = 0; i < 3; i++) sdk.createFinder(providers, { seed: args.seed, outcodes });
  };
} else {
  const finder = sdk.createFinder(sdk.parseFeed(text).providers, { seed: args.seed, outcodes });
  const queries = [];
  for (const q of QUERIES) {
    const r = await sdk.resolvePostcode(q.postcode, { outcodes });
    queries.push({ ...q, origin: r.ok ? r.value : undefined, page: 1, pageSize: 10 });
  }
  for (const q of queries) finder.search(q); // warm up
  work = () => {
    for (let i = 0; i < 10; i++) for (const q of queries) finder.search(q);
  };
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const began = performance.now();
work();
const elapsed = performance.now() - began;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
const file = join(TMP, `${args.what}-${size}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));

// Map bundle line -> source file using esbuild's "// packages/..." markers.
const bundleLines = readFileSync(SDK_BUNDLE, 'utf8').split('\n');
const fileAt = [];
let current = '?';
bundleLines.forEach((line, i) => {
  const m = /^\/\/ (packages\/\S+|node_modules\/\S+)$/.exec(line);
  if (m) current = m[1];
  fileAt[i] = current;
});
const bundleUrl = pathToFileURL(SDK_BUNDLE).href;
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const self = new Map();
let total = 0;
for (const node of profile.nodes) {
  const us = dt.get(node.id) ?? 0;
  total += us;
  const cf = node.callFrame;
  const where =
    cf.url === bundleUrl ? `${fileAt[cf.lineNumber] ?? '?'}:${cf.lineNumber + 1}` : cf.url ? cf.url.replace(/^.*\//, '') : '(native)';
  const key = `${cf.functionName || '(anonymous)'}  ${where}`;
  self.set(key, (self.get(key) ?? 0) + us);
}
console.log(`${args.what} at ${size.toLocaleString('en-GB')}: ${elapsed.toFixed(0)} ms profiled; top self time:`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`);
}
console.log(`profile: ${file}`);
