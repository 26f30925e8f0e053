/**
 * Prints bench results as plain-text tables (stdout): the fair table (every
 * engine, both query sets, every size) and each target of issue 14 marked as
 * met or missed.
 */

const ENGINES = ['mpf', 'mpf-new-place', 'minisearch', 'minisearch-vocab', 'fuse', 'fuse-vocab'];
const SETS = { care: 'care-needs set (50, queries.mjs)', plain: 'plain needs labelled blind (112, queries-plain.mjs)' };
const TARGETS = {
  p95At10k: 1,
  speedupVsMiniSearch: 10,
  p95At100k: 5,
  build100kMs: 1000,
  parseRatio10k: 1.3,
  orukRatio10k: 2,
  parse100kMs: 1500,
  firstResultsMs: 300,
  firstResultsThrottledMs: 1000,
  esmGzipBytes: 20 * 1024,
};

const fmt = (v, digits = 2) => (v === null || v === undefined ? '-' : typeof v === 'number' ? v.toFixed(digits) : String(v));
const n = (size) => Number(size).toLocaleString('en-GB');
const mark = (ok) => (ok === null || ok === undefined ? '' : ok ? ' ok' : ' MISSED');

function table(head, rows) {
  const all = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** Prints the tables for a results.json object. */
export function printReport(r) {
  const sizes = r.meta.sizes;
  const out = [];
  const load = r.meta.loadAverage ?? {};
  out.push(
    `micro-provider-finder bench  ${r.meta.date}  node ${r.meta.node}  ${r.meta.cpu} x${r.meta.cpus}  commit ${r.meta.commit}${r.meta.dirty ? ' (+ uncommitted changes)' : ''}  load avg ${load.start}->${load.end}`,
  );
  out.push(
    `load average per size (start->end): ${sizes.map((s) => `${n(s)} ${load.bySize?.[s]?.start}->${load.bySize?.[s]?.end}`).join(', ')}`,
  );
  out.push('');
  if (sizes.length) {
    out.push(
      table(
        ['feed size', 'feed MB', 'JSON.parse ms', 'parse ms', 'parse/JSON.parse', 'parse heap MB', 'retained MB'],
        sizes.map((s) => [
          n(s),
          fmt(r.parse.feedBytes[s] / 1e6, 1),
          fmt(r.parse.jsonParseMs?.[s], 1),
          fmt(r.parse.ms[s], 1),
          fmt(r.parse.ms[s] / r.parse.jsonParseMs?.[s], 2),
          fmt(r.parse.heapMB[s], 1),
          fmt(r.parse.retainedHeapMB[s], 1),
        ]),
      ),
    );
    if (r.convert && sizes.some((s) => r.convert.ratio?.[s] != null)) {
      out.push('');
      out.push(
        table(
          ['Open Referral', 'ORUK MB', 'parse ours ms', 'convert ORUK ms', 'ORUK/ours'],
          sizes.map((s) => [
            n(s),
            fmt(r.convert.orukBytes?.[s] / 1e6, 1),
            fmt(r.convert.oursParseMs?.[s], 1),
            fmt(r.convert.orukConvertMs?.[s], 1),
            fmt(r.convert.ratio?.[s], 2),
          ]),
        ),
      );
    }
    out.push('');
    for (const [set, title] of Object.entries(SETS)) {
      out.push(
        `${title}: page 1 of 10, p50 / p95 ms (over queries, each the median of its repeats); build = index + first search, ms; recall / P@10 over all results`,
      );
      const rows = [];
      for (const e of ENGINES) {
        if (!sizes.some((s) => r.search.latency[set][e]?.[s])) continue;
        rows.push([
          e,
          ...sizes.flatMap((s) => {
            const l = r.search.latency[set][e]?.[s];
            const q = r.search.quality[set][e]?.[s];
            const partial = q?.everyNthQuery > 1 ? `*${q.everyNthQuery}` : '';
            return [
              l ? `${fmt(l.p50ms, 3)} / ${fmt(l.p95ms, 3)}` : '-',
              fmt(r.index.msByEngine[e]?.[s], 0),
              q ? `${fmt(q.recall, 3)} / ${fmt(q.precisionAt10, 3)}${partial}` : '-',
            ];
          }),
        ]);
      }
      out.push(table(['engine', ...sizes.flatMap((s) => [`${n(s)} p50/p95`, 'build', 'recall / P@10'])], rows));
      out.push('');
    }
    out.push(
      '*k: a slow engine ran every k-th query only (one pass, all results); search.quality.*.mpfOnSameQueries has ours on the same queries.',
    );
    out.push('');
    for (const s of sizes) {
      const c = r.search.correctness?.[s];
      if (c)
        out.push(
          `correctness at ${n(s)}: ${c.queriesDiffering} of ${c.queries} queries differ from the brute-force reference (missed ${c.missed}, extra ${c.extra}); results outside the filters: ${c.outsideFilters}` +
            (c.newPlaceQueriesDiffering == null ? '' : `; page 1 with no place lists kept differs on ${c.newPlaceQueriesDiffering}`),
        );
    }
    out.push('');
  }
  const b = r.bundle ?? {};
  out.push(
    // First paint: the entry plus the chunks it imports statically (older results have only the entry).
    `bundle gzip: ESM first paint (entry + ${Math.max(0, (b.firstPaintFiles?.length ?? 1) - 1)} static chunk(s)) ${fmt(b.firstPaintGzipBytes, 0)} B (budget ${b.budgetGzipBytes} B)${mark(b.firstPaintGzipBytes == null ? null : b.firstPaintGzipBytes <= TARGETS.esmGzipBytes)}` +
      `, entry alone ${fmt(b.esmGzipBytes, 0)} B  ESM + lazy code chunks ${fmt(b.esmWithChunksGzipBytes, 0)} B  IIFE ${fmt(b.iifeGzipBytes, 0)} B  outcodes ${fmt(b.outcodesGzipBytes, 0)} B`,
  );
  const br = r.browser ?? {};
  out.push(
    `first results, CDN bundle, feed gzip (median of cold loads): unthrottled ${fmt(br.firstResultsMs ?? r.firstResultsMs, 0)} ms${mark(br.firstResultsMs == null ? null : br.firstResultsMs <= TARGETS.firstResultsMs)}; ` +
      `4x CPU + 1.6 Mbit/s, 150 ms RTT ${fmt(br.throttled?.firstResultsMs, 0)} ms${mark(br.throttled?.firstResultsMs == null ? null : br.throttled.firstResultsMs <= TARGETS.firstResultsThrottledMs)}`,
  );
  const floor = br.throttled?.networkFloor;
  if (floor) {
    out.push(
      `  throttled network floor (no CPU time at all): ${fmt(floor.bytes / 1000, 1)} kB gzip needed (feed ${fmt(floor.feedBytes / 1000, 1)} kB) = ` +
        `${fmt(floor.lineMs, 0)} ms on the line + ${floor.roundTrips} chained round trips = ${fmt(floor.ms, 0)} ms`,
    );
  }
  out.push('');
  out.push('targets (issue 14):');
  const lat = (e, s) => r.search.latency.care[e]?.[s];
  /** The same figure for the first search from each place (no place list kept), beside it. */
  const newPlace = (s) => {
    const p95 = lat('mpf-new-place', s)?.p95ms;
    return p95 == null
      ? ''
      : ` (first search from a place: ${fmt(p95, 3)} ms${mark(p95 <= (s === 10000 ? TARGETS.p95At10k : TARGETS.p95At100k))})`;
  };
  if (sizes.includes(10000)) {
    const p95 = lat('mpf', 10000)?.p95ms;
    out.push(`  search p95 at 10,000 <= ${TARGETS.p95At10k} ms: ${fmt(p95, 3)} ms${mark(p95 <= TARGETS.p95At10k)}${newPlace(10000)}`);
    const ms = lat('minisearch', 10000)?.p95ms;
    const recallOurs = r.search.quality.care.mpf?.[10000]?.recall;
    const recallMs = r.search.quality.care.minisearch?.[10000]?.recall;
    out.push(
      `  >= ${TARGETS.speedupVsMiniSearch}x MiniSearch (fair) p95 at >= its recall: ${fmt(ms / p95, 1)}x, recall ${fmt(recallOurs, 3)} vs ${fmt(recallMs, 3)}${mark(ms / p95 >= TARGETS.speedupVsMiniSearch && recallOurs >= recallMs)}`,
    );
    const ratio = r.parse.ms[10000] / r.parse.jsonParseMs[10000];
    out.push(`  parse 10,000 <= ${TARGETS.parseRatio10k}x JSON.parse: ${fmt(ratio, 2)}x${mark(ratio <= TARGETS.parseRatio10k)}`);
    const oruk = r.convert?.ratio?.[10000];
    if (oruk != null)
      out.push(
        `  Open Referral 10,000 <= ${TARGETS.orukRatio10k}x parsing ours (issue 9): ${fmt(oruk, 2)}x${mark(oruk <= TARGETS.orukRatio10k)}`,
      );
  }
  if (sizes.includes(100000)) {
    const p95 = lat('mpf', 100000)?.p95ms;
    out.push(`  search p95 at 100,000 <= ${TARGETS.p95At100k} ms: ${fmt(p95, 3)} ms${mark(p95 <= TARGETS.p95At100k)}${newPlace(100000)}`);
    const build = r.index.msByEngine.mpf?.[100000];
    out.push(`  build at 100,000 <= ${TARGETS.build100kMs} ms: ${fmt(build, 0)} ms${mark(build <= TARGETS.build100kMs)}`);
    out.push(
      `  parse 100,000 <= ${TARGETS.parse100kMs} ms: ${fmt(r.parse.ms[100000], 0)} ms${mark(r.parse.ms[100000] <= TARGETS.parse100kMs)}`,
    );
  }
  const mismatches = Object.entries(r.search.postFilterMismatches ?? {}).filter(([, v]) => v);
  if (mismatches.length)
    out.push(
      `  WARNING post-filter disagrees with our finder's candidate set: ${mismatches.map(([s, v]) => `${v} queries at ${n(s)}`).join(', ')}`,
    );
  if (r.meta.durationSeconds != null) {
    const bySize = Object.entries(r.meta.secondsBySize ?? {}).map(([s, v]) => `${n(s)} ${v?.total ?? '-'} s`);
    out.push(`run took ${Math.round(r.meta.durationSeconds)} s (${bySize.join(', ')})`);
  }
  if (r.meta.errors.length) out.push(`errors: ${r.meta.errors.join('; ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
