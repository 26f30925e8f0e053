import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed, parseFeedFromJson } from './parse.ts';
import { isFeedError } from './errors.ts';
import { providerSchema } from './schema.ts';
import { safeUrl } from './sanitise.ts';

const SETTINGS = { seed: 42, numRuns: 300 } as const;

/** Values a careless or hostile publisher might put in any field. */
const junk = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '   ',
    'javascript:alert(1)',
    ' JaVaScRiPt:x',
    'data:text/html,x',
    '__proto__',
    'https://example.org/',
    'mailto:a@example.org',
  ),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 4 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** Records that are mostly right, with some fields wrong: exercises the drop-and-retry path. */
const nearlyValidRecord = fc.record(
  {
    id: fc.oneof(fc.string({ minLength: 1 }), fc.integer(), junk),
    name: fc.oneof(fc.string(), junk),
    support: fc.oneof(fc.array(fc.oneof(fc.constantFrom('meals', 'home-help', 'Pet Care'), junk), { maxLength: 4 }), junk),
    whoFor: fc.oneof(fc.array(fc.oneof(fc.constantFrom('dementia', 'carers'), junk), { maxLength: 3 }), junk),
    delivery: fc.oneof(fc.array(fc.oneof(fc.constantFrom('home-visit', 'venue'), junk), { maxLength: 3 }), junk),
    location: fc.oneof(
      fc.record(
        { lat: fc.oneof(fc.double(), junk), lng: fc.oneof(fc.double(), junk), postcode: junk, private: junk },
        { requiredKeys: [] },
      ),
      junk,
    ),
    contact: fc.oneof(fc.record({ website: junk, email: junk, phone: junk }, { requiredKeys: [] }), junk),
    hours: fc.oneof(
      fc.array(
        fc.record({ day: fc.oneof(fc.constantFrom('mon', 'sun'), junk), opens: fc.oneof(fc.constant('09:00'), junk), closes: junk }),
        { maxLength: 3 },
      ),
      junk,
    ),
    quality: fc.oneof(
      fc.record({ registration: fc.record({ regulator: fc.oneof(fc.constant('CQC'), junk), status: junk }) }, { requiredKeys: [] }),
      junk,
    ),
    cost: junk,
    status: fc.oneof(fc.constantFrom('open', 'closed', 'temporarily-closed'), junk),
    takingNewClients: fc.oneof(fc.boolean(), junk),
    size: junk,
    updated: junk,
  },
  { requiredKeys: [] },
);

function parseOrFeedError(input: unknown): ReturnType<typeof parseFeed> | undefined {
  try {
    return parseFeed(input);
  } catch (error) {
    if (!isFeedError(error)) throw error;
    return undefined;
  }
}

function expectCleanProviders(result: ReturnType<typeof parseFeed> | undefined): void {
  if (result === undefined) return;
  const ids = new Set<string>();
  for (const provider of result.providers) {
    expect(providerSchema().safeParse(provider).success, JSON.stringify(provider)).to.equal(true);
    expect(ids.has(provider.id)).to.equal(false);
    ids.add(provider.id);
    const website = provider.contact?.website;
    if (website !== undefined) expect(/^https?:\/\//.test(website), website).to.equal(true);
    // A closed or temporarily closed service is never taking new clients (docs/feed-format.md).
    if (provider.status === 'closed' || provider.status === 'temporarily-closed') expect(provider.takingNewClients).to.equal(false);
  }
  for (const problem of result.problems) {
    expect(problem.message).to.be.a('string').and.not.equal('');
    expect(['record', 'field']).to.include(problem.severity);
  }
}

describe('parseFeed properties', () => {
  it('throws nothing but FeedError for any JSON value', () => {
    fc.assert(
      fc.property(fc.json(), (text) => expectCleanProviders(parseOrFeedError(text))),
      SETTINGS,
    );
  });

  it('throws nothing but FeedError for any value at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => expectCleanProviders(parseOrFeedError(value))),
      SETTINGS,
    );
  });

  it('throws nothing but FeedError for hostile objects (throwing getters, Proxies, odd prototypes, huge values)', () => {
    const hostile = (value: unknown, how: number): unknown => {
      if (how === 0) return value;
      if (how === 1)
        return new Proxy(Object(value) as object, {
          get() {
            throw new Error('trap');
          },
        });
      if (how === 2)
        return Object.defineProperty({}, 'providers', {
          get() {
            throw new RangeError('getter');
          },
          enumerable: true,
        });
      if (how === 3) return { format: Object.create(null) as object, providers: value };
      return {
        format: 'micro-provider-feed/1',
        generated: 'x'.repeat(100_000),
        providers: [value, { id: 'p', name: 'n', support: ['meals'], languages: [`en${'-ab'.repeat(100_000)}`] }],
      };
    };
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearlyValidRecord), fc.integer({ min: 0, max: 4 }), (value, how) => {
        expectCleanProviders(parseOrFeedError(hostile(value, how)));
        expectCleanProviders(parseOrFeedError({ format: 'micro-provider-feed/1', providers: [hostile(value, how)] }));
      }),
      { ...SETTINGS, numRuns: 150 },
    );
  });

  it('returns only schema-valid, unique providers for arbitrary records, and accounts for every record', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(nearlyValidRecord, junk), { maxLength: 12 }), (providers) => {
        const result = parseFeed({ format: 'micro-provider-feed/1', publisher: { name: 'Example' }, generated: '2025-01-01', providers });
        expectCleanProviders(result);
        const skipped = new Set(result.problems.filter((p) => p.severity === 'record').map((p) => p.index));
        expect(result.providers.length + skipped.size).to.equal(providers.length);
      }),
      SETTINGS,
    );
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reads JSON text or a fresh JSON.parse value (records cleaned in place) exactly as the same feed given as an object (records copied)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(nearlyValidRecord, nearlyValidRecord, junk), { maxLength: 12 }), (providers) => {
        const text = JSON.stringify({
          format: 'micro-provider-feed/1',
          publisher: { name: 'Example' },
          generated: '2025-01-01',
          providers,
        });
        const fromObject = parseOrFeedError(JSON.parse(text));
        const fromText = parseOrFeedError(text);
        expect(fromText).to.deep.equal(fromObject);
        // What loadFeed and the saved copy use: a value fresh from JSON.parse, cleaned in place like text.
        let fromJson: ReturnType<typeof parseFeed> | undefined;
        try {
          fromJson = parseFeedFromJson(JSON.parse(text));
        } catch (error) {
          if (!isFeedError(error)) throw error;
        }
        expect(fromJson).to.deep.equal(fromObject);
      }),
      SETTINGS,
    );
  });

  it('safeUrl only ever returns http, https, mailto or tel URLs', () => {
    const schemes = fc.constantFrom(
      'javascript:',
      'JaVaScRiPt:',
      ' java\tscript:',
      'data:',
      'vbscript:',
      'https://',
      'http://',
      'mailto:',
      'tel:',
      'javascript&colon;',
      '&#x6A;avascript:',
      '',
    );
    fc.assert(
      fc.property(schemes, fc.string(), (scheme, rest) => {
        const url = safeUrl(scheme + rest);
        if (url !== undefined) expect(/^(https?:\/\/|mailto:|tel:)/.test(url), url).to.equal(true);
      }),
      SETTINGS,
    );
  });
});
