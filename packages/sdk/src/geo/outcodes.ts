/**
 * The bundled UK outcode table, loaded on first use.
 *
 * The data (about 21 kB gzip, packed by scripts/build-outcodes.mjs) lives in
 * outcodes-data-packed.ts and is only reached through a dynamic import, so
 * bundlers put it in its own chunk and a page that never searches by postcode
 * never downloads it.
 */
import type { OutcodeTableWithTowns } from './coverage.ts';
import type { OutcodeEntry } from './outcode-table.ts';
import { createPackedOutcodeTable } from './packed-outcode-table.ts';

/**
 * One table per page, shared: the data is immutable, so parsing it more than
 * once would only waste time and memory. A failed load is forgotten so the
 * next call can retry (e.g. after a flaky network fetched the chunk).
 */
let loading: Promise<OutcodeTableWithTowns> | undefined;

/**
 * The bundled table of UK postcode-district centroids (2,856 districts; source,
 * date and licence in docs/geography.md). Lookups ignore case and spaces.
 * The first call fetches and parses the data; later calls share the result.
 */
export function loadOutcodeTable(): Promise<OutcodeTableWithTowns> {
  loading ??= import('./outcodes-data-packed.ts').then(
    // Read from the packed columns (packed-outcode-table.ts), not unpacked to text first: the first search is cold code.
    (data) => createPackedOutcodeTable(data),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Source, date, licence and attribution of the bundled table, for an "about this data" note. Also lazy. */
export async function outcodeTableInfo(): Promise<{
  source: string;
  date: string;
  licence: string;
  attribution: readonly string[];
  count: number;
}> {
  const data = await import('./outcodes-data-packed.ts');
  return {
    source: data.OUTCODES_SOURCE,
    date: data.OUTCODES_DATE,
    licence: data.OUTCODES_LICENCE,
    attribution: data.OUTCODES_ATTRIBUTION,
    count: data.OUTCODES_COUNT,
  };
}

/** Parses "TA1,51.012,-3.102,Taunton;TA2,..." (format written by scripts/build-outcodes.mjs). */
export function parseCompactOutcodes(compact: string): OutcodeEntry[] {
  const entries: OutcodeEntry[] = [];
  for (const record of compact.split(';')) {
    const [outcode, lat, lng, ...town] = record.split(',');
    if (!outcode || lat === undefined || lng === undefined) continue;
    entries.push({ outcode, lat: Number(lat), lng: Number(lng), town: town.join(',') || undefined });
  }
  return entries;
}
