/** Small readers for untrusted Open Referral JSON: absent, null and empty strings all read as "not given". */

import { isRecord } from '../is-record.ts';

export type Json = Record<string, unknown>;

/** A JSON object (not null, not a list); the feed's own test, under the name the readers use. */
export const isObject: (value: unknown) => value is Json = isRecord;

/** Shared by every reader that finds no list: never written to. */
const NONE: readonly never[] = Object.freeze([]);

/** `value` when it is a list, else an empty one. Read-only: callers never write to the list they get. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : NONE;
}

/** Most items read from any one list of a service (phones, schedules, venues, terms...): hostile input stays cheap. */
export const LIST_CAP = 500;

/**
 * The objects in a list (at most LIST_CAP items read). Read-only: the list itself when every item
 * is an object (nearly always), so reading a service allocates no copies of its lists.
 */
export function objects(value: unknown): readonly Json[] {
  if (!Array.isArray(value) || value.length === 0) return NONE;
  const items: unknown[] = value.length > LIST_CAP ? value.slice(0, LIST_CAP) : value;
  for (let i = 0; i < items.length; i++) if (!isObject(items[i])) return items.filter(isObject);
  return items as Json[];
}

/** A non-empty trimmed string, or undefined (publishers send "" and " " for "no value"). */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * `value.toLowerCase()`, without making a new string when there is nothing to lower (plain
 * ASCII with no capital: nearly every status, type and language code a feed repeats).
 */
export function lowerCase(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) return value.toLowerCase();
  }
  return value;
}

/**
 * `text(value)?.toLowerCase() === word` for a lower-case ASCII `word`, lowering only text of its
 * length: the one character whose lower case is longer (U+0130) leaves a non-ASCII mark, so no
 * text of another length can lower to an ASCII word.
 */
export function textIs(value: unknown, word: string): boolean {
  const raw = text(value);
  return raw !== undefined && raw.length === word.length && lowerCase(raw) === word;
}

/** A finite number from a number or a numeric string ("4.00"), else undefined. */
export function numberFrom(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const raw = text(value);
  if (raw === undefined) return undefined;
  const cleaned = raw.replace(POUND_SIGN, '').replace(COMMAS, '');
  if (!DECIMAL.test(cleaned)) return undefined;
  return Number(cleaned);
}
const POUND_SIGN = /^£/;
const COMMAS = /,/g;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** True when a source value carries information (used to count unmapped fields). */
export function hasValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** A problem found while converting one service, before the record's own validation. */
export interface ConversionNote {
  path: string;
  message: string;
  /** "record": the service is skipped. */
  severity: 'record' | 'field';
}
