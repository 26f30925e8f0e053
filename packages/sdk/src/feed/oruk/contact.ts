/**
 * Contact details from wherever an Open Referral service keeps them: `phones[]`,
 * `contacts[].phones[].number`, Outpost `contacts[].phone/email` strings, venue phones, and
 * the organisation's `email`/`url` as a fallback. Empty strings are absent values, not
 * problems; a bare domain ("example.org") becomes an https link.
 */
import { isObject, objects, text, type ConversionNote, type Json } from './json.ts';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const PHONE_LIKE = /^\+?[0-9 ()\-.]{6,30}(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/i;
const BARE_DOMAIN = /^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?:[/?#]\S*)?$/i;

export function organisationOf(service: Json): Json | undefined {
  return isObject(service.organization) ? service.organization : isObject(service.organisation) ? service.organisation : undefined;
}

export function mapContact(service: Json, notes: ConversionNote[] = []): Json | undefined {
  const organisation = organisationOf(service);
  const contacts = objects(service.contacts);
  // Only the fields found, in this order: the record is made once they are known (most services have one or two).
  const phone = firstPhone(service, contacts, organisation, true) ?? firstPhone(service, contacts, organisation, false);
  const email = firstEmail(service, contacts, organisation, notes);
  let website = webAddress(service.url) ?? webAddress(organisation?.url) ?? webAddress(organisation?.website);
  if (website === undefined) {
    const links = objects(service.links);
    for (let i = 0; i < links.length && website === undefined; i++) website = webAddress(links[i]!.url);
  }
  if (phone === undefined && email === undefined && website === undefined) return undefined;
  const out: Json = {};
  if (phone !== undefined) out.phone = phone;
  if (email !== undefined) out.email = email;
  if (website !== undefined) out.website = website;
  if (phone !== undefined || email !== undefined) {
    for (let i = 0; i < contacts.length; i++) {
      const name = text(contacts[i]!.name);
      if (name !== undefined) {
        out.name = name;
        break;
      }
    }
  }
  return out;
}

/**
 * With `dialable`, the first number that looks dialable; without, the first number at all (the
 * validator reports it), asked only when no number is dialable. The same walk both times, so
 * no closure or list is made for the services (nearly all) with one number or none.
 */
function firstPhone(service: Json, contacts: readonly Json[], organisation: Json | undefined, dialable: boolean): string | undefined {
  let found = phoneIn(service.phones, dialable);
  for (let i = 0; i < contacts.length && found === undefined; i++) {
    found = phoneOf(contacts[i]!.phone, dialable) ?? phoneIn(contacts[i]!.phones, dialable);
  }
  // Venue phones, in venuesOf's order.
  const sals = objects(service.service_at_locations);
  for (let i = 0; i < sals.length && found === undefined; i++) {
    const venue = sals[i]!.location;
    if (isObject(venue)) found = phoneIn(venue.phones, dialable);
  }
  if (found === undefined && isObject(service.location)) found = phoneIn(service.location.phones, dialable);
  const locations = objects(service.locations);
  for (let i = 0; i < locations.length && found === undefined; i++) found = phoneIn(locations[i]!.phones, dialable);
  return found ?? phoneIn(organisation?.phones, dialable);
}

/** The first of `phones[].number` that {@link phoneOf} takes. */
function phoneIn(phones: unknown, dialable: boolean): string | undefined {
  const items = objects(phones);
  for (let i = 0; i < items.length; i++) {
    const found = phoneOf(items[i]!.number, dialable);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The cleaned number when it is one (and, with `dialable`, looks dialable). */
function phoneOf(value: unknown, dialable: boolean): string | undefined {
  const cleaned = cleanPhone(value);
  return cleaned === undefined || (dialable && !PHONE_LIKE.test(cleaned)) ? undefined : cleaned;
}

function firstEmail(service: Json, contacts: readonly Json[], organisation: Json | undefined, notes: ConversionNote[]): string | undefined {
  let email = checkedEmail(service.email, 'email', notes);
  // Once one is found, later ones are not read (nor reported).
  for (let i = 0; i < contacts.length && email === undefined; i++) email = checkedEmail(contacts[i]!.email, 'contacts.email', notes);
  return email ?? checkedEmail(organisation?.email, 'organization.email', notes);
}

/** The email text; anything but text (or null) is reported at `path` and ignored. */
function checkedEmail(value: unknown, path: string, notes: ConversionNote[]): string | undefined {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    notes.push({ path, message: `email: expected text, got ${typeof value}, ignored`, severity: 'field' });
  }
  return text(value);
}

/** Strips wrapping quote marks and trailing punctuation publishers leave on numbers. */
export function cleanPhone(value: unknown): string | undefined {
  const raw = typeof value === 'number' ? String(value) : text(value);
  if (raw === undefined) return undefined;
  const cleaned = raw
    .replace(/["']/g, '')
    .replace(/[\s.,;:/-]+$/, '')
    .trim();
  return cleaned === '' ? undefined : cleaned;
}

/** An http(s) address; a bare domain gets https://. Anything else is left for the validator to reject. */
export function webAddress(value: unknown): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  if (HAS_SCHEME.test(raw)) return raw;
  if (raw.startsWith('//')) return `https:${raw}`;
  return BARE_DOMAIN.test(raw) ? `https://${raw}` : raw;
}
