/**
 * parseFeed: turns untrusted micro-provider-feed/1 input into clean, typed providers,
 * reporting (never throwing for) bad records and fields. See docs/feed-format.md.
 */
import type { FeedMeta, FeedProblem, FeedPublisher, ParsedFeed, Provider } from '../types.ts';
import { FeedError, isFeedError } from './errors.ts';
import { IdSet } from './id-set.ts';
import { isRecord } from './is-record.ts';
import { isClosed } from '../provider-status.ts';
import { readOpenReferral } from './oruk/read.ts';
import { NOT_CLEAN, compileFastPath, compileInPlace } from './fast-path.ts';
import { providerIsClean, type CheckedFields } from './provider-check.ts';
import { validateLeniently, type LenientIssue, type LenientRules } from './lenient.ts';
import { decidePrivateFlag, publicLocation } from './privacy.ts';
import { MAX_PROVIDERS, capLists } from './limits.ts';
import { TEXT_LIMITS, cleanLine } from './sanitise.ts';
import {
  FEED_FORMAT,
  ProviderSpec,
  PublisherSpec,
  REQUIRED_PROVIDER_KEYS,
  MetaSpec,
  metaSchema,
  providerSchema,
  publisherSchema,
} from './schema.ts';
import type { Spec } from './schema-spec.ts';

const PROVIDER_RULES: LenientRules = {
  required: REQUIRED_PROVIDER_KEYS,
  requiredInParent: new Set([
    'hours.*.day',
    'hours.*.opens',
    'hours.*.closes',
    'quality.registration.regulator',
    'quality.registration.status',
  ]),
  // A home-based provider's address or coordinates must not be echoed into a problem message.
  withheldValues: new Set(['location']),
};
/** Clean records skip zod (same rules, see fast-path.ts); any other record gets the full, reporting path. */
const parseCleanProvider = compileFastPath(ProviderSpec);
/** The same for records the parser owns (fresh from JSON.parse): checked where they lie, copied only where cleaning changes a field. */
const providerInPlace = compileInPlace(ProviderSpec);
/** The feed's own fields the same way: zod (built on first use) only for a field the fast path turns down. */
const parseCleanPublisher = compileFastPath(PublisherSpec);
const META_FIELDS = MetaSpec.def.shape;
const parseCleanGenerated = compileFastPath(META_FIELDS.generated);
const parseCleanLicence = compileFastPath(presentValue(META_FIELDS.licence));
const parseCleanCoverage = compileFastPath(presentValue(META_FIELDS.coverage));
const parseCleanLanguage = compileFastPath(presentValue(META_FIELDS.language));
const PUBLISHER_RULES: LenientRules = { required: new Set(['name']), requiredInParent: new Set() };

/** Index used in a FeedProblem about the feed's own fields rather than a record. */
export const FEED_LEVEL_INDEX = -1;

/**
 * Parses a micro-provider-feed/1 document (an object, or JSON text with or without a BOM).
 *
 * - A record whose `id`, `name` or `support` is missing or invalid is skipped and reported
 *   (`severity: 'record'`); so is a record repeating an earlier record's id (the first wins).
 * - An invalid optional field (or list item) is dropped and reported (`severity: 'field'`);
 *   the rest of the record is kept. Unknown fields are ignored.
 * - Text is trimmed, control characters removed, long text capped; links are allow-listed.
 * - Open Referral input (ORUK 1.0/3.0, HSDS 3.x, Outpost: a bare array of services, a
 *   `contents` or `content` page, one service, service_at_location items, organization_full;
 *   no `format` and no `providers`) is converted first, see feed/oruk/ and docs/open-referral.md.
 * - A missing `format` is accepted (reported at index -1) when `providers` is a list; a
 *   missing or bad `publisher`/`generated` is reported at index -1 and left empty ("").
 *
 * @throws {FeedError} `parse` for text that is not JSON (or a value that cannot be read at
 *   all), `not-a-feed` when there is no `providers` list or it has more than 2^20 (1,048,576)
 *   providers, `unsupported-format` when `format` names another format. Nothing else is thrown.
 */
export function parseFeed(input: unknown): ParsedFeed {
  return readingAsFeedError(() => parseFeedOrThrow(input));
}

/**
 * {@link parseFeed} for a value the caller has just made with `JSON.parse` and hands over (keeps
 * no other reference to): its records may then be cleaned in place, as for JSON text, instead
 * of copied. For the SDK's own loaders, which parse the text themselves to explain bad JSON.
 */
