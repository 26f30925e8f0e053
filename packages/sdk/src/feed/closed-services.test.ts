/**
 * A closed or temporarily closed service is never taking new clients (docs/feed-format.md, issue 9),
 * whatever its record says: in the parser's output, and so in the finder's filter, facet count and
 * fair ordering, which read `takingNewClients`, not `status`.
 */
import { expect } from '@open-wc/testing';
import { parseFeed, parseFeedFromJson } from './parse.ts';
import { createFinder } from '../search/finder.ts';
import type { ParsedFeed } from '../types.ts';

function record(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, name: `Example Befriending ${id} (fictional)`, support: ['befriending'], ...overrides };
}
function feed(providers: unknown[]): Record<string, unknown> {
  return {
    format: 'micro-provider-feed/1',
    publisher: { name: 'Example Council (fictional)' },
    generated: '2025-03-31T09:00:00Z',
    providers,
  };
}

/** The same feed through each path: copied from an object, cleaned in place from JSON text or a fresh JSON.parse value. */
const READERS: [string, (input: Record<string, unknown>) => ParsedFeed][] = [
  ['an object (records copied)', (input) => parseFeed(input)],
  ['JSON text (records cleaned in place)', (input) => parseFeed(JSON.stringify(input))],
  ['a fresh JSON.parse value (records cleaned in place)', (input) => parseFeedFromJson(JSON.parse(JSON.stringify(input)))],
];

describe('closed services', () => {
  for (const [label, read] of READERS) {
    for (const status of ['closed', 'temporarily-closed']) {
      it(`reads status "${status}" with takingNewClients: true as not taking new clients, and reports it, from ${label}`, () => {
        const result = read(feed([record('open'), record('shut', { status, takingNewClients: true })]));
        expect(result.providers.map((p) => [p.id, p.status, p.takingNewClients])).to.deep.equal([
          ['open', undefined, undefined],
          ['shut', status, false],
        ]);
        expect(result.problems).to.deep.equal([
          {
            index: 1,
            id: 'shut',
            path: 'takingNewClients',
            message: `takingNewClients: true, but status is "${status}"; treated as not taking new clients`,
            severity: 'field',
          },
        ]);
      });

      it(`reads status "${status}" saying nothing or false about new clients as not taking them, with no problem, from ${label}`, () => {
        const result = read(feed([record('silent', { status }), record('said-no', { status, takingNewClients: false })]));
        expect(result.providers.map((p) => p.takingNewClients)).to.deep.equal([false, false]);
        expect(result.problems).to.deep.equal([]);
      });
    }

    it(`keeps takingNewClients of an open service (status "open" or none) as it is, from ${label}`, () => {
      const result = read(
        feed([
          record('a', { status: 'open', takingNewClients: true }),
          record('b', { takingNewClients: true }),
          record('c', { status: 'open' }),
          record('d', { status: 'open', takingNewClients: false }),
        ]),
      );
      expect(result.providers.map((p) => p.takingNewClients)).to.deep.equal([true, true, undefined, false]);
      expect(result.problems).to.deep.equal([]);
    });
  }

  it('is not what a bad status does: a status the format does not know is dropped (read as open) and the flag kept', () => {
    const result = parseFeed(feed([record('a', { status: 'gone', takingNewClients: true })]));
    expect(result.providers[0]!.takingNewClients).to.equal(true);
    expect(result.providers[0]!.status).to.equal(undefined);
    expect(result.problems.map((p) => p.path)).to.deep.equal(['status']);
  });

  describe('in the finder', () => {
    const input = feed([
      record('open-taking', { takingNewClients: true }),
      record('closed', { status: 'closed', takingNewClients: true }),
      record('paused', { status: 'temporarily-closed', takingNewClients: true }),
      record('open-silent'),
      record('open-full', { takingNewClients: false }),
    ]);

    for (const [label, read] of READERS) {
      it(`leaves closed services out of the "taking new clients" filter and its count, from ${label}`, () => {
        const finder = createFinder(read(input).providers);
        const taking = finder.search({ takingNewClients: true });
        expect(taking.results.map((r) => r.provider.id)).to.deep.equal(['open-taking']);
        expect(taking.total).to.equal(1);
        expect(taking.facets.takingNewClients).to.deep.equal({ true: 1, false: 3, unknown: 1 });
        expect(finder.search({}).facets.takingNewClients).to.deep.equal({ true: 1, false: 3, unknown: 1 });
      });
    }

    it('puts closed services after open ones in fair ordering (preferring those taking new clients)', () => {
      const { providers } = parseFeed(JSON.stringify(input));
      for (const seed of ['a', 'b', 'c', 'd', 'e']) {
        const ids = createFinder(providers, { seed })
          .search({})
          .results.map((r) => r.provider.id);
        expect(ids.slice(0, 2), seed).to.deep.equal(['open-taking', 'open-silent']);
        expect(ids.slice(2).sort(), seed).to.deep.equal(['closed', 'open-full', 'paused']);
      }
    });
  });
});
