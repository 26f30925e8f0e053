/**
 * `createFinder`: everything a search box needs over one feed's providers.
 *
 * Built once per feed (text index, filter values, vocabulary); each search
 * then touches only the providers that match the words (or all of them when
 * there are no words, for filters and counts), never re-reading text.
 * See docs/search-and-ordering.md.
 */
import type { Ordering, OutcodeTable, Provider, SearchQuery, SearchResponse, SearchResult } from '../types.ts';
import type { VocabularyEntry } from './care-vocabulary.ts';
import { SUPPORT_TYPE_LABELS, WHO_FOR_LABELS } from './labels.ts';
import { roundMiles } from '../geo/distance.ts';
import { FacetTable } from './facets.ts';
import { FacetBits } from './facet-bits.ts';
import { FACET_NAMES } from './facet-names.ts';
import { ProviderPlaces, placeOf } from '../geo/location.ts';
import { FUNCTION_WORDS, analyse, isQueryStopWord, stem, tokenise, type AnalysedToken } from './normalise.ts';
import { dailySeed, explainOrder, shuffleRank, smallestSorted, type OrderExplanation } from './ordering.ts';
import { createSuggester, humanise, type Suggestion } from './suggest.ts';
import { placedDistanceBand } from './distance-bands.ts';
import { PlaceLists } from './place-lists.ts';
import { FIELD_WEIGHTS, TextIndex, TextIndexBuilder, typoAllowance, type TextMatches } from './text-index.ts';
import { compileVocabulary, defaultCompiledVocabulary, interpretNeed, type NeedInterpretation, type Vocabulary } from './vocabulary.ts';
import { isClosed } from '../provider-status.ts';
import { fillDocBits, hasDoc, newDocBits } from './doc-bits.ts';

/** Options for {@link createFinder}. */
export interface FinderOptions {
  /** Seed of the fair shuffle. Default: today's date ({@link dailySeed}), re-read on every search. */
  seed?: string;
  /** "fair" (default): bands then a seeded shuffle. "distance": nearest first. "name": A to Z, only on request. */
  ordering?: Ordering;
  /** Within a band, put providers taking new clients before full ones (full ones are never hidden). Default true. */
  preferTakingNewClients?: boolean;
  /** Extra vocabulary entries, merged with the built-in care vocabulary. */
  vocabulary?: readonly VocabularyEntry[];
  /** Postcode district centroids: turns a postcode into a point, for distances. */
  outcodes?: OutcodeTable;
  /**
   * Keep providers with no location information in location searches, after the located ones (their
   * area is not given, so they are never what makes a postcode search empty). Default true; false leaves them out.
   */
  includeUnlocated?: boolean;
  /** Results per page when the query does not say. Default 10. */
  defaultPageSize?: number;
  /**
   * How many places' provider lists to keep for the next searches from the same place (new words, a
   * filter, the next page), most recently used first, within four times the feed's size in all.
   * Default 64. 0 keeps none: every search places its providers afresh (`npm run bench` uses it to time
   * the first search from each place).
   */
  placeListsKept?: number;
}

/** A search over one feed's providers. Create with {@link createFinder}. */
export interface Finder {
  /** Runs a search: matching, filters, facet counts, ordering and paging. */
  search(query: SearchQuery): SearchResponse;
  /** Suggestions for the need box, from the last word typed (at most `limit`, default 8). */
  suggest(text: string, limit?: number): Suggestion[];
  /** How results are ordered now, for one plain sentence near the results. */
  explainOrder(): OrderExplanation;
  /** Uses (or replaces) the postcode district table, e.g. once it has loaded. */
  useOutcodes(table: OutcodeTable): void;
  /** Number of providers. */
  readonly size: number;
  /** The provider with this id. */
  get(id: string): Provider | undefined;
}

