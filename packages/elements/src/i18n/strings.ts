/**
 * The shape of a string table. One file per locale (en-GB.ts, cy.ts) fills it.
 *
 * Plain strings are plain; anything with a value in it is a function, so a
 * translator can put the value wherever the language needs it. Anything with
 * a count is a {@link PluralForms} table chosen through `Intl.PluralRules`
 * (Welsh has six categories: zero, one, two, few, many, other).
 */
import type {
  CostPer,
  FacetName,
  Delivery,
  KnownSupportType,
  KnownWhoFor,
  PaymentRoute,
  RegistrationStatus,
  Weekday,
} from '@micro-provider-finder/sdk';

/** Forms of a counted phrase by plural category; `other` is required and is the fallback. */
export type PluralForms<F> = { other: F } & Partial<Record<Intl.LDMLPluralRule, F>>;

/** Feed failures a person may see, keyed like the SDK's `FeedError.kind`. */
export type FeedErrorKey = 'not-a-feed' | 'unsupported-format' | 'network' | 'timeout' | 'http' | 'parse';
/** Postcode problems a person may see, keyed like the SDK's `PostcodeError.kind` (minus `empty`). */
export type PostcodeErrorKey = 'invalid-postcode' | 'unknown-district' | 'lookup-failed';
/** Why "Use my location" did not work: the person said no, or the browser could not tell. */
export type LocationErrorKey = 'denied' | 'unavailable' | 'timeout';

export interface Strings {
  // --- search form ---
  /** Visible label of the postcode field. */
  postcodeLabel: string;
  postcodeHint: string;
  needLabel: string;
  needHint: string;
  /** Said (not shown) when the need box's suggestions open or change. */
  suggestionsCount: PluralForms<(count: string) => string>;
  searchButton: string;
  /** Visually hidden prefix of every error message (GOV.UK pattern), e.g. "Error:". */
  errorPrefix: string;
  postcodeErrors: Record<PostcodeErrorKey, string>;

  // --- status and counts (announced through the live region) ---
  loading: string;
  searching: string;
  /** Idle: how many providers the feed lists. */
  providersListed: PluralForms<(count: string) => string>;
  /** Results: "8 providers near TA1" (`place` given) or "8 providers". */
  resultsCount: PluralForms<(count: string, place?: string) => string>;
  /** After "Show more": "Showing 20 of 45 providers". */
  /** With need text and weaker matches: "12 providers match ‘hot dinners’" (place optional). */
  resultsMatch: PluralForms<(count: string, text: string, place?: string) => string>;
  /** Follows resultsMatch: "30 more offer related help". */
  relatedMore: PluralForms<(count: string) => string>;
  /** A search outside the directory's area: "This directory covers Somerset and Powys." */
  coversNames: (names: string) => string;
  coversAreas: (areas: string) => string;
  outsideAreaHeading: string;
  outsideAreaHelp: (district: string) => string;
  /** When the feed does not say whether a provider takes new clients. */
  capacityNotStated: string;
  /** Link to the CQC's public report: "CQC report for 1-000000001 (opens in a new tab)". */
  cqcReport: (id: string) => string;
  showingOf: (shown: string, total: string) => string;
  showMore: string;
  /** Skip link after the form, past the filters sidebar to the first result: "Skip to results". */
  skipToResults: string;

  // --- order explanation (one sentence near the results) ---
  orderFair: string;
  orderDistance: string;
  orderName: string;
  /** Remote mode: the directory's API decides the order. */
  orderDirectory: string;
  /** Legend of the choice of order beside the results. */
  orderLegend: string;
  orderFairChoice: string;
  orderNearestChoice: string;

  // --- states ---
  noResultsHeading: string;
  noResultsIntro: string;
  noResultsTips: string[];
  feedErrorHeading: string;
  feedErrors: Record<FeedErrorKey, string>;
  tryAgain: string;
  savedCopy: (date: string) => string;
  someSkipped: string;

  // --- where you are, distance, and feed faults (location and quality work) ---
  /** Label of the distance select. */
  distanceLabel: string;
  distanceHint: string;
  /** Option text: "Within 5 miles". */
  distanceWithin: PluralForms<(miles: string) => string>;
  anyDistance: string;
  /** Button that asks the browser for the person's location (only when the host allows it). */
  useMyLocation: string;
  findingLocation: string;
  locationErrors: Record<LocationErrorKey, string>;
  /** Title of the GOV.UK error summary. */
  errorSummaryTitle: string;
  /** Shown after a few seconds of loading. */
  stillLoading: string;
  /** The browser says it is offline. */
  feedOffline: string;
  /** The server asked us to wait (Retry-After): "Try again in about 5 minutes." */
  retryInMinutes: PluralForms<(minutes: string) => string>;

