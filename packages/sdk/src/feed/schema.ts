/**
 * The rules of micro-provider-feed/1, written once as specs (schema-spec.ts) from which the
 * fast path (fast-path.ts) reads them directly and the zod/mini schemas are built on first use
 * ({@link providerSchema} etc.). They validate one record at a time and
 * also clean it: text is trimmed and stripped of control characters, links are
 * allow-listed (see `sanitise.ts`), vocabulary terms are normalised. The inferred output
 * types are checked against `types.ts` at the bottom of this file.
 *
 * Internal to the SDK: consumers use the plain types from `types.ts`.
 */
import type * as z from 'zod/mini';
import * as s from './schema-spec.ts';
import { documented, type SpecCheck } from './schema-spec.ts';
import type { FeedMeta, Provider } from '../types.ts';
import {
  WEB_URL_SCHEMES,
  TEXT_LIMITS,
  NOT_IN_CLEAN_WORDS,
  cleanLine,
  cleanParagraphs,
  lineIsClean,
  paragraphsAreClean,
  safeUrl,
} from './sanitise.ts';
import { CODE_LIMITS, LIST_LIMITS } from './limits.ts';

const NOT_EMPTY = 'must not be empty';

/**
 * What a check's `isClean` tests, when it is one of the common forms, so the in-place checker of
 * `fast-path.ts` can test it directly (no call through a closure per field): `line`/`paragraphs`
 * is `v !== '' && lineIsClean(v, max)` / `paragraphsAreClean(v, max)`; `range` is a finite number
 * from min to max (whole when `integer`).
 */
export type CleanForm = { kind: 'line' | 'paragraphs'; max: number } | { kind: 'range'; min: number; max: number; integer: boolean };

/** The clean and test functions behind each {@link cleanThenCheck}, so `fast-path.ts` can run the same rules without zod. */
export const CLEANING_CHECKS = new WeakMap<
  object,
  { clean: (value: unknown) => unknown; isValid: (value: unknown) => boolean; isClean?: (value: unknown) => boolean; form?: CleanForm }
>();

/**
 * One zod check that cleans a value and then validates it. A single check per field (rather
 * than overwrite + minLength + regex) keeps parsing 10,000 records fast.
 */
function cleanThenCheck<T>(
  clean: (value: T) => T,
  isValid: (value: T) => boolean,
  message: string,
  /** Optional shortcut for the fast path: true only when `clean(value) === value` and `isValid(value)`. */
  isClean?: (value: T) => boolean,
  /** What `isClean` tests, when it is one of the common forms. */
  form?: CleanForm,
): SpecCheck {
  const check: SpecCheck = {
    _zod: { def: { check: 'custom' } },
    cleaning: { clean: clean as (value: unknown) => unknown, isValid: isValid as (value: unknown) => boolean, message },
  };
  CLEANING_CHECKS.set(check, {
    clean: clean as (value: unknown) => unknown,
    isValid: isValid as (value: unknown) => boolean,
    ...(isClean === undefined ? {} : { isClean: isClean as (value: unknown) => boolean }),
    ...(form === undefined ? {} : { form }),
  });
  return check;
}

const notEmpty = (v: string) => v !== '';

/** One-line text, cleaned and capped; empty after cleaning is an error. */
function line(max: number = TEXT_LIMITS.short) {
  return documented(
    s.string().check(
      cleanThenCheck(
        (v: string) => cleanLine(v, max),
        notEmpty,
        NOT_EMPTY,
        (v) => v !== '' && lineIsClean(v, max),
        { kind: 'line', max },
      ),
    ),
    {
      description: `One line of text; trimmed, control characters removed, cut to ${max} characters.`,
      minLength: 1,
    },
  );
}

/** Multi-line text, cleaned and capped. */
function paragraphs(max: number) {
  return documented(
    s.string().check(
      cleanThenCheck(
        (v: string) => cleanParagraphs(v, max),
        notEmpty,
        NOT_EMPTY,
        (v) => v !== '' && paragraphsAreClean(v, max),
        { kind: 'paragraphs', max },
      ),
    ),
    {
      description: `Plain text (no HTML or Markdown); line breaks kept, cut to ${max} characters.`,
      minLength: 1,
    },
  );
}

