/**
 * Great-circle distance and honest rounding of approximate distances.
 *
 * Distances in this product are mostly computed between postcode-district
 * centroids, which can be several miles from where someone actually lives
 * (see docs/geography.md), so they are rounded before anyone sees them.
 */
import type { GeoPoint } from '../types.ts';

/** Mean Earth radius in kilometres (IUGG), the usual choice for haversine. */
const EARTH_RADIUS_KM = 6371.0088;
/** Kilometres in one international mile. */
const KM_PER_MILE = 1.609344;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * Straight-line (great-circle) distance between two WGS84 points, in miles,
 * by the haversine formula. Not rounded: compare this raw value with limits
 * such as "within 5 miles", and pass it to {@link roundMiles} only for display.
 */
export function distanceMiles(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  // min() guards against h creeping past 1 through floating-point error for antipodal points.
  const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  return km / KM_PER_MILE;
}

/**
 * Rounds an approximate distance to the precision it honestly has, for display
 * as "about N miles":
 *
 * - under 0.75 miles -> `0.5` (show as "under a mile": the centroids cannot say more,
 *   and 0 would wrongly suggest "right here")
 * - 0.75 to under 10 miles -> whole miles (at least 1)
 * - 10 miles and over -> nearest 5 miles (12.4 -> 10, 12.5 -> 15, 66.5 -> 65)
 *
 * Negative input is treated as 0; non-finite input is returned unchanged.
 */
export function roundMiles(miles: number): number {
  if (!Number.isFinite(miles)) return miles;
  const m = Math.max(0, miles);
  if (m < 0.75) return 0.5;
  if (m < 10) return Math.max(1, Math.round(m));
  return Math.round(m / 5) * 5;
}
