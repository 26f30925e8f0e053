/**
 * The provider record's own checker, for the common case: a record fresh from JSON.parse that
 * is already clean (nothing for any cleaning to change, nothing to drop or report). It reads the
 * record's keys by name, one switch per group, and calls each field's test directly, where the
 * generic in-place checker (fast-path.ts `compileInPlace`) dispatches on a plan node per field.
 *
 * It only says yes or "don't know": it never cleans or writes. Anything it turns down (a field
 * to clean, an unknown key, a wrong type, a list with repeats, ...) goes on to the generic
 * checker and from there to the reporting path, exactly as before, so its yes must mean "the
 * generic checker would return this record unchanged". provider-check.test.ts holds it to that
 * on generated and hostile records; the field rules are the schema's own tests (schema.ts).
 */
import type { Provider } from '../types.ts';
import { WEB_URL_SCHEMES, TEXT_LIMITS, lineIsClean, paragraphsAreClean, safeUrl } from './sanitise.ts';
import { LIST_LIMITS } from './limits.ts';
import { isRecord } from './is-record.ts';
import {
  COST_PER,
  DELIVERY,
  PAYMENT_ROUTES,
  PROVIDER_STATUSES,
  REGISTRATION_STATUSES,
  REGULATORS,
  WEEKDAYS,
  dedupe,
  emailIsClean,
  isoDateIsClean,
  languageIsClean,
  phoneIsClean,
  postcodeIsClean,
  termIsClean,
  timeIsClean,
} from './schema.ts';

/** Every key {@link providerIsClean} knows, in the schema's order (a test holds it to ProviderSpec's keys). */
export const PROVIDER_KEYS = [
  'id',
  'name',
  'summary',
  'description',
  'support',
  'whoFor',
  'delivery',
  'location',
  'areas',
  'radiusMiles',
  'takingNewClients',
  'capacityUpdated',
  'cost',
  'payment',
  'contact',
  'hours',
  'hoursText',
  'languages',
  'quality',
  'size',
  'updated',
  'status',
  'whoForText',
  'tags',
  'accreditations',
] as const;

/**
 * The fields of a record {@link providerIsClean} said yes to that the parser reads next, as the
 * check found them: read again by name, from records whose keys come in many orders, each would be
 * a slow (megamorphic) lookup. Only meaningful after a yes; `status` and `location` are undefined
 * when the record has none.
 */
export interface CheckedFields {
  id: string;
  status: Provider['status'];
  location: Provider['location'];
}

/** Where a caller that does not need them lets {@link providerIsClean} put the fields it found. */
const UNREAD: CheckedFields = { id: '', status: undefined, location: undefined };

/**
 * True when `record` is a provider the in-place checker would return as it is, unchanged: then it
 * is one. False means only "not sure": ask the generic checker. For plain data from JSON.parse
 * while Object.prototype is clean (see InPlaceChecker.usable): inherited keys are not looked for.
 * After a yes, `fields` holds the record's id, status and location.
 */
