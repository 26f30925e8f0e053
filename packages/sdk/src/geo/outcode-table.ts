/**
 * An in-memory outcode (postcode district) table: centroid and main town per
 * district. Pure and data-free, so tests and hosts can build their own.
 */
import type { GeoPoint } from '../types.ts';
import type { OutcodeTableWithTowns } from './coverage.ts';
import { areaNameKey, districtsByAreaKey, type OutcodeTableWithAuthorities } from './local-authorities.ts';

/** One district of an outcode table. */
export interface OutcodeEntry {
  /** Outward code, any case or spacing, e.g. "TA1". */
  outcode: string;
  lat: number;
  lng: number;
  /** Main town as the data names it; optional. */
  town?: string;
  /** Local authority (county or unitary council) as the data names it; optional. */
  authority?: string;
}

/**
 * Builds an {@link OutcodeTableWithTowns} from entries. Lookups ignore case and
 * spaces ("ta1", "TA 1"). A later entry for the same district replaces an earlier one.
 */
export function createOutcodeTable(entries: Iterable<OutcodeEntry>): OutcodeTableWithTowns & OutcodeTableWithAuthorities {
  const points = new Map<string, GeoPoint>();
  const towns = new Map<string, string>();
  const authorities = new Map<string, string>();
  for (const entry of entries) {
    const key = outcodeKey(entry.outcode);
    points.set(key, Object.freeze({ lat: entry.lat, lng: entry.lng }));
    if (entry.town) towns.set(key, entry.town);
    else towns.delete(key);
    if (entry.authority) authorities.set(key, entry.authority);
    else authorities.delete(key);
  }
  // Built on first use: most searches never name a council.
  let byAreaKey: Map<string, string[]> | undefined;
  const areaKeysOf = new Map<string, readonly string[]>();
  const index = () => (byAreaKey ??= districtsByAreaKey(authorities));
  return Object.freeze({
    get: (outcode: string) => points.get(outcodeKey(outcode)),
    town: (outcode: string) => towns.get(outcodeKey(outcode)),
    authority: (outcode: string) => authorities.get(outcodeKey(outcode)),
    areaKeys: (outcode: string) => {
      const key = outcodeKey(outcode);
      let keys = areaKeysOf.get(key);
      if (keys === undefined) {
        const authority = authorities.get(key);
        keys = authority === undefined ? [] : [areaNameKey(authority)];
        areaKeysOf.set(key, keys);
      }
      return keys;
    },
    districtsOfAreaKey: (areaKey: string) => index().get(areaKey) ?? [],
    size: points.size,
  });
}

/** The key a district is held under: capitals and digits, no spaces. */
export function outcodeKey(outcode: string): string {
  // Already a key (capitals and digits, no spaces: how feeds and the finder mostly ask) is the common case,
  // checked a character at a time: a finder looks up every provider's district on its first search.
  if (typeof outcode === 'string' && isKey(outcode)) return outcode;
  return String(outcode).replace(/\s+/g, '').toUpperCase();
}

/** True when `text` is printable ASCII with no space and no small letter (so the general path would not change it). */
function isKey(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127 || (c >= 97 && c <= 122)) return false;
  }
  return true;
}
