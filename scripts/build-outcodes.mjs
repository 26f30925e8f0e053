#!/usr/bin/env node
/**
 * Builds the SDK's compact outcode (postcode district) table:
 *   packages/sdk/src/geo/outcodes-data.ts
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
 * `--no-towns` leaves the town names out (about 22 kB gzip instead of 32 kB);
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
const OUTPUT = resolve(root, 'packages/sdk/src/geo/outcodes-data.ts');
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

const module = `// Generated by scripts/build-outcodes.mjs. Do not edit: re-run the script (see docs/geography.md).
// Loaded lazily by outcodes.ts so it becomes its own chunk, fetched only for a postcode search.

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
  ${JSON.stringify(authorities(table))};
`;
writeFileSync(args.out, module);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const byCountry = {};
for (const { country } of table.values()) byCountry[country] = (byCountry[country] ?? 0) + 1;
console.log(`Wrote ${relative(root, args.out)}: ${table.size} outcodes`);
console.log(`  table string: ${kb(Buffer.byteLength(data))} raw, ${kb(gzipSync(data, { level: 9 }).length)} gzip`);
console.log(`  whole module: ${kb(Buffer.byteLength(module))} raw, ${kb(gzipSync(module, { level: 9 }).length)} gzip`);
console.log(
  `  by country: ${Object.entries(byCountry)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')}`,
);
