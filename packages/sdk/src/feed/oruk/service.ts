/**
 * Maps one Open Referral service (ORUK 1.0 / 3.0, HSDS 3.x, Outpost) onto feed/1 field
 * names. Validation and cleaning happen afterwards, exactly as for a feed/1 record, so the
 * same problems are reported. Each concern lives in its own module (location, contact,
 * schedule, eligibility, cost, taxonomy); this file adds status, delivery, quality,
 * languages and dates, and lists which source fields it reads (for the unmapped summary).
 */
import { mapContact } from './contact.ts';
import { mapCost } from './cost.ts';
import { mapWhoFor } from './eligibility.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { isObject, list, lowerCase, objects, text, type ConversionNote, type Json } from './json.ts';
import { mapPlace } from './location.ts';
import { mapHours } from './schedule.ts';
import { ListBuilder } from './list-builder.ts';
import { emptyRecordValues, makeRecord } from './record.ts';
import { TermMapping, defaultTaxonomyIndex, mapTerm, type TaxonomyIndex } from './taxonomy.ts';

/** Top-level service fields this converter reads. Anything else present is counted as unmapped. */
export const MAPPED_SERVICE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'description',
  'status',
  'url',
  'email',
  'phones',
  'contacts',
  'links',
  'schedules',
  'regular_schedules',
  'service_areas',
  'service_at_locations',
  'locations',
  'location',
  'languages',
  'organization',
  'organisation',
  'cost_options',
  'fees',
  'fees_description',
  'free',
  'taxonomy_terms',
  'taxonomies',
  'attributes',
  'service_taxonomys',
  'eligibility_description',
  'eligibilitys',
  'minimum_age',
  'maximum_age',
  'min_age',
  'max_age',
  'suitabilities',
  'pc_targetAudience',
  'send_needs',
  'attending_type',
  'deliverable_type',
  'assured_date',
  'last_assured',
  'pc_metadata',
  'accreditations',
  'last_modified',
  'updated_at',
]);

export interface ConvertOptions {
  taxonomy?: TaxonomyIndex;
}

/**
 * Where {@link convertService} puts what it finds besides the record: one per feed, reused
 * for every service (a feed converts thousands; nearly all have no note).
 */
export interface ConversionSink {
  /** Notes are appended; the caller takes and clears them. */
  notes: ConversionNote[];
  /** Set for each converted service: no taxonomy term mapped to a support type ("other" was used). */
  noSupport: boolean;
  /**
   * Every service is plain JSON data (made by JSON.parse: own, enumerable data properties only) and
   * Object.prototype has none of {@link MAPPED_SERVICE_FIELDS}: a service's fields may then be read
   * through one object of one shape (see fieldsOf) rather than from the service itself.
   */
  plainData?: boolean;
}

/** True when nothing a service would inherit has the name of a field this converter reads (a page may have polluted it). */
export function prototypeHasNoServiceField(): boolean {
  for (const name of MAPPED_SERVICE_FIELDS) if (name in Object.prototype) return false;
  return true;
}

/**
 * The service's mapped fields on one object, reused for every service, whose fields are all always
 * there (undefined when the service has none). A feed's services come in dozens of shapes (which
 * optional fields each has), so every read of a field from the service itself is a look-up among
 * those shapes, and the readers here read some forty fields, most absent, each service; from this
 * object each is one load at a fixed place. Only for plain data (see ConversionSink.plainData): an
 * own enumerable property is then all a read from the service could find.
 */
function fieldsOf(service: Json): Json {
  const fields = FIELDS;
  for (let i = 0; i < filled.length; i++) fields[filled[i]!] = undefined;
  filled.length = 0;
  for (const key in service) {
    if (!MAPPED_SERVICE_FIELDS.has(key)) continue;
    fields[key] = service[key];
    filled.push(key);
  }
  return fields;
}
const FIELDS: Json = Object.fromEntries([...MAPPED_SERVICE_FIELDS].map((name) => [name, undefined]));
/** The keys of FIELDS the last service set. */
const filled: string[] = [];

