/**
 * Generates the fictional sample feed (micro-provider-feed/1): community micro-providers around
 * Somerset and in Powys. Deterministic: the same options always give the same feed, so the demo,
 * tests and benchmarks can rely on it. Plain Node/browser ESM with no dependencies.
 *
 * Nothing here describes a real provider: names, people, phone numbers (Ofcom drama ranges),
 * email domains (example.org / .test), street addresses and full postcodes (inward code "nXX")
 * are all invented. Only the postcode districts and their centroids are real.
 */
import { createRandom } from './random.mjs';
import { SOMERSET, POWYS, WELSH_PLACES, nearestDistricts } from './districts.mjs';
import { SUPPORT, WHO_FOR_LINES, CLOSERS, COST_NOTES, HOURS_TEXT } from './support-types.mjs';
import {
  FIRST_NAMES,
  WELSH_FIRST_NAMES,
  SURNAMES,
  WELSH_SURNAMES,
  QUIRKS,
  WELSH_QUIRKS,
  STREET_WORDS,
  STREET_TYPES,
  WELSH_STREETS,
  VENUES,
  WELSH_VENUES,
  slugify,
} from './names.mjs';

/** The feed format this generator writes. */
export const FEED_FORMAT = 'micro-provider-feed/1';
/** Fixed "generated" time: never now(), or the output would change on every run. */
export const GENERATED = '2026-11-20T09:00:00.000Z';
/** Publisher name: says plainly that the data is fictional. */
export const PUBLISHER_NAME = 'Fictional sample data for micro-provider-finder (not real providers)';
/** Who "checked" the fictional records. */
export const CHECKED_BY = 'Fictional Community Connect team';

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const EXTRA_LANGUAGES = ['pl', 'ro', 'pt', 'bg', 'lt', 'bfi', 'pa', 'ur'];

const REGIONS = {
  somerset: { districts: SOMERSET, regulator: 'CQC', welsh: false, prefix: 'som' },
  powys: { districts: POWYS, regulator: 'CIW', welsh: true, prefix: 'pow' },
};

/**
 * Generates a sample feed object.
 * @param {{seed?: string, somerset?: number, powys?: number, total?: number}} [options]
 *   `total` scales the Somerset/Powys counts proportionally (for benchmarks: 1,000 / 10,000 / 100,000).
 * @returns {{format: string, publisher: {name: string, url: string, email: string}, generated: string, licence: string, providers: object[]}}
 */
export function generateFeed({ seed = 'mpf-sample-1', somerset = 450, powys = 30, total } = {}) {
  const counts = total === undefined ? { somerset, powys } : scaleCounts(total, somerset, powys);
  const rnd = createRandom(seed);
  /** name -> highest number used with it (see uniqueName) */
  const usedNames = new Map();
  const width = Math.max(4, String(Math.max(counts.somerset, counts.powys)).length);
  const providers = [];
  for (const key of /** @type {const} */ (['somerset', 'powys'])) {
    const region = REGIONS[key];
    for (let i = 1; i <= counts[key]; i++) {
      const id = `${region.prefix}-${String(i).padStart(width, '0')}`;
      providers.push(makeProvider(rnd, region, id, usedNames));
    }
  }
  return {
    format: FEED_FORMAT,
    publisher: {
      name: PUBLISHER_NAME,
      url: 'https://example.org/micro-provider-finder/sample-feed',
      email: 'sample-feed@example.org',
    },
    generated: GENERATED,
    licence: 'CC0-1.0',
    providers,
  };
}

/**
 * Serialises a feed the one way the repository stores it: 2-space JSON with short arrays and
 * opening-hours entries kept on one line (readable, and about a third smaller), trailing newline.
 */
export function serialiseFeed(feed) {
  const pretty = JSON.stringify(feed, null, 2)
    // ["a", "b"] and {"day": ..., "opens": ..., "closes": ...} on one line
    .replace(
      /\[\n\s*((?:"(?:[^"\\]|\\.)*"|-?[\d.]+)(?:,\n\s*(?:"(?:[^"\\]|\\.)*"|-?[\d.]+))*)\n\s*\]/g,
      (_, items) => `[${items.replace(/,\n\s*/g, ', ')}]`,
    )
    .replace(/\{\n\s*("day": "\w+"),\n\s*("opens": "[\d:]+"),\n\s*("closes": "[\d:]+")\n\s*\}/g, '{ $1, $2, $3 }');
  return `${pretty}\n`;
}

