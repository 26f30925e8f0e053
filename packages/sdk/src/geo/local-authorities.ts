/**
 * Local authorities (county and unitary councils) per postcode district, so a council name
 * used as a service area ("South Gloucestershire", "Bristol City Council") covers that
 * council's districts. The names come from the `region` column of the bundled outcode CSV
 * (gibbs/uk-postcodes, 2017: see packages/sdk/data/uk-outcodes/PROVENANCE.md); a district
 * that crosses a boundary is listed under one council only.
 */
import type { OutcodeTable } from '../types.ts';
import { townKeyOf } from './coverage.ts';

/** An outcode table that also knows each district's local authority. */
export interface OutcodeTableWithAuthorities extends OutcodeTable {
  /** Local authority of a district as the data names it, e.g. "South Gloucestershire" for BS16. */
  authority(outcode: string): string | undefined;
  /** Keys (see {@link areaNameKey}) under which an area name covers this district: its council's name and short forms. */
  areaKeys(outcode: string): readonly string[];
  /** Districts of the council whose name has this key. */
  districtsOfAreaKey(key: string): readonly string[];
}

const COUNCIL_WORDS =
  /\b(?:(?:metropolitan |royal )?borough|county|city|district|unitary)?\s*council\b|\b(?:city|county|royal borough|borough|metropolitan borough) of\b|\bthe\b/g;

/**
 * "Bristol City Council", "City of Bristol" and "bristol" share the key "bristol";
 * "Buckinghamshire Council" and "Buckinghamshire" share "buckinghamshire". "Aberdeen City" -> "aberdeen".
 */
export function areaNameKey(name: string): string {
  const key = townKeyOf(name.replace(/&/g, ' and '))
    .replace(COUNCIL_WORDS, ' ')
    .replace(/\s+city$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return key === '' ? townKeyOf(name) : key;
}

/** The districts under each council's {@link areaNameKey}, from (district key, council name) pairs: how a table answers `districtsOfAreaKey`. */
export function districtsByAreaKey(authorities: Iterable<readonly [string, string]>): Map<string, string[]> {
  const byAreaKey = new Map<string, string[]>();
  for (const [outcode, authority] of authorities) {
    const key = areaNameKey(authority);
    const list = byAreaKey.get(key) ?? [];
    list.push(outcode);
    byAreaKey.set(key, list);
  }
  return byAreaKey;
}

export function hasAuthorities(table: OutcodeTable | undefined): table is OutcodeTableWithAuthorities {
  return typeof (table as Partial<OutcodeTableWithAuthorities> | undefined)?.districtsOfAreaKey === 'function';
}

/**
 * The postcode districts a council or county name covers ("South Gloucestershire" ->
 * ["BS15", "BS16", ...]); [] when the name is no council the table knows, or the table
 * has no authority column.
 */
export function districtsForAreaName(table: OutcodeTable | undefined, name: string): string[] {
  return hasAuthorities(table) ? [...table.districtsOfAreaKey(areaNameKey(name))] : [];
}

/** Parses "Name:OUT1 OUT2;Name:..." (written by scripts/build-outcodes.mjs) into outcode -> authority. */
export function parseCompactAuthorities(compact: string): Map<string, string> {
  const byOutcode = new Map<string, string>();
  for (const group of compact.split(';')) {
    const colon = group.lastIndexOf(':');
    if (colon <= 0) continue;
    const name = group.slice(0, colon);
    for (const outcode of group.slice(colon + 1).split(' ')) if (outcode !== '') byOutcode.set(outcode, name);
  }
  return byOutcode;
}
