#!/usr/bin/env node
/**
 * Builds the SDK's compact outcode (postcode district) table:
 *   packages/sdk/src/geo/outcodes-data-packed.ts (packed: geo/outcodes-data-unpack.ts reads it; postcode searches)
 *   packages/sdk/src/geo/outcodes-data.ts (the same table as text: tests and the round-trip check)
 *
 * Default source: packages/sdk/data/uk-outcodes/postcodes.csv (gibbs/uk-postcodes, CC0).
 *
 *   node scripts/build-outcodes.mjs
 *
 * Refresh from an ONS Postcode Directory (ONSPD) or NSPL extract: a CSV with
 * `pcd` (or `pcds`), `lat` and `long` columns. Each outcode's centroid is the
 * mean of its live postcodes (rows with a `doterm` are skipped, as are rows
 * with no grid reference, which ONSPD marks lat 99.999999). Towns are kept
 * from the bundled CSV where the district exists there.
 *
 *   node scripts/build-outcodes.mjs --onspd ONSPD_FEB_2026_UK.csv --date 2026-02 [--exclude-bt]
 *
 * `--exclude-bt` leaves out Northern Ireland (BT): ONSPD's NI data is licensed
 * separately for commercial use (see docs/geography.md).
 *
 * `--no-towns` leaves the town names out (about 12 kB gzip instead of 22 kB);
 * towns listed in providers' `areas` then never match (districts still do).
 *
 * Plain Node 20, no dependencies. Prints the table's raw and gzip sizes.
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLED_CSV = resolve(root, 'packages/sdk/data/uk-outcodes/postcodes.csv');
const OUTPUT = resolve(root, 'packages/sdk/src/geo/outcodes-data-packed.ts');
const TEXT_OUTPUT = resolve(root, 'packages/sdk/src/geo/outcodes-data.ts');
const DECIMALS = 3; // ~110 m: far finer than a district centroid is accurate to.

/** Known spreadsheet damage in the upstream town column, corrected here so the source file stays unmodified. */
const TOWN_CORRECTIONS = { JE3: 'St Ouen' };

const BUNDLED_SOURCE = {
  source: 'gibbs/uk-postcodes postcodes.csv, commit e770814e026516095d657ed492f088eef1520972',
  date: '2017-11-02',
  licence: 'CC0-1.0',
  attribution: [],
};
const ONSPD_ATTRIBUTION = (year) => [
  `Contains OS data © Crown copyright and database right ${year}`,
  `Contains Royal Mail data © Royal Mail copyright and database right ${year}`,
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
];

const { values: args } = parseArgs({
  options: {
    onspd: { type: 'string' },
    date: { type: 'string' },
    'exclude-bt': { type: 'boolean', default: false },
    'no-towns': { type: 'boolean', default: false },
    out: { type: 'string', default: OUTPUT },
    text: { type: 'string', default: TEXT_OUTPUT },
  },
});

/** Splits one CSV line, honouring double-quoted fields ("Douglas, Braddan") and "" escapes. */
function splitCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (fields.push(field), (field = ''));
    else field += c;
  }
  fields.push(field);
  return fields;
}

/** Streams a CSV file as objects keyed by its (lower-cased) header. */
async function* readCsv(file) {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let header;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const fields = splitCsvLine(line);
    if (!header) header = fields.map((h) => h.trim().toLowerCase());
    else yield Object.fromEntries(header.map((h, i) => [h, fields[i] ?? '']));
  }
}

/** Bundled CSV -> Map outcode -> { lat, lng, town, country }. */
async function readBundled() {
  const table = new Map();
  for await (const row of readCsv(BUNDLED_CSV)) {
    const outcode = row.postcode.trim().toUpperCase();
    table.set(outcode, {
      lat: Number(row.latitude),
      lng: Number(row.longitude),
      town: TOWN_CORRECTIONS[outcode] ?? row.town.trim(),
      authority: row.region.trim(),
      country: row.country_string.trim() || row.country.trim(),
    });
  }
  return table;
}

