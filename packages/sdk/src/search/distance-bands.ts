/**
 * The fair order's distance band of a located provider, without measuring the distance when
 * the chord to the place already settles it. The band of `roundMiles(miles)` only changes at
 * five distances (about 1.5, 3.5, 5.5, 12.5 and 22.5 miles); a provider whose chord is clearly
 * inside or outside each of them gets its band from a few comparisons, and only one within a
 * hair of a boundary is measured (by the same haversine), so the band is always the one
 * `distanceBandOf(roundMiles(miles), covers)` gives.
 */
import { roundMiles } from '../geo/distance.ts';
import { chordBound2, chordInner2, type ProviderPlaces } from '../geo/location.ts';
import { UNKNOWN_DISTANCE_BAND, distanceBandOf } from './ordering.ts';

const bandAt = (miles: number): number => distanceBandOf(roundMiles(miles), false);

/** The smallest distances (to about 1e-12 miles) at which the band steps up, found once by bisection (both functions only ever step up). */
const STEPS: readonly number[] = (() => {
  const steps: number[] = [];
  for (let band = 1; band <= bandAt(1e6); band++) {
    let low = 0;
    let high = 1e6;
    for (let i = 0; i < 200 && high - low > 1e-12; i++) {
      const mid = (low + high) / 2;
      if (bandAt(mid) >= band) high = mid;
      else low = mid;
    }
    steps.push(high);
  }
  return steps;
})();
/** Per step: a squared chord below which a provider is certainly nearer, and above which certainly further. */
const INNER = STEPS.map((miles) => chordInner2(miles));
const OUTER = STEPS.map((miles) => chordBound2(miles));

/** The distance band of the provider `places` last located in a point search. */
export function locatedDistanceBand(places: ProviderPlaces): number {
  if (places.covers === true) return 0;
  const chord2 = places.chord2;
  if (chord2 !== chord2) return UNKNOWN_DISTANCE_BAND; // no point: no distance
  for (let k = 0; k < STEPS.length; k++) {
    if (chord2 < INNER[k]!) return k;
    if (chord2 <= OUTER[k]!) return bandAt(places.miles!); // too close to a step to tell: measure
  }
  return STEPS.length;
}

/**
 * The fair order's distance band of the provider `places` last located, for any search with a place:
 * by distance in a point search, else 0 when it covers the district and unknown when it does not.
 */
export function placedDistanceBand(places: ProviderPlaces, pointSearch: boolean): number {
  return pointSearch ? locatedDistanceBand(places) : distanceBandOf(undefined, places.covers === true);
}
