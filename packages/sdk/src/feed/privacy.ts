/**
 * Home-based providers (`location.private`): their street address, exact coordinates and full
 * postcode are dropped while the feed is parsed, so they never reach anything built from a
 * parsed feed (the saved copy, element properties, events, console messages). Only the town
 * and the postcode district ("TA1") are kept. See docs/feed-format.md#location-and-privacy.
 */
import type { FeedProblem, ProviderLocation } from '../types.ts';
import { isRecord } from './is-record.ts';

/**
 * The `private` flag decided before validation. Anything other than `true`/`false` that a
 * publisher wrote there ("true", 1, "yes", but also "false", 0, null) errs on the side of
 * privacy: the provider is treated as home-based and the value is reported (by its kind only).
 *
 * Returns `raw` itself when there is nothing to change, else a shallow copy (input is never mutated).
 * The problem is pushed without an `id`: the caller adds the record's cleaned id.
 */
export function decidePrivateFlag(raw: unknown, index: number, problems: FeedProblem[]): unknown {
  if (!isRecord(raw) || !isRecord(raw.location)) return raw;
  const flag = raw.location.private;
  if (flag === undefined || typeof flag === 'boolean') return raw;
  const problem: FeedProblem = {
    index,
    path: 'location.private',
    message: `location.private: expected true or false, got ${kindOf(flag)}; treated as private (home-based)`,
    severity: 'field',
  };
  problems.push(problem);
  return { ...raw, location: { ...raw.location, private: true } };
}

/** True when the raw record says (or may mean) it is home-based: its location values must not be echoed. */
export function mayBePrivate(raw: unknown): boolean {
  return isRecord(raw) && isRecord(raw.location) && raw.location.private !== undefined && raw.location.private !== false;
}

/**
 * The location a home-based provider (`private: true`) may show, as a fresh object: what must never
 * leave the parser (`address`, `lat`, `lng` and the inward part of the postcode: "TA1 1AA" becomes
 * "TA1") left out, the other keys copied in `location`'s order. Used by parseFeed and by the saved
 * copy. A fresh object because deleting keys would slow every later read of it; copied key by key
 * (a rest pattern, `{ address, ...kept }`, is a runtime call).
 */
export function publicLocation(location: ProviderLocation): ProviderLocation {
  const kept: Record<string, unknown> = {};
  // Own keys only (Object.keys, not for-in): a polluted Object.prototype's enumerable keys must not
  // become the location's. One call for the list instead of an Object.hasOwn call per key.
  const keys = Object.keys(location);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    // The schema's keys are stored by name (a store by a key held in a variable is a slow, generic one).
    if (key === 'town') kept.town = location.town;
    else if (key === 'postcode') kept.postcode = location.postcode === undefined ? undefined : postcodeDistrict(location.postcode);
    else if (key === 'private') kept.private = location.private;
    else if (key !== 'address' && key !== 'lat' && key !== 'lng') kept[key] = location[key as keyof ProviderLocation];
  }
  return kept as ProviderLocation;
}

/** Postcodes are already normalised by the schema: "TA1 1AA" (full) becomes "TA1"; a district ("TA1") stays. */
function postcodeDistrict(postcode: string): string {
  const space = postcode.indexOf(' ');
  return space === -1 ? postcode : postcode.slice(0, space);
}

/** The kind of a value, never the value itself (it could be someone's home address). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  return typeof value === 'object' ? 'an object' : typeof value;
}
