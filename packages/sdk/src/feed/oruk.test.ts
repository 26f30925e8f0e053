/**
 * Open Referral input end to end, on the real example documents in test/fixtures/oruk
 * (see PROVENANCE.md there) and on shape-faithful fictional documents.
 */
import { expect } from '@open-wc/testing';
import { fromOpenReferral, looksLikeOpenReferral } from './oruk.ts';
import { parseFeed } from './parse.ts';
import { FeedError } from './errors.ts';
import type { ParsedFeed } from '../types.ts';
import { createFinder } from '../search/finder.ts';

async function fixtureText(name: string): Promise<string> {
  return (await fetch(`/test/fixtures/oruk/${name}.json.txt`)).text();
}
async function fixture(name: string): Promise<unknown> {
  return JSON.parse((await fixtureText(name)).replace(/^\uFEFF/, ''));
}
function shapeOf(feed: ParsedFeed): string | undefined {
  return (feed as ParsedFeed & { openReferral?: { shape: string } }).openReferral?.shape;
}
function recordSkips(feed: ParsedFeed): number {
  return new Set(feed.problems.filter((p) => p.severity === 'record').map((p) => p.index)).size;
}

const service = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Example service ${id} (fictional)`,
  status: 'active',
  ...extra,
});

describe('Open Referral shapes (parseFeed detects them)', () => {
  // [fixture, shape, services in, providers out]
  for (const [name, shape, servicesIn, out] of [
    ['oruk-3.0_service_list', 'hsds-page', 1, 1],
    ['oruk-3.0_service_full', 'service', 1, 1],
    ['hsds-3.0_service_list', 'hsds-page', 1, 1],
    ['hsds-3.0_service_full', 'service', 1, 1],
    ['outpost_scout_services_page1', 'oruk1-page', 20, 20],
    ['outpost_bucks_services_page2_trimmed', 'oruk1-page', 28, 28],
    ['outpost_bucks_service_single', 'service', 1, 1],
    ['invalid_oruk-3.0_service_list_fail', 'hsds-page', 4, 0],
  ] as const) {
    it(`${name}: ${shape}, ${servicesIn} in, ${out} out, every record accounted for`, async () => {
      const text = await fixtureText(name);
      const feed = parseFeed(text); // raw text, BOM and all
      expect(shapeOf(feed)).to.equal(shape);
      expect(feed.providers).to.have.length(out);
      expect(feed.providers.length + recordSkips(feed)).to.equal(servicesIn);
      for (const provider of feed.providers) {
        expect(provider.support.length).to.be.greaterThan(0);
        if (provider.contact?.website) expect(provider.contact.website).to.match(/^https?:\/\//);
        if (provider.description) expect(provider.description).to.not.match(/<\/?[a-z]+>|&amp;|&nbsp;/i);
      }
    });
  }

  it('Outpost page: every service is found by place (postcode or point), phones and hours read', async () => {
    const feed = parseFeed(await fixtureText('outpost_bucks_services_page2_trimmed'));
    const located = feed.providers.filter((p) => p.location?.postcode !== undefined || p.location?.lat !== undefined);
    expect(located.length).to.be.at.least(22);
    expect(feed.providers.filter((p) => p.contact?.phone !== undefined).length).to.be.at.least(20);
    expect(feed.providers.filter((p) => (p.hours?.length ?? 0) > 0).length).to.be.at.least(10);
    expect(feed.providers.filter((p) => p.whoFor?.includes('older-people')).length).to.be.at.least(8);
    // masked addresses stay private: no street address
    for (const p of feed.providers.filter((x) => x.location?.private)) expect(p.location?.address).to.equal(undefined);
  });

  it('the invalid ORUK list: missing names and duplicate ids reported against the source position', async () => {
    const feed = parseFeed(await fixtureText('invalid_oruk-3.0_service_list_fail'));
    expect(feed.problems.filter((p) => p.path === 'name' && p.severity === 'record').map((p) => p.index)).to.deep.equal([0, 1, 2, 3]);
    expect(feed.problems.some((p) => p.path === 'email' && /boolean/.test(p.message))).to.equal(true);
  });

  it('a bare array of services', () => {
    const feed = parseFeed([service('a'), service('b')]);
    expect(shapeOf(feed)).to.equal('service-array');
    expect(feed.providers.map((p) => p.id)).to.deep.equal(['a', 'b']);
  });

  it('an ORUK 1.0 page (content, totalElements, totalPages)', () => {
    const feed = parseFeed({ content: [service('a')], totalElements: 1, totalPages: 1, number: 1, size: 1, first: true, last: true });
    expect(shapeOf(feed)).to.equal('oruk1-page');
    expect(feed.providers).to.have.length(1);
  });

  it('an HSDS 3.1 service_at_location list: one provider per service, other venues as areas', () => {
    const shared = service('svc-1');
    const feed = parseFeed({
      contents: [
        { id: 'sal-1', service: shared, location: { id: 'l1', postal_code: 'BS1 4DJ', latitude: 51.45, longitude: -2.59 } },
        { id: 'sal-2', service: shared, location: { id: 'l2', postal_code: 'BS16 1AA' } },
        { id: 'sal-3', service: service('svc-2'), location: { id: 'l3', postal_code: 'TA1 1AA' } },
      ],
      total_items: 3,
      total_pages: 1,
      page_number: 1,
      size: 3,
    });
    expect(shapeOf(feed)).to.equal('service-at-location-list');
    expect(feed.providers.map((p) => p.id)).to.deep.equal(['svc-1', 'svc-2']);
    expect(feed.providers[0]!.location).to.deep.equal({ postcode: 'BS1 4DJ', lat: 51.45, lng: -2.59 });
    expect(feed.providers[0]!.areas).to.deep.equal(['BS16']);
  });

  it("organization_full: services inherit the organisation's email and url", () => {
    const feed = parseFeed({
      id: 'org-1',
      name: 'Example Trust (fictional)',
      email: 'trust@example.org',
      url: 'example.org',
      services: [service('a'), service('b', { email: 'b@example.org' })],
    });
    expect(shapeOf(feed)).to.equal('organization-full');
    expect(feed.meta.publisher.name).to.equal('Example Trust (fictional)');
    expect(feed.providers[0]!.contact).to.deep.equal({ email: 'trust@example.org', website: 'https://example.org/' });
    expect(feed.providers[1]!.contact?.email).to.equal('b@example.org');
  });

  it('a UTF-8 BOM before a page', () => {
    const feed = parseFeed('\uFEFF' + JSON.stringify({ contents: [service('a')], total_pages: 1, page_number: 1 }));
    expect(feed.providers).to.have.length(1);
  });

  it('our own format is not mistaken for Open Referral; a bare list of our records is still refused', () => {
    const ours = parseFeed({
      format: 'micro-provider-feed/1',
      publisher: { name: 'x' },
      generated: '2025-01-01',
      providers: [{ id: 'a', name: 'A', support: ['meals'] }],
    });
    expect(shapeOf(ours)).to.equal(undefined);
    expect(() => parseFeed([{ id: 'a', name: 'A', support: ['meals'] }])).to.throw(FeedError);
  });
});

describe('Open Referral input handed in as an object', () => {
  // parseFeed may clean and let go of what its own JSON.parse made; a value the caller holds is only read.
  const documents: [string, () => Promise<unknown>][] = [
    ...[
      'oruk-3.0_service_list',
      'oruk-3.0_service_full',
      'hsds-3.0_service_list',
      'hsds-3.0_service_full',
      'outpost_scout_services_page1',
      'outpost_bucks_services_page2_trimmed',
      'outpost_bucks_service_single',
      'invalid_oruk-3.0_service_list_fail',
    ].map((name): [string, () => Promise<unknown>] => [name, () => fixture(name)]),
    ['a bare array with a bad entry', async () => [service('a'), null, { name: 7 }, service('b', { email: 'not an email' })]],
    [
      'a service_at_location list',
      async () => ({
        contents: [
          { id: 'sal-1', service: service('svc-1'), location: { id: 'l1', postal_code: 'BS1 4DJ' } },
          { id: 'sal-2', service: service('svc-1'), location: { id: 'l2', postal_code: 'BS16 1AA' } },
        ],
        total_pages: 2,
        page_number: 1,
      }),
    ],
    [
      'organization_full',
      async () => ({ id: 'org-1', name: 'Example Trust (fictional)', url: 'example.org', services: [service('a'), service('b')] }),
    ],
  ];
  for (const [name, load] of documents) {
    it(`${name}: left exactly as it was, and read as its JSON text is`, async () => {
      const input = await load();
      const before = structuredClone(input);
      const feed = parseFeed(input);
      expect(input).to.deep.equal(before);
      expect(feed).to.deep.equal(parseFeed(JSON.stringify(before)));
      fromOpenReferral(input);
      expect(input).to.deep.equal(before);
    });
  }
});

describe('Open Referral status in search', () => {
  it('closed and temporarily closed services are never taking new clients and come after open ones', () => {
    const place = { locations: [{ postal_code: 'TA1 1AA' }], taxonomies: [{ name: 'Befriending' }] };
    const feed = parseFeed([
      service('closed', { ...place, status: 'inactive' }),
      service('paused', { ...place, status: 'temporarily closed' }),
      service('open-1', place),
      service('open-2', place),
    ]);
    for (const seed of ['a', 'b', 'c', 'd']) {
      const ids = createFinder(feed.providers, { seed })
        .search({ postcode: 'TA1 1AA', text: 'befriending' })
        .results.map((r) => r.provider.id);
      expect(ids.slice(2).sort()).to.deep.equal(['closed', 'paused']);
    }
    expect(feed.providers.filter((p) => p.status !== undefined).map((p) => [p.id, p.status, p.takingNewClients])).to.deep.equal([
      ['closed', 'closed', false],
      ['paused', 'temporarily-closed', false],
    ]);
  });
});

describe('Open Referral reports', () => {
  it('counts unmapped source fields per path in one summary problem', () => {
    const feed = parseFeed([
      service('a', { wait_time: '2 weeks', program: { id: 'p' } }),
      service('b', { wait_time: '1 week', alert: '' }),
    ]);
    const summaries = feed.problems.filter((p) => p.path === 'unmapped');
    expect(summaries).to.have.length(1);
    expect(summaries[0]!.index).to.equal(-1);
    expect(summaries[0]!.message).to.contain('wait_time (2)').and.contain('program (1)').and.not.contain('alert');
  });

  it('counts unmapped venue fields by path, once per service', () => {
    const venue = { postal_code: 'TA1 1AA', accessibilities: [{ name: 'Car parking' }] };
    const feed = parseFeed([
      service('a', { locations: [venue, venue] }),
      service('b', { service_at_locations: [{ location: { ...venue, accessibility: [{ description: 'Ramp' }] } }] }),
    ]);
    const message = feed.problems.find((p) => p.path === 'unmapped')!.message;
    expect(message).to.contain('locations[].accessibilities (1)').and.contain('service_at_locations[].location.accessibility (1)');
  });

  it('says when only one page of many was read', () => {
    const feed = parseFeed({ contents: [service('a')], total_items: 30, total_pages: 3, page_number: 1, size: 10 });
    expect(feed.problems.find((p) => p.path === 'paging')?.message).to.contain('page 1 of 3 (30 services in all)');
  });

  it('reports a duplicate id against the source position', () => {
    const feed = parseFeed([service('a', { status: 'defunct' }), service('b'), service('b')]);
    const duplicate = feed.problems.find((p) => p.path === 'id');
    expect(duplicate).to.deep.include({ index: 2, id: 'b', severity: 'record' });
    expect(duplicate!.message).to.contain('repeats record 1');
  });
});

describe('fromOpenReferral', () => {
  it('converts a fixture and accepts extra taxonomy rows', async () => {
    const input = await fixture('outpost_bucks_service_single');
    expect(looksLikeOpenReferral(input)).to.equal(true);
    const feed = fromOpenReferral(input, { extraTaxonomy: [{ source: 'test', terms: ['Staying active'], support: ['befriending'] }] });
    expect(feed.providers).to.have.length(1);
    expect(feed.providers[0]!.support).to.include('befriending');
  });

  it('refuses input that is not Open Referral, and text that is not JSON', () => {
    expect(() => fromOpenReferral({ hello: 'world' })).to.throw(FeedError);
    expect(looksLikeOpenReferral({ hello: 'world' })).to.equal(false);
    expect(looksLikeOpenReferral({ content: [], totalPages: 0 })).to.equal(true);
    let error: unknown;
    try {
      fromOpenReferral('{"contents": [');
    } catch (caught) {
      error = caught;
    }
    expect((error as FeedError).kind).to.equal('parse');
  });
});
