/**
 * What the finder says, worked out from its state: the live region's text, the result count,
 * feed failures, the order explanation and the ways to widen a search. Pure: the same state and
 * language always give the same words.
 */
import type { DirectoryCoverage, Ordering, WideningOption } from '@micro-provider-finder/sdk';
import type { Locale } from '../i18n/locale.ts';
import { filterValueLabel } from './filter-selection.ts';
import type { FinderState, SearchOutcome } from './finder-state.ts';
import { feedErrorText } from './feed-error-text.ts';
import { formatNumber, plural } from './format.ts';

export { feedErrorText };

type ResultsOutcome = Extract<SearchOutcome, { kind: 'results' }>;

/**
 * "12 providers near TA1" (or "found" without a place). With need text and weaker matches too:
 * "12 providers match ‘hot dinners’; 30 more offer related help". `closeTotal` (close matches)
 * comes from the SDK's relevance bands; without it every result counts as close.
 */
export function countText(locale: Locale, outcome: ResultsOutcome): string {
  const place = outcome.query.origin?.district || undefined;
  const { total } = outcome.response;
  const close = Math.min(total, (outcome.response as { closeTotal?: number }).closeTotal ?? total);
  const text = outcome.query.text?.trim() ?? '';
  if (!text || close === total || close === 0) return plural(locale, locale.strings.resultsCount, total, place);
  const { strings } = locale;
  return `${plural(locale, strings.resultsMatch, close, text, place)}; ${plural(locale, strings.relatedMore, total - close)}`;
}

/** "Showing 20 of 31" after "Show more". */
export function showingText(locale: Locale, shown: number, total: number): string {
  return locale.strings.showingOf(formatNumber(locale, shown), formatNumber(locale, total));
}

/** Text of the polite live region: `announcement` is what the last action said, if anything. */
export function statusText(locale: Locale, state: FinderState, extra: { slowLoading: boolean; announcement: string }): string {
  const { strings } = locale;
  switch (state.kind) {
    case 'no-feed':
      return '';
    case 'loading':
      return extra.slowLoading ? strings.stillLoading : strings.loading;
    case 'feed-error':
      return feedErrorText(locale, state.error);
    case 'idle':
      return plural(locale, strings.providersListed, state.feed.feed.providers.length);
    case 'searching':
      return strings.searching;
    case 'postcode-error':
      return '';
    case 'outside-area':
      return coverageText(locale, state.coverage);
    case 'empty':
      return strings.noResultsHeading;
    case 'results':
      return extra.announcement || countText(locale, state.outcome);
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

/** "This directory covers Somerset and Powys." (or its postcode areas when the feed names none). */
export function coverageText(locale: Locale, coverage: DirectoryCoverage): string {
  const list = (items: string[]) => new Intl.ListFormat(locale.lang, { type: 'conjunction' }).format(items);
  return coverage.names.length > 0
    ? locale.strings.coversNames(list(coverage.names))
    : locale.strings.coversAreas(list([...coverage.areas].sort()));
}

/** Why results are in this order ("shown in a different order each day…"). */
export function orderText(locale: Locale, ordering: Ordering): string {
  const { strings } = locale;
  return ordering === 'distance' ? strings.orderDistance : ordering === 'name' ? strings.orderName : strings.orderFair;
}

/** The words of one way to widen a search, with how many providers it gives. `text` is the need searched for. */
export function wideningText(locale: Locale, option: WideningOption, text: string): string {
  const { strings } = locale;
  if (option.kind === 'remove-filter') {
    const label = filterValueLabel(locale, option.filter, option.value);
    return plural(locale, strings.widenRemoveFilter, option.total, label);
  }
  if (option.kind === 'remove-text') return plural(locale, strings.widenRemoveText, option.total, text);
  const miles = option.maxMiles === undefined ? undefined : formatNumber(locale, option.maxMiles);
  return plural(locale, strings.widenDistance, option.total, miles);
}
