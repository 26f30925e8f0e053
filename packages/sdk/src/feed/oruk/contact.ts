/**
 * Contact details from wherever an Open Referral service keeps them: `phones[]`,
 * `contacts[].phones[].number`, Outpost `contacts[].phone/email` strings, venue phones, and
 * the organisation's `email`/`url` as a fallback. Empty strings are absent values, not
 * problems; a bare domain ("example.org") becomes an https link.
 */
import { venuesOf } from './location.ts';
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
  const out: Json = {};

  const phone = firstPhone(service, contacts, organisation);
  if (phone !== undefined) out.phone = phone;

  const email = firstEmail(service, contacts, organisation, notes);
  if (email !== undefined) out.email = email;

  let website = webAddress(service.url) ?? webAddress(organisation?.url) ?? webAddress(organisation?.website);
  if (website === undefined) for (const link of objects(service.links)) if ((website = webAddress(link.url)) !== undefined) break;
  if (website !== undefined) out.website = website;

  if (out.phone !== undefined || out.email !== undefined) {
    for (let i = 0; i < contacts.length; i++) {
      const name = text(contacts[i]!.name);
      if (name !== undefined) {
        out.name = name;
        break;
      }
    }
  }
  return out.phone === undefined && out.email === undefined && out.website === undefined ? undefined : out;
}

/** The first number that looks dialable, else the first number at all (the validator reports it). */
function firstPhone(service: Json, contacts: readonly Json[], organisation: Json | undefined): string | undefined {
  let fallback: string | undefined;
  const consider = (value: unknown): string | undefined => {
    const cleaned = cleanPhone(value);
    if (cleaned === undefined) return undefined;
    if (PHONE_LIKE.test(cleaned)) return cleaned;
    fallback ??= cleaned;
    return undefined;
  };
  // Index loops, not for-of: this runs for every service, and each for-of costs an iterator.
  const inList = (phones: unknown): string | undefined => {
    const items = objects(phones);
    for (let i = 0; i < items.length; i++) {
      const found = consider(items[i]!.number);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  let found = inList(service.phones);
  if (found !== undefined) return found;
  for (let i = 0; i < contacts.length; i++) {
    if ((found = consider(contacts[i]!.phone)) !== undefined) return found;
    if ((found = inList(contacts[i]!.phones)) !== undefined) return found;
  }
  const venues = venuesOf(service);
  for (let i = 0; i < venues.length; i++) if ((found = inList(venues[i]!.phones)) !== undefined) return found;
  return inList(organisation?.phones) ?? fallback;
}

function firstEmail(service: Json, contacts: readonly Json[], organisation: Json | undefined, notes: ConversionNote[]): string | undefined {
  const check = (value: unknown, path: string): string | undefined => {
    if (value !== undefined && value !== null && typeof value !== 'string') {
      notes.push({ path, message: `email: expected text, got ${typeof value}, ignored`, severity: 'field' });
    }
    return text(value);
  };
  let email = check(service.email, 'email');
  for (let i = 0; i < contacts.length; i++) email ??= check(contacts[i]!.email, 'contacts.email');
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
  if (HAS_SCHEME.test(raw)) return raw;
  if (raw.startsWith('//')) return `https:${raw}`;
  return BARE_DOMAIN.test(raw) ? `https://${raw}` : raw;
}