export function parseFeedFromJson(data: unknown): ParsedFeed {
  return readingAsFeedError(() => parseDocument(data, providerInPlace.usable()));
}

function readingAsFeedError(read: () => ParsedFeed): ParsedFeed {
  try {
    return read();
  } catch (error) {
    if (isFeedError(error)) throw error;
    // Whatever else a hostile value manages (a throwing getter or toString, a Proxy, a stack
    // overflow) is still "this feed could not be read", as a typed FeedError.
    throw new FeedError('parse', `the feed could not be read (${error instanceof Error ? error.name : typeof error})`, { cause: error });
  }
}

function parseFeedOrThrow(input: unknown): ParsedFeed {
  // Values made by our own JSON.parse are plain data nobody else holds: they may be cleaned in place.
  const owned = typeof input === 'string' && providerInPlace.usable();
  const data = typeof input === 'string' ? parseJsonText(input) : input;
  return parseDocument(data, owned);
}

function parseDocument(data: unknown, owned: boolean): ParsedFeed {
  // Records converted from Open Referral are new objects built from `data`: ours to clean in place when `data` is
  // (and then its services may be let go of as they are converted).
  const openReferral = readOpenReferral(data, (converted) => parseDocument(converted, owned), { ownsInput: owned });
  if (openReferral !== undefined) return openReferral;
  if (!isRecord(data)) throw new FeedError('not-a-feed', `expected a feed object, got ${kindOf(data)}`);

  const problems: FeedProblem[] = [];
  const hasFormat = Object.hasOwn(data, 'format');
  if (hasFormat && data.format !== FEED_FORMAT) {
    throw new FeedError(
      'unsupported-format',
      `format is ${JSON.stringify(String(data.format)).slice(0, 80)}, but only "${FEED_FORMAT}" is supported`,
    );
  }
  const rawProviders = data.providers;
  if (!Array.isArray(rawProviders)) {
    throw new FeedError('not-a-feed', 'the feed has no "providers" list');
  }
  if (rawProviders.length > MAX_PROVIDERS) {
    throw new FeedError(
      'not-a-feed',
      `the feed lists ${rawProviders.length} providers, more than the ${MAX_PROVIDERS} one feed may have; split it into smaller feeds`,
    );
  }
  if (!hasFormat) {
    problems.push(feedProblem('format', `format: missing, assumed "${FEED_FORMAT}"`));
  }

  const meta = parseMeta(data, problems);
  // The providers kept are the first `kept` places of `providers`. For records of our own (owned),
  // that is the records' own list: each provider is written over its record or an earlier one, and the
  // list is cut to length at the end, so no second list of up to a million places grows by copying.
  const providers: Provider[] = owned ? (rawProviders as Provider[]) : [];
  let kept = 0;
  // Repeated ids are rare: until the first one, one IdSet.add per record tells (a Map would need a
  // get and a set per record). At the first repeat, the index of each record kept so far goes into
  // the Map the report needs.
  const ids = new IdSet(rawProviders.length);
  // The record index of each provider kept, needed only from the first skipped record on (until
  // then a provider's record index is its place in `providers`).
  let keptIndex: number[] | undefined;
  let firstIndexById: Map<string, number> | undefined;
  for (let index = 0; index < rawProviders.length; index++) {
    const provider = parseProviderSafely(rawProviders[index], index, problems, owned);
    if (provider === undefined) {
      if (firstIndexById === undefined) keptIndex ??= Array.from({ length: kept }, (_, at) => at);
      continue;
    }
    const id = checked.id;
    if (firstIndexById === undefined) {
      if (ids.add(id)) {
        providers[kept++] = provider;
        keptIndex?.push(index);
        continue;
      }
      firstIndexById = new Map();
      for (let at = 0; at < kept; at++) firstIndexById.set(providers[at]!.id, keptIndex === undefined ? at : keptIndex[at]!);
    }
    const earlier = firstIndexById.get(id);
    if (earlier !== undefined) {
      problems.push({
        index,
        id,
        path: 'id',
        message: `id: "${id}" repeats record ${earlier}, record skipped (the first one is kept)`,
        severity: 'record',
      });
      continue;
    }
    firstIndexById.set(id, index);
    providers[kept++] = provider;
  }
  providers.length = kept;
  return { meta, providers, problems };
}

/**
 * Validates one provider record; returns undefined (after reporting) when it must be skipped.
 * `owned`: `raw` is plain data from our own JSON.parse, which may be cleaned in place (and
 * `providerInPlace.usable()` was true for this feed).
 */