/** Providers are packed into sort keys with 20 bits of position. */
const MAX_PROVIDERS = 1 << 20;
const POW20 = 2 ** 20;
const POW16 = 2 ** 16;
/** Tenths of a mile, capped (1,638 miles: anything further sorts with unknown distances): the distance part of a "distance" sort key. */
const MAX_DISTANCE_KEY = 2 ** 14 - 1;
const MAX_PAGE_SIZE = 500;
/** Walk a place's list rather than the word matches while it is less than this many times longer. */
const LISTED_WALK_FACTOR = 4;
/** Asked-for types are read from each walked doc's filter masks when their lists are this many times longer than the walk. */
const TYPE_WALK_FACTOR = 2;
const SUPPORT_FACET = FACET_NAMES.indexOf('support');
const WHO_FOR_FACET = FACET_NAMES.indexOf('whoFor');
/** Bits of a provider's type hits: it has an asked-for support type... */
const TYPE_HIT = 1;
/** ...an asked-for group... */
const GROUP_HIT = 2;
/** ...or an asked-for support type that is not secondary (one the words name as such). */
const PRIMARY_TYPE_HIT = 4;
/** Relevance bands up to this one are close matches (`SearchResult.closeMatch`); see `relevanceBand`. */
const LAST_CLOSE_BAND = 1;

/** Providers' places in the shuffle for one seed: values[doc] is valid where known[doc] is 1. */
interface ShuffleRanks {
  seed: string;
  values: Uint32Array;
  known: Uint8Array;
}

/** The need read from the query text, ready to search. */
interface PreparedNeed {
  interpretation: NeedInterpretation;
  /** Distinct meaningful words, searched in the text index. */
  tokens: AnalysedToken[];
  /** Bits (in `tokens` order) of words no vocabulary phrase explained. */
  residualMask: number;
  hasTypes: boolean;
  wantsSupport: boolean;
  wantsWhoFor: boolean;
}

/**
 * Builds a finder over a feed's providers. Ids should be unique (the first
 * provider with an id wins `get`). Throws RangeError above 1,048,576 providers.
 *
 * @example
 * const finder = createFinder(feed.providers);
 * finder.search({ text: 'help with shopping', postcode: 'TA1 1AA' }).results
 */