export function providerIsClean(record: unknown, fields: CheckedFields = UNREAD): record is Provider {
  if (!isRecord(record)) return false;
  fields.status = undefined;
  fields.location = undefined;
  let required = 0;
  // The record's own keys (each value read by its slot inside a for-in): any key not listed below,
  // "__proto__" as JSON.parse makes it included, is turned down at once. Cases in the feeds' usual order.
  for (const key in record) {
    const value = record[key];
    switch (key) {
      case 'id':
        if (!isLine(value, TEXT_LIMITS.id)) return false;
        fields.id = value as string;
        required++;
        break;
      case 'name':
        if (!isLine(value, TEXT_LIMITS.short)) return false;
        required++;
        break;
      case 'summary':
      case 'hoursText':
      case 'whoForText':
        if (!isLine(value, TEXT_LIMITS.medium)) return false;
        break;
      case 'description':
        if (!(typeof value === 'string' && value !== '' && paragraphsAreClean(value, TEXT_LIMITS.long))) return false;
        break;
      case 'support':
        if (!isTermList(value, LIST_LIMITS.support)) return false;
        required++;
        break;
      case 'whoFor':
        if (!isTermList(value, LIST_LIMITS.whoFor)) return false;
        break;
      case 'delivery':
        if (!isListOf(value, DELIVERY, LIST_LIMITS.delivery)) return false;
        break;
      case 'location':
        if (!isLocation(value)) return false;
        fields.location = value as Provider['location'];
        break;
      case 'areas':
        if (!isLineList(value, TEXT_LIMITS.id, LIST_LIMITS.areas)) return false;
        break;
      case 'radiusMiles':
        if (!isInRange(value, 0, 1_000)) return false;
        break;
      case 'takingNewClients':
        if (typeof value !== 'boolean') return false;
        break;
      case 'capacityUpdated':
      case 'updated':
        if (!(typeof value === 'string' && isoDateIsClean(value))) return false;
        break;
      case 'cost':
        if (!isCost(value)) return false;
        break;
      case 'payment':
        if (!isListOf(value, PAYMENT_ROUTES, LIST_LIMITS.payment)) return false;
        break;
      case 'contact':
        if (!isContact(value)) return false;
        break;
      case 'hours':
        if (!isHoursList(value)) return false;
        break;
      case 'languages':
        if (!isLanguageList(value)) return false;
        break;
      case 'quality':
        if (!isQuality(value)) return false;
        break;
      case 'size':
        if (!(isInRange(value, 1, 10_000) && Number.isInteger(value))) return false;
        break;
      case 'status':
        if (!isOneOf(value, PROVIDER_STATUSES)) return false;
        fields.status = value as Provider['status'];
        break;
      case 'tags':
        if (!isLineList(value, TEXT_LIMITS.id, Infinity)) return false;
        break;
      case 'accreditations':
        if (!isLineList(value, TEXT_LIMITS.short, Infinity)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 3; // id, name and support
}

/** One-line text its cleaning leaves as it is (the schema's `line(max)`). */
function isLine(value: unknown, max: number): boolean {
  return typeof value === 'string' && value !== '' && lineIsClean(value, max);
}

/** A number from min to max (JSON has no NaN or Infinity, and neither passes the comparisons). */
function isInRange(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && value >= min && value <= max;
}

function isOneOf(value: unknown, allowed: readonly string[]): boolean {
  for (let i = 0; i < allowed.length; i++) if (value === allowed[i]) return true;
  return false;
}

/** An optional list: never empty (the copying path removes an empty one), at most `max` items. */
function isListUpTo(value: unknown, max: number): value is unknown[] {
  return Array.isArray(value) && value.length !== 0 && value.length <= max;
}

/** A list whose dedupe step keeps it as it is. */
function hasNoRepeats(list: unknown[]): boolean {
  return dedupe(list) === list;
}

function isTermList(value: unknown, max: number): boolean {
  if (!isListUpTo(value, max)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!(typeof item === 'string' && termIsClean(item))) return false;
  }
  return hasNoRepeats(value);
}

function isListOf(value: unknown, allowed: readonly string[], max: number): boolean {
  if (!isListUpTo(value, max)) return false;
  for (let i = 0; i < value.length; i++) if (!isOneOf(value[i], allowed)) return false;
  return hasNoRepeats(value);
}

function isLineList(value: unknown, maxLength: number, max: number): boolean {
  if (!isListUpTo(value, max)) return false;
  for (let i = 0; i < value.length; i++) if (!isLine(value[i], maxLength)) return false;
  return hasNoRepeats(value);
}

function isLanguageList(value: unknown): boolean {
  if (!isListUpTo(value, LIST_LIMITS.languages)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!(typeof item === 'string' && languageIsClean(item))) return false;
  }
  return hasNoRepeats(value);
}

/**
 * Groups are optional: never empty (the copying path removes an empty one).
 *
 * In these two groups each field is read by name in its own case, not as `value[key]` before the
 * switch: a coordinate or an amount with a fraction is stored boxed, and a read by a key held in a
 * variable hands back a fresh copy of the box, one allocation per number: 2.4 MB for the
 * locations of 100,000 providers, enough to set off, in some parses, one more young-generation
 * collection, which copies the feed's newest objects. (A provider's own numbers, radiusMiles and
 * size, are still read as `record[key]`: in the sample and bench feeds they are whole numbers, which
 * are not boxed; a feed of fractional radii would pay one allocation each.)
 */
function isLocation(value: unknown): boolean {
  if (!isRecord(value)) return false;
  let seen = 0;
  for (const key in value) {
    switch (key) {
      case 'address':
        if (!isLine(value.address, TEXT_LIMITS.short)) return false;
        break;
      case 'town':
        if (!isLine(value.town, TEXT_LIMITS.short)) return false;
        break;
      case 'postcode': {
        const postcode = value.postcode;
        if (!(typeof postcode === 'string' && postcodeIsClean(postcode))) return false;
        break;
      }
      case 'lat':
        if (!isInRange(value.lat, -90, 90)) return false;
        break;
      case 'lng':
        if (!isInRange(value.lng, -180, 180)) return false;
        break;
      case 'private':
        if (typeof value.private !== 'boolean') return false;
        break;
      default:
        return false;
    }
    seen++;
  }
  return seen !== 0;
}

/** Fields read by name, as in {@link isLocation}. */
function isCost(value: unknown): boolean {
  if (!isRecord(value)) return false;
  let seen = 0;
  for (const key in value) {
    switch (key) {
      case 'free':
        if (typeof value.free !== 'boolean') return false;
        break;
      case 'fromGBP':
        if (!isInRange(value.fromGBP, 0, 100_000)) return false;
        break;
      case 'per':
        if (!isOneOf(value.per, COST_PER)) return false;
        break;
      case 'text':
        if (!isLine(value.text, TEXT_LIMITS.medium)) return false;
        break;
      default:
        return false;
    }
    seen++;
  }
  return seen !== 0;
}

function isContact(value: unknown): boolean {
  if (!isRecord(value)) return false;
  let seen = 0;
  for (const key in value) {
    const field = value[key];
    switch (key) {
      case 'name':
        if (!isLine(field, TEXT_LIMITS.short)) return false;
        break;
      case 'phone':
        if (!(typeof field === 'string' && phoneIsClean(field))) return false;
        break;
      case 'email':
        if (!(typeof field === 'string' && emailIsClean(field))) return false;
        break;
      case 'website':
        // The link as its cleaning (safeUrl) returns it; safeUrl never returns "".
        if (!(typeof field === 'string' && safeUrl(field, WEB_URL_SCHEMES) === field)) return false;
        break;
      default:
        return false;
    }
    seen++;
  }
  return seen !== 0;
}

function isHoursList(value: unknown): boolean {
  if (!isListUpTo(value, LIST_LIMITS.hours)) return false;
  for (let i = 0; i < value.length; i++) if (!isOpeningHours(value[i])) return false;
  return true; // hours have no dedupe step
}

/** day, opens and closes, all three required. */
function isOpeningHours(value: unknown): boolean {
  if (!isRecord(value)) return false;
  let seen = 0;
  for (const key in value) {
    const field = value[key];
    switch (key) {
      case 'day':
        if (!isOneOf(field, WEEKDAYS)) return false;
        break;
      case 'opens':
      case 'closes':
        if (!(typeof field === 'string' && timeIsClean(field))) return false;
        break;
      default:
        return false;
    }
    seen++;
  }
  return seen === 3;
}

function isQuality(value: unknown): boolean {
  if (!isRecord(value)) return false;
  let seen = 0;
  for (const key in value) {
    const field = value[key];
    switch (key) {
      case 'registration':
        if (!isRegistration(field)) return false;
        break;
      case 'dbsChecked':
      case 'insured':
        if (typeof field !== 'boolean') return false;
        break;
      case 'lastChecked':
        if (!(typeof field === 'string' && isoDateIsClean(field))) return false;
        break;
      case 'checkedBy':
        if (!isLine(field, TEXT_LIMITS.short)) return false;
        break;
      default:
        return false;
    }
    seen++;
  }
  return seen !== 0;
}

/** regulator and status required; id and rating optional. */
function isRegistration(value: unknown): boolean {
  if (!isRecord(value)) return false;
  let required = 0;
  for (const key in value) {
    const field = value[key];
    switch (key) {
      case 'regulator':
        if (!isOneOf(field, REGULATORS)) return false;
        required++;
        break;
      case 'status':
        if (!isOneOf(field, REGISTRATION_STATUSES)) return false;
        required++;
        break;
      case 'id':
      case 'rating':
        if (!isLine(field, TEXT_LIMITS.id)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 2;
}
