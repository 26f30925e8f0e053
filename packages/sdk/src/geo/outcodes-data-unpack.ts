/**
 * Reads the bundled outcode table's packed columns (outcodes-data-packed.ts) by postcode area
 * (readArea, for packed-outcode-table.ts and from-coordinates.ts), and unpacks them into the text of
 * outcodes-data.ts (unpackOutcodes: only tests use it, to hold the packing to that text).
 *
 * scripts/build-outcodes.mjs writes the table packed (outcodes-data-packed.ts), so the chunk a
 * postcode search waits for is about half the bytes (41 kB gzip as text, ~22 kB packed): the
 * district codes as runs, the coordinates as small differences, the councils as one number per
 * district, each column cut by postcode area so that a search reads only the areas it asks about
 * (packed-outcode-table.ts). The script checks that this unpacks to the very text it writes to
 * outcodes-data.ts, and outcodes-data-unpack.test.ts checks the same of the code here.
 */

/** The packed columns, as scripts/build-outcodes.mjs writes them: each holds the postcode areas in the same order. */
export interface PackedOutcodes {
  /**
   * District codes by postcode area, areas joined by ";": "AB10-16 21-25;AL1-10;...;SW1 1A 1E 2-20;...".
   * An area's letters, then its districts' endings, a range "10-16" standing for 10, 11, ..., 16.
   */
  codes: string;
  /**
   * Per area (joined by ";"), per district, latitude then longitude in thousandths of a degree as
   * zigzagged differences ({@link readNumbers}): an area's first district from {@link ORIGIN}, the
   * others from the district before.
   */
  coordinates: string;
  /** Per area (joined by "|"), each district's town ('' for none), joined by ";". */
  towns: string;
  /** Council names in the order of their groups, joined by ";". */
  councils: string;
  /** Per area (joined by ";"), per district, 1 + the index of its council in {@link councils} (0: none), as {@link readNumbers} reads them. */
  councilOf: string;
}

/** Where each area's first district is measured from, in thousandths of a degree: 54° N, 3° W. */
export const ORIGIN: readonly [number, number] = [54000, -3000];

/**
 * Digits of the packed numbers: each number is written in groups of 5 bits, lowest first, a group
 * followed by more written with the last 32 characters, the last group with the first 32.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
/** Character code -> digit (-1: none), so reading a column is one table lookup a character. */
const DIGIT_OF = new Int8Array(128).fill(-1);
for (let digit = 0; digit < DIGITS.length; digit++) DIGIT_OF[DIGITS.charCodeAt(digit)] = digit;

/** Reads every number of a packed column. */
export function readNumbers(packed: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < packed.length; i++) {
    const code = packed.charCodeAt(i);
    const digit = code < 128 ? DIGIT_OF[code]! : -1;
    if (digit < 0) throw new Error(`outcode data: ${JSON.stringify(packed[i])} is no packed digit`);
    // The script packs nothing of 2^30 or more, so bit shifts are exact.
    if (digit >= 32) {
      value |= (digit - 32) << shift;
      shift += 5;
    } else {
      values.push(value | (digit << shift));
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The district codes of one area of {@link PackedOutcodes.codes} ("AB10-12 21" -> AB10, AB11, AB12, AB21), in order. */
export function readCodes(area: string): string[] {
  const list: string[] = [];
  let letters = 0;
  while (letters < area.length && area.charCodeAt(letters) >= 65 && area.charCodeAt(letters) <= 90) letters++;
  const prefix = area.slice(0, letters);
  for (const ending of area.slice(letters).split(' ')) {
    const dash = ending.indexOf('-');
    if (dash < 0) {
      list.push(prefix + ending);
      continue;
    }
    const last = Number(ending.slice(dash + 1));
    for (let n = Number(ending.slice(0, dash)); n <= last; n++) list.push(prefix + n);
  }
  return list;
}

/** The packed columns cut into their areas (native splits only: cheap enough to do on load). */
export interface PackedAreas {
  codes: string[];
  coordinates: string[];
  towns: string[];
  councilOf: string[];
  councils: string[];
}

export function splitAreas(packed: PackedOutcodes): PackedAreas {
  const areas = {
    codes: packed.codes.split(';'),
    coordinates: packed.coordinates.split(';'),
    towns: packed.towns.split('|'),
    councilOf: packed.councilOf.split(';'),
    councils: packed.councils.split(';'),
  };
  const n = areas.codes.length;
  if (areas.coordinates.length !== n || areas.towns.length !== n || areas.councilOf.length !== n) {
    throw new Error('outcode data: the packed columns disagree on the number of areas');
  }
  return areas;
}

/** One area's districts, read. */
export interface ReadArea {
  /** District codes in record order. */
  codes: string[];
  /** Latitude and longitude of each, in thousandths of a degree, at 2i and 2i + 1. */
  thousandths: Int32Array;
  /** Town of each ('' for none). */
  towns: string[];
  /** 1 + index of each one's council in {@link PackedAreas.councils} (0: none). */
  councilOf: number[];
}

/** Reads area `a` of the split columns. */
export function readArea(areas: PackedAreas, a: number): ReadArea {
  const codes = readCodes(areas.codes[a]!);
  const steps = readNumbers(areas.coordinates[a]!);
  const towns = areas.towns[a]!.split(';');
  const councilOf = readNumbers(areas.councilOf[a]!);
  if (steps.length !== codes.length * 2 || towns.length !== codes.length || councilOf.length !== codes.length) {
    throw new Error('outcode data: the packed columns disagree on the number of districts');
  }
  const thousandths = new Int32Array(steps.length);
  let [lat, lng] = ORIGIN;
  for (let i = 0; i < codes.length; i++) {
    lat += unzigzag(steps[2 * i]!);
    lng += unzigzag(steps[2 * i + 1]!);
    thousandths[2 * i] = lat;
    thousandths[2 * i + 1] = lng;
  }
  return { codes, thousandths, towns, councilOf };
}

/** The compact records and council groups the packed columns hold: the text of outcodes-data.ts. */
export function unpackOutcodes(packed: PackedOutcodes): { outcodes: string; authorities: string } {
  const areas = splitAreas(packed);
  const records: string[] = [];
  const groups: string[][] = areas.councils.map(() => []);
  for (let a = 0; a < areas.codes.length; a++) {
    const { codes, thousandths, towns, councilOf } = readArea(areas, a);
    for (let i = 0; i < codes.length; i++) {
      // n / 1000 is the double nearest n thousandths, as parsing the decimal text is: the same numbers.
      const town = towns[i]!;
      records.push(`${codes[i]},${thousandths[2 * i]! / 1000},${thousandths[2 * i + 1]! / 1000}${town === '' ? '' : `,${town}`}`);
      if (councilOf[i]! > 0) groups[councilOf[i]! - 1]!.push(codes[i]!);
    }
  }
  return {
    outcodes: records.join(';'),
    authorities: areas.councils.map((name, i) => `${name}:${groups[i]!.join(' ')}`).join(';'),
  };
}

/** 0, 1, 2, 3, 4, ... -> 0, -1, 1, -2, 2, ... */
export function unzigzag(n: number): number {
  return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
}