/** ONSPD/NSPL extract -> Map outcode -> mean { lat, lng } over live postcodes. */
async function readOnspd(file, towns) {
  const sums = new Map();
  for await (const row of readCsv(file)) {
    const pcd = (row.pcd ?? row.pcds ?? '').toUpperCase();
    const lat = Number(row.lat);
    const lng = Number(row.long);
    if (pcd.length < 5 || (row.doterm ?? '').trim() !== '') continue;
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || lat > 90) continue; // 99.999999 = no grid reference
    const outcode = pcd.slice(0, -3).trim(); // the inward code is always the last 3 characters
    const sum = sums.get(outcode) ?? { lat: 0, lng: 0, n: 0 };
    sum.lat += lat;
    sum.lng += lng;
    sum.n += 1;
    sums.set(outcode, sum);
  }
  const table = new Map();
  for (const [outcode, { lat, lng, n }] of sums) {
    const known = towns.get(outcode);
    table.set(outcode, {
      lat: lat / n,
      lng: lng / n,
      town: known?.town ?? '',
      authority: known?.authority ?? '',
      country: known?.country ?? 'unknown',
    });
  }
  return table;
}

const round = (x) => String(Number(x.toFixed(DECIMALS)));

/** "AB10,57.135,-2.117,Aberdeen;AB11,..." - the town (optional) is everything after the third comma: it may contain commas. */
function compact(table) {
  return [...table.keys()]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((outcode) => {
      const { lat, lng, town } = table.get(outcode);
      const name = args['no-towns'] ? '' : town.replace(/;/g, ' ');
      return [outcode, round(lat), round(lng), ...(name ? [name] : [])].join(',');
    })
    .join(';');
}

/** "Aberdeen City:AB10 AB11 ...;Angus:DD8 ..." - districts grouped by local authority (the CSV's `region` column). */
function authorities(table) {
  const groups = new Map();
  for (const [outcode, { authority }] of table) {
    if (!authority) continue;
    const name = authority.replace(/[;:]/g, ' ');
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(outcode);
  }
  return [...groups.keys()]
    .sort((a, b) => a.localeCompare(b, 'en'))
    .map(
      (name) =>
        `${name}:${groups
          .get(name)
          .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
          .join(' ')}`,
    )
    .join(';');
}

/**
 * Digits of packed numbers (as geo/outcodes-data-unpack.ts reads them): 5 bits a character, lowest
 * first, every character but the last from the second 32.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

function packNumber(n) {
  // The reader shifts bits: 30 bits at most.
  if (!Number.isSafeInteger(n) || n < 0 || n >= 2 ** 30) throw new Error(`build-outcodes: cannot pack ${n}`);
  let text = '';
  for (; n >= 32; n = Math.floor(n / 32)) text += DIGITS[32 + (n % 32)];
  return text + DIGITS[n];
}

/** Where each area's first district is measured from, in thousandths of a degree: 54° N, 3° W. */
const ORIGIN = [54000, -3000];
const zigzag = (n) => (n < 0 ? -2 * n - 1 : 2 * n);
const unzigzag = (n) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);

/**
 * The compact text (compact() and authorities()) as the columns geo/outcodes-data-unpack.ts reads:
 * district codes as runs per area, coordinates as differences in thousandths, towns, councils by number.
 */
function pack(compactText, councilText) {
  const records = compactText.split(';').map((record) => {
    const [outcode, lat, lng, ...town] = record.split(',');
    return { outcode, lat: Math.round(Number(lat) * 1000), lng: Math.round(Number(lng) * 1000), town: town.join(',') };
  });
  const areas = [];
  for (const record of records) {
    const match = /^([A-Z]+)(\d+[A-Z]?)$/.exec(record.outcode);
    if (!match) throw new Error(`build-outcodes: cannot pack the district ${record.outcode}`);
    if (areas.at(-1)?.letters !== match[1]) {
      if (areas.some((area) => area.letters === match[1])) throw new Error(`build-outcodes: the ${match[1]} districts are not together`);
      areas.push({ letters: match[1], endings: [], records: [] });
    }
    areas.at(-1).endings.push(match[2]);
    areas.at(-1).records.push(record);
  }
  if (records.some((record) => record.town.includes('|'))) throw new Error('build-outcodes: a town name holds "|", which separates areas');
  const isNumber = (ending) => /^\d+$/.test(ending);
  const codes = areas.map(({ letters, endings }) => {
    const written = [];
    for (let i = 0; i < endings.length; i++) {
      let last = i;
      if (isNumber(endings[i]) && String(Number(endings[i])) === endings[i]) {
        while (last + 1 < endings.length && isNumber(endings[last + 1]) && endings[last + 1] === String(Number(endings[last]) + 1)) last++;
      }
      written.push(last > i ? `${endings[i]}-${endings[last]}` : endings[i]);
      i = last;
    }
    return letters + written.join(' ');
  });
  // Each area on its own, so a search reads only the areas it needs: its first district from the
  // origin, the others from the district before.
  const coordinates = areas.map((area) => {
    let [lat, lng] = ORIGIN;
    let text = '';
    for (const record of area.records) {
      text += packNumber(zigzag(record.lat - lat)) + packNumber(zigzag(record.lng - lng));
      ({ lat, lng } = record);
    }
    return text;
  });
  const groups = councilText.split(';').map((group) => {
    const colon = group.lastIndexOf(':');
    return { name: group.slice(0, colon), outcodes: group.slice(colon + 1).split(' ') };
  });
  const councilOf = new Map();
  groups.forEach(({ outcodes }, i) => outcodes.forEach((outcode) => councilOf.set(outcode, i + 1)));
  return {
    codes: codes.join(';'),
    coordinates: coordinates.join(';'),
    towns: areas.map((area) => area.records.map((record) => record.town).join(';')).join('|'),
    councils: groups.map((group) => group.name).join(';'),
    councilOf: areas.map((area) => area.records.map((record) => packNumber(councilOf.get(record.outcode) ?? 0)).join('')).join(';'),
  };
}