/** Lower-case, trimmed, spaces/underscores to hyphens: "Home Help" -> "home-help". */
export function normaliseTerm(value: string): string {
  if (termIsClean(value)) return value;
  return cleanLine(value, TEXT_LIMITS.id)
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** The list without repeats (first kept); the same list when it has none, so a clean list is never copied. */
export function dedupe<T>(values: T[]): T[] {
  if (values.length < 2) return values;
  if (values.length > 16) {
    const unique = new Set(values);
    return unique.size === values.length ? values : [...unique];
  }
  // Short lists (nearly all): compare pairwise rather than build a Set (the items are text: === is the Set's equality).
  for (let i = 1; i < values.length; i++) {
    for (let j = 0; j < i; j++) if (values[i] === values[j]) return [...new Set(values)];
  }
  return values;
}

// The `isClean` shortcuts of the coded fields below are named and exported: the provider checker
// (provider-check.ts) calls the very same tests.

/**
 * A term already in normal form (nearly all of them), which {@link normaliseTerm} leaves as it is:
 * what /^[a-z0-9][a-z0-9-]{0,198}$/ matches. A loop over the code units: terms are a dozen
 * characters, and a call into the regex engine costs more than reading them.
 */
export function termIsClean(v: string): boolean {
  const length = v.length;
  if (length === 0 || length > 199) return false; // one character and at most 198 more
  const first = v.charCodeAt(0);
  if (!((first >= 97 && first <= 122) || (first >= 48 && first <= 57))) return false;
  for (let i = 1; i < length; i++) {
    const code = v.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45)) return false;
  }
  return true;
}

/** An open vocabulary term (support type, who-for): unknown values are kept. */
const term = documented(s.string().check(cleanThenCheck(normaliseTerm, notEmpty, NOT_EMPTY, termIsClean)), {
  description:
    'A vocabulary term, e.g. "home-help". Unknown terms are kept; case, spaces and underscores are normalised ("Home Help" becomes "home-help").',
  minLength: 1,
});
/** A list of at most `max` items (parseProvider cuts longer lists first and reports the cut). */
function list<T extends s.Spec>(item: T, max: number) {
  return s.array(item).check(s.maxLength(max), s.overwrite(dedupe));
}
const terms = (max: number) => list(term, max);

function closedList<const T extends readonly [string, ...string[]]>(values: T, max: number) {
  return list(s.enumOf(values), max);
}

