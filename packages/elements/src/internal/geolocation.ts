/**
 * "Use my location": one call to the browser's geolocation, as a value.
 * Only ever called after the person presses the button on a finder whose host
 * set `allow-geolocation`; the position stays in the page.
 */
import type { GeoPoint, Origin, Result } from '@micro-provider-finder/sdk';
import type { LocationErrorKey } from '../i18n/strings.ts';

/** How long the browser may take before we say so. */
const LOCATION_TIMEOUT_MS = 15_000;

/** The person's position, or why it is not available. Never rejects. */
export function currentPosition(
  geolocation: Geolocation | undefined = globalThis.navigator?.geolocation,
): Promise<Result<GeoPoint, LocationErrorKey>> {
  if (!geolocation) return Promise.resolve({ ok: false, error: 'unavailable' });
  return new Promise((resolve) => {
    try {
      geolocation.getCurrentPosition(
        (position) => resolve({ ok: true, value: { lat: position.coords.latitude, lng: position.coords.longitude } }),
        (error) => resolve({ ok: false, error: error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable' }),
        // A town-level fix is plenty for "near me", and faster and kinder to batteries than GPS.
        { enableHighAccuracy: false, maximumAge: 5 * 60_000, timeout: LOCATION_TIMEOUT_MS },
      );
    } catch {
      resolve({ ok: false, error: 'unavailable' }); // e.g. blocked by a Permissions-Policy in an iframe
    }
  });
}

/**
 * The person's position as a search origin (with its postcode district for the wording, when the
 * engine can work it out), or why it is not available. Never rejects.
 */
export async function currentOrigin(
  toOrigin: (lat: number, lng: number) => Promise<Origin>,
  geolocation?: Geolocation,
): Promise<Result<Origin, LocationErrorKey>> {
  const position = await currentPosition(geolocation);
  if (!position.ok) return position;
  const { lat, lng } = position.value;
  // No district for the wording: still search from the point.
  const origin = await toOrigin(lat, lng).catch((): Origin => ({ lat, lng, district: '', postcode: '', precision: 'exact' }));
  return { ok: true, value: origin };
}