const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  welsh: 'cy',
  cymraeg: 'cy',
  polish: 'pl',
  urdu: 'ur',
  punjabi: 'pa',
  bengali: 'bn',
  arabic: 'ar',
  gujarati: 'gu',
  romanian: 'ro',
  portuguese: 'pt',
  spanish: 'es',
  french: 'fr',
  somali: 'so',
  'british sign language': 'bfi',
  bsl: 'bfi',
  gaelic: 'gd',
  'scottish gaelic': 'gd',
  irish: 'ga',
  chinese: 'zh',
  cantonese: 'yue',
  mandarin: 'cmn',
  hindi: 'hi',
  tamil: 'ta',
};

/**
 * The feed/1 record for one service (undefined when it is skipped), its notes appended to
 * `sink.notes`. Values are worked out in the order their notes are reported (venues, contact,
 * cost), then the record is made in one step (record.ts). Nothing else is allocated that the
 * record does not keep, wherever that was easy: a feed converts thousands of services, and the
 * garbage collector's time was half the conversion's.
 */
export function convertService(source: Json, options: ConvertOptions, sink: ConversionSink): Json | undefined {
  const service = sink.plainData === true ? fieldsOf(source) : source;
  const given = text(service.status);
  const status = given === undefined ? undefined : lowerCase(given);
  if (status === 'defunct') {
    sink.notes.push({ path: 'status', message: 'status: "defunct" (the service has ended), record skipped', severity: 'record' });
    return undefined;
  }
  const notes = sink.notes;
  const index = options.taxonomy ?? defaultTaxonomyIndex();

  const id = typeof service.id === 'number' ? String(service.id) : service.id;
  const name =
    typeof service.name === 'string' && looksLikeHtml(service.name) ? htmlToText(service.name).replace(LINE_BREAKS, ' ') : service.name;
  const descriptionText = text(service.description);
  const description = descriptionText === undefined ? undefined : htmlToText(descriptionText);

  const terms = serviceTerms(service, index);
  const whoForText = mapWhoFor(service, index, terms);
  const support = terms.support.take();
  const whoFor = terms.whoFor.take();
  const tags = terms.tags.take();
  sink.noSupport = support === undefined;

  const place = mapPlace(service, notes);
  DELIVERY.reset();
  addDeliveryOf(service);
  if (place.virtual) DELIVERY.addNew('online');
  const delivery = DELIVERY.take();

  const contact = mapContact(service, notes);
  const cost = mapCost(service, notes);
  const hours = mapHours(service);
  const languages = languagesOf(service);

  const checked =
    dateOf(service.assured_date) ??
    dateOf(service.last_assured) ??
    (isObject(service.pc_metadata) ? dateOf(service.pc_metadata.date_assured) : undefined);
  const accreditations = accreditationsOf(service.accreditations);
  const updated = dateOf(service.last_modified) ?? dateOf(service.updated_at);

  const closed = status === 'inactive';
  const paused = status === 'temporarily closed' || status === 'temporarily-closed';
  // Every field, every time: the values object is shared by all services.
  const values = VALUES;
  values.id = id;
  values.name = name;
  values.description = description;
  values.support = support ?? ['other'];
  values.whoFor = whoFor;
  values.delivery = delivery;
  values.location = place.location;
  values.areas = place.areas !== undefined && place.areas.length > 0 ? place.areas : undefined;
  values.radiusMiles = place.radiusMiles;
  values.takingNewClients = closed || paused ? false : undefined;
  values.cost = cost;
  values.contact = contact;
  values.hours = hours.hours;
  values.hoursText = hours.hoursText;
  values.languages = languages;
  values.quality = checked === undefined ? undefined : { lastChecked: checked };
  values.updated = updated;
  values.status = closed ? 'closed' : paused ? 'temporarily-closed' : undefined;
  values.whoForText = whoForText;
  values.tags = tags;
  values.accreditations = accreditations;
  return makeRecord(values);
}
const VALUES = emptyRecordValues();
const LINE_BREAKS = /\n+/g;

/** Builders reused for every service (see list-builder.ts). */
const SERVICE_TERMS = new TermMapping();
const DELIVERY = new ListBuilder<string>();
const LANGUAGES = new ListBuilder<string>();

