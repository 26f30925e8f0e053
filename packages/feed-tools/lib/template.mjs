/**
 * Our own CSV template (one row per provider; lists separated by ";"), for councils that
 * keep their directory in a spreadsheet. Columns (any order, unknown ones ignored):
 *
 *   id, name, support, summary, description, whoFor, whoForText, delivery, postcode, town,
 *   address, private, lat, lng, areas, radiusMiles, takingNewClients, costFree, costFromGBP,
 *   costPer, costText, payment, phone, email, website, contactName, hoursText, languages,
 *   lastChecked, checkedBy, tags, status, updated
 *
 * The result is a micro-provider-feed/1 document; the SDK's parser then validates it.
 */
import { csvRecords } from './csv.mjs';

export const TEMPLATE_COLUMNS = [
  'id',
  'name',
  'support',
  'summary',
  'description',
  'whoFor',
  'whoForText',
  'delivery',
  'postcode',
  'town',
  'address',
  'private',
  'lat',
  'lng',
  'areas',
  'radiusMiles',
  'takingNewClients',
  'costFree',
  'costFromGBP',
  'costPer',
  'costText',
  'payment',
  'phone',
  'email',
  'website',
  'contactName',
  'hoursText',
  'languages',
  'lastChecked',
  'checkedBy',
  'tags',
  'status',
  'updated',
];

const list = (value) =>
  value === undefined
    ? undefined
    : value
        .split(';')
        .map((v) => v.trim())
        .filter(Boolean);
const bool = (value) =>
  value === undefined ? undefined : /^(yes|y|true|1)$/i.test(value) ? true : /^(no|n|false|0)$/i.test(value) ? false : value;
const num = (value) => (value === undefined ? undefined : Number.isNaN(Number(value)) ? value : Number(value));

export function looksLikeTemplate(text) {
  const header = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]
    .split(',')
    .map((h) => h.trim().replace(/^"|"$/g, ''));
  return header.includes('id') && header.includes('name') && header.includes('support');
}

export function feedFromTemplate(text, publisher) {
  const providers = csvRecords(text).map((row) => {
    const provider = {
      id: row.id,
      name: row.name,
      support: list(row.support),
      summary: row.summary,
      description: row.description?.replace(/\\n/g, '\n'),
      whoFor: list(row.whoFor),
      whoForText: row.whoForText,
      delivery: list(row.delivery),
      areas: list(row.areas),
      radiusMiles: num(row.radiusMiles),
      takingNewClients: bool(row.takingNewClients),
      payment: list(row.payment),
      hoursText: row.hoursText,
      languages: list(row.languages),
      tags: list(row.tags),
      status: row.status,
      updated: row.updated,
      location: clean({
        postcode: row.postcode,
        town: row.town,
        address: row.address,
        private: bool(row.private),
        lat: num(row.lat),
        lng: num(row.lng),
      }),
      cost: clean({ free: bool(row.costFree), fromGBP: num(row.costFromGBP), per: row.costPer, text: row.costText }),
      contact: clean({ name: row.contactName, phone: row.phone, email: row.email, website: row.website }),
      quality: clean({ lastChecked: row.lastChecked, checkedBy: row.checkedBy }),
    };
    return clean(provider);
  });
  return {
    format: 'micro-provider-feed/1',
    publisher: { name: publisher },
    generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    providers,
  };
}

function clean(object) {
  const out = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return Object.keys(out).length === 0 ? undefined : out;
}
