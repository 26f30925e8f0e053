/**
 * Optional online geocoding of full postcodes through a postcodes.io-compatible API.
 *
 * Off by default: nothing in the SDK creates a geocoder. Only a host that
 * calls {@link createPostcodesIoGeocoder} (or passes its own {@link Geocoder})
 * makes the person's postcode leave the page.
 */
import type { GeoPoint } from '../types.ts';

/** Turns a full postcode into a point. Hosts may supply their own (e.g. an internal gazetteer). */
export interface Geocoder {
  /**
   * The point of a normalised full postcode ("TA1 1AA"), or undefined when the
   * service does not know it. Rejects when the service cannot be reached or
   * answers with an error; rejects with the signal's reason when aborted.
   */
  lookup(postcode: string, options?: { signal?: AbortSignal }): Promise<GeoPoint | undefined>;
}

/** Options for {@link createPostcodesIoGeocoder}. */
export interface PostcodesIoGeocoderOptions {
  /** The fetch to use (tests, or a host's wrapper). Defaults to the global fetch. */
  fetch?: typeof fetch;
}

/**
 * A {@link Geocoder} for a postcodes.io-compatible API: `GET {baseUrl}/postcodes/{postcode}`
 * answering `{ result: { latitude, longitude } }`, 404 when unknown.
 * Requests carry no cookies or credentials and no referrer.
 *
 * @param baseUrl e.g. "https://api.postcodes.io" (an http(s) URL; a trailing slash is fine)
 * @throws TypeError when baseUrl is not an http(s) URL
 */
export function createPostcodesIoGeocoder(baseUrl: string, options: PostcodesIoGeocoderOptions = {}): Geocoder {
  const base = new URL(baseUrl);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new TypeError(`Geocoder URL must be http(s): ${baseUrl}`);
  }
  const root = base.href.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  return {
    async lookup(postcode, { signal } = {}) {
      const response = await doFetch(`${root}/postcodes/${encodeURIComponent(postcode)}`, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' },
        signal,
      });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`Geocoder answered ${response.status} for a postcode lookup`);
      const body: unknown = await response.json();
      return pointOf(body);
    },
  };
}

/** Reads `result.latitude/longitude` defensively: either may be null for postcodes without a grid reference. */
function pointOf(body: unknown): GeoPoint | undefined {
  const result = (body as { result?: { latitude?: unknown; longitude?: unknown } } | null)?.result;
  const lat = result?.latitude;
  const lng = result?.longitude;
  if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return { lat, lng };
}
