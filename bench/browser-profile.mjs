/**
 * Where the time to first results goes (bench/browser.mjs measures it; this explains it).
 *
 *   node bench/browser-profile.mjs [--throttled] [--dist DIR]
 *       one cold load with a Chromium performance trace: when each file was asked for and
 *       arrived, the renderer's main-thread work by kind (script, style, layout, paint, GC) in
 *       each interval between arrivals, and the functions that took the most CPU (sampled),
 *       all in ms since navigation start. `--out FILE` also keeps the trace (for DevTools);
 *       `--window FROM-TO` (ms) puts the inclusive CPU list on that span instead of the tail.
 *   node bench/browser-profile.mjs --compare DIR_A,DIR_B [--loads 5]
 *       A/B of two builds (each a packages/elements/dist), alternating cold loads (A, B, A, B...)
 *       so both see the same machine load; medians unthrottled and throttled, with the load average.
 *
 * DIR defaults to this checkout's packages/elements/dist (build it first: `npm run build`).
 */
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { median } from './lib/stats.mjs';
import { PAGE, PAGE_PATH, coldLoad } from './browser.mjs';

const { values: args } = parseArgs({
  options: {
    throttled: { type: 'boolean', default: false },
    dist: { type: 'string' },
    compare: { type: 'string' },
    loads: { type: 'string', default: '5' },
    out: { type: 'string' },
    top: { type: 'string', default: '25' },
    window: { type: 'string' },
  },
});
const DEFAULT_DIST = join(ROOT, 'packages/elements/dist');
const { default: puppeteer } = await import('puppeteer-core');
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

async function withServer(dist, run) {
  const server = await serveStatic([dist, join(ROOT, 'demo')], { gzip: true, pages: { [PAGE_PATH]: PAGE } });
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}

