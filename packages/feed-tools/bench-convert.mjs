#!/usr/bin/env node
/**
 * Converting Open Referral vs parsing our own format, same providers both ways.
 *   node packages/feed-tools/bench-convert.mjs [--size 10000] [--runs 7]
 * Generates `size` fictional providers (scripts/sample/generate.mjs), exports them as one
 * ORUK 3.0 service list (descriptions wrapped in HTML, as councils publish them), then
 * times parseFeed on each JSON text (JSON.parse included), alternating, `runs` times after a
 * warm-up, in CPU time (garbage collection included); `ratio` compares the medians (one lucky
 * run moves a minimum a lot on a shared machine), `ratioOfMins` the fastest runs.
 * Target (issue 9): ORUK <= 2x ours. Prints one JSON line; exits 1 when over the target.
 * `npm run bench` measures the same at every size (`convert` in bench/results.json, wall time
 * after a full GC like its parse figures); this script is the quick stand-alone check.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { orukServiceList } from '../../bench/lib/oruk-feed.mjs';
import { loadSdk } from './lib/sdk.mjs';

const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, runs: { type: 'string', default: '7' } } });
const size = Number(values.size);
const runs = Number(values.runs);
const { generateFeed } = await import(pathToFileURL(fileURLToPath(new URL('../../scripts/sample/generate.mjs', import.meta.url))).href);
const { parseFeed } = await loadSdk();

const ours = generateFeed({ total: size });
const oruk = orukServiceList(parseFeed(ours));
const oursText = JSON.stringify(ours);
const orukText = JSON.stringify(oruk);

/** Runs both in turn `runs` times after a warm-up; CPU milliseconds, min and median of each. */
function measure(fns) {
  for (const fn of fns) fn();
  const times = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, j) => {
      // CPU time of this process (user + system), not wall time: other work on a shared machine does not count.
      const start = process.cpuUsage();
      fn();
      const used = process.cpuUsage(start);
      times[j].push((used.user + used.system) / 1000);
    });
  }
  return times.map((list) => {
    list.sort((a, b) => a - b);
    return { min: list[0], median: list[Math.floor(list.length / 2)] };
  });
}

let oursCount = 0;
let orukCount = 0;
const [oursTime, orukTime] = measure([
  () => (oursCount = parseFeed(oursText).providers.length),
  () => (orukCount = parseFeed(orukText).providers.length),
]);
const oursMs = oursTime.median;
const orukMs = orukTime.median;
const ratio = orukMs / oursMs;
console.log(
  JSON.stringify({
    size,
    runs,
    oursParseMs: { min: Math.round(oursTime.min), median: Math.round(oursTime.median) },
    orukConvertMs: { min: Math.round(orukTime.min), median: Math.round(orukTime.median) },
    ratio: Number(ratio.toFixed(2)),
    ratioOfMins: Number((orukTime.min / oursTime.min).toFixed(2)),
    target: 2,
    providers: { ours: oursCount, oruk: orukCount },
    bytes: { ours: oursText.length, oruk: orukText.length },
  }),
);
process.exitCode = ratio <= 2 ? 0 : 1;
