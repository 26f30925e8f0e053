/**
 * Which part of the country a directory covers, so a postcode far outside it gets a plain "this
 * directory covers Somerset and Powys" instead of providers hundreds of miles away.
 *
 * From the feed's `coverage` list when it has one (postcode districts like "TA1" and/or area names
 * like "Somerset"), else worked out from the providers' own postcodes and listed areas. A search
 * is outside when its postcode area ("EH" of "EH1 1AA") is not one the directory reaches.
 */
import type { FeedMeta, Provider } from '../types.ts';

/** "TA1", "ta1 1aa", "LD3" -> "TA", "LD"; undefined for something that is not a postcode. */
export function postcodeArea(text: string): string | undefined {
  const match = /^\s*([A-Za-z]{1,2})\d[A-Za-z\d]?(?:\s*\d[A-Za-z]{2})?\s*$/.exec(text);
  return match ? match[1]!.toUpperCase() : undefined;
}

export interface DirectoryCoverage {
  /** Postcode areas ("TA", "LD") the directory reaches. Empty: unknown, so nothing is outside. */
  areas: ReadonlySet<string>;
  /** Area names from the feed's `coverage` ("Somerset", "Powys"), for the wording; may be empty. */
  names: string[];
}

/** The directory's coverage, from `meta.coverage` when given, else from its providers. */
export function directoryCoverage(providers: readonly Provider[], meta?: Pick<FeedMeta, 'coverage'>): DirectoryCoverage {
  const areas = new Set<string>();
  const names: string[] = [];
  const add = (text: string, asName: boolean) => {
    const area = postcodeArea(text);
    if (area) areas.add(area);
    else if (asName && !names.includes(text.trim())) names.push(text.trim());
  };
  if (meta?.coverage?.length) {
    for (const entry of meta.coverage) add(entry, true);
    // Names alone say nothing about postcodes: let the providers tell which areas those are.
    if (areas.size > 0) return { areas, names };
  }
  for (const provider of providers) {
    if (provider.location?.postcode) add(provider.location.postcode, false);
    for (const area of provider.areas ?? []) add(area, false);
  }
  return { areas, names };
}

/** True when a search from `district` ("EH1") is outside the directory (never when coverage is unknown). */
export function isOutsideCoverage(coverage: DirectoryCoverage, district: string): boolean {
  const area = postcodeArea(district);
  return coverage.areas.size > 0 && area !== undefined && !coverage.areas.has(area);
}