export function createFinder(providers: readonly Provider[], options: FinderOptions = {}): Finder {
  if (providers.length > MAX_PROVIDERS) throw new RangeError(`createFinder: at most ${MAX_PROVIDERS} providers`);
  const list = providers.slice();
  const n = list.length;
  const ordering: Ordering = options.ordering ?? 'fair';
  const preferTaking = options.preferTakingNewClients ?? true;
  const includeUnlocated = options.includeUnlocated ?? true;
  const defaultPageSize = clampPageSize(options.defaultPageSize ?? 10);
  let outcodes = options.outcodes;

  // Support types / groups the feed uses but the vocabulary does not know are still searchable by their own words.
  const facetTable = FacetTable.fromProviders(list);
  const feedSupport = new Set(facetTable.optionsOf('support'));
  const feedWhoFor = new Set(facetTable.optionsOf('whoFor'));
  const extraEntries: VocabularyEntry[] = [
    ...[...feedSupport].filter((id) => !Object.hasOwn(SUPPORT_TYPE_LABELS, id)).map((id) => ({ phrase: humanise(id), support: [id] })),
    ...[...feedWhoFor].filter((id) => !Object.hasOwn(WHO_FOR_LABELS, id)).map((id) => ({ phrase: humanise(id), whoFor: [id] })),
    ...(options.vocabulary ?? []),
  ];
  const vocab = extraEntries.length > 0 ? compileVocabulary(extraEntries) : defaultCompiledVocabulary();

  /** Providers by id, made on the first `get` (a search never needs it). */
  let byId: Map<string, Provider> | undefined;
  const providerById = (): Map<string, Provider> => {
    if (!byId) {
      byId = new Map();
      for (const p of list) if (!byId.has(p.id)) byId.set(p.id, p);
    }
    return byId;
  };

  const availability = new Uint8Array(n);
  const index = buildTextIndex(list, vocab, facetTable, availability);
  addCapacity(availability, facetTable);
  const docsBySupport = facetTable.postingsOf('support');
  const docsByWhoFor = facetTable.postingsOf('whoFor');
  const suggester = createSuggester(vocab, feedSupport, feedWhoFor);

  // Per-search scratch, reused (the finder is single-threaded), so a search allocates nothing in proportion
  // to the feed: which docs hit an interpreted type, the candidates, their sort keys.
  const typeHits = new Uint8Array(n);
  const candidates = new Int32Array(n);
  const keys = new Float64Array(n);
  /** The providers a search walks by place, as a bit set (bit d: doc d), for the text index to look at only those. */
  const placeBits = newDocBits(n);
  /**
   * Shuffle ranks for one seed, each worked out the first time a search sorts that provider (known[doc] = 1):
   * a search from one place sorts a small part of the feed, and hashing every id cost the first search
   * tens of milliseconds at 100,000 providers.
   */
  let ranks: ShuffleRanks | undefined;
  let nameRanks: Uint32Array | undefined;

  const ranksFor = (seed: string): ShuffleRanks => {
    if (ranks?.seed !== seed) ranks = { seed, values: new Uint32Array(n), known: new Uint8Array(n) };
    return ranks;
  };
  const nameRanksOf = (): Uint32Array => {
    if (!nameRanks) {
      const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
      const order = list.map((_, i) => i).sort((a, b) => collator.compare(list[a]!.name, list[b]!.name) || a - b);
      nameRanks = new Uint32Array(n);
      order.forEach((doc, rank) => (nameRanks![doc] = rank));
    }
    return nameRanks;
  };

  /** Filters as per-provider masks (facet-bits.ts), made on the first search; null when a filter is too wide for them. */
  let facetBits: FacetBits | null | undefined;

  /** Where each provider is, read once; each search then costs one distance per candidate. */
  const places = new ProviderPlaces(list, includeUnlocated, outcodes);
  const placeLists = new PlaceLists(
    places,
    n,
    Number.isFinite(options.placeListsKept) ? Math.max(0, Math.floor(options.placeListsKept!)) : undefined,
  );

  function prepareNeed(text: string | undefined): PreparedNeed | undefined {
    if (!text || text.trim() === '') return undefined;
    const interpretation = interpretNeed(text, vocab);
    const seen = new Set<string>();
    const tokens = analyse(text).filter((t) => !isQueryStopWord(t) && !seen.has(t.stem) && seen.add(t.stem));
    const hasTypes = interpretation.supportTypes.length > 0 || interpretation.whoFor.length > 0;
    if (tokens.length === 0 && !hasTypes) return undefined;
    let residualMask = 0;
    tokens.forEach((t, j) => {
      if (j < 32 && interpretation.residualTokens.includes(t.stem)) residualMask |= 1 << j;
    });
    const wantsSupport = interpretation.supportTypes.length > 0;
    const wantsWhoFor = interpretation.whoFor.length > 0;
    return { interpretation, tokens, residualMask: residualMask >>> 0, hasTypes, wantsSupport, wantsWhoFor };
  }

  function run(query: SearchQuery, withSuggestion: boolean): SearchResponse {
    const seed = options.seed ?? dailySeed();
    const shuffle = ranksFor(seed);
    const need = prepareNeed(query.text);
    const filters = facetTable.compile(query);
    const counts = facetTable.newCounts();
    if (facetBits === undefined) facetBits = FacetBits.from(facetTable, n) ?? null;
    const bits = facetBits;
    const filterBits = bits?.compile(filters);
    const place = placeOf(query, outcodes);

    let total = 0;
    let closeTotal = 0;
    const anywhere = place.kind === 'anywhere';
    const pointSearch = place.kind === 'point';
    places.prepare(place);
    // Narrow by place first: when the place can keep fewer providers than the words may match, walk those
    // (skipping the ones no word or type matched) instead of placing every word match. The place's own
    // list (place-lists.ts: kept providers with their distance bands) serves every search from it after
    // the first; the "distance" order needs each one's miles, so it places the reachable ones each time.
    const placeList = ordering === 'distance' ? undefined : placeLists.listFor(place);
    const walk = placeList ? placeList.docs : places.reachable();

    // Candidates: with words, only providers that match them (type hits first, then word hits); without, everyone.
    let candidateCount = n;
    let matches: TextMatches | undefined;
    let hitCount = 0;
    let byPlace = walk !== undefined && !need;
    if (need) {
      const interpretation = need.interpretation;
      // At most this many candidates (before the words are searched, so that a search walking the place's
      // providers only matches words there): a listed provider costs a few array reads; a word match walked
      // instead costs placing it, several times more.
      const typeListed = typeListLength(interpretation);
      const bound = index.matchBound(need.tokens) + typeListed;
      byPlace = walk !== undefined && walk.length < (placeList ? LISTED_WALK_FACTOR : 1) * bound;
      const within = byPlace ? fillDocBits(placeBits, walk!) : undefined;
      matches = index.search(need.tokens, within, byPlace ? walk : undefined);
      if (byPlace && bits && typeListed > TYPE_WALK_FACTOR * walk!.length) {
        hitCount = markTypesInWalk(walk!, interpretation, bits);
      } else {
        for (const type of interpretation.supportTypes) {
          hitCount = markDocs(docsBySupport.get(type), typeHitBits(type, interpretation), hitCount, within);
        }
        for (const group of interpretation.whoFor) hitCount = markDocs(docsByWhoFor.get(group), GROUP_HIT, hitCount, within);
      }
      // The word hits are only listed when the search walks the candidates rather than the place's providers.
      candidateCount = hitCount + matches.docs.length;
    }
    const listed = byPlace && placeList !== undefined;
    if (need && !byPlace) {
      const wordDocs = matches!.docs;
      candidateCount = hitCount;
      for (let k = 0; k < wordDocs.length; k++) if (typeHits[wordDocs[k]!] === 0) candidates[candidateCount++] = wordDocs[k]!;
    }
    /** The distance band of the provider `places` last located (place-lists.ts lists the same). */
    const locatedBand = (): number => (anywhere ? 0 : placedDistanceBand(places, pointSearch));
    const count = byPlace ? walk!.length : candidateCount;
    for (let c = 0; c < count; c++) {
      const doc = byPlace ? walk![c]! : need ? candidates[c]! : c;
      if (byPlace && need && typeHits[doc] === 0 && (matches!.exactMask[doc]! | matches!.typoMask[doc]!) === 0) continue;
      if (!listed && !places.locate(doc)) continue;
      let mask: number;
      if (bits) {
        mask = bits.failMask(doc, filterBits!);
        bits.count(doc, mask);
      } else {
        mask = facetTable.failMask(doc, filters);
        facetTable.count(doc, mask, counts);
      }
      if (mask !== 0) continue;
      const band = need && matches ? relevanceBand(doc, need, matches) : 0;
      if (band <= LAST_CLOSE_BAND) closeTotal++;
      // The score orders only related matches, in the fair order (see putSortKey); the page's results get theirs below.
      const scoreKey = need && matches && band > LAST_CLOSE_BAND && ordering === 'fair' ? relatedScoreKey(doc, need, matches) : 0;
      // Exact miles only for the "distance" order; the fair order's band mostly comes from the chord (distance-bands.ts).
      const miles = ordering === 'distance' ? places.miles : undefined;
      const distanceBand = listed ? placeList.distanceBands[c]! : locatedBand();
      putSortKey(total++, doc, band, distanceBand, miles, shuffle, scoreKey);
    }
    bits?.flush(counts);

    const pageSize = clampPageSize(query.pageSize ?? defaultPageSize);
    const page = Math.max(1, Math.floor(query.page ?? 1) || 1);
    const start = (page - 1) * pageSize;
    const sorted = smallestSorted(keys, total, start + pageSize);
    const results: SearchResult[] = [];
    for (let i = start; i < sorted.length; i++) {
      const doc = sorted[i]! % POW20;
      places.locate(doc);
      // Worked out again for the page only (the same functions of the same state as in the loop above).
      const band = need && matches ? relevanceBand(doc, need, matches) : 0;
      const result: SearchResult = {
        provider: list[doc]!,
        score: need && matches ? relevanceScore(doc, need, matches) : 0,
        relevanceBand: band,
        closeMatch: band <= LAST_CLOSE_BAND,
        distanceBand: locatedBand(),
      };
      if (places.miles !== undefined) result.distanceMiles = roundMiles(places.miles);
      if (places.covers !== undefined) result.coversArea = places.covers;
      results.push(result);
    }
    for (let k = 0; k < hitCount; k++) typeHits[candidates[k]!] = 0;
    const response: SearchResponse = { results, total, closeTotal, page, pageSize, facets: facetTable.toFacets(counts, filters) };
    if (withSuggestion && total === 0 && need) {
      const corrected = correctedText(query.text!);
      if (corrected && run({ ...query, text: corrected, page: 1 }, false).total > 0) response.didYouMean = corrected;
    }
    return response;
  }

  /** How many docs the asked-for types' and groups' lists hold in all (a doc in two lists counted twice). */
  function typeListLength(interpretation: NeedInterpretation): number {
    let length = 0;
    for (const type of interpretation.supportTypes) length += docsBySupport.get(type)?.length ?? 0;
    for (const group of interpretation.whoFor) length += docsByWhoFor.get(group)?.length ?? 0;
    return length;
  }

  /**
   * As {@link markDocs} for every asked-for type and group, reading each walked doc's own options from the
   * filter masks instead: when those lists are far longer than the walk (a common type at 100,000
   * providers lists tens of thousands), testing each listed doc for being in the walk costs more.
   */
  function markTypesInWalk(walk: Int32Array, interpretation: NeedInterpretation, bits: FacetBits): number {
    // Option masks of the asked-for types (split by the bits they give) and groups.
    let asType = 0;
    let asSecondary = 0;
    let asGroup = 0;
    for (const type of interpretation.supportTypes) {
      const id = facetTable.optionIdOf('support', type);
      if (id === undefined) continue;
      if (typeHitBits(type, interpretation) === TYPE_HIT) asSecondary |= 1 << id;
      else asType |= 1 << id;
    }
    for (const group of interpretation.whoFor) {
      const id = facetTable.optionIdOf('whoFor', group);
      if (id !== undefined) asGroup |= 1 << id;
    }
    let count = 0;
    for (let k = 0; k < walk.length; k++) {
      const doc = walk[k]!;
      const support = bits.maskOf(doc, SUPPORT_FACET);
      const hits =
        ((support & asType) !== 0 ? TYPE_HIT | PRIMARY_TYPE_HIT : (support & asSecondary) !== 0 ? TYPE_HIT : 0) |
        ((bits.maskOf(doc, WHO_FOR_FACET) & asGroup) !== 0 ? GROUP_HIT : 0);
      if (hits === 0) continue;
      candidates[count++] = doc;
      typeHits[doc] = hits;
    }
    return count;
  }

  /**
   * Flags the docs having an asked-for type or group (only those in `within`, when given) and appends the
   * newly flagged ones to `candidates`.
   */
  function markDocs(docs: Int32Array | undefined, bit: number, count: number, within: Int32Array | undefined): number {
    if (!docs) return count;
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k]!;
      if (within !== undefined && !hasDoc(within, doc)) continue;
      if (typeHits[doc] === 0) candidates[count++] = doc;
      typeHits[doc]! |= bit;
    }
    return count;
  }

  /**
   * Relevance band of a candidate (0 best); bands 0-1 are close matches
   * (`closeMatch`, counted in `closeTotal`), 2-3 related ones:
   * 0: has a support type the words asked for as such (not one they only fit
   *    less exactly), the group too when they named one, and any other words;
   *    or, when the words name no type, every word exactly.
   * 1: the words name no type and every word is found, some with a typo.
   * 2: has an asked-for type or group, but not all of the above (only a
   *    secondary type, the type without the group, other words missing);
   *    or no asked-for type but every word no phrase explained.
   * 3: only some words match, or only words the need already read as a type
   *    the provider lacks ("visit" in a gardener's "we visit weekly", for
   *    "someone to visit my dad"): shown after every close match, never
   *    counted as close.
   */
  function relevanceBand(doc: number, need: PreparedNeed, matches: TextMatches): number {
    const hits = typeHits[doc]!;
    const exact = matches.exactMask[doc]!;
    const found = (exact | matches.typoMask[doc]!) >>> 0;
    const all = matches.allMask;
    const residual = need.residualMask;
    if (need.hasTypes) {
      if (isFullHit(hits, need) && (found & residual) === residual) return 0;
      if (hits !== 0) return 2;
      return residual !== 0 && (found & residual) === residual ? 2 : 3;
    }
    if (all !== 0 && (exact & all) >>> 0 === all) return 0;
    if (all !== 0 && (found & all) >>> 0 === all) return 1;
    return 3;
  }

  /** Summed weight of the words found, plus a bonus for having the asked-for type (more with the group too), to 2 decimals. */
  function relevanceScore(doc: number, need: PreparedNeed, matches: TextMatches): number {
    const hits = typeHits[doc]!;
    const score = matches.scores[doc]! + (isFullHit(hits, need) ? 5 : hits !== 0 ? 3 : 0);
    return Math.round(score * 100) / 100;
  }

  /**
   * Has every kind of thing the words asked for: a support type they asked
   * for as such (when any; a secondary type alone is not enough) and a
   * wanted group (when any).
   */
  function isFullHit(hits: number, need: PreparedNeed): boolean {
    return need.hasTypes && (!need.wantsSupport || (hits & PRIMARY_TYPE_HIT) !== 0) && (!need.wantsWhoFor || (hits & GROUP_HIT) !== 0);
  }

  /**
   * How a related match's score sorts in the fair order (0-255, 0 first: the higher score first), from
   * {@link relevanceScore}. An integer, so the per-candidate loop passes it on without boxing a double.
   */
  function relatedScoreKey(doc: number, need: PreparedNeed, matches: TextMatches): number {
    return 255 - Math.min(255, Math.round(relevanceScore(doc, need, matches) * 8));
  }

  /**
   * Writes the doc's sort key to `keys[at]`. `rank`: the relevance band. Close matches (bands 0-1) are
   * equals: the fair shuffle orders them. Related matches (bands 2-3) differ in how much they match:
   * `scoreKey` ({@link relatedScoreKey}, the higher text score first), then distance band and the shuffle.
   * It writes rather than returns the key: a key is a double beyond integer range, and a double returned
   * from a call that is not inlined is boxed, one heap object per candidate (27,000 for a common need at
   * 100,000 providers, and the young-generation collections they cause).
   */
  function putSortKey(
    at: number,
    doc: number,
    rank: number,
    distanceBand: number,
    miles: number | undefined,
    shuffle: ShuffleRanks,
    scoreKey: number,
  ): void {
    // Every ordering puts providers not running now (closed, temporarily closed) after every open one.
    const closed = availability[doc]! >> CLOSED_SHIFT;
    if (ordering === 'name') {
      keys[at] = (closed * POW20 + nameRanksOf()[doc]!) * POW20 + doc;
      return;
    }
    if (ordering === 'distance') {
      const tenths = miles === undefined ? MAX_DISTANCE_KEY : Math.min(MAX_DISTANCE_KEY, Math.round(miles * 10));
      keys[at] = ((closed * POW16 + rank * 2 ** 14 + tenths) * POW16 + (shuffleRankOf(shuffle, doc) >>> 16)) * POW20 + doc;
      return;
    }
    const capacity = preferTaking ? availability[doc]! & CAPACITY_BITS : 0;
    // group < 2^15 (rank <= 3), so the closed flag above it keeps every key under 2^52: exact in a double.
    const group = closed * 2 ** 15 + ((rank * 256 + (rank > LAST_CLOSE_BAND ? scoreKey : 0)) * 8 + distanceBand) * 4 + capacity;
    keys[at] = (group * POW16 + (shuffleRankOf(shuffle, doc) >>> 16)) * POW20 + doc;
  }

  /** The provider's {@link shuffleRank} for the ranks' seed, worked out on first need. */
  function shuffleRankOf(shuffle: ShuffleRanks, doc: number): number {
    if (shuffle.known[doc] === 0) {
      shuffle.values[doc] = shuffleRank(shuffle.seed, list[doc]!.id);
      shuffle.known[doc] = 1;
    }
    return shuffle.values[doc]!;
  }

  /** The query with each unknown word replaced by the closest indexed word, or undefined when nothing changes. */
  function correctedText(text: string): string | undefined {
    let changed = false;
    const words = tokenise(text).map((surface) => {
      const token = { surface, stem: stem(surface) };
      if (FUNCTION_WORDS.has(surface) || isQueryStopWord(token) || index.hasStem(token.stem) || vocab.byFirstStem.has(token.stem)) {
        return surface;
      }
      const allowance = Math.max(1, typoAllowance(surface.length) + 1);
      const closest = surface.length >= 3 ? index.closestWord(token, allowance) : undefined;
      if (closest && closest !== surface) {
        changed = true;
        return closest;
      }
      return surface;
    });
    return changed ? words.join(' ') : undefined;
  }

  return {
    search: (query) => run(query ?? {}, true),
    suggest: (text, limit) => suggester(text, limit),
    explainOrder: () =>
      explainOrder(ordering, options.seed ?? dailySeed(), { daily: options.seed === undefined, preferTakingNewClients: preferTaking }),
    useOutcodes(table) {
      outcodes = table;
      places.useOutcodes(table);
      placeLists.clear();
    },
    get size() {
      return n;
    },
    get: (id) => providerById().get(id),
  };
}

