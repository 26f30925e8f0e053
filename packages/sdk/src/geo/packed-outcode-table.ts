/**
 * The bundled outcode table read straight from its packed columns (outcodes-data.ts): what
 * `loadOutcodeTable()` returns. It answers exactly as `createCompactOutcodeTable` over the same table
 * as text (OUTCODES, OUTCODE_AUTHORITIES) does (packed-outcode-table.test.ts checks every district and council),
 * without making that text first: a page's first postcode search runs this cold, on a slow phone.
 */
import type { GeoPoint } from '../types.ts';
import type { OutcodeTableWithTowns } from './coverage.ts';
import { areaNameKey, districtsByAreaKey, type OutcodeTableWithAuthorities } from './local-authorities.ts';
import { outcodeKey } from './outcode-table.ts';
import type * as PackedModule from './outcodes-data.ts';

/** The packed table's module: its columns and the readers that travel with them (see outcodes-data.ts). */
export type PackedOutcodeData = Pick<typeof PackedModule, 'PACKED_OUTCODES' | 'readCodes' | 'readNumbers' | 'unzigzag'>;

/** The table over the packed columns; lookups ignore case and spaces, as every outcode table's do. */
export function createPackedOutcodeTable(data: PackedOutcodeData): OutcodeTableWithTowns & OutcodeTableWithAuthorities {
  const { PACKED_OUTCODES: packed, readCodes, readNumbers, unzigzag } = data;
  // The codes are written as keys already (capitals and digits): the build script packs no other.
  const codes = readCodes(packed.codes);
  const steps = readNumbers(packed.coordinates);
  const towns = packed.towns.split(';');
  const councils = packed.councils.split(';');
  const councilOf = readNumbers(packed.councilOf);
  if (steps.length !== codes.length * 2 || towns.length !== codes.length || councilOf.length !== codes.length) {
    throw new Error('outcode data: the packed columns disagree on the number of districts');
  }
  /** District key -> record number. A later record for the same district wins, as in the text table. */
  const indexOf = new Map<string, number>();
  /** Latitude and longitude of each record in thousandths of a degree: the running sums of the steps. */
  const thousandths = new Int32Array(steps.length);
  let lat = 0;
  let lng = 0;
  for (let i = 0; i < codes.length; i++) {
    indexOf.set(codes[i]!, i);
    lat += unzigzag(steps[2 * i]!);
    lng += unzigzag(steps[2 * i + 1]!);
    thousandths[2 * i] = lat;
    thousandths[2 * i + 1] = lng;
  }
  const points: (GeoPoint | undefined)[] = [];
  const pointOf = (i: number): GeoPoint =>
    // n / 1000 is the double nearest n thousandths, as parsing the decimal text is: the same numbers.
    (points[i] ??= Object.freeze({ lat: thousandths[2 * i]! / 1000, lng: thousandths[2 * i + 1]! / 1000 }));
  const councilAt = (i: number): string | undefined => (councilOf[i]! > 0 ? councils[councilOf[i]! - 1] : undefined);

  let byAreaKey: Map<string, string[]> | undefined;
  const index = (): Map<string, string[]> => {
    if (byAreaKey) return byAreaKey;
    // District -> council in record order, as the text table's councils map is made.
    const authorities = new Map<string, string>();
    for (const [key, i] of indexOf) {
      const council = councilAt(i);
      if (council !== undefined) authorities.set(key, council);
    }
    return (byAreaKey = districtsByAreaKey(authorities));
  };
  const areaKeysOf = new Map<string, readonly string[]>();

  return Object.freeze({
    get: (outcode: string) => {
      const i = indexOf.get(outcodeKey(outcode));
      return i === undefined ? undefined : pointOf(i);
    },
    town: (outcode: string) => {
      const i = indexOf.get(outcodeKey(outcode));
      return i === undefined ? undefined : towns[i] || undefined;
    },
    authority: (outcode: string) => {
      const i = indexOf.get(outcodeKey(outcode));
      return i === undefined ? undefined : councilAt(i);
    },
    areaKeys: (outcode: string) => {
      const key = outcodeKey(outcode);
      let keys = areaKeysOf.get(key);
      if (keys === undefined) {
        const i = indexOf.get(key);
        const council = i === undefined ? undefined : councilAt(i);
        keys = council === undefined ? [] : [areaNameKey(council)];
        areaKeysOf.set(key, keys);
      }
      return keys;
    },
    districtsOfAreaKey: (areaKey: string) => index().get(areaKey) ?? [],
    size: indexOf.size,
  });
}
