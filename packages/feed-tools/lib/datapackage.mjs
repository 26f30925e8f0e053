/**
 * HSDS CSV datapackages (1.x/2.x and 3.x table names) -> nested Open Referral services, which
 * the SDK then converts like any Open Referral JSON. Tables are joined by their ids
 * (`service_id`, `location_id`, `organization_id`, `taxonomy_id` / `taxonomy_term_id`,
 * `link_id` for 3.x attributes). Missing tables are simply absent.
 */
import { csvRecords } from './csv.mjs';

/** `tables`: Map of file name (any folder, any case) -> CSV text. */
export function servicesFromDatapackage(tables) {
  const byName = new Map();
  for (const [path, text] of tables) {
    const name = path.split('/').pop().toLowerCase();
    if (name.endsWith('.csv')) byName.set(name.slice(0, -4), csvRecords(text));
  }
  const table = (...names) => names.flatMap((n) => byName.get(n) ?? []);
  const services = table('services', 'service');
  if (services.length === 0) throw new Error('datapackage: no services.csv');

  const group = (rows, key) => {
    const map = new Map();
    for (const row of rows) {
      const id = row[key];
      if (id === undefined) continue;
      if (!map.has(id)) map.set(id, []);
      map.get(id).push(row);
    }
    return map;
  };
  const one = (rows) => new Map(rows.map((row) => [row.id, row]));

  const organizations = one(table('organizations', 'organization'));
  const addresses = group(table('physical_addresses', 'addresses', 'address', 'physical_address'), 'location_id');
  const locationPhones = group(table('phones', 'phone'), 'location_id');
  const locations = one(
    table('locations', 'location').map((l) => ({ ...l, addresses: addresses.get(l.id) ?? [], phones: locationPhones.get(l.id) ?? [] })),
  );
  const links = table('service_at_location', 'service_at_locations');
  const linksByService = group(links, 'service_id');
  const schedulesByLink = group(table('schedules', 'regular_schedules', 'schedule'), 'service_at_location_id');
  const phones = group(table('phones', 'phone'), 'service_id');
  const contacts = group(table('contacts', 'contact'), 'service_id');
  const contactPhones = group(table('phones', 'phone'), 'contact_id');
  const schedules = group(table('schedules', 'regular_schedules', 'schedule'), 'service_id');
  const costs = group(table('cost_options', 'cost_option'), 'service_id');
  const areas = group(table('service_areas', 'service_area'), 'service_id');
  const eligibility = group(table('eligibility', 'eligibilitys'), 'service_id');
  const languages = group(table('languages', 'language'), 'service_id');
  const terms = one([...table('taxonomy', 'taxonomies'), ...table('taxonomy_terms', 'taxonomy_term')]);
  const serviceTerms = group(table('services_taxonomy', 'service_taxonomy', 'service_taxonomys'), 'service_id');
  const attributes = group(table('attributes', 'attribute'), 'link_id');

  return services.map((service) => {
    const out = { ...service };
    if (service.organization_id && organizations.has(service.organization_id))
      out.organization = organizations.get(service.organization_id);
    out.service_at_locations = (linksByService.get(service.id) ?? [])
      .filter((link) => locations.has(link.location_id))
      .map((link) => ({ id: link.id, location: locations.get(link.location_id), schedules: schedulesByLink.get(link.id) ?? [] }));
    out.phones = phones.get(service.id) ?? [];
    out.contacts = (contacts.get(service.id) ?? []).map((c) => ({ ...c, phones: contactPhones.get(c.id) ?? [] }));
    out.schedules = schedules.get(service.id) ?? [];
    out.cost_options = costs.get(service.id) ?? [];
    out.service_areas = areas.get(service.id) ?? [];
    out.eligibilitys = eligibility.get(service.id) ?? [];
    out.languages = (languages.get(service.id) ?? []).map((l) => ({ code: l.code, name: l.name ?? l.language }));
    out.taxonomies = [
      ...(serviceTerms.get(service.id) ?? []).map((link) => terms.get(link.taxonomy_id ?? link.taxonomy_term_id)),
      ...(attributes.get(service.id) ?? []).map((a) => terms.get(a.taxonomy_term_id)),
    ].filter(Boolean);
    for (const key of ['minimum_age', 'maximum_age']) if (out[key] !== undefined) out[key] = Number(out[key]);
    if (!out.status) out.status = 'active';
    return out;
  });
}