/** Splits `total` in the same Somerset:Powys proportion as the defaults. */
function scaleCounts(total, somerset, powys) {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number, got ${total}`);
  const s = Math.round((total * somerset) / (somerset + powys));
  return { somerset: s, powys: total - s };
}

/** An ISO date (YYYY-MM-DD) `days` before the generated time. */
function daysBefore(days) {
  return new Date(Date.parse(GENERATED) - days * DAY_MS).toISOString().slice(0, 10);
}

/** Copies `obj` without undefined values, keeping key order (so output is stable and tidy). */
function compact(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

function makeProvider(rnd, region, id, usedNames) {
  const district = rnd.weighted(region.districts.map((d) => [d, d.weight]));
  const primary = rnd.weighted(Object.entries(SUPPORT).map(([type, s]) => [type, s.weight]));
  const spec = SUPPORT[primary];
  const secondary = rnd.sample(
    spec.also,
    rnd.weighted([
      [0, 45],
      [1, 40],
      [2, 15],
    ]),
  );
  const support = [primary, ...secondary];
  const size = rnd.chance(0.58) ? 1 : rnd.int(2, 5);
  const welshNamed = region.welsh && rnd.chance(0.45);
  const speaksWelsh = welshNamed || (region.welsh && rnd.chance(0.35));

  const person = {
    first: rnd.pick(region.welsh ? [...WELSH_FIRST_NAMES, ...FIRST_NAMES.slice(0, 6)] : FIRST_NAMES),
    surname: rnd.pick(region.welsh ? WELSH_SURNAMES : SURNAMES),
  };
  const name = uniqueName(rnd, usedNames, () => makeName(rnd, spec, district, person.first, size, welshNamed), district.town);
  const where = spec.model === 'mixed' ? rnd.pick(['home', 'venue']) : spec.model;
  const base =
    where === 'venue'
      ? 'venue'
      : rnd.weighted([
          ['private', 55],
          ['areas-only', 35],
          ['office', 10],
        ]);
  const delivery = makeDelivery(rnd, where, primary);
  const location = makeLocation(rnd, base, district, region);
  const { areas, radiusMiles } = makeCoverage(rnd, base, district, region);
  const whoFor = pickWeightedDistinct(
    rnd,
    spec.whoFor,
    rnd.weighted([
      [1, 40],
      [2, 40],
      [3, 20],
    ]),
  );
  const cost = makeCost(rnd, spec, district.town);
  const payment = cost?.free ? undefined : makePayment(rnd, support);
  const takingNewClients = rnd.weighted([
    [true, 55],
    [false, 30],
    [undefined, 15],
  ]);
  const capacityUpdated = takingNewClients === undefined ? undefined : daysBefore(rnd.int(3, 100));
  const { hours, hoursText } = makeHours(rnd, base, primary);
  const languages = makeLanguages(rnd, region, speaksWelsh, welshNamed);
  const contact = makeContact(rnd, person, name);
  const quality = makeQuality(rnd, region, support, size);
  const updatedDays = rnd.int(0, Math.min(daysSince(quality.lastChecked), 120));
  const text = describe(rnd, { spec, secondary, whoFor, size, base, location, district, speaksWelsh });

  return compact({
    id,
    name,
    summary: text.summary,
    description: text.description,
    support,
    whoFor,
    delivery,
    location,
    areas,
    radiusMiles,
    takingNewClients,
    capacityUpdated,
    cost,
    payment,
    contact,
    hours,
    hoursText,
    languages,
    quality,
    size: rnd.chance(0.9) ? size : undefined,
    updated: daysBefore(updatedDays),
  });
}

function daysSince(isoDate) {
  return Math.round((Date.parse(GENERATED) - Date.parse(`${isoDate}T09:00:00.000Z`)) / DAY_MS);
}

/** Retries a few times for a fresh name; after that numbers it, so huge benchmark feeds stay fast. */
function uniqueName(rnd, used, make, town) {
  let name = make();
  for (let tries = 0; used.has(name) && tries < 8; tries++) name = make();
  if (used.has(name)) {
    const base = `${name} (${town})`;
    let n = (used.get(base) ?? 1) + (used.has(base) ? 1 : 0);
    name = n === 1 ? base : `${base} ${n}`;
    while (used.has(name)) name = `${base} ${++n}`;
    used.set(base, n);
  }
  used.set(name, used.get(name) ?? 1);
  return name;
}

function makeName(rnd, spec, district, first, size, welshNamed) {
  const service = rnd.pick(spec.names);
  const place = rnd.pick(district.places);
  if (welshNamed) {
    const welshService = rnd.pick(spec.welsh);
    const quirk = rnd.pick(WELSH_QUIRKS);
    return rnd.weighted([
      [`${welshService} ${rnd.pick(WELSH_PLACES[district.code] ?? ['Cwm Gwy'])}`, 30],
      [`${welshService}${/[aeiouwy]$/.test(welshService) ? "'r" : ' y'} ${quirk}`, 40],
      [`${quirk} ${place} ${service}`, 30],
    ]);
  }
  const [q1, q2] = rnd.sample(QUIRKS, 2);
  return rnd.weighted([
    [`${first}'s ${q1} ${service}`, size === 1 ? 35 : 10],
    [`${place} ${q1} ${service}`, 35],
    [`${q1} and ${q2} ${service}`, 15],
    [`The ${q1} ${service}`, 15],
  ]);
}

