#!/usr/bin/env node
/**
 * Converting Open Referral vs parsing our own format, same providers both ways.
 *   node packages/feed-tools/bench-convert.mjs [--size 10000] [--runs 7]
 * Generates `size` fictional providers (scripts/sample/generate.mjs), exports them as one
 * ORUK 3.0 service list (descriptions wrapped in HTML, as councils publish them), then
 * times parseFeed on each JSON text (JSON.parse included), median of `runs` after a warm-up.
 * Target (issue 9): ORUK <= 2x ours. Prints one JSON line; exits 1 when over the target.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { toOruk3 } from './lib/export-oruk.mjs';
import { loadSdk } from './lib/sdk.mjs';

const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, runs: { type: 'string', default: '7' } } });
const size = Number(values.size);
const runs = Number(values.runs);
const { generateFeed } = await import(pathToFileURL(fileURLToPath(new URL('../../scripts/sample/generate.mjs', import.meta.url))).href);
const { parseFeed } = await loadSdk();

const ours = generateFeed({ total: size });
const oruk = toOruk3(parseFeed(ours));
for (const service of oruk.contents) if (service.description) service.description = `<p>${service.description.replace(/&/g, '&amp;').replace(/\n\n/g, '</p><p>')}</p>`;
const oursText = JSON.stringify(ours);
const orukText = JSON.stringify(oruk);

function median(fn) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

let oursCount = 0;
let orukCount = 0;
const oursMs = median(() => (oursCount = parseFeed(oursText).providers.length));
const orukMs = median(() => (orukCount = parseFeed(orukText).providers.length));
const ratio = orukMs / oursMs;
console.log(JSON.stringify({
  size,
  runs,
  oursParseMs: Math.round(oursMs),
  orukConvertMs: Math.round(orukMs),
  ratio: Number(ratio.toFixed(2)),
  target: 2,
  providers: { ours: oursCount, oruk: orukCount },
  bytes: { ours: oursText.length, oruk: orukText.length },
}));
process.exitCode = ratio <= 2 ? 0 : 1;
