/**
 * CDN build only (swapped in for `engine.ts` by vite.config.ts, when load-engine.ts imports it):
 * the engine plus the parts that only ever show data (`<mpf-results-list>`, `<mpf-provider-card>`,
 * `<mpf-provider-details>`, `<mpf-filters-panel>`) and the English wording they and the finder's
 * results use, as one lazy chunk. The finder renders none of those before it has a feed, and a
 * feed needs the engine, so they travel together: one request, no chunk shared between them to
 * wait for. (The npm `define` entry registers them with the rest.)
 */
import { enGB as englishComplete } from '../i18n/en-GB.ts';
import { setStrings } from '../i18n/locale.ts';
import { enGB } from './en-gb.lazy.ts';
import '../components/results-list/results-list.ts';
import '../components/provider-details/provider-details.ts';
import '../components/filters-panel/filters-panel.ts';
import '../components/shortlist/shortlist.ts';

// Complete the English table the entry started with (cdn/en-gb.lazy.ts), then drop the strings
// resolved so far (an empty override changes no wording; it clears the cache and re-renders).
Object.assign(enGB, englishComplete);
setStrings('en-GB', {});

export * from '../internal/engine.ts';
