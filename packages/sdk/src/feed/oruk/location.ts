/**
 * Where an Open Referral service is: its venue(s) and the areas it serves. Locations live
 * in `service_at_locations[].location`, `locations[]` (Outpost puts the address on the
 * location itself), a `location` next to a service (service_at_location lists), with the
 * address in `addresses[]` / `physical_addresses[]` and the point in `latitude/longitude`
 * or GeoJSON `geometry.coordinates` ([lng, lat]). The first venue with a postcode or a
 * point becomes `location`; other venues' postcode districts join `areas`.
 */
import { distanceMiles } from '../../geo/distance.ts';
import { ListBuilder } from './list-builder.ts';
import { isObject, numberFrom, objects, text, textIs, type ConversionNote, type Json } from './json.ts';

export interface MappedPlace {
  location: Json | undefined;
  /** Undefined when there are none. */
  areas: string[] | undefined;
  radiusMiles: number | undefined;
  /** A venue said it is virtual (location_type "virtual"): the service is online. */
  virtual: boolean;
}

const DISTRICT = /^([A-Z]{1,2}[0-9][0-9A-Z]?)(?:\s*[0-9][A-Z]{2})?$/;
/** A service-area name longer than this is a sentence, not a place name. */
const AREA_NAME_MAX = 60;

/** Venue fields this module reads (the rest are counted as unmapped). */
export const MAPPED_VENUE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'latitude',
  'longitude',
  'geometry',
  'addresses',
  'physical_addresses',
  'postal_code',
  'city',
  'address_1',
  'address_2',
  'mask_exact_address',
  'location_type',
  'phones',
  'schedules',
  'regular_schedules',
  'state_province',
  'country',
]);

/** The venues listed on a service, in order of preference. */
export function venuesOf(service: Json): Json[] {
  const venues: Json[] = [];
  const sals = objects(service.service_at_locations);
  for (let i = 0; i < sals.length; i++) {
    const location = sals[i]!.location;
    if (isObject(location)) venues.push(location);
  }
  if (isObject(service.location)) venues.push(service.location);
  const locations = objects(service.locations);
  for (let i = 0; i < locations.length; i++) venues.push(locations[i]!);
  return venues;
}

/** Areas of the service being mapped (reused for every service, see list-builder.ts). */
const AREAS = new ListBuilder<string>();

export function mapPlace(service: Json, notes: ConversionNote[]): MappedPlace {
  AREAS.reset();
  let location: Json | undefined;
  let virtual = false;
  // The sources in venuesOf's order, walked in place: `position` counts venues as its list would.
  let position = 0;
  const sals = objects(service.service_at_locations);
  for (let i = 0; i < sals.length; i++) {
    const venue = sals[i]!.location;
    if (!isObject(venue)) continue;
    if (isVirtual(venue)) virtual = true;
    else if (location === undefined) location = mapVenue(venue, notes, position);
    else addOtherVenue(venue, notes, position);
    position++;
  }
  const single = service.location;
  if (isObject(single)) {
    if (isVirtual(single)) virtual = true;
    else if (location === undefined) location = mapVenue(single, notes, position);
    else addOtherVenue(single, notes, position);
    position++;
  }
  const locations = objects(service.locations);
  for (let i = 0; i < locations.length; i++) {
    const venue = locations[i]!;
    if (isVirtual(venue)) virtual = true;
    else if (location === undefined) location = mapVenue(venue, notes, position);
    else addOtherVenue(venue, notes, position);
    position++;
  }
  addServiceAreaNames(service, AREAS);
  const extent = location?.lat === undefined ? extentCircle(service) : undefined;
  let radiusMiles: number | undefined;
  if (extent !== undefined) {
    location = { ...(location ?? {}), lat: extent.lat, lng: extent.lng };
    radiusMiles = extent.radiusMiles;
  }
  // Every key, always: one shape.
  return { location, areas: AREAS.take(), radiusMiles, virtual };
}

function isVirtual(venue: Json): boolean {
  return textIs(venue.location_type, 'virtual');
}

