/**
 * British English strings the first paint needs: the search form and the finder's status
 * messages (loading, searching, feed errors). The CDN entry ships only these; the rest of en-GB.ts
 * arrives with the engine chunk, before any result can show (see cdn/en-gb.lazy.ts).
 */
import type { Strings } from './strings.ts';

/** The keys of {@link Strings} that the form and status messages use. */
export type FirstPaintKey =
  | 'postcodeLabel'
  | 'postcodeHint'
  | 'needLabel'
  | 'needHint'
  | 'suggestionsCount'
  | 'searchButton'
  | 'errorPrefix'
  | 'postcodeErrors'
  | 'loading'
  | 'searching'
  | 'feedErrorHeading'
  | 'feedErrors'
  | 'tryAgain'
  | 'distanceLabel'
  | 'distanceHint'
  | 'distanceWithin'
  | 'anyDistance'
  | 'useMyLocation'
  | 'findingLocation'
  | 'locationErrors'
  | 'errorSummaryTitle'
  | 'stillLoading'
  | 'feedOffline'
  | 'retryInMinutes';

export const enGBFirstPaint: Pick<Strings, FirstPaintKey> = {
  postcodeLabel: 'Postcode',
  postcodeHint: 'For example, TA1 1AA or LD3',
  needLabel: 'What do you need help with?',
  needHint: 'For example: someone to visit my dad, lunch club, help with shopping',
  suggestionsCount: {
    one: (n) => `${n} suggestion. Use the up and down arrows to choose.`,
    other: (n) => `${n} suggestions. Use the up and down arrows to choose.`,
  },
  searchButton: 'Search',
  errorPrefix: 'Error:',
  postcodeErrors: {
    'invalid-postcode': "That doesn't look like a postcode. Try something like TA1 1AA",
    'unknown-district': "We can't find where that postcode is. Check it, or leave it empty to see all providers",
    'lookup-failed': "We can't look up postcodes right now. Try again, or leave it empty to see all providers",
  },
  loading: 'Loading providers…',
  searching: 'Searching…',
  feedErrorHeading: "We can't show providers right now",
  feedErrors: {
    network: "We can't load the list of providers right now. Check your connection and try again.",
    timeout: 'The list of providers is taking too long to load. Try again in a minute.',
    http: "We can't load the list of providers right now. Try again later.",
    parse: 'The list of providers could not be read. Try again later.',
    'not-a-feed': 'The list of providers could not be read. Try again later.',
    'unsupported-format': "The list of providers is in a format we can't read yet. Try again later.",
  },
  tryAgain: 'Try again',
  distanceLabel: 'Distance',
  distanceHint: 'Providers who say they cover your area are always shown',
  distanceWithin: {
    one: (m) => `Within ${m} mile`,
    other: (m) => `Within ${m} miles`,
  },
  anyDistance: 'Any distance',
  useMyLocation: 'Use my location',
  findingLocation: 'Finding your location…',
  locationErrors: {
    denied: 'We could not use your location because permission was not given. Enter a postcode instead.',
    unavailable: 'Your location is not available right now. Enter a postcode instead.',
    timeout: 'Finding your location took too long. Try again, or enter a postcode instead.',
  },
  errorSummaryTitle: 'There is a problem',
  stillLoading: 'Still loading… This can take a little longer on a slow connection.',
  feedOffline: 'You seem to be offline. Check your connection and try again.',
  retryInMinutes: {
    one: (m) => `The service is busy. Try again in about ${m} minute.`,
    other: (m) => `The service is busy. Try again in about ${m} minutes.`,
  },
};
