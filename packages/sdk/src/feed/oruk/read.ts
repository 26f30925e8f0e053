/**
 * readOpenReferral: Open Referral input (any shape detect.ts knows) to a ParsedFeed. Each
 * service is mapped to a feed/1 record (service.ts) and then validated by the same parser
 * as our own feeds, which is passed in (so this module never imports parse.ts: no cycle).
 * Problems carry the service's position in the source list. Fields nobody maps are counted
 * per path in one summary problem; services with no mapped support type in another.
 */
import type { FeedProblem, ParsedFeed } from '../../types.ts';
import { FEED_FORMAT } from '../schema.ts';
import { detectOpenReferral, type OpenReferralPaging, type OpenReferralShape } from './detect.ts';
import { hasValue, isObject, text, type Json } from './json.ts';
import { MAPPED_SERVICE_FIELDS, convertService, prototypeHasNoServiceField, type ConversionSink, type ConvertOptions } from './service.ts';
import { MAPPED_VENUE_FIELDS } from './location.ts';

/** Index of a problem about the whole feed (same value as parse.ts's FEED_LEVEL_INDEX). */
const FEED_LEVEL = -1;

/** What was read, for paging and reports. */
export interface OpenReferralInfo {
  shape: OpenReferralShape;
  paging?: OpenReferralPaging;
  /** Number of services in the source (before any were skipped). */
  servicesIn: number;
  /** Source fields present but not mapped, with the number of services carrying each. */
  unmapped: Record<string, number>;
  /** Services for which no taxonomy term mapped to a support type. */
  withoutSupport: number;
}

/** A ParsedFeed read from Open Referral input. */
export type OpenReferralFeed = ParsedFeed & { openReferral: OpenReferralInfo };

export function isOpenReferralFeed(feed: ParsedFeed): feed is OpenReferralFeed {
  return isObject((feed as Partial<OpenReferralFeed>).openReferral);
}

/** How {@link readOpenReferral} may treat its input. */
export interface ReadOptions extends ConvertOptions {
  /**
   * `data` is plain JSON data nobody else holds (made by the parser's own JSON.parse): each
   * service is let go of (its place in the list set to undefined) once it is converted, and its
   * fields may be read through one object of one shape (ConversionSink.plainData).
   */
  ownsInput?: boolean;
}

/**
 * The feed read from Open Referral input, or undefined when `data` is not Open Referral.
 * `parse` is parseFeed (injected to keep the import graph one-way).
 */
export function readOpenReferral(
  data: unknown,
  parse: (document: unknown) => ParsedFeed,
  options: ReadOptions = {},
): OpenReferralFeed | undefined {
  const detected = detectOpenReferral(data);
  if (detected === undefined) return undefined;
  const early: FeedProblem[] = [];
  const records: unknown[] = [];
  const recordSource: number[] = [];
  const unmapped: Record<string, number> = {};
  let withoutSupport = 0;

  const services = detected.services;
  // Counted in source order: `unmapped` keeps the order its fields were first met.
  for (let position = 0; position < services.length; position++) {
    const service: unknown = services[position];
    if (isObject(service)) countUnmapped(service, unmapped);
  }
  // One for the feed: no wrapper or list per service.
  const sink: ConversionSink = { notes: [], noSupport: false, plainData: options.ownsInput === true && prototypeHasNoServiceField() };
  const convertAt = (position: number): void => {
    const service: unknown = services[position];
    if (service === undefined && !(position in services)) return; // a hole in a sparse list is skipped, as forEach did
    const index = detected.sourceIndex[position]!;
    if (!isObject(service)) {
      records.push(service); // the parser reports it as a bad record
      recordSource.push(index);
      return;
    }
    const record = convertService(service, options, sink);
    if (sink.notes.length > 0) {
      const id = idOf(service);
      for (const note of sink.notes) {
        const problem: FeedProblem = { index, path: note.path, message: note.message, severity: note.severity };
        if (id !== undefined) problem.id = id;
        early.push(problem);
      }
      sink.notes.length = 0;
    }
    if (record === undefined) return;
    if (sink.noSupport) withoutSupport++;
    records.push(record);
    recordSource.push(index);
  };
  if (options.ownsInput === true) {
    // Last service first, each let go of once converted. The list's last services are the
    // youngest objects JSON.parse made, still in the garbage collector's young generation:
    // converted first and let go of, they die there instead of being copied (twice) alongside
    // the new records. Nothing depends on the order: each service converts alone, the records
    // are put back in source order below, and `early` is sorted by source index (distinct and
    // rising with position, see detect.ts) with a stable sort, a service's notes in their order.
    for (let position = services.length - 1; position >= 0; position--) {
      convertAt(position);
      services[position] = undefined;
    }
    records.reverse();
    recordSource.reverse();
  } else {
    for (let position = 0; position < services.length; position++) convertAt(position);
  }

  const parsed = parse({ format: FEED_FORMAT, providers: records });
  const problems: FeedProblem[] = [
    feedProblem('format', `format: Open Referral input (${detected.shape}), converted to ${FEED_FORMAT}`),
    ...summaryProblems(detected.paging, unmapped, withoutSupport, detected.services.length),
  ];
  const late = parsed.problems
    .filter((p) => p.index !== FEED_LEVEL)
    .map((p) => ({
      ...p,
      index: recordSource[p.index] ?? p.index,
      message: p.message.replace(/repeats record (\d+)/, (_, n: string) => `repeats record ${recordSource[Number(n)] ?? n}`),
    }));
  problems.push(...[...early, ...late].sort((a, b) => a.index - b.index));
  const info: OpenReferralInfo = { shape: detected.shape, servicesIn: detected.services.length, unmapped, withoutSupport };
  if (detected.paging !== undefined) info.paging = detected.paging;
  return {
    meta: { format: FEED_FORMAT, publisher: { name: detected.organisation ?? '' }, generated: '' },
    providers: parsed.providers,
    problems,
    openReferral: info,
  };
}