/** A venue after the first: its postcode district (or town) joins the areas. */
function addOtherVenue(venue: Json, notes: ConversionNote[], position: number): void {
  const mapped = mapVenue(venue, notes, position);
  if (mapped === undefined) return;
  const district = districtOf(mapped.postcode) ?? (typeof mapped.town === 'string' ? mapped.town : undefined);
  if (district !== undefined) AREAS.addNew(district);
}

/** One venue as a feed location, or undefined when it says nothing about where. */
export function mapVenue(venue: Json, notes: ConversionNote[] = [], position = 0): Json | undefined {
  const out: Json = {};
  // Latitude/longitude (numbers or numeric strings), else GeoJSON [lng, lat]; [0, 0] is a placeholder.
  let lat = numberFrom(venue.latitude);
  let lng = numberFrom(venue.longitude);
  if (lat === undefined || lng === undefined) {
    const geometry = isObject(venue.geometry) ? venue.geometry : undefined;
    const coordinates = Array.isArray(geometry?.coordinates) ? geometry.coordinates : undefined;
    lng = numberFrom(coordinates?.[0]);
    lat = numberFrom(coordinates?.[1]);
  }
  if (lat !== undefined && lng !== undefined) {
    if (lat === 0 && lng === 0) {
      notes.push({
        path: `locations[${position}].coordinates`,
        message: 'location: coordinates [0, 0] are a placeholder, dropped',
        severity: 'field',
      });
    } else {
      out.lat = lat;
      out.lng = lng;
    }
  }
  const address = addressOf(venue) ?? venue; // Outpost puts the address on the location itself
  const masked = venue.mask_exact_address === true;
  const postcode = text(address.postal_code) ?? text(venue.postal_code);
  const town = text(address.city) ?? text(venue.city);
  if (postcode !== undefined) out.postcode = postcode;
  if (town !== undefined) out.town = town;
  if (masked) out.private = true;
  else {
    const first = text(address.address_1);
    const second = text(address.address_2);
    const street = first === undefined ? second : second === undefined ? first : `${first}, ${second}`;
    if (street !== undefined) out.address = street;
  }
  return out.lat === undefined && out.postcode === undefined && out.town === undefined ? undefined : out;
}

/** The venue's physical address (a postal one only when there is no other; never a virtual one). */
function addressOf(venue: Json): Json | undefined {
  // The first non-virtual, non-postal address of physical_addresses then addresses, else the first non-virtual one.
  const physical = objects(venue.physical_addresses);
  const found = physicalAddressIn(physical);
  if (found !== undefined) return found;
  const other = physicalAddressIn(objects(venue.addresses));
  return other ?? firstNotVirtual(physical) ?? firstNotVirtual(objects(venue.addresses));
}

/** The first address that is neither virtual nor postal. */
function physicalAddressIn(addresses: readonly Json[]): Json | undefined {
  for (let i = 0; i < addresses.length; i++) {
    const type = addressType(addresses[i]!);
    if (type !== 'virtual' && type !== 'postal') return addresses[i];
  }
  return undefined;
}

function firstNotVirtual(addresses: readonly Json[]): Json | undefined {
  for (let i = 0; i < addresses.length; i++) if (addressType(addresses[i]!) !== 'virtual') return addresses[i];
  return undefined;
}

/** "virtual", "postal" or anything else (lowered only when it could be one of those). */
function addressType(address: Json): 'virtual' | 'postal' | 'other' {
  if (textIs(address.address_type, 'virtual')) return 'virtual';
  return textIs(address.address_type, 'postal') ? 'postal' : 'other';
}

/** "HP21 7JF" or "HP21" -> "HP21"; undefined for anything else. */
export function districtOf(postcode: unknown): string | undefined {
  const value = text(postcode)?.toUpperCase().replace(/\s+/g, ' ');
  if (value === undefined) return undefined;
  const compact = value.replace(/ /g, '');
  if (/^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$/.test(compact)) return compact.slice(0, -3);
  return DISTRICT.exec(value)?.[1];
}

/**
 * Service-area names: short ones are place names (often a council: "South Gloucestershire"),
 * long ones are sentences, from which only postcode districts they list are taken
 * ("... all postcodes starting with AB1, AB2 and AB3").
 */
