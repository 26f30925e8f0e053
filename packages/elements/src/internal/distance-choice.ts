/**
 * The distance choices offered next to the postcode, and what each means for
 * `SearchQuery.maxMiles`.
 *
 * The default is 10 miles because the finder serves rural counties (Somerset,
 * Powys): a postcode district there can be 10 miles across and distances are
 * measured from district centres, so anything tighter would hide providers
 * just over the hill. Providers who say they cover the person's area are
 * shown whatever the choice.
 */
import type { SearchQuery } from '@micro-provider-finder/sdk';

/** Values of the Distance select, in the order shown. "any" means no limit. */
export const DISTANCE_CHOICES = ['1', '3', '5', '10', '20', 'any'] as const;

/** One of {@link DISTANCE_CHOICES}. */
export type DistanceChoice = (typeof DISTANCE_CHOICES)[number];

/** The choice a new finder starts with (see the module comment for why). */
export const DEFAULT_DISTANCE: DistanceChoice = '10';

/** Reads an attribute or form value; anything unknown falls back to the default. */
export function toDistanceChoice(value: unknown): DistanceChoice {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  return (DISTANCE_CHOICES as readonly string[]).includes(text) ? (text as DistanceChoice) : DEFAULT_DISTANCE;
}

/** `SearchQuery.maxMiles` for a choice: undefined for "any". */
export function maxMilesFor(choice: DistanceChoice): number | undefined {
  return choice === 'any' ? undefined : Number(choice);
}

/** The choice that matches a `maxMiles` (undefined = "any"; an unlisted number keeps the default). */
export function choiceForMiles(maxMiles: number | undefined): DistanceChoice {
  return maxMiles === undefined ? 'any' : toDistanceChoice(String(maxMiles));
}

/** `query` with a new distance limit (undefined: any distance). */
export function withMaxMiles(query: SearchQuery, maxMiles: number | undefined): SearchQuery {
  const next: SearchQuery = { ...query, maxMiles };
  if (maxMiles === undefined) delete next.maxMiles;
  return next;
}
