/**
 * The public data types of micro-provider-feed/1 and of the SDK's API.
 *
 * This file is the contract between the SDK, the elements and feed publishers.
 * The zod/mini schema in `feed/schema.ts` validates input into exactly these
 * shapes (a type-level check there keeps the two in step). Field names are
 * public: councils write feeds to them, so rename nothing.
 */

/** Support types with documented meaning. Unknown strings are kept, not rejected. */
export type KnownSupportType =
  | 'personal-care'
  | 'home-help'
  | 'befriending'
  | 'day-activities'
  | 'meals'
  | 'shopping'
  | 'transport'
  | 'short-breaks'
  | 'carers-support'
  | 'recovery-support'
  | 'gardening-odd-jobs'
  | 'activities-clubs'
  | 'lunch-clubs'
  | 'sitting-service'
  | 'advice-advocacy'
  | 'health-wellbeing';
export type SupportType = KnownSupportType | (string & {});

export type KnownWhoFor =
  | 'older-people'
  | 'dementia'
  | 'learning-disability'
  | 'autism'
  | 'physical-disability'
  | 'mental-health'
  | 'carers'
  | 'sensory-impairment'
  | 'end-of-life'
  | 'young-adults';
export type WhoFor = KnownWhoFor | (string & {});

export type Delivery = 'home-visit' | 'venue' | 'phone' | 'online';
export type PaymentRoute = 'direct-payment' | 'personal-budget' | 'self-funded' | 'council-funded' | 'nhs-funded';
export type CostPer = 'hour' | 'session' | 'visit' | 'day' | 'week';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Regulator = 'CQC' | 'CIW' | 'Care Inspectorate' | 'RQIA';
export type RegistrationStatus = 'registered' | 'not-required' | 'applied';
/** Whether the service runs now. "closed": stopped (e.g. Open Referral "inactive"); never shown as taking new clients. */
export type ProviderStatus = 'open' | 'temporarily-closed' | 'closed';

export interface ProviderLocation {
  /** Full postcode or postcode district of the base. */
  postcode?: string;
  lat?: number;
  lng?: number;
  /** Street address. Never shown when `private` is true. */
  address?: string;
  town?: string;
  /** True when run from someone's home: only the town / postcode district may be shown. */
  private?: boolean;
}

export interface ProviderCost {
  free?: boolean;
  fromGBP?: number;
  per?: CostPer;
  text?: string;
}

export interface ProviderContact {
  name?: string;
  phone?: string;
  email?: string;
  /** Only http(s) URLs survive parsing. */
  website?: string;
}

export interface OpeningHours {
  day: Weekday;
  /** "HH:MM", 24-hour. */
  opens: string;
  closes: string;
}

export interface ProviderRegistration {
  regulator: Regulator;
  status: RegistrationStatus;
  id?: string;
  rating?: string;
}

export interface ProviderQuality {
  registration?: ProviderRegistration;
  dbsChecked?: boolean;
  insured?: boolean;
  /** ISO date the details were last checked. */
  lastChecked?: string;
  /** Who checked them (e.g. "Somerset Council Community Connect"). */
  checkedBy?: string;
}

/** One community micro-provider, as published in a feed (after parsing and sanitising). */
export interface Provider {
  id: string;
  name: string;
  summary?: string;
  description?: string;
  support: SupportType[];
  whoFor?: WhoFor[];
  delivery?: Delivery[];
  location?: ProviderLocation;
  /** Postcode districts (e.g. "TA1") or town names the provider travels to. */
  areas?: string[];
  /** How far from its base the provider travels. */
  radiusMiles?: number;
  takingNewClients?: boolean;
  /** ISO date `takingNewClients` was last confirmed. */
  capacityUpdated?: string;
  cost?: ProviderCost;
  payment?: PaymentRoute[];
  contact?: ProviderContact;
  hours?: OpeningHours[];
  hoursText?: string;
  /** BCP 47 tags, e.g. "en", "cy". */
  languages?: string[];
  quality?: ProviderQuality;
  /** Number of workers (1-5 for a micro-enterprise). */
  size?: number;
  /** ISO date the record was last updated. */
  updated?: string;
  /** Whether the service runs now; absent means open. */
  status?: ProviderStatus;
  /** Who the service is for, in the publisher's words, where no `whoFor` term fits. */
  whoForText?: string;
  /** Free-text terms from the publisher's own taxonomy (searchable, never filter options). */
  tags?: string[];
  /** Accreditations and quality marks, as text. */
  accreditations?: string[];
}