export function serviceAreaNames(service: Json): string[] {
  const names = new ListBuilder<string>();
  addServiceAreaNames(service, names);
  return names.take() ?? [];
}

/** Adds the service-area names to `names`, without repeats (first kept). */
function addServiceAreaNames(service: Json, names: ListBuilder<string>): void {
  const areas = objects(service.service_areas);
  for (let i = 0; i < areas.length; i++) {
    const area = areas[i]!;
    const name = text(area.name) ?? text(area.service_area);
    addAreaNames(name, name, names);
    addAreaNames(text(area.description), name, names);
  }
}

function addAreaNames(value: string | undefined, name: string | undefined, names: ListBuilder<string>): void {
  if (value === undefined) return;
  if (value === name && value.length <= AREA_NAME_MAX) names.addNew(councilPlace(value));
  else if (POSTCODE_WORD.test(value)) {
    const districts = (
      value
        .slice(0, 10_000)
        .toUpperCase()
        .match(/\b[A-Z]{1,2}[0-9][0-9A-Z]?\b/g) ?? []
    ).slice(0, 200);
    names.addAllNew(districts);
  }
}
const POSTCODE_WORD = /postcode/i;

/** "Bristol City Council" -> "Bristol", "Buckinghamshire Council" -> "Buckinghamshire", "City of York" -> "York": the place a council serves. */
export function councilPlace(name: string): string {
  let place = knownPlaces.get(name); // a feed names the same few areas thousands of times
  if (place === undefined) {
    place = placeOfCouncil(name);
    if (knownPlaces.size < 1_000) knownPlaces.set(name, place);
  }
  return place;
}
const knownPlaces = new Map<string, string>();

function placeOfCouncil(name: string): string {
  const place = name
    .replace(/\s+(?:(?:metropolitan\s+|royal\s+)?borough|county|city|district|unitary)?\s*council$/i, '')
    .replace(/^(?:the\s+)?(?:city|county|royal borough|borough|metropolitan borough) of\s+/i, '')
    .trim();
  return place === '' ? name : place;
}

/** A circle around a service area's GeoJSON extent (bounding box centre and its farthest corner). */
export function extentCircle(service: Json): { lat: number; lng: number; radiusMiles: number } | undefined {
  const areas = objects(service.service_areas);
  for (let i = 0; i < areas.length; i++) {
    let extent: unknown = areas[i]!.extent;
    if (typeof extent === 'string') {
      if (!extent.trimStart().startsWith('{') || extent.length > 1_000_000) continue;
      try {
        extent = JSON.parse(extent);
      } catch {
        continue;
      }
    }
    const coordinates = isObject(extent) ? (isObject(extent.geometry) ? extent.geometry.coordinates : extent.coordinates) : undefined;
    if (!Array.isArray(coordinates)) continue; // nothing to collect (most areas are names only): no box made
    const box = { minLat: 90, maxLat: -90, minLng: 180, maxLng: -180, count: 0 };
    collectPositions(coordinates, box, 0);
    if (box.count === 0) continue;
    const centre = { lat: (box.minLat + box.maxLat) / 2, lng: (box.minLng + box.maxLng) / 2 };
    const radiusMiles = Math.ceil(distanceMiles(centre, { lat: box.maxLat, lng: box.maxLng }));
    return { ...centre, radiusMiles };
  }
  return undefined;
}

function collectPositions(
  value: unknown,
  box: { minLat: number; maxLat: number; minLng: number; maxLng: number; count: number },
  depth: number,
): void {
  if (!Array.isArray(value) || depth > 4) return;
  if (typeof value[0] === 'number' && typeof value[1] === 'number') {
    const [lng, lat] = value as number[];
    if (!(Math.abs(lat!) <= 90 && Math.abs(lng!) <= 180)) return;
    box.minLat = Math.min(box.minLat, lat!);
    box.maxLat = Math.max(box.maxLat, lat!);
    box.minLng = Math.min(box.minLng, lng!);
    box.maxLng = Math.max(box.maxLng, lng!);
    box.count++;
    return;
  }
  for (const item of value) collectPositions(item, box, depth + 1);
}
