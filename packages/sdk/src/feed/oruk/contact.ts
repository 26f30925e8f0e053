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

  const phones: unknown[] = [
    ...objects(service.phones).map((p) => p.number),
    ...contacts.flatMap((c) => [c.phone, ...objects(c.phones).map((p) => p.number)]),
    ...venuesOf(service).flatMap((v) => objects(v.phones).map((p) => p.number)),
    ...objects(organisation?.phones).map((p) => p.number),
  ];
  const cleanedPhones = phones.map(cleanPhone).filter((p) => p !== undefined);
  const phone = cleanedPhones.find((p) => PHONE_LIKE.test(p)) ?? cleanedPhones[0];
  if (phone !== undefined) out.phone = phone;

  const emails = [service.email, ...contacts.map((c) => c.email), organisation?.email];
  for (const [i, value] of emails.entries()) {
    if (value !== undefined && value !== null && typeof value !== 'string') {
      notes.push({ path: i === 0 ? 'email' : 'contacts.email', message: `email: expected text, got ${typeof value}, ignored`, severity: 'field' });
    }
  }
  const email = emails.map(text).find((e) => e !== undefined);
  if (email !== undefined) out.email = email;

  const websites = [service.url, organisation?.url, organisation?.website, ...objects(service.links).map((l) => l.url)];
  const website = websites.map(webAddress).find((w) => w !== undefined);
  if (website !== undefined) out.website = website;

  const name = contacts.map((c) => text(c.name)).find((n) => n !== undefined);
  if (name !== undefined && (out.phone !== undefined || out.email !== undefined)) out.name = name;
  return Object.keys(out).length === 0 ? undefined : out;
}

/** Strips wrapping quote marks and trailing punctuation publishers leave on numbers. */
export function cleanPhone(value: unknown): string | undefined {
  const raw = typeof value === 'number' ? String(value) : text(value);
  if (raw === undefined) return undefined;
  const cleaned = raw.replace(/["']/g, '').replace(/[\s.,;:/-]+$/, '').trim();
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
