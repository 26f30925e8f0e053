import { expect } from '@open-wc/testing';
import type { GeoPoint, OutcodeTable, Provider } from '../types.ts';
import { createFinder } from './finder.ts';
import { fixtureProviders, provider } from '@micro-provider-finder/test/fixtures/search/test-providers.ts';
import { EXAMPLE_NEEDS } from '@micro-provider-finder/test/fixtures/search/example-needs.ts';
import { interpretNeed } from './vocabulary.ts';
import { distanceMiles } from '../geo/distance.ts';

const ids = (response: { results: { provider: Provider }[] }) => response.results.map((r) => r.provider.id);

/** Approximate centres of three Somerset districts, nearest to farthest from TA1: TA1, TA6, BA20. */
const THREE_CENTROIDS: Record<string, GeoPoint> = {
  TA1: { lat: 51.015, lng: -3.1 },
  TA6: { lat: 51.13, lng: -3.0 },
  BA20: { lat: 50.94, lng: -2.63 },
};
const threeDistricts: OutcodeTable = { get: (code) => THREE_CENTROIDS[code], size: 3 };

describe('createFinder: plain-English search', () => {
  const finder = createFinder(fixtureProviders(), { seed: 'test' });

  it('finds providers of the right support type for every example need (recall on the issue examples)', () => {
    let expected = 0;
    let found = 0;
    for (const example of EXAMPLE_NEEDS) {
      const all = finder.search({ text: example.text, pageSize: 100 }).results;
      // A type the words only fit less exactly (meals for "lunch club") is found, but as a related match.
      const secondary = interpretNeed(example.text).secondarySupport ?? [];
      const wanted = fixtureProviders().filter(
        (p) => p.support.some((s) => example.support?.includes(s)) || (p.whoFor ?? []).some((w) => example.whoFor?.includes(w)),
      );
      for (const p of wanted) {
        expected++;
        const hit = all.find((r) => r.provider.id === p.id);
        if (hit) found++;
        expect(hit, `"${example.text}" finds ${p.id}`).to.not.equal(undefined);
        if (p.support.every((type) => secondary.includes(type))) continue;
        expect(hit!.relevanceBand, `"${example.text}" ranks ${p.id} in band 0`).to.equal(0);
        expect(hit!.closeMatch, `"${example.text}": ${p.id} is a close match`).to.equal(true);
      }
    }
    console.log(`search recall on the issue's example needs: ${found}/${expected} = ${(found / expected).toFixed(3)}`);
    expect(found / expected).to.equal(1);
  });

  it('ranks providers of the type a need names above those of a type it only fits ("lunch club": lunch clubs, then meals)', () => {
    const providers = [
      ...['a', 'b', 'c', 'd'].map((x) => provider(`lunch-${x}`, { support: ['lunch-clubs'], areas: ['TA1'] })),
      provider('lunch-and-meals', { support: ['meals', 'lunch-clubs'], areas: ['TA1'] }),
      ...['a', 'b', 'c', 'd'].map((x) => provider(`meals-${x}`, { support: ['meals'], summary: 'Hot lunch delivered.', areas: ['TA1'] })),
    ];
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      for (const text of ['lunch club', 'clwb cinio']) {
        const results = createFinder(providers, { seed }).search({ text, postcode: 'TA1', pageSize: 20 }).results;
        expect(results.length).to.equal(providers.length);
        const hasLunchClub = (r: (typeof results)[number]) => r.provider.support.includes('lunch-clubs');
        const lastLunchClub = results.map(hasLunchClub).lastIndexOf(true);
        const firstMealsOnly = results.findIndex((r) => !hasLunchClub(r));
        expect(lastLunchClub, `${seed}: ${ids({ results }).join()}`).to.be.lessThan(firstMealsOnly);
        expect(new Set(results.map((r) => r.distanceBand)).size, 'all in one distance band').to.equal(1);
        // Meals providers are still found, as related matches in a lower band; the count says how many are close.
        expect(
          results.every((r) => r.closeMatch === hasLunchClub(r)),
          'only lunch clubs are close matches',
        ).to.equal(true);
        expect(results.filter((r) => !hasLunchClub(r)).every((r) => r.relevanceBand > 0)).to.equal(true);
        expect(createFinder(providers, { seed }).search({ text, postcode: 'TA1' }).closeTotal).to.equal(5);
      }
    }
  });

  it('forgives typos in longer words', () => {
    expect(ids(finder.search({ text: 'befriening' }))).to.include('bf1');
    expect(ids(finder.search({ text: 'shoping' }))).to.include('sh1');
    expect(ids(finder.search({ text: 'gardning' }))).to.include('gd1');
    const typo = finder.search({ text: 'befriening' }).results.find((r) => r.provider.id === 'bf1')!;
    const exact = finder.search({ text: 'befriending' }).results.find((r) => r.provider.id === 'bf1')!;
    expect(typo.score).to.be.lessThan(exact.score);
  });

  it('does not stretch short words into other words', () => {
    expect(ids(finder.search({ text: 'cab' }))).to.deep.equal([]);
  });

  it('decides the typo allowance on the stem: none for 4 letters or fewer ("meels" is not "meet")', () => {
    const f = createFinder(
      [
        provider('meet', { support: ['activities-clubs'], summary: 'We meet on Mondays.' }),
        provider('meals', { support: ['meals'], summary: 'Hot food delivered.' }),
      ],
      { seed: 's' },
    );
    // "meels" stems to "meel" (4 letters): no typo allowance, so it cannot become "meet".
    expect(ids(f.search({ text: 'meels' }))).to.not.include('meet');
  });

  it('gives a word that is spelt right no typo matches ("shopping" is not "show", "dressed" is not "Press")', () => {
    const f = createFinder(
      [
        provider('show', { support: ['activities-clubs'], summary: 'An annual flower show.' }),
        provider('press', { name: 'Fictional Press Soup Run', support: ['meals'], summary: 'Soup and a roll.' }),
        provider('shop', { support: ['shopping'] }),
        provider('dress', { support: ['personal-care'], summary: 'Help getting dressed.' }),
      ],
      { seed: 's' },
    );
    expect(ids(f.search({ text: 'shopping' }))).to.deep.equal(['shop']);
    expect(ids(f.search({ text: 'help mum get dressed' }))).to.deep.equal(['dress']);
    expect(ids(f.search({ text: 'dressed' }))).to.deep.equal(['dress']);
    // A real typo of a long word is still forgiven.
    expect(ids(f.search({ text: 'shoppping' }))).to.deep.equal(['shop']);
  });

  it('does not count a word the need already read as a type as a close match in providers of other types ("hoovering", "visit my dad")', () => {
    const f = createFinder(
      [
        provider('clean', { support: ['home-help'], summary: 'Dusting and ironing.' }),
        provider('covering', { support: ['transport'], summary: 'Covering the whole county.' }),
        provider('drivers', { support: ['transport'], description: 'Our drivers hoover the car.' }),
        provider('friends', { support: ['befriending'], summary: 'A friendly volunteer.' }),
        provider('garden', { support: ['gardening-odd-jobs'], description: 'We visit to mow lawns.' }),
      ],
      { seed: 's' },
    );
    const hoovering = f.search({ text: 'hoovering' });
    // "hoover" is not stretched to "cover"; a transport provider that mentions hoovering is only related help, listed last.
    expect(ids(hoovering)).to.deep.equal(['clean', 'drivers']);
    expect(hoovering.results.map((r) => r.closeMatch)).to.deep.equal([true, false]);
    expect([hoovering.total, hoovering.closeTotal]).to.deep.equal([2, 1]);
    const visit = f.search({ text: 'someone to visit my dad' });
    expect(ids(visit)).to.deep.equal(['friends', 'garden']);
    expect(visit.closeTotal).to.equal(1);
    expect(visit.results.filter((r) => r.closeMatch).map((r) => r.provider.id)).to.deep.equal(['friends']);
  });

  it('puts a provider matching only some of the words in a lower band, not counted as close', () => {
    const f = createFinder(
      [
        provider('both', { support: ['other'], summary: 'Bellringers and handbells.' }),
        provider('one', { support: ['other'], summary: 'Bellringers only.' }),
      ],
      { seed: 's' },
    );
    const response = f.search({ text: 'bellringers handbells' });
    expect(ids(response)).to.deep.equal(['both', 'one']);
    expect(response.results.map((r) => r.closeMatch)).to.deep.equal([true, false]);
    expect(response.results[1]!.relevanceBand).to.be.greaterThan(response.results[0]!.relevanceBand);
    expect([response.total, response.closeTotal]).to.deep.equal([2, 1]);
  });

  it('orders related matches by how much they match, close matches by the fair shuffle', () => {
    const providers = [
      provider('both', { support: ['other'], summary: 'Bellringers and handbells.' }),
      provider('in-name', { name: 'Fictional Bellringers', support: ['other'] }),
      provider('in-description', { support: ['other'], description: 'Some bellringers.' }),
    ];
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      const results = createFinder(providers, { seed }).search({ text: 'bellringers handbells' }).results;
      expect(ids({ results }), seed).to.deep.equal(['both', 'in-name', 'in-description']);
    }
  });

  it('counts every result as close when there is no need text', () => {
    const response = finder.search({});
    expect(response.closeTotal).to.equal(response.total);
    expect(response.results.every((r) => r.closeMatch)).to.equal(true);
  });

  it('treats a need made only of stop words as no text', () => {
    const all = finder.search({ text: 'someone to help me', pageSize: 100 });
    expect(all.total).to.equal(fixtureProviders().length);
    expect(all.results.every((r) => r.score === 0 && r.relevanceBand === 0)).to.equal(true);
  });

  it('weights the name above support type, summary and description', () => {
    const words = createFinder(
      [
        provider('in-name', { name: 'Fictional Bellringers', support: ['other'] }),
        provider('in-summary', { support: ['other'], summary: 'Bellringers welcome' }),
        provider('in-description', { support: ['other'], description: 'We have bellringers' }),
      ],
      { seed: 's' },
    ).search({ text: 'bellringers' }).results;
    const score = (id: string) => words.find((r) => r.provider.id === id)!.score;
    expect(score('in-name')).to.be.greaterThan(score('in-summary'));
    expect(score('in-summary')).to.be.greaterThan(score('in-description'));
  });

  it('ranks type matches above providers that only mention the other words', () => {
    const f = createFinder(
      [
        provider('mentions', { support: ['transport'], description: 'We run on Tuesdays.' }),
        provider('shop', { support: ['shopping'], summary: 'Tuesdays only.' }),
      ],
      { seed: 's' },
    );
    const response = f.search({ text: 'help with shopping on tuesdays' });
    expect(response.results.map((r) => r.provider.id)).to.deep.equal(['shop', 'mentions']);
    expect(response.results[0]!.relevanceBand).to.be.lessThan(response.results[1]!.relevanceBand);
    expect(response.closeTotal).to.equal(1);
  });

  it('keeps support types it does not know, and finds them by their words', () => {
    const f = createFinder([provider('fc', { support: ['foot-care'] }), provider('m', { support: ['meals'] })], { seed: 's' });
    expect(ids(f.search({ text: 'foot care' }))).to.deep.equal(['fc']);
    expect(Object.keys(f.search({}).facets.support)).to.include('foot-care');
  });

  it('suggests the corrected need when a misspelling finds nothing', () => {
    const response = finder.search({ text: 'meels' });
    if (response.total === 0) expect(response.didYouMean).to.equal('meals');
    const none = finder.search({ text: 'glanhoo' });
    expect(none.total).to.equal(0);
    expect(none.didYouMean).to.equal('glanhau');
    expect(finder.search({ text: 'zzzzqqq' }).didYouMean).to.equal(undefined);
    expect(finder.search({ text: 'meals' }).didYouMean).to.equal(undefined);
  });

  it('uses host vocabulary', () => {
    const f = createFinder([provider('pets', { support: ['pet-care'] })], {
      seed: 's',
      vocabulary: [{ phrase: 'dog walking', support: ['pet-care'] }],
    });
    expect(ids(f.search({ text: 'dog walking' }))).to.deep.equal(['pets']);
  });

  it('builds and searches 10,000 providers (speed is measured in the benchmark, not here)', () => {
    const types = ['meals', 'shopping', 'befriending', 'transport', 'home-help'];
    const many = Array.from({ length: 10000 }, (_, i) =>
      provider(`p${i}`, {
        name: `Fictional ${i}`,
        support: [types[i % 5]!],
        summary: 'Friendly local help',
        takingNewClients: i % 2 === 0,
      }),
    );
    const f = createFinder(many, { seed: 's' });
    expect(f.size).to.equal(10000);
    expect(f.search({ text: 'hot dinners' }).total).to.equal(2000);
    expect(f.search({}).total).to.equal(10000);
    expect(f.get('p42')!.id).to.equal('p42');
  });
});

