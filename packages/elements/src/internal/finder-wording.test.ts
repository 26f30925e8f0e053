import { expect } from '@open-wc/testing';
import type { ParsedFeed, SearchResponse } from '@micro-provider-finder/sdk';
import { resolveLocale } from '../i18n/locale.ts';
import type { FeedState, FinderState } from './finder-state.ts';
import { countText, feedErrorText, orderText, statusText, wideningText } from './finder-wording.ts';

const en = resolveLocale('en-GB');
const cy = resolveLocale('cy');
const feed = (n: number): FeedState => ({ feed: { providers: new Array(n).fill({}) } as ParsedFeed, problems: [] });
const response = (total: number) => ({ total, results: [], facets: {} }) as unknown as SearchResponse;
const quiet = { slowLoading: false, announcement: '' };

describe('finder wording', () => {
  it('counts results with the place searched from, or "found" without one', () => {
    const near = { kind: 'results', query: { text: '', origin: { district: 'TA1' } }, response: response(3) } as const;
    expect(countText(en, near as never)).to.equal('3 providers near TA1');
    expect(countText(en, { kind: 'results', query: { text: '' }, response: response(1) })).to.equal('1 provider found');
  });

  it('says how many match the need closely and how many more offer related help (closeTotal ?? total)', () => {
    const outcome = (total: number, closeTotal?: number) =>
      ({
        kind: 'results',
        query: { text: 'hot dinners' },
        response: { ...response(total), ...(closeTotal === undefined ? {} : { closeTotal }) },
      }) as never;
    expect(countText(en, outcome(42, 12))).to.equal('12 providers match ‘hot dinners’; 30 more offer related help');
    expect(countText(en, outcome(42))).to.equal('42 providers found', 'no closeTotal yet: all close');
    expect(countText(en, outcome(42, 42))).to.equal('42 providers found');
    const near = {
      kind: 'results',
      query: { text: 'meals', origin: { district: 'TA1' } },
      response: { ...response(5), closeTotal: 1 },
    } as never;
    expect(countText(en, near)).to.equal('1 provider near TA1 matches ‘meals’; 4 more offer related help');
  });

  it('says what each state is in the live region', () => {
    const say = (state: FinderState, extra = quiet) => statusText(en, state, extra);
    expect(say({ kind: 'no-feed' })).to.equal('');
    expect(say({ kind: 'loading' })).to.equal(en.strings.loading);
    expect(say({ kind: 'loading' }, { ...quiet, slowLoading: true })).to.equal(en.strings.stillLoading);
    expect(say({ kind: 'idle', feed: feed(12) })).to.equal('12 providers listed');
    expect(say({ kind: 'searching', feed: feed(12) })).to.equal(en.strings.searching);
    expect(say({ kind: 'postcode-error', feed: feed(12), error: 'unknown-district' })).to.equal('');
    const outcome = { kind: 'results', query: { text: '' }, response: response(0) } as const;
    expect(say({ kind: 'empty', feed: feed(12), outcome })).to.equal(en.strings.noResultsHeading);
    const found = { ...outcome, response: response(4) };
    expect(say({ kind: 'results', feed: feed(12), outcome: found })).to.equal('4 providers found');
    expect(say({ kind: 'results', feed: feed(12), outcome: found }, { ...quiet, announcement: 'Showing 4 of 4' })).to.equal(
      'Showing 4 of 4',
    );
  });

  it('words a feed failure: offline first, then a short Retry-After in minutes, else by kind', () => {
    const base = { kind: 'http', message: '', usingSavedCopy: false } as const;
    expect(feedErrorText(en, { ...base, offline: true, retryAfterSeconds: 60 })).to.equal(en.strings.feedOffline);
    expect(feedErrorText(en, { ...base, retryAfterSeconds: 90 })).to.include('2 minutes');
    expect(feedErrorText(en, { ...base, retryAfterSeconds: 3 * 60 * 60 })).to.equal(en.strings.feedErrors.http);
    expect(feedErrorText(en, base)).to.equal(en.strings.feedErrors.http);
  });

  it('explains the order and words widening options in the interface language', () => {
    expect(orderText(en, 'fair')).to.equal(en.strings.orderFair);
    expect(orderText(en, 'distance')).to.equal(en.strings.orderDistance);
    expect(wideningText(en, { kind: 'remove-filter', filter: 'support', value: 'meals', total: 5 }, '')).to.include('Meals');
    expect(wideningText(en, { kind: 'distance', maxMiles: undefined, total: 2 }, '')).to.equal('Look at any distance (2 providers)');
    expect(wideningText(cy, { kind: 'remove-text', total: 2 }, 'cinio')).to.include('cinio');
  });
});