function clampPageSize(size: number): number {
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(size) || 10));
}

/** In a doc's availability byte: how its `takingNewClients` sorts (0 true, 1 unknown, 2 false)... */
const CAPACITY_BITS = 3;
/** ...and, above it, 1 when it is not running now (`status` closed or temporarily closed). */
const CLOSED_SHIFT = 2;

/**
 * Adds each doc's capacity to its availability byte (see CAPACITY_BITS; the closed bit is set by
 * {@link buildTextIndex}). Capacity is read from the facet table's option ids rather than from the provider
 * objects: a pass over every object is a walk of cache misses.
 */
function addCapacity(availability: Uint8Array, facets: FacetTable): void {
  const rankOf = Int8Array.from(facets.optionsOf('takingNewClients'), (option) => (option === 'true' ? 0 : option === 'false' ? 2 : 1));
  const { offsets, ids } = facets.optionIdsOf('takingNewClients');
  for (let doc = 0; doc < availability.length; doc++) {
    availability[doc]! |= offsets[doc + 1]! > offsets[doc]! ? rankOf[ids[offsets[doc]!]!]! : 1;
  }
}

/**
 * Indexes providers' searchable fields: name, support types (their own words
 * and every vocabulary phrase for them), who for, summary, description. Town
 * and areas are not here: place is handled by location, not words. A support
 * type's or group's words are analysed once per finder, not once per provider,
 * and found by the option ids the facet table already holds. Also sets each
 * closed provider's bit in `availability` (see CLOSED_SHIFT), in the same pass.
 */
