/**
 * From a point the browser gave ("Use my location") to an {@link Origin}.
 *
 * The point itself is kept (`precision: "exact"`), so distances are measured
 * from where the person really is. The nearest postcode district is found
 * only for wording ("8 providers near TA1") and for providers that list
 * districts in `areas`; it never leaves the page.
 */
import type { Origin } from '../types.ts';
import { distanceMiles } from './distance.ts';
import type { OutcodeEntry } from './outcode-table.ts';
import type { PackedOutcodeData } from './packed-outcode-table.ts';

/**
 * Beyond this many miles from every district centre the point is taken to be
 * outside the table's coverage (abroad, at sea), and no district is named.
 */
export const NEAREST_DISTRICT_LIMIT_MILES = 25;

let bundled: Promise<OutcodeEntry[]> | undefined;

/**
 * The bundled districts as a list, in record order, read from the same packed chunk as
 * `loadOutcodeTable` (so "Use my location" downloads no second copy of the table).
 */
function bundledEntries(): Promise<OutcodeEntry[]> {
  bundled ??= import('./outcodes-data-packed.ts').then(
    (data) => packedEntries(data),
    (error: unknown) => {
      bundled = undefined;
      throw error;
    },
  );
  return bundled;
}

/** Every district of the packed table as an entry, exactly as parseCompactOutcodes reads the same table as text. */
export function packedEntries(data: Pick<PackedOutcodeData, 'PACKED_OUTCODES' | 'readArea' | 'splitAreas'>): OutcodeEntry[] {
  const columns = data.splitAreas(data.PACKED_OUTCODES);
  const entries: OutcodeEntry[] = [];
  for (let a = 0; a < columns.codes.length; a++) {
    const area = data.readArea(columns, a);
    area.codes.forEach((outcode, i) => {
      // n / 1000 is the double nearest n thousandths, as parsing the decimal text is: the same numbers.
      const lat = area.thousandths[2 * i]! / 1000;
      const lng = area.thousandths[2 * i + 1]! / 1000;
      entries.push({ outcode, lat, lng, town: area.towns[i] || undefined });
    });
  }
  return entries;
}

/**
 * The nearest district centre to a point, or undefined when none is within
 * {@link NEAREST_DISTRICT_LIMIT_MILES}. A linear scan: 2,856 districts take well under a millisecond.
 */
export function nearestDistrict(lat: number, lng: number, entries: Iterable<OutcodeEntry>): string | undefined {
  let best: string | undefined;
  let bestMiles = NEAREST_DISTRICT_LIMIT_MILES;
  for (const entry of entries) {
    const miles = distanceMiles({ lat, lng }, entry);
    if (miles <= bestMiles) {
      bestMiles = miles;
      best = entry.outcode.replace(/\s+/g, '').toUpperCase();
    }
  }
  return best;
}

/**
 * An exact-precision {@link Origin} for WGS84 coordinates, e.g. from
 * `navigator.geolocation`. `district` is the nearest postcode district
 * (empty when the point is far from all of them); `postcode` is empty.
 *
 * @param outcodes districts to search; defaults to the bundled table, loaded lazily.
 * @throws RangeError when lat/lng are not finite WGS84 degrees.
 */
export async function originFromCoordinates(lat: number, lng: number, outcodes?: Iterable<OutcodeEntry>): Promise<Origin> {
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    throw new RangeError(`Not a WGS84 point: ${lat}, ${lng}`);
  }
  const entries = outcodes ?? (await bundledEntries());
  return { lat, lng, district: nearestDistrict(lat, lng, entries) ?? '', postcode: '', precision: 'exact' };
}
