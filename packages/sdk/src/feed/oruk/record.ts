/**
 * The feed/1 record a converted service becomes, made in one step from its worked-out values,
 * with its keys in ProviderSpec's order (schema.ts) and only the keys it has: the parser's
 * in-place check then walks it without a look-up, and records share a few shapes.
 */
import type { Json } from './json.ts';

/** A converted service's values; undefined ones are left out of the record (except id and name). */
export interface RecordValues {
  id: unknown;
  name: unknown;
  description: string | undefined;
  support: string[];
  whoFor: string[] | undefined;
  delivery: string[] | undefined;
  location: Json | undefined;
  areas: string[] | undefined;
  radiusMiles: number | undefined;
  takingNewClients: boolean | undefined;
  cost: Json | undefined;
  contact: Json | undefined;
  hours: unknown[] | undefined;
  hoursText: string | undefined;
  languages: string[] | undefined;
  quality: Json | undefined;
  updated: string | undefined;
  status: string | undefined;
  whoForText: string | undefined;
  tags: string[] | undefined;
  accreditations: string[] | undefined;
}

/**
 * A constructor rather than an object literal grown key by key: V8 gives a constructor's objects
 * room for every property its body assigns, so a record keeps all its keys in the object itself,
 * where `{ id, name }` moves the rest to a separate store it regrows three times (about 200 bytes
 * of garbage per record, and a second object the garbage collector copies). Its prototype is
 * Object.prototype: what it makes is a plain object like any other.
 */
const ProviderRecord = function ProviderRecord(this: Json, values: RecordValues): void {
  // `id` and `name` are always there (even undefined: the parser reports them missing).
  this.id = values.id;
  this.name = values.name;
  if (values.description !== undefined) this.description = values.description;
  this.support = values.support;
  if (values.whoFor !== undefined) this.whoFor = values.whoFor;
  if (values.delivery !== undefined) this.delivery = values.delivery;
  if (values.location !== undefined) this.location = values.location;
  if (values.areas !== undefined) this.areas = values.areas;
  if (values.radiusMiles !== undefined) this.radiusMiles = values.radiusMiles;
  if (values.takingNewClients !== undefined) this.takingNewClients = values.takingNewClients;
  if (values.cost !== undefined) this.cost = values.cost;
  if (values.contact !== undefined) this.contact = values.contact;
  if (values.hours !== undefined) this.hours = values.hours;
  if (values.hoursText !== undefined) this.hoursText = values.hoursText;
  if (values.languages !== undefined) this.languages = values.languages;
  if (values.quality !== undefined) this.quality = values.quality;
  if (values.updated !== undefined) this.updated = values.updated;
  if (values.status !== undefined) this.status = values.status;
  if (values.whoForText !== undefined) this.whoForText = values.whoForText;
  if (values.tags !== undefined) this.tags = values.tags;
  if (values.accreditations !== undefined) this.accreditations = values.accreditations;
} as unknown as new (values: RecordValues) => Json;
ProviderRecord.prototype = Object.prototype;

/** The record for `values` (which the caller may reuse afterwards: nothing keeps it). */
export function makeRecord(values: RecordValues): Json {
  return new ProviderRecord(values);
}

/** Values for one service at a time: a converter fills this one object for every service instead of making one. */
export function emptyRecordValues(): RecordValues {
  return {
    id: undefined,
    name: undefined,
    description: undefined,
    support: [],
    whoFor: undefined,
    delivery: undefined,
    location: undefined,
    areas: undefined,
    radiusMiles: undefined,
    takingNewClients: undefined,
    cost: undefined,
    contact: undefined,
    hours: undefined,
    hoursText: undefined,
    languages: undefined,
    quality: undefined,
    updated: undefined,
    status: undefined,
    whoForText: undefined,
    tags: undefined,
    accreditations: undefined,
  };
}