describe('createFinder: filters, facets and paging', () => {
  const people: Provider[] = [
    provider('a', {
      support: ['meals'],
      delivery: ['home-visit'],
      payment: ['direct-payment'],
      languages: ['cy-GB'],
      hours: [{ day: 'mon', opens: '09:00', closes: '12:00' }],
      cost: { free: true },
      takingNewClients: true,
      whoFor: ['older-people'],
    }),
    provider('b', {
      support: ['meals', 'shopping'],
      delivery: ['venue'],
      payment: ['self-funded'],
      languages: ['en'],
      hours: [{ day: 'tue', opens: '09:00', closes: '12:00' }],
      takingNewClients: false,
    }),
    provider('c', {
      support: ['shopping'],
      delivery: ['home-visit'],
      payment: ['direct-payment', 'self-funded'],
      languages: ['en', 'cy'],
      cost: { free: false, fromGBP: 12 },
    }),
    provider('d', { support: ['befriending'], delivery: ['phone'], takingNewClients: true, whoFor: ['dementia'] }),
  ];
  const f = createFinder(people, { seed: 's' });
  const set = (response: { results: { provider: Provider }[] }) => new Set(ids(response));

  it('applies each filter, matching any chosen value', () => {
    expect(set(f.search({ support: ['meals'] }))).to.deep.equal(new Set(['a', 'b']));
    expect(set(f.search({ support: ['meals', 'befriending'] }))).to.deep.equal(new Set(['a', 'b', 'd']));
    expect(set(f.search({ whoFor: ['dementia'] }))).to.deep.equal(new Set(['d']));
    expect(set(f.search({ delivery: ['home-visit'] }))).to.deep.equal(new Set(['a', 'c']));
    expect(set(f.search({ payment: ['self-funded'] }))).to.deep.equal(new Set(['b', 'c']));
    expect(set(f.search({ languages: ['cy'] }))).to.deep.equal(new Set(['a', 'c']));
    expect(set(f.search({ openOn: ['tue'] }))).to.deep.equal(new Set(['b']));
    expect(set(f.search({ free: true }))).to.deep.equal(new Set(['a']));
    expect(set(f.search({ takingNewClients: true }))).to.deep.equal(new Set(['a', 'd']));
    expect(f.search({ free: false }).total).to.equal(4);
  });

  it('counts facets disjunctively: a filter does not narrow its own counts', () => {
    const facets = f.search({ support: ['meals'] }).facets;
    expect(facets.support).to.deep.equal({ meals: 2, shopping: 2, befriending: 1 });
    expect(facets.delivery).to.deep.equal({ 'home-visit': 1, venue: 1, phone: 0 });
    expect(facets.languages).to.deep.equal({ cy: 1, en: 1 });
    const both = f.search({ support: ['meals'], delivery: ['home-visit'] }).facets;
    expect(both.support).to.deep.equal({ meals: 1, shopping: 1, befriending: 0 });
    expect(both.delivery).to.deep.equal({ 'home-visit': 1, venue: 1, phone: 0 });
    expect(both.free).to.deep.equal({ true: 1, false: 0 });
    expect(f.search({}).facets.takingNewClients).to.deep.equal({ true: 2, false: 1, unknown: 1 });
  });

  it('lists a chosen option the feed lacks with a count of 0', () => {
    const response = f.search({ support: ['transport'] });
    expect(response.total).to.equal(0);
    expect(response.facets.support.transport).to.equal(0);
  });

  it('pages with a 1-based page number and reports the full total', () => {
    const many = createFinder(
      Array.from({ length: 25 }, (_, i) => provider(`p${i}`, { support: ['meals'] })),
      { seed: 's' },
    );
    const pages = [1, 2, 3].map((page) => many.search({ page, pageSize: 10 }));
    expect(pages.map((p) => p.results.length)).to.deep.equal([10, 10, 5]);
    expect(pages.every((p) => p.total === 25)).to.equal(true);
    expect(new Set(pages.flatMap(ids)).size).to.equal(25);
    expect(many.search({}).pageSize).to.equal(10);
    expect(many.search({ page: 9 }).results).to.deep.equal([]);
  });

  it('puts providers taking new clients first within a band, but never hides full ones', () => {
    const mixed = Array.from({ length: 10 }, (_, i) => provider(`m${i}`, { support: ['meals'], takingNewClients: i % 2 === 0 }));
    for (const seed of ['a', 'b', 'c']) {
      const results = createFinder(mixed, { seed }).search({ text: 'meals' }).results;
      expect(results.length).to.equal(10);
      expect(results.slice(0, 5).every((r) => r.provider.takingNewClients === true)).to.equal(true);
    }
    const unpreferred = createFinder(mixed, { seed: 'a', preferTakingNewClients: false }).search({}).results;
    expect(unpreferred.length).to.equal(10);
    expect(createFinder(mixed, { seed: 'a' }).explainOrder().bands.takingNewClientsFirst).to.equal(true);
  });

  it('puts providers not saying whether they take new clients between those that do and those that do not', () => {
    const states = [true, undefined, false];
    const mixed = Array.from({ length: 12 }, (_, i) => provider(`t${i}`, { support: ['meals'], takingNewClients: states[i % 3] }));
    for (const seed of ['a', 'b', 'c']) {
      const order = createFinder(mixed, { seed })
        .search({ text: 'meals', pageSize: 12 })
        .results.map((r) => states.indexOf(r.provider.takingNewClients));
      expect(order).to.deep.equal([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    }
  });
});

describe('createFinder: location', () => {
  const located: Provider[] = [
    provider('based-ta1', { support: ['meals'], location: { postcode: 'TA1 2BB' } }),
    provider('covers-ta1', { support: ['meals'], location: { postcode: 'TA6 1AA' }, areas: ['ta 1', 'TA2'] }),
    provider('elsewhere', { support: ['meals'], location: { postcode: 'BA20 1AA' } }),
    provider('nowhere', { support: ['meals'] }),
    provider('phone-only', { support: ['befriending'], delivery: ['phone'] }),
  ];

  it('matches the postcode district without coordinates', () => {
    const f = createFinder(located, { seed: 's', includeUnlocated: false });
    const response = f.search({ postcode: 'ta11aa' });
    expect(new Set(ids(response))).to.deep.equal(new Set(['based-ta1', 'covers-ta1', 'phone-only']));
    expect(response.results.find((r) => r.provider.id === 'based-ta1')!.coversArea).to.equal(true);
  });

  it('keeps providers with no location by default, after the located ones; the host can leave them out', () => {
    const found = ids(createFinder(located, { seed: 's' }).search({ postcode: 'TA1' }));
    expect(found).to.include('nowhere');
    expect(found.indexOf('nowhere')).to.be.greaterThan(found.indexOf('based-ta1'));
    expect(ids(createFinder(located, { seed: 's', includeUnlocated: false }).search({ postcode: 'TA1' }))).to.not.include('nowhere');
  });

  it('with an origin, gives distances, bands and honours maxMiles (covering providers always pass)', () => {
    const centroids: Record<string, GeoPoint> = {
      TA1: { lat: 51.015, lng: -3.1 },
      TA6: { lat: 51.13, lng: -3.0 },
      BA20: { lat: 50.6, lng: -2.3 },
    };
    const table: OutcodeTable = { get: (code) => centroids[code], size: 3 };
    const f = createFinder(located, { seed: 's', includeUnlocated: false });
    f.useOutcodes(table);
    const origin = { lat: 51.015, lng: -3.1, district: 'TA1', postcode: 'TA1 1AA', precision: 'district' as const };
    const all = f.search({ origin });
    const byId = new Map(all.results.map((r) => [r.provider.id, r]));
    expect(byId.get('based-ta1')!.distanceMiles).to.equal(0.5); // "under a mile": geo's honest rounding
    expect(byId.get('covers-ta1')!.coversArea).to.equal(true);
    expect(byId.get('covers-ta1')!.distanceBand).to.equal(0);
    expect(byId.get('elsewhere')!.distanceMiles).to.be.greaterThan(20);
    expect(byId.get('elsewhere')!.distanceBand).to.equal(5);
    expect(ids(all).indexOf('elsewhere')).to.be.greaterThan(ids(all).indexOf('covers-ta1'));
    const near = f.search({ origin, maxMiles: 5 });
    expect(new Set(ids(near))).to.deep.equal(new Set(['based-ta1', 'covers-ta1', 'phone-only']));
    // A typed postcode becomes a point once the table is known.
    expect(f.search({ postcode: 'TA1 1AA' }).results.find((r) => r.provider.id === 'based-ta1')!.distanceMiles).to.equal(0.5);
  });

  it('narrowing by place first keeps exactly the providers within maxMiles, covering by radius, or phone-only', () => {
    const origin = { lat: 51.015, lng: -3.1, district: 'TA1', postcode: 'TA1 1AA', precision: 'district' as const };
    // A ring of providers at known points 0-60 miles out in every direction, some with a long radius.
    const spread: Provider[] = [];
    for (let i = 0; i < 240; i++) {
      const angle = (i * 137.5 * Math.PI) / 180;
      const degrees = (i % 60) / 69;
      const lat = origin.lat + degrees * Math.cos(angle);
      const lng = origin.lng + (degrees * Math.sin(angle)) / Math.cos((origin.lat * Math.PI) / 180);
      spread.push(provider(`p${i}`, { support: ['meals'], location: { lat, lng }, ...(i % 17 === 0 ? { radiusMiles: 70 } : {}) }));
    }
    spread.push(provider('phone', { support: ['meals'], delivery: ['phone'] }));
    const f = createFinder(spread, { seed: 's' });
    for (const maxMiles of [1, 5, 10, 20, 45]) {
      for (const text of [undefined, 'meals']) {
        const got = new Set(ids(f.search({ origin, maxMiles, text, pageSize: 500 })));
        const expected = new Set(
          spread
            .filter((p) => {
              if (!p.location) return true;
              const miles = distanceMiles(origin, { lat: p.location.lat!, lng: p.location.lng! });
              return miles <= maxMiles || (p.radiusMiles !== undefined && miles <= p.radiusMiles);
            })
            .map((p) => p.id),
        );
        expect(got, `${maxMiles} miles, text ${text}`).to.deep.equal(expected);
      }
    }
  });

  it('orders by distance on request', () => {
    const f = createFinder(located.slice(0, 3), { seed: 's', ordering: 'distance', outcodes: threeDistricts });
    expect(ids(f.search({ postcode: 'TA1', pageSize: 3 }))).to.deep.equal(['based-ta1', 'covers-ta1', 'elsewhere']);
  });
});

describe('providers not running now', () => {
  // The closed ones are the nearest (and first by name), so only the closed rule puts them last.
  const providers: Provider[] = [
    provider('closed-near', {
      name: 'A closed lunch club',
      support: ['meals'],
      summary: 'Lunch club with hot meals.',
      areas: ['TA1'],
      status: 'closed',
    }),
    provider('paused-near', {
      name: 'B paused lunch club',
      support: ['meals'],
      summary: 'Lunch club.',
      areas: ['TA1'],
      status: 'temporarily-closed',
    }),
    provider('open-far', {
      name: 'Y open meals',
      support: ['meals'],
      summary: 'Meals.',
      location: { postcode: 'BA20 1AA' },
      takingNewClients: true,
    }),
    provider('open-mid', { name: 'Z open meals', support: ['meals'], summary: 'Meals.', location: { postcode: 'TA6 1AA' } }),
  ];

  for (const ordering of ['fair', 'distance', 'name'] as const) {
    for (const preferTakingNewClients of [true, false]) {
      it(`come after every open provider (${ordering} order, preferTakingNewClients ${preferTakingNewClients})`, () => {
        for (const seed of ['a', 'b', 'c', 'd', 'e']) {
          const f = createFinder(providers, { seed, ordering, preferTakingNewClients, outcodes: threeDistricts });
          for (const query of [{ postcode: 'TA1', text: 'meals' }, { postcode: 'TA1' }, { text: 'meals' }, {}]) {
            const order = ids(f.search({ ...query, maxMiles: 100 }));
            expect(order, `${seed} ${JSON.stringify(query)}`).to.have.length(4);
            expect(order.slice(2).sort(), `${seed} ${JSON.stringify(query)}`).to.deep.equal(['closed-near', 'paused-near']);
          }
        }
      });
    }
  }
});

describe('finder.suggest', () => {
  const f = createFinder(fixtureProviders(), { seed: 's' });

  it('suggests support types and phrases from the last word typed, deterministically', () => {
    const s = f.suggest('help with sho');
    expect(s[0]).to.deep.equal({ label: 'Shopping', kind: 'support', value: 'shopping' });
    expect(s.some((x) => x.kind === 'phrase')).to.equal(true);
    expect(s.length).to.be.at.most(8);
    expect(f.suggest('help with sho')).to.deep.equal(s);
  });

  it('suggests who-for groups and Welsh phrases, and nothing for one letter', () => {
    expect(f.suggest('deme').map((x) => x.value)).to.include('dementia');
    expect(f.suggest('siop').map((x) => x.label)).to.include('siopa');
    expect(f.suggest('s')).to.deep.equal([]);
    expect(f.suggest('gard', 2).length).to.equal(2);
  });
});