function buildTextIndex(list: readonly Provider[], vocab: Vocabulary, facets: FacetTable, availability: Uint8Array): TextIndex {
  const builder = new TextIndexBuilder();
  const support = facets.optionIdsOf('support');
  const whoFor = facets.optionIdsOf('whoFor');
  const supportTerms = termsByOption(builder, facets.optionsOf('support'), vocab.tokensBySupport);
  const whoForTerms = termsByOption(builder, facets.optionsOf('whoFor'), vocab.tokensByWhoFor);
  for (let doc = 0; doc < list.length; doc++) {
    const p = list[doc]!;
    // Closed providers are noted here, in the one pass that reads every provider's own fields (see addCapacity).
    if (isClosed(p.status)) availability[doc] = 1 << CLOSED_SHIFT;
    builder.beginDoc();
    builder.addText(p.name, FIELD_WEIGHTS.name);
    // A type's words are held once for all its providers (addSharedTerms below); they are interned here,
    // when first met, so term ids (and with them the order typo matches are tried in) follow first use.
    for (let k = support.offsets[doc]!; k < support.offsets[doc + 1]!; k++) supportTerms(support.ids[k]!);
    for (let k = whoFor.offsets[doc]!; k < whoFor.offsets[doc + 1]!; k++) whoForTerms(whoFor.ids[k]!);
    builder.addText(p.summary ?? '', FIELD_WEIGHTS.summary);
    builder.addText(p.description ?? '', FIELD_WEIGHTS.description);
    const tags = p.tags;
    if (tags) for (let k = 0; k < tags.length; k++) builder.addText(tags[k]!, FIELD_WEIGHTS.summary); // publisher's unmapped taxonomy terms (feed/oruk)
  }
  addShared(builder, facets.optionsOf('support'), facets.postingsOf('support'), supportTerms, FIELD_WEIGHTS.support);
  addShared(builder, facets.optionsOf('whoFor'), facets.postingsOf('whoFor'), whoForTerms, FIELD_WEIGHTS.whoFor);
  return builder.build();
}