/** Taxonomy terms from every place publishers put them (placeholder "name" values skipped), mapped as they are found. */
function serviceTerms(service: Json, index: TaxonomyIndex): TermMapping {
  const terms = SERVICE_TERMS;
  terms.reset();
  // Index loops, not for-of: these run for every service, and a for-of may cost an iterator each.
  const direct = objects(service.taxonomy_terms);
  for (let i = 0; i < direct.length; i++) addTermName(terms, direct[i], index);
  const taxonomies = objects(service.taxonomies);
  for (let i = 0; i < taxonomies.length; i++) addTermName(terms, taxonomies[i], index);
  const attributes = objects(service.attributes);
  for (let i = 0; i < attributes.length; i++) addTermName(terms, attributes[i]!.taxonomy_term, index);
  const links = objects(service.service_taxonomys);
  for (let i = 0; i < links.length; i++) addTermName(terms, links[i]!.taxonomy, index);
  const deliverable = list(service.deliverable_type);
  for (let i = 0; i < deliverable.length; i++) {
    const name = text(deliverable[i]);
    if (name !== undefined) mapTerm(terms, name, index);
  }
  if (typeof service.deliverable_type === 'string') {
    const name = text(service.deliverable_type);
    if (name !== undefined) mapTerm(terms, name, index);
  }
  return terms;
}

function addTermName(terms: TermMapping, holder: unknown, index: TaxonomyIndex): void {
  if (!isObject(holder)) return;
  const name = text(holder.name) ?? text(holder.term) ?? text(holder.slug);
  if (name !== undefined && name !== 'name') mapTerm(terms, name, index);
}

const DELIVERY_WORDS: readonly [RegExp, string][] = [
  [/home[- ]?visit|in your (own )?home|at home/i, 'home-visit'],
  [/\bvenue|in[- ]person|drop[- ]in|face[- ]to[- ]face|centre/i, 'venue'],
  [/\bphone|telephone/i, 'phone'],
  [/\bonline|video|remote|internet|web/i, 'online'],
];

/** Delivery modes named in one attending_type text; the same few texts repeat across a feed, so answers are kept. */
const deliveryWordsCache = new Map<string, readonly string[]>();
function deliveryWords(words: string): readonly string[] {
  let found = deliveryWordsCache.get(words);
  if (found === undefined) {
    found = DELIVERY_WORDS.filter(([pattern]) => pattern.test(words)).map(([, delivery]) => delivery);
    if (deliveryWordsCache.size < 1_000) deliveryWordsCache.set(words, found);
  }
  return found;
}

/** Adds to DELIVERY the modes ORUK 1.0 `attending_type` names ("Home visit", "Venue", "Phone", "Online"), also on schedules. */
function addDeliveryOf(service: Json): void {
  addDelivery(service.attending_type);
  const schedules = objects(service.schedules);
  for (let i = 0; i < schedules.length; i++) addDelivery(schedules[i]!.attending_type);
  const regular = objects(service.regular_schedules);
  for (let i = 0; i < regular.length; i++) addDelivery(regular[i]!.attending_type);
}

function addDelivery(value: unknown): void {
  const words = text(value);
  if (words !== undefined) DELIVERY.addAllNew(deliveryWords(words));
}

function languagesOf(service: Json): string[] | undefined {
  LANGUAGES.reset();
  const items = list(service.languages);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const raw = isObject(item) ? (text(item.code) ?? text(item.name)) : text(item);
    if (raw !== undefined) LANGUAGES.add(LANGUAGE_NAMES[lowerCase(raw)] ?? raw);
  }
  return LANGUAGES.take();
}

function accreditationsOf(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = Array.isArray(value) ? value.map((v) => (isObject(v) ? text(v.name) : text(v))) : (text(value)?.split(/\r?\n|;/) ?? []);
  const out = items.map((v) => (v === undefined ? '' : htmlToText(v).replace(LINE_BREAKS, ' ').trim())).filter((v) => v !== '');
  return out.length > 0 ? out : undefined;
}

/** "2023-03-01T10:00:00Z" -> "2023-03-01"; undefined unless it starts with an ISO date. */
function dateOf(value: unknown): string | undefined {
  const raw = text(value);
  return raw !== undefined && ISO_DAY_START.test(raw) ? raw.slice(0, 10) : undefined;
}
const ISO_DAY_START = /^\d{4}-\d{2}-\d{2}/;