export interface FeedPublisher {
  name: string;
  url?: string;
  email?: string;
}

export interface FeedMeta {
  format: 'micro-provider-feed/1';
  publisher: FeedPublisher;
  /** ISO date-time the feed was generated. */
  generated: string;
  licence?: string;
  /** Postcode districts ("TA1") or council/area names ("Somerset") the directory covers; else worked out from its providers. */
  coverage?: string[];
  /** BCP 47 language of the feed's text (default "en"), so a Welsh page can mark English feed text. */
  language?: string;
}

/** A record (or field) the parser skipped or dropped, reported for developers. */
export interface FeedProblem {
  /** Position of the record in the feed's `providers` array. */
  index: number;
  /** The record's id, when it had a usable one. */
  id?: string;
  /** Dotted path of the offending field, e.g. "contact.website". */
  path: string;
  /** Plain-English reason, for developers. */
  message: string;
  /** "record": the whole record was skipped. "field": only that field was dropped. */
  severity: 'record' | 'field';
}

export interface ParsedFeed {
  meta: FeedMeta;
  providers: Provider[];
  problems: FeedProblem[];
}

/** `{ok: true, value}` or `{ok: false, error}`: expected failures as values. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** A point on the Earth, WGS84 degrees. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

/**
 * Where the person searching is. `precision: "district"` means the point is a
 * postcode-district centroid, so distances are approximate (say so in the UI).
 */
export interface Origin extends GeoPoint {
  /** Postcode district (outward code), e.g. "TA1". */
  district: string;
  /** The normalised postcode the person typed, e.g. "TA1 1AA" or "TA1". */
  postcode: string;
  precision: 'district' | 'exact';
}

/** Lookup from postcode district (outward code, upper case, e.g. "TA1") to its centroid. */
export interface OutcodeTable {
  get(outcode: string): GeoPoint | undefined;
  readonly size: number;
}

/** How the results are ordered. "fair" (default) never sorts by name. */
export type Ordering = 'fair' | 'distance' | 'name';

export interface SearchQuery {
  /** What the person needs, in their own words. */
  text?: string;
  /** Postcode or district typed by the person (normalised or not). */
  postcode?: string;
  /** Resolved location of the person; enables distances. */
  origin?: Origin;
  /** Only providers within this many miles (or covering the area). Undefined = any distance. */
  maxMiles?: number;
  /** Filters: a provider matches a list filter when it has any of the chosen values. */
  support?: string[];
  whoFor?: string[];
  delivery?: Delivery[];
  payment?: PaymentRoute[];
  languages?: string[];
  openOn?: Weekday[];
  free?: boolean;
  takingNewClients?: boolean;
  /** 1-based page number. */
  page?: number;
  pageSize?: number;
}

export interface SearchResult {
  provider: Provider;
  /** Rounded, approximate distance when both ends are known. */
  distanceMiles?: number;
  /** True when the provider lists the person's area or travels far enough to reach it. */
  coversArea?: boolean;
  /** Higher is a better match on the text. 0 when there was no text. */
  score: number;
  /** 0 = best relevance band. */
  relevanceBand: number;
  /** True when the provider matches the need closely (a type the words asked for, or every word); false for related matches. True with no need text. */
  closeMatch: boolean;
  /** 0 = nearest distance band. */
  distanceBand: number;
}

/** Count of results each option of a filter would give, with the other filters applied. */
export type FacetCounts = Record<string, number>;
export interface Facets {
  support: FacetCounts;
  whoFor: FacetCounts;
  delivery: FacetCounts;
  payment: FacetCounts;
  languages: FacetCounts;
  openOn: FacetCounts;
  free: FacetCounts;
  takingNewClients: FacetCounts;
}

export interface SearchResponse {
  results: SearchResult[];
  total: number;
  /** How many of `total` match the need closely (`closeMatch`); the rest are related matches. Equals `total` with no need text. */
  closeTotal: number;
  page: number;
  pageSize: number;
  facets: Facets;
  /** When nothing matched a misspelt need: the query text the person probably meant. */
  didYouMean?: string;
}