if (args.compare) {
  const dists = args.compare.split(',');
  const loads = Number(args.loads);
  const samples = dists.map(() => ({ unthrottled: [], throttled: [] }));
  // One server per build for the whole run (each file is gzipped once, on its first request).
  const servers = await Promise.all(
    dists.map((dist) => serveStatic([dist, join(ROOT, 'demo')], { gzip: true, pages: { [PAGE_PATH]: PAGE } })),
  );
  console.log(`load average before: ${load()}`);
  try {
    for (const throttled of [false, true]) {
      for (let i = 0; i < loads; i++) {
        for (const [d, server] of servers.entries()) {
          const { ms } = await coldLoad(server, { throttled, puppeteer });
          samples[d][throttled ? 'throttled' : 'unthrottled'].push(ms);
          console.log(`  ${throttled ? 'throttled  ' : 'unthrottled'} ${String.fromCharCode(65 + d)} ${ms.toFixed(0)} ms (load ${load()})`);
        }
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
  console.log(`load average after: ${load()}`);
  for (const [d, dist] of dists.entries()) {
    const s = samples[d];
    const fmt = (list) => `median ${median(list).toFixed(0)} ms [${list.map((n) => n.toFixed(0)).join(', ')}]`;
    console.log(`${String.fromCharCode(65 + d)} ${dist}\n  unthrottled ${fmt(s.unthrottled)}\n  throttled   ${fmt(s.throttled)}`);
  }
} else {
  await withServer(args.dist ?? DEFAULT_DIST, async (server) => {
    let trace;
    const result = await coldLoad(server, {
      throttled: args.throttled,
      puppeteer,
      beforeLoad: (page) =>
        page.tracing.start({
          categories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'v8.execute',
            'v8',
            'blink.user_timing',
            'loading',
            'disabled-by-default-v8.cpu_profiler',
          ],
        }),
      afterResult: async (page) => {
        trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
      },
    });
    if (args.out) writeFileSync(args.out, JSON.stringify(trace));
    summarise(trace, result);
  });
}

/** Prints the load's files, main-thread work between arrivals, and the hottest functions. */
function summarise(trace, { ms, arrivedMs, requestedMs }) {
  const events = trace.traceEvents;
  console.log(`load average ${load()}; first result at ${ms.toFixed(0)} ms${args.throttled ? ' (throttled)' : ''}`);
  console.log('\nfiles (ms since navigation start): asked for -> arrived');
  for (const [name, at] of Object.entries(arrivedMs).sort((a, b) => a[1] - b[1])) {
    console.log(`  ${String(requestedMs[name] ?? '').padStart(5)} -> ${String(at).padStart(5)}  ${name}`);
  }
  // The renderer's main thread: the one that ran the navigation.
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.includes(PAGE_PATH),
  );
  if (!nav) {
    console.log('no navigationStart in the trace');
    return;
  }
  const t0 = nav.ts;
  const at = (ts) => (ts - t0) / 1000;
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
  // Work by kind, per interval between the first result's milestones.
  const marks = [0, ...Object.values(arrivedMs).sort((a, b) => a - b), ms].filter((v, i, a) => a.indexOf(v) === i);
  const kindOf = (name) =>
    /^(EvaluateScript|v8\.compile|v8\.evaluateModule|FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.run|v8\.callFunction|V8\.Execute|v8\.compileModule|v8\.produceModuleCache|XHRReadyStateChange)$/.test(
      name,
    )
      ? 'script'
      : /^(UpdateLayoutTree|ParseAuthorStyleSheet|RecalculateStyles|ScheduleStyleRecalculation)$/.test(name)
        ? 'style'
        : /^(Layout|UpdateLayerTree|PrePaint|Layerize)$/.test(name)
          ? 'layout'
          : /^(Paint|Commit|CompositeLayers|RasterTask)$/.test(name)
            ? 'paint'
            : /GC|Gc|gc/.test(name)
              ? 'gc'
              : /^(ParseHTML)$/.test(name)
                ? 'html'
                : null;
  // Top-level tasks only (RunTask), with their children's kinds attributed by self time approximated as: first matching descendant kind.
  const complete = main.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = complete.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  console.log('\nrenderer main thread, busy ms per interval (top-level tasks), with the kinds of work inside (ms, outermost events)');
  for (let i = 0; i + 1 < marks.length; i++) {
    const [from, to] = [marks[i], marks[i + 1]];
    const inside = (e) => at(e.ts) >= from && at(e.ts) < to;
    const busy = tasks.filter(inside).reduce((n, e) => n + e.dur / 1000, 0);
    const kinds = {};
    let coveredUntil = -Infinity;
    for (const e of complete.filter(inside)) {
      const kind = kindOf(e.name);
      if (!kind || e.ts < coveredUntil) continue;
      kinds[kind] = (kinds[kind] ?? 0) + e.dur / 1000;
      coveredUntil = e.ts + e.dur;
    }
    const detail = Object.entries(kinds)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ');
    const label = Object.entries(arrivedMs).find(([, v]) => v === to)?.[0] ?? (to === ms ? 'first result' : '');
    console.log(
      `  ${String(from).padStart(5)}-${String(Math.round(to)).padEnd(5)} busy ${busy.toFixed(0).padStart(4)}  (${detail})  -> ${label}`,
    );
  }
  // Long tasks in full.
  console.log('\nmain-thread tasks over 15 ms');
  for (const task of tasks.filter((e) => e.dur > 15_000)) {
    const inside = complete.filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur && e !== task && kindOf(e.name));
    const top = inside
      .filter((e, i) => !inside.slice(0, i).some((p) => e.ts >= p.ts && e.ts < p.ts + p.dur))
      .slice(0, 6)
      .map(
        (e) =>
          `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''} ${(e.dur / 1000).toFixed(0)}`,
      )
      .join('; ');
    console.log(`  at ${at(task.ts).toFixed(0).padStart(5)} ${(task.dur / 1000).toFixed(0).padStart(4)} ms: ${top}`);
  }
  // Sampled CPU profile: self time by function, and by file.
  const profileChunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === nav.pid);
  const nodes = new Map();
  const self = new Map();
  // The tail: from the last file the results need (the favicon is not one) to the first result.
  const [windowFrom, windowTo] = args.window ? args.window.split('-').map(Number) : [];
  const tailFrom = Math.max(
    ...Object.entries(arrivedMs)
      .filter(([name]) => !/favicon|domContentLoaded/.test(name))
      .map(([, v]) => v),
  );
  const tail = new Map();
  const parents = new Map();
  const inclusive = new Map();
  let time = events.find((e) => e.name === 'Profile' && e.pid === nav.pid)?.args?.data?.startTime ?? 0;
  for (const chunk of profileChunks) {
    const data = chunk.args.data.cpuProfile ?? {};
    for (const node of data.nodes ?? []) {
      nodes.set(node.id, node);
      if (node.parent !== undefined) parents.set(node.id, nodes.get(node.parent));
    }
    const deltas = chunk.args.data.timeDeltas ?? [];
    (data.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      const when = (time - t0) / 1000;
      if (when < 0 || when > ms) return;
      const node = nodes.get(id);
      const frame = node?.callFrame ?? {};
      const key = `${frame.functionName || '(anonymous)'} ${String(frame.url ?? '')
        .split('/')
        .pop()}:${frame.lineNumber ?? ''}:${frame.columnNumber ?? ''}`;
      if (args.window ? when >= windowFrom && when <= windowTo : when >= tailFrom) {
        // Inclusive: every function on the sampled stack, once.
        const names = new Set();
        for (let n = node; n; n = parents.get(n.id))
          names.add(
            `${n.callFrame.functionName || '(anonymous)'} ${String(n.callFrame.url ?? '')
              .split('/')
              .pop()}:${n.callFrame.lineNumber}`,
          );
        for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
      }
      for (const map of when >= tailFrom ? [self, tail] : [self]) {
        const previous = map.get(key) ?? { n: 0, first: when };
        map.set(key, { n: previous.n + 1, first: previous.first, last: when });
      }
    });
  }
  console.log(
    `\nCPU samples ${args.window ? `from ${windowFrom} to ${windowTo} ms` : 'from the last file to the first result'}, inclusive (top ${args.top})`,
  );
  for (const [key, n] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) {
    console.log(`  ${String(n).padStart(5)}  ${key}`);
  }
  for (const [label, map] of [
    ['from navigation start to the first result', self],
    [`from the last file (${tailFrom} ms) to the first result`, tail],
  ]) {
    const total = [...map.values()].reduce((n, v) => n + v.n, 0);
    console.log(`\nCPU samples ${label}: ${total} (self, top ${args.top}; first/last seen at ms)`);
    for (const [key, v] of [...map.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, Number(args.top))) {
      console.log(`  ${String(v.n).padStart(5)}  ${key}  (${v.first.toFixed(0)}-${v.last.toFixed(0)})`);
    }
  }
}