/** pack() undone, as geo/outcodes-data-unpack.ts does it (written out again: this script runs on plain Node). */
function unpack(packed) {
  const readNumbers = (text) => {
    const values = [];
    let value = 0;
    let scale = 1;
    for (const char of text) {
      const digit = DIGITS.indexOf(char);
      if (digit >= 32) ((value += (digit - 32) * scale), (scale *= 32));
      else (values.push(value + digit * scale), (value = 0), (scale = 1));
    }
    return values;
  };
  const coordinates = packed.coordinates.split(';');
  const towns = packed.towns.split('|');
  const councilOf = packed.councilOf.split(';');
  const councils = packed.councils.split(';');
  const groups = councils.map(() => []);
  const records = packed.codes.split(';').flatMap((area, a) => {
    const [, letters, endings] = /^([A-Z]*)(.*)$/.exec(area);
    const codes = endings.split(' ').flatMap((ending) => {
      const [from, to] = ending.split('-');
      if (to === undefined) return [letters + ending];
      return Array.from({ length: Number(to) - Number(from) + 1 }, (_, k) => letters + (Number(from) + k));
    });
    const steps = readNumbers(coordinates[a]);
    const areaTowns = towns[a].split(';');
    const areaCouncils = readNumbers(councilOf[a]);
    let [lat, lng] = ORIGIN;
    return codes.map((outcode, i) => {
      lat += unzigzag(steps[2 * i]);
      lng += unzigzag(steps[2 * i + 1]);
      if (areaCouncils[i] > 0) groups[areaCouncils[i] - 1].push(outcode);
      return `${outcode},${lat / 1000},${lng / 1000}${areaTowns[i] ? `,${areaTowns[i]}` : ''}`;
    });
  });
  return { outcodes: records.join(';'), authorities: councils.map((name, i) => `${name}:${groups[i].join(' ')}`).join(';') };
}

const bundled = await readBundled();
let table = args.onspd ? await readOnspd(resolve(args.onspd), bundled) : bundled;
if (args['exclude-bt']) table = new Map([...table].filter(([outcode]) => !/^BT\d/.test(outcode)));

const year = (args.date ?? new Date().toISOString()).slice(0, 4);
const meta = args.onspd
  ? {
      source: `ONS Postcode Directory extract ${basename(args.onspd)}; towns from ${BUNDLED_SOURCE.source}`,
      date: args.date ?? new Date().toISOString().slice(0, 10),
      licence: 'OGL-UK-3.0',
      attribution: ONSPD_ATTRIBUTION(year),
    }
  : { ...BUNDLED_SOURCE, ...(args.date ? { date: args.date } : {}) };
const data = compact(table);
const councilGroups = authorities(table);
const packed = pack(data, councilGroups);
// The module holds the packed columns; geo/outcodes-data-unpack.ts turns them back into this very text.
const unpacked = unpack(packed);
if (unpacked.outcodes !== data || unpacked.authorities !== councilGroups) {
  throw new Error('build-outcodes: the packed table does not unpack to the compact text; fix pack() or unpack()');
}

