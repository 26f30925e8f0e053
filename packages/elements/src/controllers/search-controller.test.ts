import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createFinder, parseFeed, type ParsedFeed } from '@micro-provider-finder/sdk';
import { fixtures } from '@micro-provider-finder/test/handlers.ts';
import type { SearchOutcome } from '../internal/finder-state.ts';
import { loadEngine, type Engine } from '../internal/load-engine.ts';
import { SearchController } from './search-controller.ts';

const feed: ParsedFeed = parseFeed(fixtures.okFeed);
/** The SDK over the same feed, for expected results. */
const sdk = createFinder(feed.providers, { ordering: 'name' });
let engine: Engine | undefined;

class SearchHost extends LitElement {
  ordering = 'name' as const;
  pageSize = 3;
  geocoderUrl = '';
  loaded?: ParsedFeed;
  outcomes: SearchOutcome[] = [];
  newFinders = 0;
  readonly searching = new SearchController(
    this,
    { feed: () => this.loaded, engine: () => engine },
    (outcome) => this.outcomes.push(outcome),
    () => this.newFinders++,
  );
}
customElements.define('search-controller-host', SearchHost);

async function ready(): Promise<SearchHost> {
  engine = await loadEngine();
  const host = await fixture<SearchHost>(html`<search-controller-host></search-controller-host>`);
  host.loaded = feed;
  host.requestUpdate();
  await host.updateComplete;
  return host;
}

const names = (host: SearchHost) => host.searching.shown.map((r) => r.provider.name);

describe('SearchController', () => {
  it('makes a finder once the feed is there, and runs a search into a page of results', async () => {
    const host = await ready();
    expect(host.newFinders).to.equal(1);
    host.searching.search({ text: 'lunch club' });
    await waitUntil(() => host.outcomes.length === 1, 'search finished');
    const expected = sdk.search({ text: 'lunch club', page: 1, pageSize: 3 });
    expect(names(host)).to.deep.equal(expected.results.map((r) => r.provider.name));
    expect(host.outcomes[0]!.kind).to.equal('results');
  });

  it('adds the next page with showMore', async () => {
    const host = await ready();
    host.searching.search({ text: '' });
    await waitUntil(() => host.outcomes.length === 1);
    const next = host.searching.showMore()!;
    expect(next.total).to.equal(feed.providers.length);
    expect(host.searching.pages).to.equal(2);
    expect(names(host)).to.deep.equal(sdk.search({ text: '', page: 1, pageSize: 6 }).results.map((r) => r.provider.name));
  });

  it('keeps the filters of the search, and reports a postcode it cannot place', async () => {
    const host = await ready();
    host.searching.search({ text: '', free: true, support: ['meals'] });
    expect(host.searching.filters).to.deep.equal({ free: true, support: ['meals'] });
    await waitUntil(() => host.outcomes.length === 1);
    host.searching.search({ text: '', postcode: 'ZZ99 9ZZ' });
    await waitUntil(() => host.outcomes.length === 2);
    expect(host.outcomes[1]).to.deep.equal({ kind: 'postcode-error', error: 'unknown-district' });
    expect(host.searching.shown).to.deep.equal([]);
  });

  it('offers the SDK widening options for a search that found too little', async () => {
    const host = await ready();
    host.searching.search({ text: 'lunch club', openOn: ['sun'] });
    await waitUntil(() => host.outcomes.length === 1);
    const outcome = host.outcomes[0]!;
    if (outcome.kind !== 'results') throw new Error('expected results');
    const options = host.searching.wideningFor(outcome);
    expect(options).to.deep.equal(engine!.suggestWidening(sdk, { text: 'lunch club', openOn: ['sun'] }));
    expect(host.searching.wideningFor(outcome)).to.equal(options, 'worked out once per outcome');
  });

  it('suggests for the need box from the feed', async () => {
    const host = await ready();
    host.searching.suggest('befr');
    expect(host.searching.suggestions.map((s) => s.value)).to.include('befriending');
  });
});
