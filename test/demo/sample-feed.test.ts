/**
 * The demo's sample feed (demo/data/sample-feed.json, written by `npm run sample`): it must parse
 * cleanly, be plainly fictional, and contain every kind of record the finder has to handle, so the
 * demo and the element tests exercise real cases. Regenerate with `npm run sample`;
 * `node scripts/generate-sample-feed.mjs --check` proves the file matches the generator.
 */
import { expect } from '@open-wc/testing';
import { createFinder, parseFeed } from '@micro-provider-finder/sdk';
import type { ParsedFeed, Provider } from '@micro-provider-finder/sdk';
// Imported, not fetched: the test server's esbuild plugin (json: true) serves every .json path as a JS module.
import sampleFeed from '../../demo/data/sample-feed.json';
const SOMERSET_DISTRICT = /^(TA\d+|BA\d+)$/;
const POWYS_DISTRICT = /^(LD\d|SY\d+|NP\d|HR3)$/;
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/** The provider's postcode district: from its base, or else the first area it covers. */
function districtOf(p: Provider): string {
  const fromBase = p.location?.postcode?.split(' ')[0];
  return fromBase ?? p.areas?.find((a) => /^[A-Z]{1,2}\d/.test(a)) ?? '';
}

describe('sample feed (demo/data/sample-feed.json)', () => {
  let raw: unknown;
  let feed: ParsedFeed;

  before(() => {
    raw = structuredClone(sampleFeed as unknown);
    feed = parseFeed(raw);
  });

  it('parses with zero problems and keeps every record', () => {
    expect(feed.problems).to.deep.equal([]);
    expect(feed.providers.length).to.equal((raw as { providers: unknown[] }).providers.length);
    expect(feed.meta.format).to.equal('micro-provider-feed/1');
  });

  it('says plainly that it is fictional', () => {
    expect(feed.meta.publisher.name).to.match(/fictional/i);
    expect(feed.meta.publisher.name).to.match(/not real/i);
  });

  it('has about 450 providers around Somerset and about 30 in Powys', () => {
    const districts = feed.providers.map(districtOf);
    const somerset = districts.filter((d) => SOMERSET_DISTRICT.test(d)).length;
    const powys = districts.filter((d) => POWYS_DISTRICT.test(d)).length;
    expect(somerset, 'Somerset').to.be.within(420, 480);
    expect(powys, 'Powys').to.be.within(20, 40);
    expect(somerset + powys, 'every provider is in one of the two areas').to.equal(feed.providers.length);
  });

  it('has unique ids and unique names', () => {
    const ids = new Set(feed.providers.map((p) => p.id));
    const names = new Set(feed.providers.map((p) => p.name));
    expect(ids.size).to.equal(feed.providers.length);
    expect(names.size).to.equal(feed.providers.length);
  });

  it('mixes home-based, areas-only and venue-based providers', () => {
    const privateHomes = feed.providers.filter((p) => p.location?.private === true);
    const areasOnly = feed.providers.filter((p) => !p.location && (p.areas?.length ?? 0) > 0);
    const venues = feed.providers.filter((p) => p.delivery?.includes('venue') && p.location && !p.location.private);
    expect(privateHomes.length, 'home-based').to.be.greaterThan(50);
    expect(areasOnly.length, 'areas only').to.be.greaterThan(30);
    expect(venues.length, 'venue-based').to.be.greaterThan(30);
    // Private records carry a street address in the file, so the "never reaches the page" rule is really
    // exercised: the parser drops it, with the coordinates and the inward half of the postcode.
    const rawPrivate = (raw as { providers: { location?: { private?: boolean; address?: unknown } }[] }).providers.filter(
      (p) => p.location?.private === true,
    );
    expect(rawPrivate.length).to.equal(privateHomes.length);
    expect(rawPrivate.every((p) => typeof p.location?.address === 'string')).to.equal(true);
    expect(
      privateHomes.every((p) => p.location?.address === undefined && p.location?.lat === undefined && !p.location?.postcode?.includes(' ')),
    ).to.equal(true);
    expect(
      venues.every((p) => (p.hours?.length ?? 0) > 0),
      'venues have opening hours',
    ).to.equal(true);
  });

  it('can place every provider: a base with coordinates, a postcode district, or the areas it covers', () => {
    const unplaceable = feed.providers.filter(
      (p) => !(p.location?.lat !== undefined && p.location?.lng !== undefined) && !p.location?.postcode && !p.areas?.length,
    );
    expect(unplaceable.map((p) => p.id)).to.deep.equal([]);
  });

  it('includes Welsh speakers in Powys, stale checks, registered and applied providers', () => {
    const welsh = feed.providers.filter((p) => p.languages?.includes('cy'));
    const generated = Date.parse(feed.meta.generated);
    const stale = feed.providers.filter((p) => generated - Date.parse(p.quality?.lastChecked ?? '') > YEAR_MS);
    const registered = feed.providers.filter((p) => p.quality?.registration?.status === 'registered');
    const applied = feed.providers.filter((p) => p.quality?.registration?.status === 'applied');
    expect(welsh.length, 'Welsh-speaking').to.be.greaterThan(5);
    expect(
      welsh.every((p) => POWYS_DISTRICT.test(districtOf(p))),
      'Welsh speakers are in Powys',
    ).to.equal(true);
    expect(stale.length / feed.providers.length, 'share stale').to.be.within(0.08, 0.25);
    expect(registered.length, 'registered').to.be.greaterThan(5);
    expect(
      registered.every((p) => p.quality?.registration?.id),
      'registered ones have an id',
    ).to.equal(true);
    expect(applied.length, 'applied').to.be.greaterThan(0);
    const regulators = new Set(feed.providers.map((p) => `${districtOf(p).slice(0, 2)}:${p.quality?.registration?.regulator ?? '-'}`));
    expect(
      [...regulators].filter((r) => /^(LD|SY|NP|HR):CQC$|^(TA|BA):CIW$/.test(r)),
      'CQC in England, CIW in Wales',
    ).to.deep.equal([]);
  });

  it('mixes sole traders and small teams, costs, payment routes and capacity', () => {
    const sizes = new Set(feed.providers.map((p) => p.size));
    expect([1, 2, 3, 4, 5].every((s) => sizes.has(s))).to.equal(true);
    expect(feed.providers.some((p) => p.cost?.free)).to.equal(true);
    expect(feed.providers.some((p) => typeof p.cost?.fromGBP === 'number')).to.equal(true);
    const payments = new Set(feed.providers.flatMap((p) => p.payment ?? []));
    expect([...payments].sort()).to.deep.equal(['council-funded', 'direct-payment', 'nhs-funded', 'personal-budget', 'self-funded']);
    const capacity = new Set(feed.providers.map((p) => String(p.takingNewClients)));
    expect([...capacity].sort()).to.deep.equal(['false', 'true', 'undefined']);
  });

  it('uses only fictional contact details: drama phone numbers, example.org and .test addresses', () => {
    const bad = feed.providers.filter(
      ({ contact: c = {} }) =>
        (c.phone !== undefined && !/^(01632 960\d{3}|07700 900\d{3})$/.test(c.phone)) ||
        (c.email !== undefined && !/(@example\.org|\.test)$/.test(c.email)) ||
        (c.website !== undefined && !c.website.startsWith('https://example.org/')),
    );
    expect(bad.map((p) => p.id)).to.deep.equal([]);
    const realLookingPostcodes = feed.providers.filter((p) => p.location?.postcode?.includes(' ') && !/ \dXX$/.test(p.location.postcode));
    expect(
      realLookingPostcodes.map((p) => p.id),
      'full postcodes are the fictional "nXX" kind',
    ).to.deep.equal([]);
  });

  it('supports the demo story: a postcode near Taunton finds lunch clubs, shopping help and visitors', () => {
    const finder = createFinder(feed.providers, { seed: 'sample-feed-test' });
    for (const text of ['lunch club', 'help with shopping', 'someone to visit my dad']) {
      const response = finder.search({ text, postcode: 'TA1 1AA' });
      expect(response.total, text).to.be.greaterThan(0);
    }
  });

  it('shows what a broken record does: the parser skips it and reports it, keeping the rest', () => {
    const copy = structuredClone(raw) as { providers: Record<string, unknown>[] };
    delete copy.providers[3].name;
    copy.providers[7].support = 'home-help';
    const parsed = parseFeed(copy);
    expect(parsed.providers.length).to.equal(copy.providers.length - 2);
    const skipped = parsed.problems.filter((p) => p.severity === 'record').map((p) => p.index);
    expect(skipped).to.deep.equal([3, 7]);
  });
});
