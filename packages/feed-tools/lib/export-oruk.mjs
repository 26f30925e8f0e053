/**
 * micro-provider-feed/1 providers -> an ORUK 3.0 (HSDS-UK 3.0) service list, one page
 * holding every service. Field names follow schemas/oruk-3.0-uk/service.json. Privacy: a
 * provider marked `location.private` is exported with its town and postcode district
 * only, never its street address or exact point.
 */
const DAY_CODES = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const STATUS = { open: 'active', 'temporarily-closed': 'temporarily closed', closed: 'inactive' };
const DELIVERY_WORDS = { 'home-visit': 'home visit', venue: 'venue', phone: 'phone', online: 'online' };

export function toOruk3(feed) {
  const contents = feed.providers.map(toService);
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

function toService(p) {
  const s = { id: p.id, name: p.name, status: STATUS[p.status ?? 'open'] };
  const description = [p.summary, p.description].filter(Boolean).join('\n\n');
  if (description) s.description = description;
  if (p.contact?.website) s.url = p.contact.website;
  if (p.contact?.email) s.email = p.contact.email;
  if (p.cost?.text) s.fees = p.cost.text;
  if (p.accreditations?.length) s.accreditations = p.accreditations.join('; ');
  if (p.quality?.lastChecked) s.assured_date = p.quality.lastChecked.slice(0, 10);
  if (p.updated) s.last_modified = p.updated;
  const who = [p.whoForText, ...(p.whoFor ?? [])].filter(Boolean);
  if (who.length) s.eligibility_description = who.join('; ');
  if (p.contact?.name || p.contact?.phone) {
    // The UK profile has no phones table: the number goes in the contact's title so it is not lost.
    s.contacts = [{ id: `${p.id}-contact`, name: p.contact.name ?? '', ...(p.contact.phone ? { title: `Phone ${p.contact.phone}` } : {}) }];
  }
  const location = toLocation(p);
  if (location) s.service_at_locations = [{ id: `${p.id}-sal`, location }];
  if (p.areas?.length) s.service_areas = p.areas.map((name, i) => ({ id: `${p.id}-area-${i}`, name }));
  if (p.hours?.length || p.hoursText || p.delivery?.length) {
    const attending = p.delivery?.map((d) => DELIVERY_WORDS[d]).join(', ');
    s.schedules = (p.hours ?? []).map((h, i) => ({
      id: `${p.id}-schedule-${i}`,
      freq: 'WEEKLY',
      byday: DAY_CODES[h.day],
      opens_at: h.opens,
      closes_at: h.closes,
      ...(attending ? { attending_type: attending } : {}),
    }));
    if (p.hoursText || (s.schedules.length === 0 && attending))
      s.schedules.push({
        id: `${p.id}-schedule-text`,
        ...(p.hoursText ? { description: p.hoursText } : {}),
        ...(attending ? { attending_type: attending } : {}),
      });
  }
  if (p.languages?.length) s.languages = p.languages.map((code, i) => ({ id: `${p.id}-lang-${i}`, code }));
  if (p.cost && (p.cost.free || p.cost.fromGBP !== undefined)) {
    s.cost_options = [
      {
        id: `${p.id}-cost`,
        currency: 'GBP',
        amount: p.cost.free ? 0 : p.cost.fromGBP,
        ...(p.cost.per ? { amount_description: `per ${p.cost.per}` } : {}),
      },
    ];
  }
  const terms = [...p.support.filter((t) => t !== 'other'), ...(p.tags ?? [])];
  if (terms.length)
    s.attributes = terms.map((name, i) => ({
      id: `${p.id}-attr-${i}`,
      taxonomy_term: { id: `mpf:${name}`, name, vocabulary: 'micro-provider-feed' },
    }));
  return s;
}

function toLocation(p) {
  const l = p.location;
  if (!l) return undefined;
  const location = { id: `${p.id}-location`, location_type: 'physical' };
  const address = {};
  if (l.private) {
    const district = l.postcode?.split(' ')[0];
    if (district) address.postal_code = district;
  } else {
    if (l.postcode) address.postal_code = l.postcode;
    if (l.address) address.address_1 = l.address;
    if (typeof l.lat === 'number' && typeof l.lng === 'number') Object.assign(location, { latitude: l.lat, longitude: l.lng });
  }
  if (l.town) address.city = l.town;
  if (Object.keys(address).length) location.addresses = [{ id: `${p.id}-address`, ...address, country: 'GB', address_type: 'physical' }];
  return location.addresses || location.latitude !== undefined ? location : undefined;
}
