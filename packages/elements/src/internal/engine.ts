/**
 * The finder's engine: every SDK function that downloads, parses, keeps, indexes or searches
 * feed data (zod schemas, the feed parser, the Open Referral adapter, the last-good-copy cache,
 * the text index and care vocabulary, postcode resolution, widening suggestions).
 *
 * This is the only module in the elements that imports heavy SDK code, and nothing imports it
 * statically: `loadEngine()` (load-engine.ts) loads it on demand, so in the CDN build it is a lazy
 * chunk (with the result views, see cdn/engine-and-views.ts) that downloads while the feed downloads,
 * and the form paints without it.
 * Light SDK helpers the first paint needs (`parsePostcode`, `isFeedError`) and types are
 * imported directly where they are used. It also brings the finder's results part (below).
 */
export {
  createFeedCache,
  createFinder,
  createPostcodesIoGeocoder,
  createRemoteFinder,
  directoryCoverage,
  interpretNeed,
  isOutsideCoverage,
  loadFeed,
  loadOutcodeTable,
  originFromCoordinates,
  resolvePostcode,
  suggestWidening,
  withoutFilter,
} from '@micro-provider-finder/sdk';

// The finder's results part: the search, the views below the form, the shortlist, the address and
// focus. None of it shows before there is a feed, and a feed needs this module, so it travels here
// and the form paints without it (the element makes its ResultsController once this has loaded).
export { ResultsController } from '../controllers/results-controller.ts';
export { filtersPanel, resultsBody, skipToResults } from '../components/provider-finder/provider-finder.results.ts';
export { addResultsStyles } from '../components/provider-finder/provider-finder.results.styles.ts';
export { listView, shortlistBar } from '../components/provider-finder/provider-finder.lists.ts';
// One load of the feed with its saved copy (FeedController starts it).
export { loadFinderFeed, saveWaitingCopiesNow } from '../controllers/feed-load.ts';
// "Use my location" (only on a finder with `allow-geolocation`, once the person presses it).
export { currentOrigin } from './geolocation.ts';
export { publisherOf } from './feed-publisher.ts';