  // --- provider card and details ---
  /** "about 2 miles"; the count is already rounded. */
  distanceAbout: PluralForms<(miles: string) => string>;
  lessThanAMile: string;
  /** Said once near distances measured from a postcode district's centre. */
  distanceApproximate: string;
  coversYourArea: string;
  /** A provider whose feed gives no town, district or areas. */
  areaNotGiven: string;
  /** "TA1, TA2, TA3 and 4 more". */
  areasAndMore: (shown: string, more: number) => string;
  whatTheyOffer: string;
  whoFor: string;
  howTheyWork: string;
  cost: string;
  free: string;
  /** "From £12 an hour"; `per` absent means "From £12". */
  costFrom: (amount: string, per?: CostPer) => string;
  paidFor: string;
  newClients: string;
  takingNewClients: string;
  notTakingNewClients: string;
  /** "(checked 3 March 2025)" after the capacity answer. */
  capacityChecked: (date: string) => string;
  contact: string;
  contactName: string;
  phone: string;
  email: string;
  website: string;
  /** Link text for a website; the name makes it unique on the page. */
  websiteLinkLabel: (providerName: string) => string;
  /** Accessible name of a phone link, e.g. "Call Acorn Helpers on 01823 000000". */
  phoneLinkLabel: (providerName: string, phone: string) => string;
  /** Accessible name of an email link. */
  emailLinkLabel: (providerName: string, email: string) => string;
  quality: string;
  registration: Record<RegistrationStatus, (regulator: string) => string>;
  dbsChecked: string;
  insured: string;
  lastChecked: (date: string) => string;
  checkedBy: (who: string) => string;
  staleDetails: string;
  moreDetails: (providerName: string) => string;
  backToResults: string;
  about: string;
  where: string;
  worksFromHome: string;
  areasCovered: string;
  travelsUpTo: PluralForms<(miles: string) => string>;
  openingTimes: string;
  /** "9:00 to 17:00". */
  hoursRange: (opens: string, closes: string) => string;
  languages: string;
  teamSize: PluralForms<(count: string) => string>;
  lastUpdated: (date: string) => string;
  /** A provider that is not running now (shown instead of "Taking new clients"). */
  providerClosed: Record<'closed' | 'temporarily-closed', string>;
  accreditations: string;
  /** For a provider with no phone, email or website: "Ask Somerset Council about this provider:". */
  askPublisher: (publisher: string) => string;
  /** Subject of the email to the publisher about a provider. */
  askPublisherSubject: (providerName: string, id: string) => string;
  /** Accessible name of that email link; starts with the address it shows. */
  askPublisherEmailLabel: (email: string, providerName: string) => string;
  /** Text of the link to the publisher's website. */
  publisherWebsite: (publisher: string) => string;
  /** Its accessible name; starts with the visible text. */
  publisherWebsiteLabel: (publisher: string, providerName: string) => string;
  reportProblem: string;
  /** Subject of the email reporting a problem: names the provider and its id. */
  reportProblemSubject: (providerName: string, id: string) => string;
  /** Said after a link that opens a new tab: "(opens in a new tab)". */
  opensInNewTab: string;

  // --- filters, chips, suggestions and widening (search UI) ---
  /** The disclosure button that shows and hides the filters. */
  filtersButton: string;
  /** Beside the Filters button: "2 chosen". */
  filtersChosen: PluralForms<(count: string) => string>;
  /** Legend of each group of checkboxes, by SDK facet name. */
  filterLegends: Record<FacetName, string>;
  /** A checkbox label with the number of providers it would give: "Befriending (12)". */
  optionWithCount: (label: string, count: string) => string;
  clearFilters: string;
  /** Closes the filters on a phone: "Show 12 results". */
  showResults: PluralForms<(count: string) => string>;
  /** Under a group showing only its most common options: "Show all 1,234 (Type of support)". */
  showAllOptions: (count: string, legend: string) => string;
  /** Accessible name of the list of active filter chips. */
  activeFilters: string;
  /** Accessible name of a chip: "Remove filter: Befriending". */
  removeFilter: (label: string) => string;
  /** Polite status under the need box: "5 suggestions available". */
  suggestionsAvailable: PluralForms<(count: string) => string>;
  /** "Did you mean" before the corrected words, "?" after them. */
  didYouMeanBefore: string;
  didYouMeanAfter: string;
  /** Intro of the list of ways to widen the search. */
  widenIntro: string;
  /** "Remove ‘Free’ (4 providers)". */
  widenRemoveFilter: PluralForms<(count: string, label: string) => string>;
  /** "Search without ‘glanhoo’ (7 providers)". */
  widenRemoveText: PluralForms<(count: string, text: string) => string>;
  /** "Look within 5 miles (6 providers)"; `miles` absent means any distance. */
  widenDistance: PluralForms<(count: string, miles?: string) => string>;

  // --- vocabulary labels ---
  // --- shortlist, print and sharing ---
  /** On each card and on details; the provider's name follows, for screen readers only. */
  addToShortlist: string;
  removeFromShortlist: string;
  /** The button that opens the shortlist: "Shortlist (3)". */
  shortlistButton: (count: string) => string;
  shortlistHeading: string;
  shortlistEmpty: string;
  /** Said when the list changes: "Added to your shortlist (3)". */
  shortlistAdded: (count: string) => string;
  shortlistRemoved: (count: string) => string;
  clearShortlist: string;
  printList: string;
  copyLink: string;
  linkCopied: string;
  emailList: string;
  emailSubject: string;
  backFromList: string;
  /** Under a printed or emailed list: "From Somerset Care Directory, updated 3 March 2026". */
  listFrom: (publisher: string, date: string) => string;
  printedFrom: (address: string) => string;
  printHeading: string;
  supportTypes: Record<KnownSupportType, string>;
  whoForLabels: Record<KnownWhoFor, string>;
  delivery: Record<Delivery, string>;
  payment: Record<PaymentRoute, string>;
  weekdays: Record<Weekday, string>;
  /** Month names, January first: used for dates when the browser's Intl lacks the language (reduced ICU builds). */
  months: string[];
  /** Names of languages providers speak, by BCP 47 primary tag; Intl.DisplayNames is the fallback. */
  languageNames: Record<string, string>;
}

/** A partial table for {@link setStrings}: any key may be left out. */
export type StringsOverride = Partial<Strings>;