/** Gives each option's providers (the facet table's doc lists, ascending) the option's terms, once per option. */
function addShared(
  builder: TextIndexBuilder,
  options: readonly string[],
  docsByOption: ReadonlyMap<string, Int32Array>,
  termsOf: (id: number) => Int32Array,
  weight: number,
): void {
  options.forEach((option, id) => {
    const docs = docsByOption.get(option);
    if (docs && docs.length > 0) builder.addSharedTerms(termsOf(id), weight, docs);
  });
}

/**
 * A type's or group's terms by option id: its own words and every vocabulary
 * phrase for it, interned when first met (so term ids follow first use).
 */
function termsByOption(
  builder: TextIndexBuilder,
  options: readonly string[],
  vocabTokens: ReadonlyMap<string, readonly AnalysedToken[]>,
): (id: number) => Int32Array {
  const cache: (Int32Array | undefined)[] = [];
  return (id) => {
    let terms = cache[id];
    if (!terms) {
      const option = options[id]!;
      cache[id] = terms = builder.termsOf([...analyse(option.replace(/[-_]/g, ' ')), ...(vocabTokens.get(option) ?? [])]);
    }
    return terms;
  };
}

/** The type-hit bits a provider of this asked-for support type gets: a secondary type (one the words only fit less exactly) gives TYPE_HIT alone. */
function typeHitBits(type: string, interpretation: NeedInterpretation): number {
  return interpretation.secondarySupport?.includes(type) ? TYPE_HIT : TYPE_HIT | PRIMARY_TYPE_HIT;
}