export function parseProvider(raw: unknown, index: number, problems: FeedProblem[], owned = false): Provider | undefined {
  if (owned) {
    // A record the in-place check vouches for has a string id, a true/false private flag and no
    // list over its cap, so the steps below would not change it. Anything else (even after some
    // fields were cleaned in place: cleaning twice changes nothing) takes the reporting path.
    // First the provider's own checker (provider-check.ts), which only says "already clean" or
    // "not sure"; the generic one decides the rest.
    let sure = false;
    let clean: ReturnType<typeof providerInPlace.check>;
    try {
      sure = providerIsClean(raw, checked);
      clean = sure ? NOT_CLEAN : providerInPlace.check(raw);
    } catch {
      clean = NOT_CLEAN; // e.g. a frozen list that needed cleaning: the copying path never writes
    }
    if (sure) return finishProvider(raw as Provider, index, checked.id, problems, checked.status, checked.location);
    if (clean !== NOT_CLEAN) {
      checked.id = clean.id;
      return finishProvider(clean, index, clean.id, problems, clean.status, clean.location);
    }
  }
  const early: FeedProblem[] = [];
  const candidate = capLists(decidePrivateFlag(withStringId(raw), index, early), index, early);
  const clean = parseCleanProvider(candidate);
  const result = clean === NOT_CLEAN ? validateLeniently(providerSchema(), candidate, PROVIDER_RULES) : { value: clean, issues: [] };
  const id = result.value?.id ?? usableId(candidate);
  for (const problem of early) problems.push(id === undefined ? problem : { ...problem, id });
  for (const issue of result.issues) problems.push(recordProblem(index, id, issue));
  const provider = result.value;
  if (provider === undefined) return undefined;
  removeEmptyParts(provider as unknown as Record<string, unknown>);
  checked.id = provider.id;
  return finishProvider(provider as Provider, index, id, problems, provider.status, provider.location);
}

/**
 * Where providerIsClean leaves the id, status and location of the record it said yes to; and
 * whichever way a record was checked, the id of the provider parseProvider last returned (which
 * parseDocument reads here rather than by name from a record whose keys come in many orders).
 */
const checked: CheckedFields = { id: '', status: undefined, location: undefined };

/**
 * What every valid record goes through: a closed service never taking new clients, coordinates
 * kept only as a pair, a home-based provider's exact location withheld. `status` and `location`
 * are the provider's own (passed in: the caller may know them without reading them again).
 */
function finishProvider(
  provider: Provider,
  index: number,
  id: string | undefined,
  problems: FeedProblem[],
  status: Provider['status'],
  location: Provider['location'],
): Provider {
  // A closed or temporarily closed service is never shown as taking new clients (docs/feed-format.md):
  // the finder's filter, its count and fair ordering (which puts "not taking" after open services
  // that say nothing) read this flag, not the status. The Open Referral converter does the same.
  if (isClosed(status) && provider.takingNewClients !== false) {
    if (provider.takingNewClients === true) {
      problems.push({
        index,
        id,
        path: 'takingNewClients',
        message: `takingNewClients: true, but status is "${status}"; treated as not taking new clients`,
        severity: 'field',
      });
    }
    provider.takingNewClients = false;
  }
  if (location !== undefined) {
    // A lone coordinate is useless (and misleading): keep lat/lng only as a pair.
    if ((location.lat === undefined) !== (location.lng === undefined)) {
      const lone = location.lat === undefined ? 'lng' : 'lat';
      const other = lone === 'lat' ? 'lng' : 'lat';
      delete location[lone];
      problems.push({
        index,
        id,
        path: `location.${lone}`,
        message: `location.${lone}: needs location.${other} too, dropped`,
        severity: 'field',
      });
      // A location arrives with a key at least (the checks turn an empty one down, the copying path
      // removes it): only dropping its lone coordinate can leave it empty.
      if (location.private !== true && hasNoKeys(location)) {
        delete provider.location; // its lone coordinate was all it had
        return provider;
      }
    }
    if (location.private === true) provider.location = publicLocation(location);
  }
  return provider;
}

