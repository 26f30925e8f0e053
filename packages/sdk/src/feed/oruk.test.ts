import { expect } from '@open-wc/testing';
import { fromOpenReferral, looksLikeOpenReferral } from './oruk.ts';
import { parseFeed } from './parse.ts';
import { FeedError } from './errors.ts';

async function fixture(name: string): Promise<unknown> {
  const text = await (await fetch(`/test/fixtures/oruk/${name}.json.txt`)).text();
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

describe('fromOpenReferral', () => {
  it('converts an ORUK 3.0 full service: contact, location, areas, cost, hours', async () => {
    const feed = fromOpenReferral(await fixture('oruk-3.0_service_full'));
    expect(feed.providers).to.have.length(1);
    const provider = feed.providers[0]!;
    expect(provider.name).to.equal('Community Counselling');
    expect(provider.contact?.website).to.equal('http://example.com/counselling');
    expect(provider.cost).to.deep.include({ fromGBP: 35 });
    expect(provider.hours).to.deep.equal([
      { day: 'thu', opens: '10:00', closes: '18:00' },
      { day: 'fri', opens: '10:00', closes: '18:00' },
    ]);
    // The fixture's latitude 100 / longitude 101 are out of range: dropped and reported.
    expect(provider.location?.lat).to.equal(undefined);
    expect(feed.problems.some((p) => p.path === 'location.lat')).to.equal(true);
  });

  it('converts an HSDS 3.0 full service, unquoting its phone number', async () => {
    const feed = fromOpenReferral(await fixture('hsds-3.0_service_full'));
    expect(feed.providers).to.have.length(1);
    expect(feed.providers[0]!.contact?.phone).to.equal('+44 1234 234567');
  });

  for (const name of ['oruk-3.0_service_list', 'hsds-3.0_service_list', 'outpost_scout_services_page1', 'outpost_bucks_service_single']) {
    it(`parseFeed reads ${name} through Open Referral detection, accounting for every record`, async () => {
      const input = await fixture(name);
      expect(looksLikeOpenReferral(input)).to.equal(true);
      const feed = parseFeed(input);
      const page = input as { contents?: unknown[]; content?: unknown[] };
      const records = (page.contents ?? page.content)?.length ?? 1;
      const skipped = new Set(feed.problems.filter((p) => p.severity === 'record').map((p) => p.index)).size;
      expect(feed.providers.length + skipped).to.equal(records);
      expect(feed.providers.length).to.be.greaterThan(0);
      for (const provider of feed.providers) {
        expect(provider.support.length).to.be.greaterThan(0);
        if (provider.contact?.website) expect(provider.contact.website).to.match(/^https?:\/\//);
      }
    });
  }

  it('refuses input that is not Open Referral', () => {
    expect(() => fromOpenReferral({ hello: 'world' })).to.throw(FeedError);
  });
});
