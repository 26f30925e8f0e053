/**
 * The bundled outcode table read straight from its packed columns (outcodes-data-packed.ts): what
 * `loadOutcodeTable()` returns. It answers exactly as `createOutcodeTable` over the same table
 * as text (outcodes-data.ts), parsed, does (packed-outcode-table.test.ts checks every district and council),
 * without making that text first, and reading a postcode area's districts only when one of them is
 * first asked for: a page's first postcode search runs this cold, on a slow phone, and asks about a
 * few areas (its own and its providers'), not 124.
 */
import type { GeoPoint } from '../types.ts';
import type { OutcodeTableWithTowns } from './coverage.ts';
import { areaNameKey, districtsByAreaKey, type OutcodeTableWithAuthorities } from './local-authorities.ts';
import { outcodeKey } from './outcode-table.ts';
import type * as PackedModule from './outcodes-data-packed.ts';
import type { ReadArea } from './outcodes-data-unpack.ts';

/** The packed table's module: its columns and the readers that travel with them (see outcodes-data-packed.ts). */
export type PackedOutcodeData = Pick<typeof PackedModule, 'PACKED_OUTCODES' | 'OUTCODES_COUNT' | 'readArea' | 'splitAreas'>;

/** An area once read: its districts by key, and each one's point once asked for. */
interface Area extends ReadArea {
  indexOf: Map<string, number>;
  points: (GeoPoint | undefined)[];
}

/** The table over the packed columns; lookups ignore case and spaces, as every outcode table's do. */
export function createPackedOutcodeTable(data: PackedOutcodeData): OutcodeTableWithTowns & OutcodeTableWithAuthorities {
  const columns = data.splitAreas(data.PACKED_OUTCODES);
  /** Area letters ("TA") -> area number, from the first letters of each area's codes. */
  const areaOf = new Map<string, number>();
  for (let a = 0; a < columns.codes.length; a++) areaOf.set(leadingLetters(columns.codes[a]!), a);
  const read: (Area | undefined)[] = [];
  const areaAt = (a: number): Area => {
    let area = read[a];
    if (area === undefined) {
      const districts = data.readArea(columns, a);
      // A later record for the same district wins, as in the text table.
      const indexOf = new Map<string, number>();
      districts.codes.forEach((code, i) => indexOf.set(code, i));
      area = read[a] = { ...districts, indexOf, points: [] };
    }
    return area;
  };
  /** The area and record number of a district key; undefined when the table has no such district. */
  const find = (key: string): [Area, number] | undefined => {
    const a = areaOf.get(leadingLetters(key));
    if (a === undefined) return undefined;
    const area = areaAt(a);
    const i = area.indexOf.get(key);
    return i === undefined ? undefined : [area, i];
  };
  const councilOf = (area: Area, i: number): string | undefined =>
    area.councilOf[i]! > 0 ? columns.councils[area.councilOf[i]! - 1] : undefined;

  let byAreaKey: Map<string, string[]> | undefined;
  const index = (): Map<string, string[]> => {
    if (byAreaKey) return byAreaKey;
    // District -> council in record order (every area, in order), as the text table's councils map is made.
    const authorities = new Map<string, string>();
    for (let a = 0; a < columns.codes.length; a++) {
      const area = areaAt(a);
      for (const [key, i] of area.indexOf) {
        const council = councilOf(area, i);
        if (council !== undefined) authorities.set(key, council);
      }
    }
    return (byAreaKey = districtsByAreaKey(authorities));
  };
  const areaKeysOf = new Map<string, readonly string[]>();

  return Object.freeze({
    get: (outcode: string) => {
      const found = find(outcodeKey(outcode));
      if (found === undefined) return undefined;
      const [area, i] = found;
      // n / 1000 is the double nearest n thousandths, as parsing the decimal text is: the same numbers.
      return (area.points[i] ??= Object.freeze({ lat: area.thousandths[2 * i]! / 1000, lng: area.thousandths[2 * i + 1]! / 1000 }));
    },
    town: (outcode: string) => {
      const found = find(outcodeKey(outcode));
      return found === undefined ? undefined : found[0].towns[found[1]] || undefined;
    },
    authority: (outcode: string) => {
      const found = find(outcodeKey(outcode));
      return found === undefined ? undefined : councilOf(...found);
    },
    areaKeys: (outcode: string) => {
      const key = outcodeKey(outcode);
      let keys = areaKeysOf.get(key);
      if (keys === undefined) {
        const found = find(key);
        const council = found === undefined ? undefined : councilOf(...found);
        keys = council === undefined ? [] : [areaNameKey(council)];
        areaKeysOf.set(key, keys);
      }
      return keys;
    },
    districtsOfAreaKey: (areaKey: string) => index().get(areaKey) ?? [],
    size: data.OUTCODES_COUNT,
  });
}

/** "TA1" -> "TA", "AB10-16 21" -> "AB": the capitals a district key or an area's codes start with. */
function leadingLetters(text: string): string {
  let end = 0;
  while (end < text.length && text.charCodeAt(end) >= 65 && text.charCodeAt(end) <= 90) end++;
  return text.slice(0, end);
}