/** Object.keys(value).length === 0, without making the list. */
function hasNoKeys(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

/** {@link parseProvider}, but a record that throws (a getter, a Proxy) is skipped and reported instead of ending the feed. */
function parseProviderSafely(raw: unknown, index: number, problems: FeedProblem[], owned: boolean): Provider | undefined {
  try {
    return parseProvider(raw, index, problems, owned);
  } catch (error) {
    problems.push({
      index,
      path: '',
      message: `record: could not be read (${error instanceof Error ? error.name : typeof error}), record skipped`,
      severity: 'record',
    });
    return undefined;
  }
}

/** Optional lists and groups left empty (by the feed or by dropping bad items) are removed. */
function removeEmptyParts(provider: Record<string, unknown>): void {
  for (const key of Object.keys(provider)) {
    const value = provider[key];
    if (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && value !== null && Object.keys(value).length === 0) {
      delete provider[key];
    }
  }
}

function recordProblem(index: number, id: string | undefined, issue: LenientIssue): FeedProblem {
  const where = issue.path === '' ? 'record' : issue.path;
  const problem: FeedProblem = issue.fatal
    ? { index, path: issue.path, message: `${where}: ${issue.reason}, record skipped`, severity: 'record' }
    : { index, path: issue.path, message: `${where}: ${issue.reason}, dropped`, severity: 'field' };
  if (id !== undefined) problem.id = id;
  return problem;
}

function parseMeta(data: Record<string, unknown>, problems: FeedProblem[]): FeedMeta {
  let publisher: FeedPublisher = { name: '' };
  if (data.publisher === undefined) {
    problems.push(feedProblem('publisher', 'publisher: missing, left empty'));
  } else {
    const clean = parseCleanPublisher(data.publisher);
    const result =
      clean === NOT_CLEAN ? validateLeniently(publisherSchema(), data.publisher, PUBLISHER_RULES) : { value: clean, issues: [] };
    for (const issue of result.issues) {
      const path = issue.path === '' ? 'publisher' : `publisher.${issue.path}`;
      problems.push(feedProblem(path, `${path}: ${issue.reason}, ${issue.fatal ? 'publisher left empty' : 'dropped'}`));
    }
    if (result.value !== undefined) publisher = result.value;
  }
  const meta: FeedMeta = { format: FEED_FORMAT, publisher, generated: '' };
  const generated = metaField(parseCleanGenerated, 'generated', data.generated);
  if (generated.success) meta.generated = generated.data;
  else
    problems.push(
      feedProblem(
        'generated',
        data.generated === undefined
          ? 'generated: missing, left empty'
          : 'generated: must be an ISO date-time such as 2025-03-31T09:00:00Z, left empty',
      ),
    );
  if (data.licence !== undefined) {
    const licence = metaField(parseCleanLicence, 'licence', data.licence);
    if (licence.success && licence.data !== undefined) meta.licence = licence.data;
    else problems.push(feedProblem('licence', 'licence: expected text, dropped'));
  }
  for (const key of ['coverage', 'language'] as const) {
    if (data[key] === undefined) continue;
    const value = metaField(key === 'coverage' ? parseCleanCoverage : parseCleanLanguage, key, data[key]);
    if (value.success && value.data !== undefined) (meta as Record<typeof key, unknown>)[key] = value.data;
    else
      problems.push(
        feedProblem(
          key,
          `${key}: ${key === 'coverage' ? 'expected a list of districts or area names' : 'expected a language tag'}, dropped`,
        ),
      );
  }
  return meta;
}

/** A present (not undefined) value of an optional field is checked by the rule inside `optional`. */
function presentValue(spec: Spec): Spec {
  return spec.def.type === 'optional' ? spec.def.innerType! : spec;
}

/** One of the feed's own fields: the fast path's value, or zod's verdict (the schema built on first use) when it turns the value down. */
function metaField<K extends 'generated' | 'licence' | 'coverage' | 'language'>(
  fast: (value: unknown) => unknown,
  key: K,
  value: unknown,
): { success: true; data: FeedMeta[K] } | { success: false } {
  const clean = fast(value);
  if (clean !== NOT_CLEAN) return { success: true, data: clean as FeedMeta[K] };
  const result = metaSchema().def.shape[key].safeParse(value);
  return result.success ? { success: true, data: result.data as FeedMeta[K] } : { success: false };
}

function feedProblem(path: string, message: string): FeedProblem {
  return { index: FEED_LEVEL_INDEX, path, message, severity: 'field' };
}

function parseJsonText(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new FeedError('parse', `the feed is not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

/** Feeds exported from spreadsheets often carry numeric ids: accept them as text. */
function withStringId(raw: unknown): unknown {
  if (isRecord(raw) && typeof raw.id === 'number' && Number.isFinite(raw.id)) return { ...raw, id: String(raw.id) };
  return raw;
}

function usableId(raw: unknown): string | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string') return undefined;
  const id = cleanLine(raw.id, TEXT_LIMITS.id);
  return id === '' ? undefined : id;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}