/** Cleaning for short coded values: trimmed, and "" (invalid) when longer than `max`, so no pattern ever runs on huge text. */
function trimmedUpTo(max: number): (value: string) => string {
  return (value) => {
    if (value.length > max * 4) return '';
    const trimmed = value.trim();
    return trimmed.length > max ? '' : trimmed;
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/**
 * Calendar days already checked with Date.parse (a feed repeats a few hundred dates thousands of
 * times), as yyyymmdd numbers in a direct-mapped cache: a slot holds the last day that fell in it
 * (-1: none). Cheaper than a Map<string, boolean>; a day pushed out is simply checked again.
 */
const DAY_SLOTS = 4093; // prime: consecutive days spread over the slots
const dayInSlot = new Int32Array(DAY_SLOTS).fill(-1);
const dayIsValid = new Uint8Array(DAY_SLOTS);
function isIsoDate(value: string): boolean {
  let day = plainDay(value);
  if (day < 0) {
    if (!ISO_DATE.test(value)) return false;
    // ISO_DATE matched, so the first ten characters are "dddd-dd-dd" (ASCII digits).
    day = digitsAt(value, 0, 4) * 10_000 + digitsAt(value, 5, 2) * 100 + digitsAt(value, 8, 2);
  }
  const slot = day % DAY_SLOTS;
  if (dayInSlot[slot] === day) return dayIsValid[slot] === 1;
  const valid = !Number.isNaN(Date.parse(value.length === 10 ? value : value.slice(0, 10)));
  dayInSlot[slot] = day;
  dayIsValid[slot] = valid ? 1 : 0;
  return valid;
}

/**
 * For "dddd-dd-dd" (ASCII digits), the commonest form ISO_DATE matches, the day it names as a
 * yyyymmdd number; -1 for any other text. Told without calling the regex engine, reading each
 * character once.
 */
function plainDay(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const monthDay = digitAt(value, 5) * 1000 + digitAt(value, 6) * 100 + digitAt(value, 8) * 10 + digitAt(value, 9);
  // A character other than a digit gave 100,000 (so the sum is out of range: at least that much).
  const day = year * 10_000 + monthDay;
  return year < 10_000 && monthDay < 10_000 ? day : -1;
}

/** The ASCII digit at `at` as a number, or 100,000 for any other character. */
function digitAt(text: string, at: number): number {
  const digit = text.charCodeAt(at) - 48;
  return digit >= 0 && digit <= 9 ? digit : 100_000;
}

/** The number written by the `count` ASCII digits of `text` from `start`. */
function digitsAt(text: string, start: number, count: number): number {
  let number = 0;
  for (let i = start; i < start + count; i++) number = number * 10 + (text.charCodeAt(i) - 48);
  return number;
}
/** A date its cleaning leaves as it is and accepts (ISO_DATE neither starts nor ends with whitespace: nothing to trim). */
export const isoDateIsClean = (v: string): boolean => v.length <= CODE_LIMITS.date && isIsoDate(v);
/** ISO 8601 date or date-time ("2025-03-31" or "2025-03-31T09:00:00Z"). */
const isoDate = documented(
  s.string().check(cleanThenCheck(trimmedUpTo(CODE_LIMITS.date), isIsoDate, 'must be an ISO date such as 2025-03-31', isoDateIsClean)),
  {
    description: `ISO 8601 date ("2025-03-31") or date-time ("2025-03-31T09:00:00Z"), at most ${CODE_LIMITS.date} characters.`,
    pattern: ISO_DATE.source,
  },
);

/** http(s) link. */
const webUrl = documented(
  s.string().check(cleanThenCheck((v: string) => safeUrl(v, WEB_URL_SCHEMES) ?? '', notEmpty, 'only http(s) links are allowed')),
  { description: 'An absolute http:// or https:// address. Any other scheme (javascript:, data:, ...) is dropped.' },
);

// A plain address only: no "?" (mailto: headers such as ?bcc= or ?body=), "#", "%" or slashes.
const EMAIL = /^[^\s@<>()"',;:?#%\\/]+@[^\s@<>()"',;:?#%\\/]+\.[^\s@<>()"',;:?#%\\/]+$/;
function cleanEmail(value: string): string {
  if (value.length > CODE_LIMITS.email * 4) return '';
  const address = cleanLine(value, CODE_LIMITS.email * 4).replace(/^mailto:/i, '');
  return address.length > CODE_LIMITS.email ? '' : address;
}
/**
 * EMAIL, with every character lineIsClean would change (controls, zero-width and other invisible
 * marks) left out of its classes too: EMAIL has no whitespace, so for its matches that is the whole
 * of lineIsClean, in one call of the regex engine instead of two.
 */
const CLEAN_EMAIL_PART = `[^\\s@<>()"',;:?#%\\\\/${NOT_IN_CLEAN_WORDS}]+`;
const CLEAN_EMAIL = new RegExp(`^${CLEAN_EMAIL_PART}@${CLEAN_EMAIL_PART}\\.${CLEAN_EMAIL_PART}$`);
/** An address EMAIL accepts and its cleaning leaves as it is (EMAIL has no ":", so no "mailto:" to strip, and no whitespace to trim). */
export const emailIsClean = (v: string): boolean => v.length <= CODE_LIMITS.email && CLEAN_EMAIL.test(v);
const email = documented(
  s.string().check(cleanThenCheck(cleanEmail, (v) => EMAIL.test(v), 'must be an email address such as name@example.org', emailIsClean)),
  {
    description: `A plain email address, e.g. "hello@example.org" (no "?" or other mailto: extras), at most ${CODE_LIMITS.email} characters.`,
    pattern: EMAIL.source,
  },
);

const PHONE = /^\+?[0-9 ()\-.]{6,30}(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/i;
/**
 * A number PHONE accepts and its cleaning (cleanLine) leaves as it is. Nearly all are 6 to 30 of
 * digits, ( ) - . and single inner spaces after an optional "+": a loop over the code units tells
 * those (a call into the regex engine costs more than reading a dozen characters); anything else
 * (an extension, another character, another length) goes to {@link phoneIsCleanByPatterns}.
 */
export function phoneIsClean(v: string): boolean {
  const length = v.length;
  let at = length !== 0 && v.charCodeAt(0) === 43 ? 1 : 0; // "+"
  if (length - at < 6 || length - at > 30) return phoneIsCleanByPatterns(v);
  // A space may not come first (cleanLine trims it) nor twice in a row (it collapses them).
  let spaceAllowed = at === 1;
  for (; at < length; at++) {
    const code = v.charCodeAt(at);
    if (code === 32) {
      if (!spaceAllowed) return false;
      spaceAllowed = false;
    } else if ((code >= 48 && code <= 57) || code === 40 || code === 41 || code === 45 || code === 46) {
      spaceAllowed = true;
    } else {
      return phoneIsCleanByPatterns(v);
    }
  }
  return spaceAllowed; // not ending in a space
}
/** What phoneIsClean was before its loop, for the numbers the loop leaves to it. */
const phoneIsCleanByPatterns = (v: string): boolean => lineIsClean(v, TEXT_LIMITS.id) && PHONE.test(v);
const phone = documented(
  s.string().check(
    cleanThenCheck(
      (v: string) => cleanLine(v, TEXT_LIMITS.id),
      (v) => PHONE.test(v),
      'must be a phone number such as 01234 567890',
      phoneIsClean,
    ),
  ),
  { description: 'A phone number as people should dial it, e.g. "01234 567890".', pattern: PHONE.source },
);

const FULL_POSTCODE = /^([A-Z]{1,2}[0-9][0-9A-Z]?) ?([0-9][A-Z]{2})$/;
const DISTRICT = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;
/** A postcode or district already in normal form: nothing for normalisePostcodeText to do. */
const NORMAL_POSTCODE = /^[A-Z]{1,2}[0-9][0-9A-Z]?(?: [0-9][A-Z]{2})?$/;
/** "ta1  1aa" -> "TA1 1AA"; districts ("TA1") are kept as they are. */
export function normalisePostcodeText(value: string): string {
  if (NORMAL_POSTCODE.test(value)) return value;
  const upper = cleanLine(value, TEXT_LIMITS.id).toUpperCase().replace(/\s+/g, ' ');
  const full = FULL_POSTCODE.exec(upper);
  return full ? `${full[1]} ${full[2]}` : upper;
}
/** A full postcode or a district, as they are. */
export const postcodeIsClean = (v: string): boolean => NORMAL_POSTCODE.test(v);
const postcode = documented(
  s
    .string()
    .check(
      cleanThenCheck(
        normalisePostcodeText,
        (v) => FULL_POSTCODE.test(v) || DISTRICT.test(v),
        'must be a UK postcode or postcode district such as TA1 1AA or TA1',
        postcodeIsClean,
      ),
    ),
  { description: 'A UK postcode ("TA1 1AA") or postcode district ("TA1"); any case and spacing.' },
);

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
/** What HHMM matches ("00:00" to "23:59", and "24:00"), told by reading the five code units. */
export function timeIsClean(v: string): boolean {
  if (v.length !== 5 || v.charCodeAt(2) !== 58) return false;
  const hours = digitAt(v, 0) * 10 + digitAt(v, 1); // 100,000 or more when either is not a digit
  const minutes = digitAt(v, 3) * 10 + digitAt(v, 4);
  return (hours < 24 && minutes < 60) || (hours === 24 && minutes === 0);
}
const time = documented(
  s.string().check(
    cleanThenCheck(
      (v: string) =>
        HHMM.test(v)
          ? v // already "HH:MM" (nearly always)
          : trimmedUpTo(CODE_LIMITS.time)(v)
              .replace(/^(\d)(?=[:.])/, '0$1')
              .replace('.', ':'),
      (v) => HHMM.test(v),
      'must be a 24-hour time such as 09:30',
      timeIsClean,
    ),
  ),
  { description: '24-hour time "HH:MM", e.g. "09:30" or "17:00".', pattern: HHMM.source },
);

const BCP47 = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/;
/**
 * A tag BCP47 matches, at most CODE_LIMITS.language long: two or three letters ("en", "cy"), then
 * any number of "-" and one to eight letters or digits. A loop over the code units (tags are two
 * of them, nearly always) rather than a call into the regex engine.
 */
export function languageIsClean(v: string): boolean {
  const length = v.length;
  if (length > CODE_LIMITS.language) return false;
  let at = 0;
  while (at < length && isLower(v.charCodeAt(at))) at++;
  if (at < 2 || at > 3) return false;
  while (at < length) {
    if (v.charCodeAt(at) !== 45) return false;
    const start = ++at;
    while (at < length && (isLower(v.charCodeAt(at)) || isDigitCode(v.charCodeAt(at)))) at++;
    if (at === start || at - start > 8) return false;
  }
  return true;
}
function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}
const language = documented(
  // Cut before the pattern: a repeated group on a megabyte tag overflows the regex stack.
  s.string().check(
    cleanThenCheck(
      (v: string) =>
        v.length <= CODE_LIMITS.language && BCP47.test(v) ? v : trimmedUpTo(CODE_LIMITS.language)(v).toLowerCase().replace(/_/g, '-'),
      (v) => BCP47.test(v),
      'must be a language tag such as en or cy',
      languageIsClean,
    ),
  ),
  {
    description: `A BCP 47 language tag such as "en" or "cy" (stored in lower case), at most ${CODE_LIMITS.language} characters.`,
    pattern: BCP47.source,
  },
);

/** A finite number between min and max inclusive (NaN and Infinity are rejected by z.number). */
function finite(min: number, max: number, integer = false) {
  const schema = s.number().check(
    cleanThenCheck(
      (v: number) => v,
      (v) => v >= min && v <= max && (!integer || Number.isInteger(v)),
      `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`,
      undefined,
      { kind: 'range', min, max, integer },
    ),
  );
  return documented(schema, {
    description: `${integer ? 'A whole number' : 'A number'} from ${min} to ${max}.`,
    minimum: min,
    maximum: max,
    ...(integer ? { type: 'integer' } : {}),
  });
}

/** Vocabularies of the closed (enum) fields, in documentation order. */
export const DELIVERY = ['home-visit', 'venue', 'phone', 'online'] as const;
export const PAYMENT_ROUTES = ['direct-payment', 'personal-budget', 'self-funded', 'council-funded', 'nhs-funded'] as const;
export const COST_PER = ['hour', 'session', 'visit', 'day', 'week'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const REGULATORS = ['CQC', 'CIW', 'Care Inspectorate', 'RQIA'] as const;
export const REGISTRATION_STATUSES = ['registered', 'not-required', 'applied'] as const;
export const PROVIDER_STATUSES = ['open', 'temporarily-closed', 'closed'] as const;
export const FEED_FORMAT = 'micro-provider-feed/1';

export const LocationSpec = s.object({
  postcode: s.optional(postcode),
  lat: s.optional(finite(-90, 90)),
  lng: s.optional(finite(-180, 180)),
  address: s.optional(line()),
  town: s.optional(line()),
  private: s.optional(s.boolean()),
});

export const CostSpec = s.object({
  free: s.optional(s.boolean()),
  fromGBP: s.optional(finite(0, 100_000)),
  per: s.optional(s.enumOf(COST_PER)),
  text: s.optional(line(TEXT_LIMITS.medium)),
});

export const ContactSpec = s.object({
  name: s.optional(line()),
  phone: s.optional(phone),
  email: s.optional(email),
  website: s.optional(webUrl),
});

export const OpeningHoursSpec = s.object({
  day: s.enumOf(WEEKDAYS),
  opens: time,
  closes: time,
});

export const RegistrationSpec = s.object({
  regulator: s.enumOf(REGULATORS),
  status: s.enumOf(REGISTRATION_STATUSES),
  id: s.optional(line(TEXT_LIMITS.id)),
  rating: s.optional(line(TEXT_LIMITS.id)),
});

export const QualitySpec = s.object({
  registration: s.optional(RegistrationSpec),
  dbsChecked: s.optional(s.boolean()),
  insured: s.optional(s.boolean()),
  lastChecked: s.optional(isoDate),
  checkedBy: s.optional(line()),
});

/** One provider record. Required: `id`, `name`, `support` (at least one). */
export const ProviderSpec = s.object({
  id: line(TEXT_LIMITS.id),
  name: line(),
  summary: s.optional(line(TEXT_LIMITS.medium)),
  description: s.optional(paragraphs(TEXT_LIMITS.long)),
  support: terms(LIST_LIMITS.support).check(s.minLength(1, 'needs at least one support type')),
  whoFor: s.optional(terms(LIST_LIMITS.whoFor)),
  delivery: s.optional(closedList(DELIVERY, LIST_LIMITS.delivery)),
  location: s.optional(LocationSpec),
  areas: s.optional(list(line(TEXT_LIMITS.id), LIST_LIMITS.areas)),
  radiusMiles: s.optional(finite(0, 1_000)),
  takingNewClients: s.optional(s.boolean()),
  capacityUpdated: s.optional(isoDate),
  cost: s.optional(CostSpec),
  payment: s.optional(closedList(PAYMENT_ROUTES, LIST_LIMITS.payment)),
  contact: s.optional(ContactSpec),
  hours: s.optional(s.array(OpeningHoursSpec).check(s.maxLength(LIST_LIMITS.hours))),
  hoursText: s.optional(line(TEXT_LIMITS.medium)),
  languages: s.optional(list(language, LIST_LIMITS.languages)),
  quality: s.optional(QualitySpec),
  size: s.optional(finite(1, 10_000, true)),
  updated: s.optional(isoDate),
  status: s.optional(s.enumOf(PROVIDER_STATUSES)),
  whoForText: s.optional(line(TEXT_LIMITS.medium)),
  tags: s.optional(s.array(line(TEXT_LIMITS.id)).check(s.overwrite(dedupe))),
  accreditations: s.optional(s.array(line()).check(s.overwrite(dedupe))),
});

export const PublisherSpec = s.object({
  name: line(),
  url: s.optional(webUrl),
  email: s.optional(email),
});

/** The feed's top-level fields other than `providers`. */
export const MetaSpec = s.object({
  format: s.literal(FEED_FORMAT),
  publisher: PublisherSpec,
  generated: isoDate,
  licence: s.optional(line()),
  coverage: s.optional(s.array(line()).check(s.maxLength(500))),
  language: s.optional(line()),
});

/** A whole feed, as documented (used to generate docs/feed-schema.json). */
export const FeedSpec = s.object({
  format: s.literal(FEED_FORMAT),
  publisher: PublisherSpec,
  generated: isoDate,
  licence: s.optional(line()),
  coverage: s.optional(s.array(line()).check(s.maxLength(500))),
  language: s.optional(line()),
  providers: s.array(ProviderSpec),
});

/** Keys of Provider that a record cannot do without: a bad value skips the record. */
export const REQUIRED_PROVIDER_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'support']);

/** The zod schemas, built on first use (see schema-spec.ts): for records and fields that fail the fast path, and the docs. */
export const providerSchema = () => s.toZod(ProviderSpec);
export const publisherSchema = () => s.toZod(PublisherSpec);
export const metaSchema = () => s.toZod(MetaSpec);
export const feedSchema = () => s.toZod(FeedSpec);

// --- compile-time check: the schemas produce exactly the public types ---
type Assignable<A, B> = [A] extends [B] ? true : false;
type MustBeTrue<T extends true> = T;
export type SchemaMatchesTypes = [
  MustBeTrue<Assignable<z.output<s.ZodOf<typeof ProviderSpec>>, Provider>>,
  MustBeTrue<Assignable<Required<Provider>[keyof Provider], Required<z.output<s.ZodOf<typeof ProviderSpec>>>[keyof Provider]>>,
  MustBeTrue<Assignable<keyof Provider, keyof z.output<s.ZodOf<typeof ProviderSpec>>>>,
  MustBeTrue<Assignable<z.output<s.ZodOf<typeof MetaSpec>>, FeedMeta>>,
  MustBeTrue<Assignable<keyof FeedMeta, keyof z.output<s.ZodOf<typeof MetaSpec>>>>,
];
