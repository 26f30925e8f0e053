/**
 * fromOpenReferral: reads an Open Referral UK 3.0 / HSDS 3.0 service list (paginated
 * `{contents: [...]}`), a bare array of services, or a single service, into our Provider
 * shape. Each converted record then goes through the same validation and sanitising as a
 * micro-provider-feed/1 record, so the same problems are reported. `parseFeed` delegates
 * here when its input has no `providers` list but looks like Open Referral.
 */
import type { FeedProblem, ParsedFeed } from '../types.ts';
import { FeedError } from './errors.ts';
import { FEED_LEVEL_INDEX, parseProvider } from './parse.ts';
import { FEED_FORMAT } from './schema.ts';

type Json = Record<string, unknown>;

const DAY_CODES: Record<string, string> = { MO: 'mon', TU: 'tue', WE: 'wed', TH: 'thu', FR: 'fri', SA: 'sat', SU: 'sun' };

/** True when `data` looks like an Open Referral service list or service. */
export function looksLikeOpenReferral(data: unknown): boolean {
  if (!isObject(data)) return false;
  if (Array.isArray(data.contents) || Array.isArray(data.content)) return true; // HSDS 3 `contents`, ORUK 1 (Outpost) `content`
  return typeof data.name === 'string' && ('service_at_locations' in data || 'organization' in data || 'cost_options' in data);
}

/**
 * Converts Open Referral (ORUK 3.0 / HSDS 3.0, and ORUK 1 `content` pages as served by Outpost) services to a ParsedFeed. Records that cannot
 * be used (no id or name) are skipped and reported; support types come from taxonomy terms
 * (or "other" when there are none, reported as a field problem).
 *
 * @throws {FeedError} `not-a-feed` when the input is neither a service list nor a service.
 */
export function fromOpenReferral(input: unknown): ParsedFeed {
  const services = Array.isArray(input)
    ? input
    : isObject(input) && Array.isArray(input.contents)
      ? input.contents
      : isObject(input) && Array.isArray(input.content)
        ? input.content
        : looksLikeOpenReferral(input)
          ? [input]
          : undefined;
  if (services === undefined) throw new FeedError('not-a-feed', 'expected an Open Referral service list or service');
  const problems: FeedProblem[] = [
    { index: FEED_LEVEL_INDEX, path: 'format', message: 'format: Open Referral input, converted to micro-provider-feed/1', severity: 'field' },
  ];
  const providers = [];
  const seen = new Set<string>();
  for (let index = 0; index < services.length; index++) {
    const service = services[index];
    const candidate = isObject(service) ? convertService(service, index, problems) : service;
    const provider = parseProvider(candidate, index, problems);
    if (provider === undefined) continue;
    if (seen.has(provider.id)) {
      problems.push({ index, id: provider.id, path: 'id', message: `id: "${provider.id}" repeats an earlier record, record skipped`, severity: 'record' });
      continue;
    }
    seen.add(provider.id);
    providers.push(provider);
  }
  return { meta: { format: FEED_FORMAT, publisher: { name: '' }, generated: '' }, providers, problems };
}

/** Maps one HSDS service object onto feed/1 field names; validation happens afterwards. */
function convertService(service: Json, index: number, problems: FeedProblem[]): Json {
  const out: Json = { id: service.id, name: service.name };
  if (typeof service.description === 'string') out.description = service.description;

  const support = taxonomyTerms(service);
  if (support.length > 0) out.support = support;
  else {
    out.support = ['other'];
    problems.push({ index, path: 'support', message: 'support: no taxonomy terms, set to "other"', severity: 'field' });
  }

  const contact: Json = {};
  if (typeof service.url === 'string') contact.website = service.url;
  if (typeof service.email === 'string') contact.email = service.email;
  const phone = firstPhone(service);
  if (phone !== undefined) contact.phone = phone;
  out.contact = contact;

  const location = firstLocation(service);
  if (location !== undefined) {
    const mapped: Json = {};
    if (typeof location.latitude === 'number') mapped.lat = location.latitude;
    if (typeof location.longitude === 'number') mapped.lng = location.longitude;
    const address = list(location.addresses).find(isObject);
    if (address !== undefined) {
      if (typeof address.postal_code === 'string') mapped.postcode = address.postal_code;
      if (typeof address.city === 'string') mapped.town = address.city;
      const street = [address.address_1, address.address_2].filter((part) => typeof part === 'string' && part.trim() !== '');
      if (street.length > 0) mapped.address = street.join(', ');
    }
    out.location = mapped;
  }

  // service_area names are often sentences; only short ones are place names.
  const areas = list(service.service_areas)
    .filter(isObject)
    .map((area) => area.name)
    .filter((name): name is string => typeof name === 'string' && name.length <= 60);
  if (areas.length > 0) out.areas = areas;

  const cost = list(service.cost_options).find(isObject);
  if (cost !== undefined && typeof cost.amount === 'number') {
    out.cost = cost.amount === 0 ? { free: true } : { fromGBP: cost.amount, ...(typeof cost.amount_description === 'string' ? { text: cost.amount_description } : {}) };
  }

  const languages = list(service.languages)
    .filter(isObject)
    .map((language) => language.code ?? language.name)
    .filter((code): code is string => typeof code === 'string');
  if (languages.length > 0) out.languages = languages;

  const hours = list(service.schedules).filter(isObject).flatMap(scheduleToHours);
  if (hours.length > 0) out.hours = hours;

  const modified = service.last_modified ?? service.updated_at;
  if (typeof modified === 'string') out.updated = modified.slice(0, 10);
  return out;
}

/** Weekly schedules with `byday` and opening times become opening-hours entries. */
function scheduleToHours(schedule: Json): Json[] {
  if (schedule.freq !== undefined && schedule.freq !== 'WEEKLY') return [];
  if (typeof schedule.byday !== 'string' || typeof schedule.opens_at !== 'string' || typeof schedule.closes_at !== 'string') return [];
  const opens = schedule.opens_at.slice(0, 5);
  const closes = schedule.closes_at.slice(0, 5);
  return schedule.byday
    .split(',')
    .map((code) => DAY_CODES[code.trim().toUpperCase()])
    .filter((day): day is string => day !== undefined)
    .map((day) => ({ day, opens, closes }));
}

function taxonomyTerms(service: Json): string[] {
  const terms: string[] = [];
  for (const holder of [...list(service.taxonomy_terms), ...list(service.taxonomies), ...list(service.attributes).map((a) => (isObject(a) ? a.taxonomy_term : undefined))]) {
    if (isObject(holder) && typeof holder.name === 'string' && holder.name !== 'name') terms.push(holder.name);
  }
  return terms;
}

function firstPhone(service: Json): string | undefined {
  const sources = [service.phones, ...list(service.service_at_locations).map((sal) => (isObject(sal) && isObject(sal.location) ? sal.location.phones : undefined))];
  for (const phones of sources) {
    for (const phone of list(phones)) {
      // Some publishers wrap the number in literal quote marks.
      if (isObject(phone) && typeof phone.number === 'string') return phone.number.replace(/["']/g, '');
    }
  }
  return undefined;
}

function firstLocation(service: Json): Json | undefined {
  for (const sal of list(service.service_at_locations)) if (isObject(sal) && isObject(sal.location)) return sal.location;
  return list(service.locations).find(isObject);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
