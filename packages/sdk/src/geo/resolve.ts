/**
 * From what someone typed to where they are: parse, then geocode (if the host
 * configured a geocoder) or fall back to the offline district centroid.
 */
import type { Origin, OutcodeTable, Result } from '../types.ts';
import type { Geocoder } from './geocoder.ts';
import { loadOutcodeTable } from './outcodes.ts';
import { parsePostcode, type PostcodeError } from './postcode.ts';

/** Options for {@link resolvePostcode}. */
export interface ResolvePostcodeOptions {
  /** The outcode table; loaded lazily with `loadOutcodeTable()` when not given. */
  outcodes?: OutcodeTable;
  /** Online geocoder for full postcodes. Without one, no request leaves the page. */
  geocoder?: Geocoder;
  /** Cancels the geocoder request; resolvePostcode then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Told when the geocoder failed and the district centre was used instead (for the host's own logging). */
  onGeocoderError?: (error: unknown) => void;
}

/**
 * Resolves a typed postcode or district to an {@link Origin}.
 *
 * - A full postcode with a geocoder configured: the geocoder's point (`precision: "exact"`).
 *   If the geocoder does not know the postcode or fails, the district centroid is used instead.
 * - Otherwise: the district centroid from the outcode table (`precision: "district"`).
 *
 * Expected failures are values: `empty`, `invalid-postcode`, `unknown-district`
 * (valid postcode, district not in the table, e.g. BF1 or a Crown dependency
 * district the table lacks) and `lookup-failed` (the table could not be loaded).
 */
export async function resolvePostcode(input: string, options: ResolvePostcodeOptions = {}): Promise<Result<Origin, PostcodeError>> {
  const parsed = parsePostcode(input);
  if (!parsed.ok) return parsed;
  const { postcode, outcode, full } = parsed.value;
  const { geocoder, signal } = options;

  if (full && geocoder) {
    const point = await geocoder.lookup(postcode, { signal }).catch((error: unknown) => {
      if (signal?.aborted) throw signal.reason;
      // The offline table is a good enough answer when the service is down: the person is not told.
      options.onGeocoderError?.(error);
      return undefined;
    });
    if (point) return { ok: true, value: { lat: point.lat, lng: point.lng, district: outcode, postcode, precision: 'exact' } };
  }

  let table = options.outcodes;
  if (!table) {
    try {
      table = await loadOutcodeTable();
    } catch {
      return { ok: false, error: { kind: 'lookup-failed', input } };
    }
  }
  const centroid = table.get(outcode);
  if (!centroid) return { ok: false, error: { kind: 'unknown-district', input, district: outcode } };
  return { ok: true, value: { lat: centroid.lat, lng: centroid.lng, district: outcode, postcode, precision: 'district' } };
}