/** A string literal as Prettier writes it (single quotes unless the text has more of them than double quotes). */
function quote(text) {
  const singles = text.split("'").length - 1;
  const doubles = text.split('"').length - 1;
  if (singles > doubles) return JSON.stringify(text);
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
/** `start value end` on one line, or the value on the next when the line would pass Prettier's 140 columns. */
const fit = (start, value, end, indent = '  ') =>
  `${start} ${value}${end}`.length <= 140 ? `${start} ${value}${end}` : `${start}\n${indent}${value}${end}`;
const attribution = meta.attribution.length === 0 ? '[]' : `[\n${meta.attribution.map((line) => `  ${quote(line)},\n`).join('')}]`;

const textModule = `// Generated by scripts/build-outcodes.mjs. Do not edit: re-run the script (see docs/geography.md).
// The table as text, for tests. Postcode searches and "use my location" load
// the same table packed instead (outcodes-data-packed.ts, about half the bytes): see docs/geography.md.

/** Where the centroids came from. */
export const OUTCODES_SOURCE = ${JSON.stringify(meta.source)};
/** Date of the source data. */
export const OUTCODES_DATE = ${JSON.stringify(meta.date)};
/** SPDX-style licence of the source data. */
export const OUTCODES_LICENCE = ${JSON.stringify(meta.licence)};
/** Attribution lines the licence asks to be shown (none for CC0). */
export const OUTCODES_ATTRIBUTION: readonly string[] = ${JSON.stringify(meta.attribution)};
/** Number of districts in {@link OUTCODES}. */
export const OUTCODES_COUNT = ${table.size};
/** "OUTCODE,lat,lng[,town]" records joined by ";", lat/lng at ${DECIMALS} decimal places. The town may contain commas. */
export const OUTCODES =
  ${JSON.stringify(data)};
/** Local authority (county or unitary council, as the source's \`region\` column names it) of each district: "Name:OUT1 OUT2;Name:...". */
export const OUTCODE_AUTHORITIES =
  ${JSON.stringify(councilGroups)};
`;

const packedModule = `// Generated by scripts/build-outcodes.mjs. Do not edit: re-run the script (see docs/geography.md).
// Loaded lazily (outcodes.ts, from-coordinates.ts) so it becomes its own chunk, fetched only for a postcode search or "use my location".
import type { PackedOutcodes } from './outcodes-data-unpack.ts';

// The readers travel with the data, so this chunk is the only one that has them: a module that the
// engine and this chunk both imported would become a third chunk, one more request before either ran.
export { readArea, splitAreas } from './outcodes-data-unpack.ts';

/** Where the centroids came from. */
${fit('export const OUTCODES_SOURCE =', quote(meta.source), ';')}
/** Date of the source data. */
${fit('export const OUTCODES_DATE =', quote(meta.date), ';')}
/** SPDX-style licence of the source data. */
${fit('export const OUTCODES_LICENCE =', quote(meta.licence), ';')}
/** Attribution lines the licence asks to be shown (none for CC0). */
export const OUTCODES_ATTRIBUTION: readonly string[] = ${attribution};
/** Number of districts in the table. */
export const OUTCODES_COUNT = ${table.size};

/** The table packed (see outcodes-data-unpack.ts): about half the bytes of it as text. loadOutcodeTable() reads these. */
export const PACKED_OUTCODES: PackedOutcodes = {
${fit('  codes:', quote(packed.codes), ',', '    ')}
${fit('  coordinates:', quote(packed.coordinates), ',', '    ')}
${fit('  towns:', quote(packed.towns), ',', '    ')}
${fit('  councils:', quote(packed.councils), ',', '    ')}
${fit('  councilOf:', quote(packed.councilOf), ',', '    ')}
};
`;
writeFileSync(args.out, packedModule);
writeFileSync(args.text, textModule);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const byCountry = {};
for (const { country } of table.values()) byCountry[country] = (byCountry[country] ?? 0) + 1;
console.log(`Wrote ${relative(root, args.out)} and ${relative(root, args.text)}: ${table.size} outcodes`);
console.log(`  table string: ${kb(Buffer.byteLength(data))} raw, ${kb(gzipSync(data, { level: 9 }).length)} gzip`);
console.log(`  packed module: ${kb(Buffer.byteLength(packedModule))} raw, ${kb(gzipSync(packedModule, { level: 9 }).length)} gzip`);
console.log(`  text module: ${kb(Buffer.byteLength(textModule))} raw, ${kb(gzipSync(textModule, { level: 9 }).length)} gzip`);
console.log(
  `  by country: ${Object.entries(byCountry)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')}`,
);
