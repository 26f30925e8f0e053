import { expect } from '@open-wc/testing';
import { parseFeed } from '../feed/parse.ts';
import { createFinder } from '../search/finder.ts';
import { areaNameKey, districtsForAreaName } from './local-authorities.ts';
import { createOutcodeTable } from './outcode-table.ts';
import { loadOutcodeTable } from './outcodes.ts';

describe('local authorities in the outcode table', () => {
  for (const [name, key] of [
    ['South Gloucestershire', 'south gloucestershire'],
    ['Bristol City Council', 'bristol'],
    ['City of Bristol', 'bristol'],
    ['Buckinghamshire Council', 'buckinghamshire'],
    ['Aberdeen City', 'aberdeen'],
    ['Royal Borough of Windsor & Maidenhead', 'windsor and maidenhead'],
  ] as const) {
    it(`areaNameKey(${JSON.stringify(name)}) = ${JSON.stringify(key)}`, () => expect(areaNameKey(name)).to.equal(key));
  }

  it('districtsForAreaName resolves a council name in the bundled table', async () => {
    const table = await loadOutcodeTable();
    const southGlos = districtsForAreaName(table, 'South Gloucestershire');
    expect(southGlos).to.include.members(['BS15', 'BS16', 'BS37']);
    expect(southGlos).to.not.include('BS1');
    expect(districtsForAreaName(table, 'Bristol City Council')).to.include('BS1');
    expect(districtsForAreaName(table, 'Nowhere-on-Sea (fictional)')).to.deep.equal([]);
  });

  it('a table without the authority column resolves nothing', () => {
    expect(districtsForAreaName({ get: () => undefined, size: 0 }, 'Bristol')).to.deep.equal([]);
    const table = createOutcodeTable([{ outcode: 'TA1', lat: 51, lng: -3.1, authority: 'Somerset' }]);
    expect(table.authority('ta 1')).to.equal('Somerset');
    expect(districtsForAreaName(table, 'Somerset County Council')).to.deep.equal(['TA1']);
  });

  it('a service whose service area is a council is found by a postcode in that council', async () => {
    const feed = parseFeed({
      contents: [
        {
          id: 'a',
          name: 'Example Befriending (fictional)',
          status: 'active',
          taxonomies: [{ name: 'Befriending' }],
          service_areas: [{ name: 'South Gloucestershire Council' }],
        },
        {
          id: 'b',
          name: 'Example Lunch Club (fictional)',
          status: 'active',
          taxonomies: [{ name: 'Lunch clubs' }],
          service_areas: [{ name: 'Somerset' }],
        },
      ],
      total_pages: 1,
      page_number: 1,
    });
    expect(feed.providers[0]!.areas).to.deep.equal(['South Gloucestershire']);
    const finder = createFinder(feed.providers, { seed: 's', outcodes: await loadOutcodeTable(), includeUnlocated: false });
    const found = finder.search({ postcode: 'BS37 4AA' }).results.map((r) => r.provider.id);
    expect(found).to.deep.equal(['a']);
    expect(finder.search({ postcode: 'BS37 4AA' }).results[0]!.coversArea).to.equal(true);
  });
});

describe('tags from Open Referral taxonomies are searchable', () => {
  it('a need typed as an unmapped term finds the provider tagged with it', () => {
    const feed = parseFeed([
      { id: 'a', name: 'Example Group A (fictional)', status: 'active', taxonomies: [{ name: 'Knitting circle' }] },
      { id: 'b', name: 'Example Group B (fictional)', status: 'active', taxonomies: [{ name: 'Befriending' }] },
    ]);
    const finder = createFinder(feed.providers, { seed: 's' });
    expect(finder.search({ text: 'knitting' }).results.map((r) => r.provider.id)).to.deep.equal(['a']);
  });
});
