import { expect } from '@open-wc/testing';
import { parseFeed } from './parse.ts';
import { FeedError, isFeedError } from './errors.ts';
import type { FeedProblem } from '../types.ts';

/** A minimal valid (fictional) record, with overrides. */
function record(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'p1', name: 'Example Home Help (fictional)', support: ['home-help'], ...overrides };
}
function feed(providers: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'micro-provider-feed/1',
    publisher: { name: 'Example Council (fictional)' },
    generated: '2025-03-31T09:00:00Z',
    providers,
    ...extra,
  };
}
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
const byPath = (problems: FeedProblem[], path: string) => problems.filter((p) => p.path === path);

describe('parseFeed', () => {
  describe('feed level', () => {
    it('parses a valid feed with no problems', () => {
      const result = parseFeed(feed([record()]));
      expect(result.problems).to.deep.equal([]);
      expect(result.meta).to.deep.equal({
        format: 'micro-provider-feed/1',
        publisher: { name: 'Example Council (fictional)' },
        generated: '2025-03-31T09:00:00Z',
      });
      expect(result.providers).to.deep.equal([record()]);
    });

    it('accepts JSON text, with a UTF-8 byte-order mark', () => {
      const result = parseFeed('\uFEFF' + JSON.stringify(feed([record()])));
      expect(result.providers.map((p) => p.id)).to.deep.equal(['p1']);
    });

    it('throws FeedError parse for text that is not JSON', () => {
      const error = thrown(() => parseFeed('{"providers": ['));
      expect(isFeedError(error)).to.equal(true);
      expect((error as FeedError).kind).to.equal('parse');
    });

    for (const [label, input] of [
      ['null', null],
      ['a number', 42],
      ['a list', [record()]],
      ['an object without providers', { format: 'micro-provider-feed/1' }],
      ['providers that is not a list', { providers: { a: 1 } }],
    ] as const) {
      it(`throws FeedError not-a-feed for ${label}`, () => {
        const error = thrown(() => parseFeed(input));
        expect(error).to.be.instanceOf(FeedError);
        expect((error as FeedError).kind).to.equal('not-a-feed');
        expect((error as FeedError).name).to.equal('FeedError');
      });
    }

    it('throws FeedError unsupported-format for another format', () => {
      const error = thrown(() => parseFeed(feed([record()], { format: 'micro-provider-feed/2' })));
      expect((error as FeedError).kind).to.equal('unsupported-format');
    });

    it('accepts a missing format and reports it at index -1', () => {
      const input = feed([record()]);
      delete input.format;
      const result = parseFeed(input);
      expect(result.providers).to.have.length(1);
      expect(result.meta.format).to.equal('micro-provider-feed/1');
      expect(result.problems).to.deep.equal([
        { index: -1, path: 'format', message: 'format: missing, assumed "micro-provider-feed/1"', severity: 'field' },
      ]);
    });

    it('reports a missing publisher and bad generated date at index -1, keeping the providers', () => {
      const input = feed([record()], { generated: 'yesterday' });
      delete input.publisher;
      const result = parseFeed(input);
      expect(result.providers).to.have.length(1);
      expect(result.meta.publisher).to.deep.equal({ name: '' });
      expect(result.meta.generated).to.equal('');
      expect(result.problems.map((p) => [p.index, p.path])).to.deep.equal([
        [-1, 'publisher'],
        [-1, 'generated'],
      ]);
    });

    it('drops a javascript: publisher url but keeps the publisher', () => {
      const result = parseFeed(feed([], { publisher: { name: ' Example Council ', url: 'javascript:alert(1)' } }));
      expect(result.meta.publisher).to.deep.equal({ name: 'Example Council' });
      expect(result.problems[0]!.path).to.equal('publisher.url');
    });
  });

  describe('records', () => {
    for (const field of ['id', 'name', 'support']) {
      it(`skips a record missing ${field} and reports it`, () => {
        const bad = record();
        delete bad[field];
        const result = parseFeed(feed([bad, record({ id: 'p2' })]));
        expect(result.providers.map((p) => p.id)).to.deep.equal(['p2']);
        expect(result.problems).to.have.length(1);
        expect(result.problems[0]).to.include({ index: 0, path: field, severity: 'record' });
        expect(result.problems[0]!.message).to.equal(`${field}: missing, record skipped`);
      });
    }

    it('skips a record whose support list is empty or all invalid', () => {
      const result = parseFeed(feed([record({ support: [] }), record({ id: 'p2', support: [3, null] })]));
      expect(result.providers).to.deep.equal([]);
      expect(result.problems.filter((p) => p.severity === 'record').map((p) => p.index)).to.deep.equal([0, 1]);
    });

    it('skips non-object records and names their id when they had one', () => {
      const result = parseFeed(feed(['hello', null, record({ name: '   ' })]));
      expect(result.providers).to.deep.equal([]);
      expect(result.problems.map((p) => [p.index, p.path, p.id])).to.deep.equal([
        [0, '', undefined],
        [1, '', undefined],
        [2, 'name', 'p1'],
      ]);
    });

    it('keeps the first of duplicate ids and reports the later ones', () => {
      const result = parseFeed(feed([record({ name: 'First' }), record({ name: 'Second' }), record({ id: ' p1 ', name: 'Third' })]));
      expect(result.providers.map((p) => p.name)).to.deep.equal(['First']);
      expect(result.problems.map((p) => [p.index, p.id, p.severity])).to.deep.equal([
        [1, 'p1', 'record'],
        [2, 'p1', 'record'],
      ]);
    });

    it('accepts numeric ids as text', () => {
      expect(parseFeed(feed([record({ id: 17 })])).providers[0]!.id).to.equal('17');
    });

    it('drops an invalid optional field, keeps the rest of the record and reports it', () => {
      const result = parseFeed(
        feed([
          record({
            delivery: ['home-visit', 'teleport'],
            takingNewClients: 'yes',
            contact: { phone: '01234 567890', website: 'javascript:alert(1)' },
          }),
        ]),
      );
      expect(result.providers[0]).to.deep.equal({
        ...record(),
        delivery: ['home-visit'],
        contact: { phone: '01234 567890' },
      });
      expect(result.problems.every((p) => p.severity === 'field' && p.index === 0 && p.id === 'p1')).to.equal(true);
      expect(result.problems.map((p) => p.path).sort()).to.deep.equal(['contact.website', 'delivery.1', 'takingNewClients']);
      expect(byPath(result.problems, 'contact.website')[0]!.message).to.equal('contact.website: only http(s) links are allowed, dropped');
      expect(byPath(result.problems, 'delivery.1')[0]!.message).to.contain('"teleport" is not one of');
    });

    it('drops an opening-hours entry with a bad day, keeping the good ones', () => {
      const result = parseFeed(
        feed([
          record({
            hours: [
              { day: 'mon', opens: '9:00', closes: '17:00' },
              { day: 'funday', opens: '09:00', closes: '17:00' },
              { day: 'wed', opens: '10:00', closes: '25:00' },
            ],
          }),
        ]),
      );
      expect(result.providers[0]!.hours).to.deep.equal([{ day: 'mon', opens: '09:00', closes: '17:00' }]);
      expect(result.problems.map((p) => p.path).sort()).to.deep.equal(['hours.1.day', 'hours.2.closes']);
    });

    it('drops a registration with an unknown regulator but keeps the rest of quality', () => {
      const result = parseFeed(
        feed([record({ quality: { dbsChecked: true, registration: { regulator: 'Ofsted', status: 'registered' } } })]),
      );
      expect(result.providers[0]!.quality).to.deep.equal({ dbsChecked: true });
      expect(result.problems[0]!.path).to.equal('quality.registration.regulator');
    });

    it('closes enums and keeps open vocabularies, normalised', () => {
      const result = parseFeed(
        feed([
          record({
            support: ['  Home Help ', 'home_help', 'Pet Care'],
            whoFor: ['Older-People', 'Night Owls'],
            payment: ['Direct-Payment'],
            cost: { per: 'fortnight', fromGBP: 12.5 },
          }),
        ]),
      );
      const provider = result.providers[0]!;
      expect(provider.support).to.deep.equal(['home-help', 'pet-care']);
      expect(provider.whoFor).to.deep.equal(['older-people', 'night-owls']);
      expect(provider.payment).to.equal(undefined);
      expect(provider.cost).to.deep.equal({ fromGBP: 12.5 });
      expect(result.problems.map((p) => p.path).sort()).to.deep.equal(['cost.per', 'payment.0']);
    });

    it('ignores unknown fields', () => {
      const result = parseFeed(feed([record({ colour: 'blue', contact: { fax: '0123' } })]));
      expect(result.providers[0]).to.deep.equal(record());
      expect(result.problems).to.deep.equal([]);
    });

    it('trims text, strips control characters and collapses whitespace in one-line fields', () => {
      const result = parseFeed(
        feed([
          record({ id: '  p9\u0000 ', name: '\tExample\u0007  Lunch\nClub  ', description: '  Line one\r\n\r\n\r\n\r\nLine\u0000 two  ' }),
        ]),
      );
      expect(result.providers[0]).to.include({ id: 'p9', name: 'Example Lunch Club', description: 'Line one\n\nLine two' });
    });

    it('normalises postcodes and drops ones that are not postcodes', () => {
      const result = parseFeed(
        feed([
          record({ location: { postcode: 'ta1  1aa', town: 'Taunton' } }),
          record({ id: 'p2', location: { postcode: 'NOT A CODE', town: 'Brecon' } }),
        ]),
      );
      expect(result.providers[0]!.location).to.deep.equal({ postcode: 'TA1 1AA', town: 'Taunton' });
      expect(result.providers[1]!.location).to.deep.equal({ town: 'Brecon' });
    });

    for (const [label, lat, lng] of [
      ['NaN', Number.NaN, -3.1],
      ['Infinity', Number.POSITIVE_INFINITY, -3.1],
      ['out of range', 91, -3.1],
      ['text', '51.0', -3.1],
    ] as const) {
      it(`drops a ${label} latitude, and the lone longitude with it`, () => {
        const result = parseFeed(feed([record({ location: { lat, lng, town: 'Taunton' } })]));
        expect(result.providers[0]!.location).to.deep.equal({ town: 'Taunton' });
        expect(result.problems.map((p) => p.path).sort()).to.deep.equal(['location.lat', 'location.lng']);
      });
    }

    it('keeps good coordinates', () => {
      const result = parseFeed(feed([record({ location: { lat: 51.015, lng: -3.1 } })]));
      expect(result.providers[0]!.location).to.deep.equal({ lat: 51.015, lng: -3.1 });
    });

    it('caps a 5 MB description instead of failing', () => {
      const huge = 'word '.repeat(1_000_000);
      const result = parseFeed(feed([record({ description: huge })]));
      const description = result.providers[0]!.description!;
      expect(description.length).to.be.at.most(10_000);
      expect(description.endsWith('\u2026')).to.equal(true);
      expect(result.problems).to.deep.equal([]);
    });

    it('reports each repeated id with the record it repeats (the first kept), before and after the first repeat', () => {
      // Record 1 is skipped (no support), so record numbers and kept positions differ.
      const ids = ['a', 'skipped', 'b', 'a', 'c', 'b', 'c', 'a', 'd'];
      const records = ids.map((id) => ({ id, name: `Name ${id}`, ...(id === 'skipped' ? {} : { support: ['meals'] }) }));
      for (const input of [feed(records), JSON.stringify(feed(records))]) {
        const result = parseFeed(input);
        expect(result.providers.map((p) => p.id)).to.deep.equal(['a', 'b', 'c', 'd']);
        const repeats = result.problems.filter((p) => p.path === 'id').map((p) => [p.index, p.id, p.message]);
        expect(repeats).to.deep.equal([
          [3, 'a', 'id: "a" repeats record 0, record skipped (the first one is kept)'],
          [5, 'b', 'id: "b" repeats record 2, record skipped (the first one is kept)'],
          [6, 'c', 'id: "c" repeats record 4, record skipped (the first one is kept)'],
          [7, 'a', 'id: "a" repeats record 0, record skipped (the first one is kept)'],
        ]);
      }
    });

    it('lists only the providers kept when the records after them are skipped or repeat an id (text reuses the record list, cut to length)', () => {
      const records = [
        { id: 'a', name: 'Name a', support: ['meals'] },
        { id: 'b', name: 'Name b', support: ['meals'] },
        { id: 'skipped', name: 'No support' },
        { id: 'a', name: 'Name a again', support: ['meals'] },
        { name: 'No id', support: ['meals'] },
      ];
      for (const input of [feed(records), JSON.stringify(feed(records)), JSON.stringify(feed(records.slice(2)))]) {
        const result = parseFeed(input);
        const expected = input === JSON.stringify(feed(records.slice(2))) ? ['a'] : ['a', 'b'];
        expect(result.providers.map((p) => p.id)).to.deep.equal(expected);
        expect(result.providers).to.have.length(expected.length);
        expect(result.problems.map((p) => p.index)).to.deep.equal(expected.length === 1 ? [0, 2] : [2, 3, 4]);
      }
      const none = parseFeed(JSON.stringify(feed([records[2], records[4]])));
      expect(none.providers).to.deep.equal([]);
    });

    it('spots repeated ids whichever way each record was checked (clean as it is, cleaned in place, copied)', () => {
      // " b" and "Name  c" need cleaning (trimmed, one space): from JSON text the generic checker cleans them in place.
      const records = [
        { id: 'a', name: 'Name a', support: ['meals'] },
        { id: ' b', name: 'Name b', support: ['meals'] },
        { name: 'Name  c', id: 'c', support: ['meals'] },
        { id: 'b', name: 'Name b again', support: ['meals'] },
        { id: 'c', name: 'Name  c again', support: ['meals'] },
        { id: 'd', name: 'Name d', support: ['meals'] },
      ];
      for (const input of [feed(records), JSON.stringify(feed(records))]) {
        const result = parseFeed(input);
        expect(result.providers.map((p) => [p.id, p.name])).to.deep.equal([
          ['a', 'Name a'],
          ['b', 'Name b'],
          ['c', 'Name c'],
          ['d', 'Name d'],
        ]);
        expect(result.problems.map((p) => [p.index, p.message])).to.deep.equal([
          [3, 'id: "b" repeats record 1, record skipped (the first one is kept)'],
          [4, 'id: "c" repeats record 2, record skipped (the first one is kept)'],
        ]);
      }
    });

    it('reports a repeated id with the record it repeats when no record was skipped before it', () => {
      const ids = ['a', 'b', 'c', 'b', 'skipped', 'a'];
      const records = ids.map((id) => ({ id, name: `Name ${id}`, ...(id === 'skipped' ? {} : { support: ['meals'] }) }));
      for (const input of [feed(records), JSON.stringify(feed(records))]) {
        const result = parseFeed(input);
        expect(result.providers.map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
        const repeats = result.problems.filter((p) => p.path === 'id').map((p) => [p.index, p.message]);
        expect(repeats).to.deep.equal([
          [3, 'id: "b" repeats record 1, record skipped (the first one is kept)'],
          [5, 'id: "a" repeats record 0, record skipped (the first one is kept)'],
        ]);
      }
    });

    it('never copies a polluted prototype value into a record read from JSON text', () => {
      Object.defineProperty(Object.prototype, 'summary', { value: '  From the prototype  ', enumerable: true, configurable: true });
      try {
        const result = parseFeed(JSON.stringify(feed([record()])));
        expect(Object.hasOwn(result.providers[0]!, 'summary')).to.equal(false);
      } finally {
        delete (Object.prototype as Record<string, unknown>).summary;
      }
    });

    it("never copies a polluted prototype value into a home-based provider's location, nor keeps a location it made look full", () => {
      Object.defineProperty(Object.prototype, 'street', { value: '7 Polluted Row', enumerable: true, configurable: true });
      try {
        const home = {
          id: 'h1',
          name: 'Home',
          support: ['meals'],
          location: { postcode: 'TA1 4XX', address: '7 Hidden Close', private: true },
        };
        const lone = { id: 'l1', name: 'Lone', support: ['meals'], location: { lat: 51 } };
        for (const input of [feed([home, lone]), JSON.stringify(feed([home, lone]))]) {
          const [homeProvider, loneProvider] = parseFeed(input).providers;
          expect(Object.keys(homeProvider!.location!)).to.deep.equal(['postcode', 'private']);
          expect(Object.hasOwn(homeProvider!.location!, 'street')).to.equal(false);
          expect(Object.hasOwn(loneProvider!, 'location'), 'a lone coordinate was all it had').to.equal(false);
        }
      } finally {
        delete (Object.prototype as Record<string, unknown>).street;
      }
    });

    it('never lets __proto__ or constructor keys pollute prototypes', () => {
      const text = `{"format":"micro-provider-feed/1","__proto__":{"polluted":"feed"},"providers":[
        {"id":"p1","name":"A","support":["meals"],"__proto__":{"polluted":"record"},"constructor":{"prototype":{"polluted":"ctor"}},
         "contact":{"__proto__":{"polluted":"contact"},"website":"javascript:x"},
         "location":{"__proto__":{"polluted":"location"},"lat":"bad"}}]}`;
      const result = parseFeed(text);
      const provider = result.providers[0]!;
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect((provider as unknown as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(provider)).to.equal(Object.prototype);
      expect(Object.keys(provider).sort()).to.deep.equal(['id', 'name', 'support']);
      expect(Object.hasOwn(provider, 'constructor')).to.equal(false);
    });
  });

  describe('home-based providers (location.private)', () => {
    const home = { address: '7 Hidden Close', postcode: 'ta1 4xx', lat: 51.0151, lng: -3.1062, town: 'Taunton' };

    it('keeps only the town and the postcode district: address, coordinates and full postcode never leave the parser', () => {
      const result = parseFeed(feed([record({ location: { ...home, private: true } })]));
      expect(result.providers[0]!.location).to.deep.equal({ postcode: 'TA1', town: 'Taunton', private: true });
      expect(result.problems).to.deep.equal([]);
      const everything = JSON.stringify(result);
      for (const secret of ['Hidden Close', '4XX', '51.0151', '-3.1062']) expect(everything).not.to.include(secret);
    });

    it('withholds the same from a feed given as JSON text (records cleaned in place)', () => {
      const text = JSON.stringify(feed([record({ location: { ...home, postcode: 'TA1 4XX', private: true } }), record({ id: 'p2' })]));
      const result = parseFeed(text);
      expect(result.providers[0]!.location).to.deep.equal({ postcode: 'TA1', town: 'Taunton', private: true });
      expect(result.problems).to.deep.equal([]);
      const everything = JSON.stringify(result);
      for (const secret of ['Hidden Close', '4XX', '51.0151', '-3.1062']) expect(everything).not.to.include(secret);
    });

    it("keeps the kept location keys in the order of the location withheld from (the record's from text, the schema's from an object)", () => {
      const location = { private: true, town: 'Taunton', address: '7 Hidden Close', postcode: 'TA1 4XX' };
      const keysOf = (input: unknown) => Object.keys(parseFeed(input).providers[0]!.location!);
      expect(keysOf(JSON.stringify(feed([record({ location })])))).to.deep.equal(['private', 'town', 'postcode']);
      expect(keysOf(feed([record({ location })]))).to.deep.equal(['postcode', 'town', 'private']);
    });

    it('keeps a public base as it is', () => {
      const result = parseFeed(feed([record({ location: { ...home, private: false } })]));
      expect(result.providers[0]!.location).to.deep.equal({ ...home, postcode: 'TA1 4XX', private: false });
    });

    for (const flag of ['true', 1, 'yes', 'false', 0, null, {}, ['x']]) {
      it(`treats "private": ${JSON.stringify(flag)} as private and reports it, never as public`, () => {
        const result = parseFeed(feed([record({ location: { ...home, private: flag } })]));
        expect(result.providers[0]!.location).to.deep.equal({ postcode: 'TA1', town: 'Taunton', private: true });
        expect(result.problems).to.have.length(1);
        expect(result.problems[0]).to.include({ index: 0, id: 'p1', path: 'location.private', severity: 'field' });
        expect(result.problems[0]!.message).to.match(/^location\.private: expected true or false, got .+; treated as private/);
      });
    }

    it('never echoes a location value in a problem message', () => {
      const result = parseFeed(
        feed([
          record({
            id: 'a',
            location: {
              private: true,
              address: ['7 Hidden Close'],
              lat: '51.0151',
              lng: 'Hidden Lane',
              postcode: 'NOT 7 HIDDEN',
              town: 99,
            },
          }),
          record({ id: 'b', location: '7 Hidden Close, Taunton TA1 4XX' }),
          record({ id: 'c', location: { private: 'yes', lat: 95.5, lng: -3.1062 } }),
        ]),
      );
      expect(result.problems.length).to.be.greaterThan(4);
      const messages = result.problems.map((p) => p.message).join('\n');
      for (const secret of ['Hidden', '4XX', '51.0151', '95.5', '-3.1062', '99']) expect(messages).not.to.include(secret);
    });
  });

  describe('limits (one oversized record costs only itself)', () => {
    it('drops a megabyte language tag (no regex stack overflow) and keeps the record', () => {
      const huge = `en${'-abc'.repeat(2_000_000)}`;
      const result = parseFeed(feed([record({ languages: ['cy', huge, 'EN'] })]));
      expect(result.providers[0]!.languages).to.deep.equal(['cy', 'en']);
      expect(byPath(result.problems, 'languages.1')).to.have.length(1);
    });

    for (const [key, limit, item] of [
      ['support', 50, (i: number) => `term-${i}`],
      ['whoFor', 50, (i: number) => `who-${i}`],
      ['areas', 500, (i: number) => `Town ${i}`],
      ['languages', 50, (i: number) => `x${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}`],
      ['hours', 50, () => ({ day: 'mon', opens: '09:00', closes: '17:00' })],
      ['delivery', 20, () => 'venue'],
      ['payment', 20, () => 'self-funded'],
    ] as const) {
      it(`keeps the first ${limit} of 100,000 ${key} and reports the cut`, () => {
        const list = Array.from({ length: 100_000 }, (_, i) => item(i));
        const result = parseFeed(feed([record({ [key]: list })]));
        const kept = (result.providers[0] as unknown as Record<string, unknown[]>)[key]!;
        expect(kept.length).to.be.at.most(limit);
        expect(kept.length).to.be.at.least(1);
        expect(byPath(result.problems, key)).to.deep.equal([
          { index: 0, id: 'p1', path: key, message: `${key}: 100000 items, only the first ${limit} kept`, severity: 'field' },
        ]);
      });
    }

    it('caps ids, names and dates instead of failing the feed', () => {
      const big = 'x'.repeat(5_000_000);
      const result = parseFeed(
        feed([record({ id: `id-${big}`, name: `Name ${big}`, updated: `2025-01-01${big}`, capacityUpdated: ` ${big}` })], {
          generated: big,
        }),
      );
      const provider = result.providers[0]!;
      expect(provider.id.length).to.be.at.most(200);
      expect(provider.name.length).to.be.at.most(500);
      expect(provider.updated).to.equal(undefined);
      expect(provider.capacityUpdated).to.equal(undefined);
      expect(result.meta.generated).to.equal('');
      expect(result.problems.map((p) => p.path).sort()).to.deep.equal(['capacityUpdated', 'generated', 'updated']);
      expect(JSON.stringify(result.problems).length, 'problems never quote the huge values').to.be.below(2_000);
    });

    it('refuses more than 2^20 providers with a clear FeedError, at once', () => {
      const started = performance.now();
      const error = thrown(() => parseFeed(feed(new Array(2 ** 20 + 1).fill({}))));
      expect(isFeedError(error)).to.equal(true);
      expect((error as FeedError).kind).to.equal('not-a-feed');
      expect((error as FeedError).message).to.equal(
        'the feed lists 1048577 providers, more than the 1048576 one feed may have; split it into smaller feeds',
      );
      expect(performance.now() - started).to.be.below(1_000);
    });

    it('turns whatever a hostile value throws into a FeedError', () => {
      const throwingGetter = {
        format: 'micro-provider-feed/1',
        get providers(): unknown {
          throw new Error('gotcha');
        },
      };
      const unprintableFormat = { format: Object.create(null) as object, providers: [] };
      const proxy = new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
          has() {
            throw new Error('trap');
          },
          ownKeys() {
            throw new Error('trap');
          },
        },
      );
      for (const input of [throwingGetter, unprintableFormat, proxy]) {
        const error = thrown(() => parseFeed(input));
        expect(isFeedError(error), String(error)).to.equal(true);
        expect((error as FeedError).kind).to.equal('parse');
      }
    });

    it('skips and reports a record that throws when read, keeping the others', () => {
      const throwing = {
        id: 'p2',
        name: 'B',
        get support(): unknown {
          throw new TypeError('nope');
        },
      };
      const result = parseFeed(feed([record(), throwing, record({ id: 'p3' })]));
      expect(result.providers.map((p) => p.id)).to.deep.equal(['p1', 'p3']);
      expect(result.problems).to.deep.equal([
        { index: 1, path: '', message: 'record: could not be read (TypeError), record skipped', severity: 'record' },
      ]);
    });
  });
});
