/**
 * Contact details from wherever an Open Referral service keeps them: `phones[]`,
 * `contacts[].phones[].number`, Outpost `contacts[].phone/email` strings, venue phones, and
 * the organisation's `email`/`url` as a fallback. Empty strings are absent values, not
 * problems; a bare domain ("example.org") becomes an https link.
 */
import { venuesOf } from './location.ts';
import { isObject, objects, text, type ConversionNote, type Json } from './json.ts';

const PHONE_LIKE = /^\+?[0-9 ()\-.]{6,30}(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/i;
const BARE_DOMAIN = /^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?:[/?#]\S*)?$/i;

export function organisationOf(service: Json): Json | undefined {
  return isObject(service.organization) ? service.organization : isObject(service.organisation) ? service.organisation : undefined;
}

export function mapContact(service: Json, notes: ConversionNote[] = []): Json | undefined {
  const organisation = organisationOf(service);
  const contacts = objects(service.contacts);
  const out: Json = {};

  const phone = firstPhone(service, contacts, organisation);
  if (phone !== undefined) out.phone = phone;

  const email = firstEmail(service, contacts, organisation, notes);
  if (email !== undefined) out.email = email;

  let website = webAddress(service.url) ?? webAddress(organisation?.url) ?? webAddress(organisation?.website);
  if (website === undefined) for (const link of objects(service.links)) if ((website = webAddress(link.url)) !== undefined) break;
  if (website !== undefined) out.website = website;

  if (out.phone !== undefined || out.email !== undefined) {
    for (const c of contacts) {
      const name = text(c.name);
      if (name !== undefined) {
        out.name = name;
        break;
      }
    }
  }
  return out.phone === undefined && out.email === undefined && out.website === undefined ? undefined : out;
}

/** The first number that looks dialable, else the first number at all (the validator reports it). */
function firstPhone(service: Json, contacts: Json[], organisation: Json | undefined): string | undefined {
  let fallback: string | undefined;
  const consider = (value: unknown): string | undefined => {
    const cleaned = cleanPhone(value);
    if (cleaned === undefined) return undefined;
    if (PHONE_LIKE.test(cleaned)) return cleaned;
    fallback ??= cleaned;
    return undefined;
  };
  let found: string | undefined;
  for (const p of objects(service.phones)) if ((found = consider(p.number)) !== undefined) return found;
  for (const c of contacts) {
    if ((found = consider(c.phone)) !== undefined) return found;
    for (const p of objects(c.phones)) if ((found = consider(p.number)) !== undefined) return found;
  }
  for (const venue of venuesOf(service))
    for (const p of objects(venue.phones)) if ((found = consider(p.number)) !== undefined) return found;
  for (const p of objects(organisation?.phones)) if ((found = consider(p.number)) !== undefined) return found;
  return fallback;
}

function firstEmail(service: Json, contacts: Json[], organisation: Json | undefined, notes: ConversionNote[]): string | undefined {
  const check = (value: unknown, path: string): string | undefined => {
    if (value !== undefined && value !== null && typeof value !== 'string') {
      notes.push({ path, message: `email: expected text, got ${typeof value}, ignored`, severity: 'field' });
    }
    return text(value);
  };
  let email = check(service.email, 'email');
  for (const c of contacts) email ??= check(c.email, 'contacts.email');
  return email ?? check(organisation?.email, 'organization.email');
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
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return raw;
  if (raw.startsWith('//')) return `https:${raw}`;
  return BARE_DOMAIN.test(raw) ? `https://${raw}` : raw;
}
