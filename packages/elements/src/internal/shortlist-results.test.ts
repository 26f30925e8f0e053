import { expect } from '@open-wc/testing';
import type { Provider, SearchResult } from '@micro-provider-finder/sdk';
import { shortlistResults } from './shortlist-results.ts';

const provider = (id: string) => ({ id, name: `${id} (fictional)` }) as unknown as Provider;

describe('shortlist results', () => {
  it('lists kept providers in the order kept, with the current search result when there is one, leaving out ids gone from the feed', () => {
    const inSearch: SearchResult = {
      provider: provider('b'),
      score: 7,
      relevanceBand: 1,
      distanceBand: 2,
      closeMatch: true,
      distanceMiles: 2,
    };
    const results = shortlistResults(['b', 'gone', 'a'], [inSearch], [provider('a'), provider('b')]);
    expect(results.map((r) => r.provider.id)).to.deep.equal(['b', 'a']);
    expect(results[0]).to.equal(inSearch);
    expect(results[1]).to.deep.include({ score: 0, closeMatch: true });
    expect(results[1]!.distanceMiles).to.equal(undefined);
  });
});
