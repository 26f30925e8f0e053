/**
 * CDN build only (swapped in for `engine.ts` by vite.config.ts, when load-engine.ts imports it):
 * the engine plus the parts that only ever show data (`<mpf-results-list>`, `<mpf-provider-card>`,
 * `<mpf-provider-details>`, `<mpf-filters-panel>`), as one lazy chunk. The finder renders none of
 * those before it has a feed, and a feed needs the engine, so they travel together: one request,
 * no chunk shared between them to wait for. (The npm `define` entry registers them with the rest.)
 */
import '../components/results-list/results-list.ts';
import '../components/provider-details/provider-details.ts';
import '../components/filters-panel/filters-panel.ts';
import '../components/shortlist/shortlist.ts';

export * from '../internal/engine.ts';
