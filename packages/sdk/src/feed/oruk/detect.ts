/**
 * Recognises the container shapes Open Referral data arrives in and lists its services.
 * Pure and dependency-free (no parsing of records), so parse.ts, paging and the CLI share it.
 *
 * | shape | looks like |
 * | --- | --- |
 * | `service-array` | a bare JSON array of services (aggregators save all pages this way) |
 * | `hsds-page` | ORUK 3.0 / HSDS 3.x page: `{total_items, total_pages, page_number, size, contents: [...]}` |
 * | `oruk1-page` | ORUK 1.0 / Outpost page: `{totalElements, totalPages, number, size, content: [...]}` |
 * | `service` | one service (`/services/{id}`) |
 * | `service-at-location-list` | HSDS 3.1 `service_at_location` items (`{service, location}`), bare or paged |
 * | `organization-full` | an organisation with `services[]` (HSDS 3.1 `organization_full`) |
 */
import { isObject, text, type Json } from './json.ts';

export type OpenReferralShape = 'service-array' | 'hsds-page' | 'oruk1-page' | 'service' | 'service-at-location-list' | 'organization-full';

/** Page position from the envelope. Pages are 1-based in ORUK 3.0, HSDS and Outpost. */
export interface OpenReferralPaging {
  page: number;
  totalPages: number;
  totalItems?: number;
  pageSize?: number;
}

export interface DetectedOpenReferral {
  shape: OpenReferralShape;
  /** The services, in source order (service_at_location items already grouped per service). */
  services: unknown[];
  /** For each service, its position in the source list (differs from the service's own position only for grouped service_at_location items). */
  sourceIndex: number[];
  paging?: OpenReferralPaging;
  /** Name of the organisation, for `organization-full`. */
  organisation?: string;
}

/** Fields that only an Open Referral service (not a micro-provider-feed record) has. */
const SERVICE_KEYS = [
  'status',
  'service_at_locations',
  'organization',
  'organisation',
  'locations',
  'taxonomies',
  'taxonomy_terms',
  'regular_schedules',
  'schedules',
  'cost_options',
  'service_areas',
  'eligibility_description',
  'attributes',
  'service_taxonomys',
];

/** The Open Referral input in `data`, or undefined when it is not Open Referral (e.g. a micro-provider-feed document). */
export function detectOpenReferral(data: unknown): DetectedOpenReferral | undefined {
  if (Array.isArray(data)) {
    // Only a list whose first record is recognisably Open Referral: a bare list of our own records stays an error.
    const first = data.find(isObject);
    return first !== undefined && (looksLikeService(first) || isServiceAtLocation(first)) ? fromList(data, 'service-array') : undefined;
  }
  if (!isObject(data) || Object.hasOwn(data, 'format') || Object.hasOwn(data, 'providers')) return undefined;
  if (Array.isArray(data.contents)) {
    return withPaging(fromList(data.contents, 'hsds-page'), data.page_number, data.total_pages, data.total_items, data.size);
  }
  if (Array.isArray(data.content)) {
    return withPaging(fromList(data.content, 'oruk1-page'), data.number, data.totalPages, data.totalElements, data.size);
  }
  if (Array.isArray(data.services) && typeof data.name === 'string') return organisationFull(data);
  if (isServiceAtLocation(data)) return fromList([data], 'service-array');
  if (looksLikeService(data)) return { shape: 'service', services: [data], sourceIndex: [0] };
  return undefined;
}

export function looksLikeService(data: unknown): boolean {
  return isObject(data) && typeof data.name === 'string' && SERVICE_KEYS.some((key) => Object.hasOwn(data, key));
}

function isServiceAtLocation(item: unknown): item is Json & { service: Json } {
  return isObject(item) && isObject(item.service) && !Object.hasOwn(item, 'name');
}

function fromList(items: unknown[], shape: OpenReferralShape): DetectedOpenReferral {
  const first = items.find((item) => item !== null && item !== undefined);
  if (!isServiceAtLocation(first)) return { shape, services: items, sourceIndex: items.map((_, i) => i) };
  return { ...groupServiceAtLocations(items), shape: 'service-at-location-list' };
}

/** `{service, location}` items -> one service per service id, each listing its locations. */
function groupServiceAtLocations(items: unknown[]): { services: unknown[]; sourceIndex: number[] } {
  const services: unknown[] = [];
  const sourceIndex: number[] = [];
  const byId = new Map<string, Json>();
  items.forEach((item, index) => {
    if (!isServiceAtLocation(item)) {
      services.push(item);
      sourceIndex.push(index);
      return;
    }
    const id = typeof item.service.id === 'number' || typeof item.service.id === 'string' ? String(item.service.id) : undefined;
    const entry = { location: item.location, schedules: item.schedules };
    const known = id === undefined ? undefined : byId.get(id);
    if (known !== undefined) {
      (known.service_at_locations as unknown[]).push(entry);
      return;
    }
    const service: Json = {
      ...item.service,
      service_at_locations: [...(Array.isArray(item.service.service_at_locations) ? item.service.service_at_locations : []), entry],
    };
    if (id !== undefined) byId.set(id, service);
    services.push(service);
    sourceIndex.push(index);
  });
  return { services, sourceIndex };
}

function organisationFull(data: Json): DetectedOpenReferral {
  const { services, ...organisation } = data as Json & { services: unknown[] };
  const list = services.map((service) =>
    isObject(service) && !isObject(service.organization) && !isObject(service.organisation)
      ? { ...service, organization: organisation }
      : service,
  );
  const name = text(data.name);
  return {
    shape: 'organization-full',
    services: list,
    sourceIndex: list.map((_, i) => i),
    ...(name === undefined ? {} : { organisation: name }),
  };
}

function withPaging(
  detected: DetectedOpenReferral,
  page: unknown,
  totalPages: unknown,
  totalItems: unknown,
  size: unknown,
): DetectedOpenReferral {
  if (typeof page !== 'number' || typeof totalPages !== 'number' || !Number.isFinite(totalPages)) return detected;
  const paging: OpenReferralPaging = { page, totalPages };
  if (typeof totalItems === 'number') paging.totalItems = totalItems;
  if (typeof size === 'number') paging.pageSize = size;
  return { ...detected, paging };
}
