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
 * imported directly where they are used.
 */
export {
  createFeedCache,
  createFinder,
  createPostcodesIoGeocoder,
  createRemoteFinder,
  directoryCoverage,
  isOutsideCoverage,
  loadFeed,
  loadOutcodeTable,
  originFromCoordinates,
  resolvePostcode,
  suggestWidening,
  withoutFilter,
} from '@micro-provider-finder/sdk';
