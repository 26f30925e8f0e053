/**
 * Unpacks the bundled outcode table (outcodes-data.ts) into the text the rest of geo/ reads:
 * "OUTCODE,lat,lng[,town];..." records and "Council:OUT1 OUT2;..." groups.
 *
 * scripts/build-outcodes.mjs writes the table packed, so the chunk a postcode search waits for is
 * about half the bytes (41 kB gzip as plain text, ~21 kB packed): the district codes as runs, the
 * coordinates as small differences, the councils as one number per district. It unpacks the very
 * text it would otherwise have written (the script checks the round trip, and outcodes.test.ts
 * checks this side against the digest the script wrote), so every lookup answers as before.
 */

/** The packed columns, as scripts/build-outcodes.mjs writes them. */
export interface PackedOutcodes {
  /**
   * District codes in record order, by postcode area: "AB10-16 21-25;AL1-10;...;SW1 1A 1E 2-20;...".
   * An area's letters, then its districts' endings, a range "10-16" standing for 10, 11, ..., 16.
   */
  codes: string;
  /** Per record, latitude then longitude in thousandths of a degree, each the zigzagged difference from the previous record's, as {@link readNumbers} reads them. */
  coordinates: string;
  /** Per record, its town ('' for none), joined by ";". */
  towns: string;
  /** Council names in the order of their groups, joined by ";". */
  councils: string;
  /** Per record, 1 + the index of its council in {@link councils} (0: none), as {@link readNumbers} reads them. */
  councilOf: string;
}

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
    // Numbers here stay far below 2^30 (a difference of a few degrees in thousandths), so bit shifts are exact.
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

/** The district codes of {@link PackedOutcodes.codes}, in record order. */
export function readCodes(codes: string): string[] {
  const list: string[] = [];
  for (const area of codes.split(';')) {
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
  }
  return list;
}

/** The compact records and council groups the packed columns hold. */
export function unpackOutcodes(packed: PackedOutcodes): { outcodes: string; authorities: string } {
  const codes = readCodes(packed.codes);
  const coordinates = readNumbers(packed.coordinates);
  const towns = packed.towns.split(';');
  const councils = packed.councils.split(';');
  const councilOf = readNumbers(packed.councilOf);
  if (coordinates.length !== codes.length * 2 || towns.length !== codes.length || councilOf.length !== codes.length) {
    throw new Error('outcode data: the packed columns disagree on the number of districts');
  }
  const records: string[] = [];
  const groups: string[][] = councils.map(() => []);
  let lat = 0;
  let lng = 0;
  for (let i = 0; i < codes.length; i++) {
    lat += unzigzag(coordinates[2 * i]!);
    lng += unzigzag(coordinates[2 * i + 1]!);
    // n / 1000 is the double nearest n thousandths, as parsing the decimal text is: the same numbers.
    const town = towns[i]!;
    records.push(`${codes[i]},${lat / 1000},${lng / 1000}${town === '' ? '' : `,${town}`}`);
    const council = councilOf[i]!;
    if (council > 0) groups[council - 1]!.push(codes[i]!);
  }
  return {
    outcodes: records.join(';'),
    authorities: councils.map((name, i) => `${name}:${groups[i]!.join(' ')}`).join(';'),
  };
}

/** 0, 1, 2, 3, 4, ... -> 0, -1, 1, -2, 2, ... */
export function unzigzag(n: number): number {
  return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
}
