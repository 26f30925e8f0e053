/**
 * The bundled outcode table read straight from its compact text (outcodes-data.ts), each district's
 * numbers and town read when first asked for, the councils only when a search first names one.
 *
 * It answers exactly as `createOutcodeTable(parseCompactOutcodes(...))` with the councils added would,
 * but a page's first postcode search runs cold (its code not yet compiled), and making 2,856 entry
 * objects, three maps and the council map up front cost tens of milliseconds before the first result;
 * a search asks for a few dozen districts.
 */
import type { GeoPoint } from '../types.ts';
import type { OutcodeTableWithTowns } from './coverage.ts';
import { areaNameKey, districtsByAreaKey, parseCompactAuthorities, type OutcodeTableWithAuthorities } from './local-authorities.ts';
import { outcodeKey } from './outcode-table.ts';

/** A district record once read: its point (shared by every lookup) and town. */
interface ReadRecord {
  point: GeoPoint;
  town: string | undefined;
}

/**
 * A table over "OUTCODE,lat,lng[,town];..." records (towns may hold commas) and "Council:OUT1 OUT2;..."
 * groups, both written by scripts/build-outcodes.mjs. A later record for the same district wins.
 */
export function createCompactOutcodeTable(
  compact: string,
  compactAuthorities: string,
): OutcodeTableWithTowns & OutcodeTableWithAuthorities {
  /** District key -> where its record starts in `compact`: the only thing read up front. */
  const starts = new Map<string, number>();
  /** The outcode as each record writes it, in record order (the councils are found by it). */
  const written: string[] = [];
  for (let start = 0; start < compact.length;) {
    let end = compact.indexOf(';', start);
    if (end < 0) end = compact.length;
    const comma = compact.indexOf(',', start);
    // A record needs an outcode, a latitude and a longitude (two commas), as parseCompactOutcodes does.
    if (comma > start && comma < end) {
      const second = compact.indexOf(',', comma + 1);
      if (second >= 0 && second < end) {
        const outcode = compact.slice(start, comma);
        starts.set(outcodeKey(outcode), start);
        written.push(outcode);
      }
    }
    start = end + 1;
  }

  const read = new Map<string, ReadRecord>();
  const recordOf = (outcode: string): ReadRecord | undefined => {
    const key = outcodeKey(outcode);
    let record = read.get(key);
    if (record === undefined) {
      const start = starts.get(key);
      if (start === undefined) return undefined;
      record = readRecord(compact, start);
      read.set(key, record);
    }
    return record;
  };

  // Councils by district key, in record order, set as createOutcodeTable sets them; made on first need.
  let authorities: Map<string, string> | undefined;
  const authorityMap = (): Map<string, string> => {
    if (authorities) return authorities;
    const byOutcode = parseCompactAuthorities(compactAuthorities);
    authorities = new Map();
    for (const outcode of written) {
      const authority = byOutcode.get(outcode);
      if (authority) authorities.set(outcodeKey(outcode), authority);
      else authorities.delete(outcodeKey(outcode));
    }
    return authorities;
  };
  /**
   * A district's council. Until something needs every council (a search naming one), it is looked
   * up in the compact text: a first search asks for its own district's only, and building the map
   * for that was most of that search's time.
   */
  const authorityOf = (key: string): string | undefined => {
    if (authorities) return authorities.get(key);
    const start = starts.get(key);
    return start === undefined ? undefined : listedAuthority(compactAuthorities, compact.slice(start, compact.indexOf(',', start)));
  };
  let byAreaKey: Map<string, string[]> | undefined;
  const areaKeysOf = new Map<string, readonly string[]>();
  const index = (): Map<string, string[]> => (byAreaKey ??= districtsByAreaKey(authorityMap()));

  return Object.freeze({
    get: (outcode: string) => recordOf(outcode)?.point,
    town: (outcode: string) => recordOf(outcode)?.town,
    authority: (outcode: string) => authorityOf(outcodeKey(outcode)),
    areaKeys: (outcode: string) => {
      const key = outcodeKey(outcode);
      let keys = areaKeysOf.get(key);
      if (keys === undefined) {
        const authority = authorityOf(key);
        keys = authority === undefined ? [] : [areaNameKey(authority)];
        areaKeysOf.set(key, keys);
      }
      return keys;
    },
    districtsOfAreaKey: (areaKey: string) => index().get(areaKey) ?? [],
    size: starts.size,
  });
}

/** Reads the record at `start`: "OUTCODE,lat,lng[,town]" up to the next ";". */
function readRecord(compact: string, start: number): ReadRecord {
  let end = compact.indexOf(';', start);
  if (end < 0) end = compact.length;
  const first = compact.indexOf(',', start);
  const second = compact.indexOf(',', first + 1);
  let third = compact.indexOf(',', second + 1);
  if (third < 0 || third > end) third = end;
  const lat = Number(compact.slice(first + 1, second));
  const lng = Number(compact.slice(second + 1, third));
  const town = third < end ? compact.slice(third + 1, end) : '';
  return { point: Object.freeze({ lat, lng }), town: town || undefined };
}

/**
 * The council whose group in "Council:OUT1 OUT2;..." lists `outcode` (written as the records write
 * it), the last such group as {@link parseCompactAuthorities} keeps it; undefined when none does.
 */
function listedAuthority(compactAuthorities: string, outcode: string): string | undefined {
  if (outcode === '') return undefined;
  for (let at = compactAuthorities.lastIndexOf(outcode); at >= 0; at = at > 0 ? compactAuthorities.lastIndexOf(outcode, at - 1) : -1) {
    const before = at > 0 ? compactAuthorities.charCodeAt(at - 1) : -1;
    const after = at + outcode.length < compactAuthorities.length ? compactAuthorities.charCodeAt(at + outcode.length) : SEMICOLON;
    if ((before !== COLON && before !== SPACE) || (after !== SPACE && after !== SEMICOLON)) continue;
    // In the group's list of districts (after its last colon), and the group has a name.
    const groupStart = compactAuthorities.lastIndexOf(';', at) + 1;
    let groupEnd = compactAuthorities.indexOf(';', at);
    if (groupEnd < 0) groupEnd = compactAuthorities.length;
    const colon = compactAuthorities.lastIndexOf(':', groupEnd - 1);
    if (colon >= at || colon <= groupStart) continue;
    return compactAuthorities.slice(groupStart, colon);
  }
  return undefined;
}

const COLON = 58;
const SPACE = 32;
const SEMICOLON = 59;