/** The summary problems (index -1) for an Open Referral read: paging, unmapped fields, unmapped support. */
export function summaryProblems(
  paging: OpenReferralPaging | undefined,
  unmapped: Record<string, number>,
  withoutSupport: number,
  services: number,
): FeedProblem[] {
  const out: FeedProblem[] = [];
  if (paging !== undefined && paging.totalPages > 1) {
    const total = paging.totalItems === undefined ? '' : ` (${paging.totalItems} services in all)`;
    out.push(
      feedProblem(
        'paging',
        `paging: this is page ${paging.page} of ${paging.totalPages}${total}; only this page was read (loadFeed follows pages)`,
      ),
    );
  }
  const fields = Object.entries(unmapped).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (fields.length > 0) {
    const list = fields.map(([path, count]) => `${path} (${count})`).join(', ');
    out.push(
      feedProblem(
        'unmapped',
        `unmapped: ${fields.length} source field${fields.length === 1 ? '' : 's'} not used, with the number of services carrying each: ${list}`,
      ),
    );
  }
  if (withoutSupport > 0) {
    out.push(
      feedProblem(
        'support',
        `support: ${withoutSupport} of ${services} services had no taxonomy term that maps to a support type, set to "other" (their terms are kept as tags)`,
      ),
    );
  }
  return out;
}

/** Counts, once per service, each top-level field and each venue field (`locations[].x`) present and not mapped. */
function countUnmapped(service: Json, counts: Record<string, number>): void {
  for (const key in service) {
    if (!MAPPED_SERVICE_FIELDS.has(key) && hasValue(service[key])) counts[key] = (counts[key] ?? 0) + 1;
  }
  let venuePaths: string[] | undefined; // allocated only when a venue has an unmapped field
  const locations = service.locations;
  if (Array.isArray(locations)) {
    for (let i = 0; i < locations.length; i++) venuePaths = unmappedVenueFields('locations[]', locations[i], venuePaths);
  }
  const sals = service.service_at_locations;
  if (Array.isArray(sals)) {
    for (let i = 0; i < sals.length; i++) {
      const sal: unknown = sals[i];
      if (isObject(sal)) venuePaths = unmappedVenueFields('service_at_locations[].location', sal.location, venuePaths);
    }
  }
  if (venuePaths !== undefined) for (const path of venuePaths) counts[path] = (counts[path] ?? 0) + 1;
}

/** Adds to `paths` (made when first needed) each `prefix.key` of a venue field present and not mapped, once. */
function unmappedVenueFields(prefix: string, venue: unknown, paths: string[] | undefined): string[] | undefined {
  if (!isObject(venue)) return paths;
  for (const key in venue) {
    if (MAPPED_VENUE_FIELDS.has(key) || !hasValue(venue[key])) continue;
    const path = `${prefix}.${key}`;
    paths ??= [];
    if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}

function idOf(service: Json): string | undefined {
  return typeof service.id === 'number' ? String(service.id) : text(service.id)?.slice(0, 200);
}

function feedProblem(path: string, message: string): FeedProblem {
  return { index: FEED_LEVEL, path, message, severity: 'field' };
}
