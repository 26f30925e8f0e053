/**
 * @micro-provider-finder/sdk: the public API. No DOM, no Lit.
 * Each section below is owned by one module folder; add exports in your own section.
 */
export type * from './types.ts';

// --- feed: schema, parsing, loading, errors (src/feed/) ---
export { parseFeed } from './feed/parse.ts';
export { loadFeed } from './feed/load.ts';
export type { LoadedFeed, FreshFeed, NotModifiedFeed, LoadFeedOptions, FeedValidators } from './feed/load.ts';
export { FeedError, isFeedError } from './feed/errors.ts';
export type { FeedErrorKind, FeedErrorDetails } from './feed/errors.ts';
export { safeUrl } from './feed/sanitise.ts';
export { createFeedCache } from './feed/cache.ts';
export { fromOpenReferral } from './feed/oruk.ts';
export type { OpenReferralFeed, OpenReferralInfo, OpenReferralOptions, TaxonomyRow } from './feed/oruk.ts';
export type { PagingOptions } from './feed/paging.ts';
export { createRemoteFinder } from './remote/oruk-remote-finder.ts';
export type { RemoteFinder, RemoteFinderOptions, RemoteSearchResponse } from './remote/oruk-remote-finder.ts';
export type { KeyValueStorage, FeedCache, FeedCacheOptions, CachedFeed, CachedFeedInfo, NotSavedReason } from './feed/cache.ts';

// --- search: text, vocabulary, finder, ordering, facets (src/search/) ---
export { createFinder } from './search/finder.ts';
export type { Finder, FinderOptions } from './search/finder.ts';
export { interpretNeed, compileVocabulary } from './search/vocabulary.ts';
export type { NeedInterpretation, Vocabulary } from './search/vocabulary.ts';
export { defaultVocabulary } from './search/care-vocabulary.ts';
export { SUPPORT_TYPE_LABELS, WHO_FOR_LABELS } from './search/labels.ts';
export type { VocabularyEntry } from './search/care-vocabulary.ts';
export { normaliseText, foldText, stem } from './search/normalise.ts';
export { dailySeed, seededShuffle, DISTANCE_BAND_MILES } from './search/ordering.ts';
export type { OrderExplanation } from './search/ordering.ts';
export type { Suggestion } from './search/suggest.ts';
export { suggestWidening, withoutFilter, activeFilterValues } from './search/widen.ts';
export type { WideningOption } from './search/widen.ts';
export { FACET_NAMES } from './search/facet-names.ts';
export type { FacetName } from './search/facet-names.ts';

// --- geo: postcodes, outcode table, distance, coverage (src/geo/) ---
export { distanceMiles, roundMiles } from './geo/distance.ts';
export { providerPoint, coversOrigin } from './geo/coverage.ts';
export type { ProviderPoint, OutcodeTableWithTowns } from './geo/coverage.ts';
export { directoryCoverage, isOutsideCoverage, postcodeArea, type DirectoryCoverage } from './geo/directory-coverage.ts';
export { createOutcodeTable } from './geo/outcode-table.ts';
export type { OutcodeEntry } from './geo/outcode-table.ts';
export { parsePostcode } from './geo/postcode.ts';
export type { ParsedPostcode, PostcodeError } from './geo/postcode.ts';
export { loadOutcodeTable, outcodeTableInfo } from './geo/outcodes.ts';
export { resolvePostcode } from './geo/resolve.ts';
export type { ResolvePostcodeOptions } from './geo/resolve.ts';
export { createPostcodesIoGeocoder } from './geo/geocoder.ts';
export type { Geocoder, PostcodesIoGeocoderOptions } from './geo/geocoder.ts';
export { originFromCoordinates, nearestDistrict } from './geo/from-coordinates.ts';
export { districtsForAreaName, areaNameKey } from './geo/local-authorities.ts';
export type { OutcodeTableWithAuthorities } from './geo/local-authorities.ts';