function makeDelivery(rnd, where, primary) {
  if (where === 'venue') return ['venue'];
  if (where === 'remote') {
    const modes = rnd.sample(['phone', 'online'], rnd.int(1, 2));
    if (rnd.chance(0.5)) modes.unshift('home-visit');
    return ['home-visit', 'venue', 'phone', 'online'].filter((m) => modes.includes(m));
  }
  const phone = rnd.chance(primary === 'befriending' || primary === 'carers-support' ? 0.4 : 0.1);
  return phone ? ['home-visit', 'phone'] : ['home-visit'];
}

function jitter(rnd, district) {
  const km = 2 * Math.sqrt(rnd.next());
  const angle = 2 * Math.PI * rnd.next();
  const lat = district.lat + (km * Math.sin(angle)) / 111.32;
  const lng = district.lng + (km * Math.cos(angle)) / (111.32 * Math.cos((district.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e5) / 1e5, lng: Math.round(lng * 1e5) / 1e5 };
}

/** A fictional full postcode in a real district: inward codes end in "XX". */
function fictionalPostcode(rnd, district) {
  return `${district.code} ${rnd.int(1, 9)}XX`;
}

function street(rnd, region) {
  if (region.welsh && rnd.chance(0.5)) return `${rnd.int(1, 40)} ${rnd.pick(WELSH_STREETS)}`;
  return `${rnd.int(1, 60)} ${rnd.pick(STREET_WORDS)} ${rnd.pick(STREET_TYPES)}`;
}

function makeLocation(rnd, base, district, region) {
  if (base === 'areas-only') return undefined;
  const postcode = fictionalPostcode(rnd, district);
  const { lat, lng } = jitter(rnd, district);
  if (base === 'venue') {
    const venue = region.welsh && rnd.chance(0.5) ? rnd.pick(WELSH_VENUES) : rnd.pick(VENUES);
    return { address: `${venue}, ${street(rnd, region)}`, town: district.town, postcode, lat, lng };
  }
  if (base === 'office') {
    return { address: `Unit ${rnd.int(1, 12)}, ${rnd.pick(QUIRKS)} Yard`, town: district.town, postcode, lat, lng };
  }
  // Run from someone's home: the street address is in the feed but must never be displayed.
  return { address: street(rnd, region), town: district.town, postcode, lat, lng, private: true };
}

function makeCoverage(rnd, base, district, region) {
  const nearby = (max) => nearestCodes(district, region.districts).slice(0, rnd.int(0, max));
  if (base === 'venue') return { areas: undefined, radiusMiles: undefined };
  if (base === 'areas-only') {
    const codes = [district.code, ...nearby(4)];
    const withTown = rnd.chance(0.3) && !codes.includes(district.town) ? [district.town] : [];
    return { areas: [...new Set([...codes, ...withTown])], radiusMiles: undefined };
  }
  const style = rnd.weighted([
    ['areas', 45],
    ['radius', 35],
    ['both', 20],
  ]);
  // Rural Powys districts are large and sparse: providers there travel much further than in Somerset.
  const radii = region.welsh ? [10, 15, 15, 20, 25, 30] : [3, 5, 5, 8, 10, 10, 15, 20];
  return {
    areas: style === 'radius' ? undefined : [district.code, ...nearby(region.welsh ? 5 : 3)],
    radiusMiles: style === 'areas' ? undefined : rnd.pick(radii),
  };
}

const nearestCache = new Map();
/** Codes of the districts nearest to `district`, nearest first (cached: benchmarks make 100,000 records). */
function nearestCodes(district, all) {
  let codes = nearestCache.get(district.code);
  if (!codes) {
    codes = nearestDistricts(district, all, all.length).map((d) => d.code);
    nearestCache.set(district.code, codes);
  }
  return codes;
}

function pickWeightedDistinct(rnd, pairs, count) {
  const chosen = [];
  let left = pairs;
  while (chosen.length < count && left.length > 0) {
    const value = rnd.weighted(left);
    chosen.push(value);
    left = left.filter(([v]) => v !== value);
  }
  return chosen;
}

function makeCost(rnd, spec, town) {
  if (rnd.chance(0.05)) return undefined;
  if (rnd.chance(spec.cost.free)) return compact({ free: true, text: rnd.chance(0.3) ? 'Donations welcome.' : undefined });
  if (rnd.chance(0.04)) return { text: 'Prices on request: please ask.' };
  const fromGBP = rnd.int(spec.cost.min * 2, spec.cost.max * 2) / 2;
  const note = rnd.chance(0.25) ? rnd.pick(COST_NOTES).replace('{town}', town) : undefined;
  return compact({ fromGBP, per: rnd.pick(spec.cost.per), text: note });
}

function makePayment(rnd, support) {
  const councilLikely = support.some((s) => ['day-activities', 'short-breaks', 'personal-care'].includes(s));
  const healthLikely = support.some((s) => ['personal-care', 'recovery-support'].includes(s));
  const routes = [];
  if (rnd.chance(0.65)) routes.push('direct-payment');
  if (rnd.chance(0.3)) routes.push('personal-budget');
  if (rnd.chance(0.85)) routes.push('self-funded');
  if (rnd.chance(councilLikely ? 0.4 : 0.1)) routes.push('council-funded');
  if (healthLikely && rnd.chance(0.15)) routes.push('nhs-funded');
  return routes.length > 0 ? routes : ['self-funded'];
}

function timeSlot(rnd, primary) {
  if (primary === 'lunch-clubs')
    return rnd.pick([
      ['11:30', '13:30'],
      ['12:00', '14:00'],
      ['12:00', '13:30'],
    ]);
  if (primary === 'day-activities' || primary === 'short-breaks')
    return rnd.pick([
      ['09:30', '15:30'],
      ['10:00', '15:00'],
      ['10:00', '16:00'],
    ]);
  return rnd.pick([
    ['10:00', '12:00'],
    ['10:30', '12:30'],
    ['14:00', '16:00'],
    ['13:30', '15:30'],
    ['18:30', '20:30'],
  ]);
}

function makeHours(rnd, base, primary) {
  if (base !== 'venue') return { hours: undefined, hoursText: rnd.chance(0.6) ? rnd.pick(HOURS_TEXT) : undefined };
  const weekdays = WEEK.slice(0, 5);
  const longDays = primary === 'day-activities' || primary === 'short-breaks';
  const days = longDays ? rnd.sample(weekdays, rnd.int(2, 5)) : rnd.sample(rnd.chance(0.15) ? WEEK.slice(0, 6) : weekdays, rnd.int(1, 2));
  const [opens, closes] = timeSlot(rnd, primary);
  const hours = WEEK.filter((d) => days.includes(d)).map((day) => ({ day, opens, closes }));
  const monthly = primary === 'carers-support' && rnd.chance(0.5);
  const hoursText = monthly ? 'Meets on the first of these days each month.' : rnd.chance(0.2) ? 'Closed on bank holidays.' : undefined;
  return { hours, hoursText };
}

function makeLanguages(rnd, region, speaksWelsh, welshNamed) {
  if (speaksWelsh) return welshNamed ? ['cy', 'en'] : ['en', 'cy'];
  const roll = rnd.next();
  if (roll < 0.05) return undefined;
  if (roll < 0.15 && !region.welsh) return ['en', rnd.pick(EXTRA_LANGUAGES)];
  return ['en'];
}

/** Phone numbers from Ofcom's drama ranges: 01632 960xxx and 07700 900xxx are never allocated. */
function dramaPhone(rnd) {
  const last = String(rnd.int(0, 999)).padStart(3, '0');
  return rnd.chance(0.5) ? `01632 960${last}` : `07700 900${last}`;
}

/** The contact is the same invented person whose first name may be in the provider's name. */
function makeContact(rnd, { first, surname }, providerName) {
  const slug = slugify(providerName);
  return compact({
    name: rnd.weighted([
      [`${first} ${surname}`, 60],
      [first, 30],
      [undefined, 10],
    ]),
    phone: rnd.chance(0.9) ? dramaPhone(rnd) : undefined,
    email: rnd.chance(0.8) ? rnd.pick([`${slug}@example.org`, `hello@${slug}.test`]) : undefined,
    website: rnd.chance(0.35) ? `https://example.org/${slug}` : undefined,
  });
}

function makeRegistration(rnd, region, support, size) {
  const personalCare = support.includes('personal-care');
  if (!personalCare) return rnd.chance(0.85) ? { regulator: region.regulator, status: 'not-required' } : undefined;
  const status =
    size > 1
      ? rnd.weighted([
          ['registered', 65],
          ['applied', 15],
          ['not-required', 20],
        ])
      : rnd.weighted([
          ['not-required', 75],
          ['registered', 15],
          ['applied', 10],
        ]);
  if (status !== 'registered') return { regulator: region.regulator, status };
  // Fictional registration numbers in the regulators' formats.
  const id =
    region.regulator === 'CQC'
      ? `1-999${String(rnd.int(0, 9999999)).padStart(7, '0')}`
      : `SIN-0099${String(rnd.int(0, 9999)).padStart(4, '0')}-XXXX`;
  const rating =
    region.regulator === 'CQC'
      ? rnd.weighted([
          ['Good', 70],
          ['Outstanding', 10],
          ['Requires improvement', 8],
          [undefined, 12],
        ])
      : rnd.weighted([
          ['Good', 50],
          ['Excellent', 10],
          [undefined, 40],
        ]);
  return compact({ regulator: region.regulator, status, id, rating });
}

function makeQuality(rnd, region, support, size) {
  const stale = rnd.chance(0.15);
  return compact({
    registration: makeRegistration(rnd, region, support, size),
    dbsChecked: rnd.chance(0.92) ? true : undefined,
    insured: rnd.chance(0.86) ? true : undefined,
    lastChecked: daysBefore(stale ? rnd.int(380, 900) : rnd.int(5, 330)),
    checkedBy: CHECKED_BY,
  });
}

function pronouns(text, soleTrader) {
  const words = soleTrader
    ? { We: 'I', we: 'I', our: 'my', Our: 'My', us: 'me', are: 'am', "We're": "I'm", "we're": "I'm" }
    : { We: 'We', we: 'we', our: 'our', Our: 'Our', us: 'us', are: 'are', "We're": "We're", "we're": "we're" };
  return text
    .replace(/\{(We|we|our|Our|us|We're|we're)\} are\b/g, (_, w) => `${words[w]} ${words.are}`)
    .replace(/\{(We|we|our|Our|us|are|We're|we're)\}/g, (_, w) => words[w]);
}

function describe(rnd, { spec, secondary, whoFor, size, base, location, district, speaksWelsh }) {
  const soleTrader = size === 1;
  const sentences = [...rnd.sample(spec.openers, rnd.int(1, 2))];
  for (const type of secondary) sentences.push(SUPPORT[type].alsoLine);
  if (whoFor[0] && rnd.chance(0.7)) sentences.push(WHO_FOR_LINES[whoFor[0]]);
  sentences.push(
    soleTrader
      ? rnd.pick(['I work on my own, so you will always see the same person.', 'I am a local sole trader.', 'I run this on my own.'])
      : rnd.pick([
          `We are a small team of ${size}.`,
          `There are ${size} of us, all living locally.`,
          `We are a team of ${size} local people.`,
        ]),
  );
  if (base === 'venue') {
    const venue = location.address.split(',')[0];
    sentences.push(`Sessions are held at ${WELSH_VENUES.includes(venue) ? venue : `the ${venue}`} in ${district.town}.`);
  } else if (base === 'areas-only') sentences.push(`{We} travel to people in and around ${district.town}.`);
  else sentences.push(rnd.pick([`{We} cover ${district.town} and nearby villages.`, `{We} are based in ${district.town}.`]));
  if (speaksWelsh)
    sentences.push(
      soleTrader ? 'Gallaf siarad Cymraeg. I can speak Welsh or English.' : 'Gallwn siarad Cymraeg. We can speak Welsh or English.',
    );
  sentences.push(rnd.pick(CLOSERS));
  return {
    summary: rnd.pick(spec.summaries).replace('{town}', district.town),
    description: pronouns(sentences.join(' '), soleTrader),
  };
}
