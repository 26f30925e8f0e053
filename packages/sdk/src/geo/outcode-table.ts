/**
 * An in-memory outcode (postcode district) table: centroid and main town per
 * district. Pure and data-free, so tests and hosts can build their own.
 */
import type { GeoPoint } from '../types.ts';
import type { OutcodeTableWithTowns } from './coverage.ts';

/** One district of an outcode table. */
export interface OutcodeEntry {
  /** Outward code, any case or spacing, e.g. "TA1". */
  outcode: string;
  lat: number;
  lng: number;
  /** Main town as the data names it; optional. */
  town?: string;
}

/**
 * Builds an {@link OutcodeTableWithTowns} from entries. Lookups ignore case and
 * spaces ("ta1", "TA 1"). A later entry for the same district replaces an earlier one.
 */
export function createOutcodeTable(entries: Iterable<OutcodeEntry>): OutcodeTableWithTowns {
  const points = new Map<string, GeoPoint>();
  const towns = new Map<string, string>();
  for (const entry of entries) {
    const key = outcodeKey(entry.outcode);
    points.set(key, Object.freeze({ lat: entry.lat, lng: entry.lng }));
    if (entry.town) towns.set(key, entry.town);
    else towns.delete(key);
  }
  return Object.freeze({
    get: (outcode: string) => points.get(outcodeKey(outcode)),
    town: (outcode: string) => towns.get(outcodeKey(outcode)),
    size: points.size,
  });
}

function outcodeKey(outcode: string): string {
  return String(outcode).replace(/\s+/g, '').toUpperCase();
}
