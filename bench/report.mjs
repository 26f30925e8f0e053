/**
 * Prints bench results as plain-text tables (stdout), with each target
 * from issue 6 marked as met or missed.
 */

const ENGINES = ['mpf', 'minisearch', 'fuse'];
const TARGETS = { p95At10k: 2, speedup: 5, parse10kMs: 150, firstResultsMs: 300, esmGzipBytes: 20 * 1024 };

const fmt = (v, digits = 2) => (v === null || v === undefined ? '-' : typeof v === 'number' ? v.toFixed(digits) : String(v));
const n = (size) => Number(size).toLocaleString('en-GB');
const mark = (ok) => (ok === null ? '' : ok ? ' ok' : ' MISSED');

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
  out.push(`micro-provider-finder bench  ${r.meta.date}  node ${r.meta.node}  ${r.meta.cpu} x${r.meta.cpus}  commit ${r.meta.commit}  load avg ${r.meta.loadAverage?.start}->${r.meta.loadAverage?.end}`);
  out.push('');
  if (sizes.length) {
    out.push(table(
      ['feed size', 'feed MB', 'JSON.parse ms', 'parse ms (median)', 'parse heap MB (high-water)', 'retained MB', 'index ms mpf', 'index ms minisearch', 'index ms fuse'],
      sizes.map((s) => [n(s), fmt(r.parse.feedBytes[s] / 1e6, 1), fmt(r.parse.jsonParseMs?.[s], 1), fmt(r.parse.ms[s], 1), fmt(r.parse.heapMB[s], 1), fmt(r.parse.retainedHeapMB[s], 1),
        ...ENGINES.map((e) => fmt(r.index.msByEngine[e][s], 1))]),
    ));
    out.push('');
    out.push(table(
      ['search p50 / p95 ms', ...sizes.map(n)],
      ENGINES.map((e) => [e, ...sizes.map((s) => `${fmt(r.search.p50ms[e][s], 3)} / ${fmt(r.search.p95ms[e][s], 3)}`)]),
    ));
    out.push('');
    out.push(table(
      ['index heap MB', ...sizes.map(n)],
      ENGINES.map((e) => [e, ...sizes.map((s) => fmt(r.index.heapMB[e][s], 1))]),
    ));
    out.push('');
    const rs = r.meta.recallSize;
    out.push(table(
      [`quality at ${n(rs)}`, 'recall', 'precision', 'precision@10', 'plain', 'keyword', 'typo', 'welsh'],
      ENGINES.map((e) => {
        const k = r.search.recallByKind[e] ?? {};
        return [e, fmt(r.search.recall[e], 3), fmt(r.search.precision[e][rs], 3), fmt(r.search.precisionAt10[e][rs], 3),
          fmt(k.plain, 3), fmt(k.keyword, 3), fmt(k.typo, 3), fmt(k.welsh, 3)];
      }),
    ));
    out.push('');
  }
  const b = r.bundle;
  out.push(`bundle gzip: ESM ${fmt(b.esmGzipBytes, 0)} B (budget ${b.budgetGzipBytes} B)${mark(b.esmGzipBytes === null ? null : b.esmGzipBytes <= TARGETS.esmGzipBytes)}` +
    `  ESM + lazy code chunks ${fmt(b.esmWithChunksGzipBytes, 0)} B  IIFE ${fmt(b.iifeGzipBytes, 0)} B  outcodes ${fmt(b.outcodesGzipBytes, 0)} B`);
  out.push(`first results (median of ${r.browser?.samplesMs?.length ?? 0} cold loads): ${fmt(r.firstResultsMs, 0)} ms` +
    mark(r.firstResultsMs === null ? null : r.firstResultsMs <= TARGETS.firstResultsMs));
  out.push('');
  out.push('targets:');
  const at10k = sizes.includes(10000);
  if (at10k) {
    const p95 = (e) => r.search.p95ms[e][10000];
    const speedup = (e) => p95(e) / p95('mpf');
    out.push(`  p95 at 10,000 <= ${TARGETS.p95At10k} ms: ${fmt(p95('mpf'), 3)} ms${mark(p95('mpf') <= TARGETS.p95At10k)}`);
    for (const peer of ['minisearch', 'fuse']) {
      const recallOk = r.search.recall.mpf >= r.search.recall[peer];
      out.push(`  >= ${TARGETS.speedup}x faster than ${peer} (p95) at equal or better recall: ${fmt(speedup(peer), 1)}x, recall ${fmt(r.search.recall.mpf, 3)} vs ${fmt(r.search.recall[peer], 3)}${mark(speedup(peer) >= TARGETS.speedup && recallOk)}`);
    }
    out.push(`  parse 10,000 <= ${TARGETS.parse10kMs} ms: ${fmt(r.parse.ms[10000], 1)} ms${mark(r.parse.ms[10000] <= TARGETS.parse10kMs)}`);
  } else {
    out.push('  (size 10,000 not measured: latency and parse targets not checked)');
  }
  const mismatches = Object.entries(r.search.postFilterMismatches ?? {}).filter(([, v]) => v);
  if (mismatches.length) out.push(`  WARNING post-filter disagrees with our finder's candidate set: ${mismatches.map(([s, v]) => `${v} queries at ${n(s)}`).join(', ')}`);
  if (r.meta.errors.length) out.push(`errors: ${r.meta.errors.join('; ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
