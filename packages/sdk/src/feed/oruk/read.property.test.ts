/**
 * readOpenReferral converts a list it owns (parseFeed of JSON text) last service first, letting
 * go of each as it goes and reading each service's fields through one object of one shape, and a
 * list the caller holds first to last, reading the services themselves. Both must give the same
 * feed, byte for byte: providers, problems in the same order, the same report.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed, parseFeedFromJson } from '../parse.ts';
import { readOpenReferral, type OpenReferralFeed } from './read.ts';

const SETTINGS = { seed: 20261201, numRuns: 200 } as const;

/** A few ids, so repeats (reported against the first) are common. */
const id = fc.oneof(fc.constantFrom('s1', 's2', 's3', 's4', ' s5 ', ''), fc.integer({ min: 0, max: 6 }), fc.constant(null));
const line = fc.oneof(
  fc.constantFrom('Lunch Club (fictional)', '<b>Bold</b> name', 'Tom &amp; Jo', '  spaced  out  ', '', 'x\u0000y', 'café\u200bbar'),
  fc.string({ maxLength: 12 }),
);
const description = fc.oneof(
  line,
  fc.constantFrom('<p>One.</p><p>Two &amp; three.</p>', '<ul><li>a</li><li>b</li></ul>', '<script>x</script>text', 'a\r\n\r\n\r\nb'),
);
const postcode = fc.constantFrom('BS1 4DJ', 'bs16 1aa', 'TA21', 'not a postcode', '', 'SW1A 1AA');
const venue = fc.record(
  {
    id: fc.string({ maxLength: 4 }),
    location_type: fc.constantFrom('physical', 'virtual', 'postal'),
    latitude: fc.oneof(fc.constant(0), fc.double({ min: 49, max: 59, noNaN: true }), fc.constant('51.45')),
    longitude: fc.oneof(fc.constant(0), fc.double({ min: -6, max: 1, noNaN: true })),
    postal_code: postcode,
    addresses: fc.array(fc.record({ address_1: line, city: line, postal_code: postcode }, { requiredKeys: [] }), { maxLength: 2 }),
    mask_exact_address: fc.boolean(),
    made_up_venue_field: fc.string({ maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const service = fc.record(
  {
    id,
    name: fc.oneof(line, fc.constant(7)),
    status: fc.constantFrom('active', 'defunct', 'inactive', 'temporarily closed', 'Active', ''),
    description,
    email: fc.oneof(fc.constantFrom('a@example.org', 'not an email'), fc.integer()),
    url: fc.constantFrom('https://example.org/x', 'javascript:alert(1)', 'www.example.org'),
    cost_options: fc.array(
      fc.record(
        { currency: fc.constantFrom('GBP', 'EUR', ''), amount: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constant('£4.00')) },
        { requiredKeys: [] },
      ),
      { maxLength: 2 },
    ),
    service_at_locations: fc.array(fc.record({ id: fc.string({ maxLength: 3 }), location: venue }), { maxLength: 3 }),
    locations: fc.array(venue, { maxLength: 2 }),
    service_areas: fc.array(fc.record({ name: fc.oneof(postcode, line) }), { maxLength: 3 }),
    languages: fc.array(fc.oneof(fc.constantFrom('English', 'cy', 'Polish'), fc.record({ code: fc.constantFrom('en', 'pt', '') })), {
      maxLength: 3,
    }),
    taxonomy_terms: fc.array(fc.record({ name: fc.constantFrom('meals', 'befriending', 'Day Centres', 'name', 'something else') }), {
      maxLength: 3,
    }),
    eligibility_description: fc.constantFrom('older-people', 'physical-disability; carers', 'anyone'),
    minimum_age: fc.oneof(fc.integer({ min: -1, max: 120 }), fc.constant('18')),
    schedules: fc.array(
      fc.record(
        {
          description: line,
          byday: fc.constantFrom('MO', 'MO,TU', 'XX'),
          opens_at: fc.constantFrom('09:00', '9am'),
          closes_at: fc.constantFrom('17:00', ''),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 2 },
    ),
    assured_date: fc.constantFrom('2025-03-01', 'yesterday'),
    made_up_field: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(null)),
  },
  { requiredKeys: [] },
);
/** Mostly services; now and then something that is not one (the parser skips and reports it). */
const entry = fc.oneof({ weight: 12, arbitrary: service }, { weight: 1, arbitrary: fc.constantFrom(null, 3, 'text', [] as unknown[]) });
const page = fc
  .array(entry, { minLength: 1, maxLength: 12 })
  .map((contents) => ({ contents, total_items: 30, total_pages: 3, page_number: 1, size: 12 }));

describe('Open Referral: an owned list (converted last first) reads as a held one (first to last)', () => {
  it('the same providers, problems (in order) and report, byte for byte', () => {
    fc.assert(
      fc.property(page, (document) => {
        const text = JSON.stringify(document);
        // Only the order of conversion differs: the converted records are checked the same way (in place).
        const owned = readOpenReferral(JSON.parse(text), parseFeedFromJson, { ownsInput: true });
        const held = readOpenReferral(JSON.parse(text), parseFeedFromJson);
        expect(JSON.stringify(owned)).to.equal(JSON.stringify(held));
      }),
      SETTINGS,
    );
  });

  it('parseFeed of the text and of the value: the same providers, and problems and report byte for byte; the value untouched', () => {
    fc.assert(
      fc.property(page, (document) => {
        const text = JSON.stringify(document);
        const held = parseFeed(document) as OpenReferralFeed;
        expect(JSON.stringify(document), 'the caller’s value is only read').to.equal(text);
        for (const owned of [parseFeed(text), parseFeedFromJson(JSON.parse(text))] as OpenReferralFeed[]) {
          // (Key order inside a provider may differ: records cleaned in place keep the source's order.)
          expect(owned.providers).to.deep.equal(held.providers);
          expect(JSON.stringify(owned.problems)).to.equal(JSON.stringify(held.problems));
          expect(JSON.stringify(owned.openReferral)).to.equal(JSON.stringify(held.openReferral));
        }
      }),
      SETTINGS,
    );
  });

  it('a service field inherited from a polluted Object.prototype is read as before, from text as from a value', () => {
    // Services of JSON text are read through one object of their own fields only while nothing they
    // would inherit has a field's name; here something does, and a service without its own "fees" inherits it.
    const text = JSON.stringify({
      contents: [
        { id: 'a', name: 'A (fictional)' },
        { id: 'b', name: 'B (fictional)', fees: 'Free' },
      ],
    });
    Object.defineProperty(Object.prototype, 'fees', { value: 'Pay what you can', configurable: true, enumerable: false, writable: true });
    try {
      const owned = parseFeed(text);
      const held = readOpenReferral(JSON.parse(text), parseFeedFromJson);
      expect(owned.providers.map((p) => p.cost?.text)).to.deep.equal(['Pay what you can', 'Free']);
      expect(JSON.stringify(owned)).to.equal(JSON.stringify(held));
    } finally {
      delete (Object.prototype as { fees?: unknown }).fees;
    }
  });

  it('lets go of each converted service of a list handed over from JSON.parse', () => {
    const data = { contents: [{ id: 'a', name: 'A (fictional)' }, { id: 'b', name: 'B (fictional)' }, 7] };
    const feed = parseFeedFromJson(data);
    expect(feed.providers.map((p) => p.id)).to.deep.equal(['a', 'b']);
    expect(data.contents).to.deep.equal([undefined, undefined, undefined]);
  });
});
