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
import { isObject, list, objects, text, type ConversionNote, type Json } from './json.ts';
import { mapPlace } from './location.ts';
import { mapHours } from './schedule.ts';
import { addNew, mapTerms, type TaxonomyIndex } from './taxonomy.ts';

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

export interface ConvertedService {
  /** The feed/1 record to validate; undefined when the service is skipped. */
  record?: Json;
  notes: ConversionNote[];
  /** No taxonomy term mapped to a support type ("other" was used). */
  noSupport: boolean;
}

export interface ConvertOptions {
  taxonomy?: TaxonomyIndex;
}

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

export function convertService(service: Json, options: ConvertOptions = {}): ConvertedService {
  const notes: ConversionNote[] = [];
  const status = text(service.status)?.toLowerCase();
  if (status === 'defunct') {
    notes.push({ path: 'status', message: 'status: "defunct" (the service has ended), record skipped', severity: 'record' });
    return { notes, noSupport: false };
  }

  const out: Json = { id: typeof service.id === 'number' ? String(service.id) : service.id, name: service.name };
  if (typeof service.name === 'string' && looksLikeHtml(service.name)) out.name = htmlToText(service.name).replace(/\n+/g, ' ');
  const description = text(service.description);
  if (description !== undefined) out.description = htmlToText(description);

  if (status === 'inactive') {
    out.status = 'closed';
    out.takingNewClients = false;
  } else if (status === 'temporarily closed' || status === 'temporarily-closed') {
    out.status = 'temporarily-closed';
    out.takingNewClients = false;
  }

  const terms = mapTerms(taxonomyTerms(service), options.taxonomy);
  const who = mapWhoFor(service, options.taxonomy);
  const noSupport = terms.support.length === 0;
  out.support = noSupport ? ['other'] : terms.support;
  const whoFor = terms.whoFor;
  addNew(whoFor, who.whoFor);
  if (whoFor.length > 0) out.whoFor = whoFor;
  if (who.whoForText !== undefined) out.whoForText = who.whoForText;
  if (terms.tags.length > 0) out.tags = terms.tags;

  const place = mapPlace(service, notes);
  if (place.location !== undefined) out.location = place.location;
  if (place.areas.length > 0) out.areas = place.areas;
  if (place.radiusMiles !== undefined) out.radiusMiles = place.radiusMiles;

  const delivery = deliveryOf(service);
  if (place.virtual && !delivery.includes('online')) delivery.push('online');
  if (delivery.length > 0) out.delivery = delivery;

  const contact = mapContact(service, notes);
  if (contact !== undefined) out.contact = contact;
  const cost = mapCost(service, notes);
  if (cost !== undefined) out.cost = cost;
  const hours = mapHours(service);
  if (hours.hours.length > 0) out.hours = hours.hours;
  if (hours.hoursText !== undefined) out.hoursText = hours.hoursText;

  const languages = languagesOf(service);
  if (languages.length > 0) out.languages = languages;

  const checked =
    dateOf(service.assured_date) ??
    dateOf(service.last_assured) ??
    (isObject(service.pc_metadata) ? dateOf(service.pc_metadata.date_assured) : undefined);
  if (checked !== undefined) out.quality = { lastChecked: checked };
  const accreditations = accreditationsOf(service.accreditations);
  if (accreditations.length > 0) out.accreditations = accreditations;

  const updated = dateOf(service.last_modified) ?? dateOf(service.updated_at);
  if (updated !== undefined) out.updated = updated;
  return { record: out, notes, noSupport };
}

/** Taxonomy term names from every place publishers put them (placeholder "name" values skipped). */
export function taxonomyTerms(service: Json): string[] {
  const terms: string[] = [];
  // Index loops, not for-of: these run for every service, and a for-of may cost an iterator each.
  const direct = objects(service.taxonomy_terms);
  for (let i = 0; i < direct.length; i++) addTermName(terms, direct[i]);
  const taxonomies = objects(service.taxonomies);
  for (let i = 0; i < taxonomies.length; i++) addTermName(terms, taxonomies[i]);
  const attributes = objects(service.attributes);
  for (let i = 0; i < attributes.length; i++) addTermName(terms, attributes[i]!.taxonomy_term);
  const links = objects(service.service_taxonomys);
  for (let i = 0; i < links.length; i++) addTermName(terms, links[i]!.taxonomy);
  const deliverable = list(service.deliverable_type);
  for (let i = 0; i < deliverable.length; i++) {
    const name = text(deliverable[i]);
    if (name !== undefined) terms.push(name);
  }
  if (typeof service.deliverable_type === 'string') {
    const name = text(service.deliverable_type);
    if (name !== undefined) terms.push(name);
  }
  return terms;
}

function addTermName(terms: string[], holder: unknown): void {
  if (!isObject(holder)) return;
  const name = text(holder.name) ?? text(holder.term) ?? text(holder.slug);
  if (name !== undefined && name !== 'name') terms.push(name);
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

/** ORUK 1.0 `attending_type` ("Home visit", "Venue", "Phone", "Online"), also on schedules. */
function deliveryOf(service: Json): string[] {
  const out: string[] = []; // four values at most: a plain list, in first-seen order as a Set keeps them
  addDelivery(out, service.attending_type);
  const schedules = objects(service.schedules);
  for (let i = 0; i < schedules.length; i++) addDelivery(out, schedules[i]!.attending_type);
  const regular = objects(service.regular_schedules);
  for (let i = 0; i < regular.length; i++) addDelivery(out, regular[i]!.attending_type);
  return out;
}

function addDelivery(out: string[], value: unknown): void {
  const words = text(value);
  if (words !== undefined) addNew(out, deliveryWords(words));
}

function languagesOf(service: Json): string[] {
  const out: string[] = [];
  const items = list(service.languages);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const raw = isObject(item) ? (text(item.code) ?? text(item.name)) : text(item);
    if (raw === undefined) continue;
    out.push(LANGUAGE_NAMES[raw.toLowerCase()] ?? raw);
  }
  return out;
}

function accreditationsOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value.map((v) => (isObject(v) ? text(v.name) : text(v))) : (text(value)?.split(/\r?\n|;/) ?? []);
  return items.map((v) => (v === undefined ? '' : htmlToText(v).replace(/\n+/g, ' ').trim())).filter((v) => v !== '');
}

/** "2023-03-01T10:00:00Z" -> "2023-03-01"; undefined unless it starts with an ISO date. */
function dateOf(value: unknown): string | undefined {
  const raw = text(value);
  return raw !== undefined && ISO_DAY_START.test(raw) ? raw.slice(0, 10) : undefined;
}
const ISO_DAY_START = /^\d{4}-\d{2}-\d{2}/;
