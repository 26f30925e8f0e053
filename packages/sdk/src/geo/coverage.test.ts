import { expect } from '@open-wc/testing';
import type { Origin, Provider } from '../types.ts';
import { coversOrigin, providerPoint, townKeyOf } from './coverage.ts';
import { distanceMiles } from './distance.ts';
import { createOutcodeTable } from './outcode-table.ts';

// Fictional providers; centroids copied from data/uk-outcodes/postcodes.csv.
const table = createOutcodeTable([
  { outcode: 'TA1', lat: 51.01234, lng: -3.10203, town: 'Taunton' },
  { outcode: 'TA2', lat: 51.03303, lng: -3.10109, town: 'Staplegrove' },
  { outcode: 'TA20', lat: 50.87329, lng: -2.96087, town: 'Chard' },
  { outcode: 'LD3', lat: 51.96006, lng: -3.37111, town: 'Llanddew' },
  { outcode: 'IM1', lat: 54.15048, lng: -4.48174, town: 'Douglas, Braddan' },
]);

const originIn = (district: string): Origin => {
  const point = table.get(district)!;
  return { ...point, district, postcode: district, precision: 'district' };
};

const provider = (extra: Partial<Provider>): Provider => ({
  id: 'fictional-1',
  name: 'Fictional Helping Hands',
  support: ['home-help'],
  ...extra,
});

describe('providerPoint', () => {
  it('uses exact coordinates of a public base', () => {
    const p = provider({ location: { postcode: 'TA1 1AA', lat: 51.0151, lng: -3.1062 } });
    expect(providerPoint(p, table)).to.deep.equal({ point: { lat: 51.0151, lng: -3.1062 }, precision: 'exact' });
  });

  it('never uses exact coordinates of a home-based provider, even when the feed has them', () => {
    const p = provider({ location: { postcode: 'TA1 1AA', lat: 51.0151, lng: -3.1062, private: true } });
    expect(providerPoint(p, table)).to.deep.equal({ point: table.get('TA1'), precision: 'district' });
  });

  it('gives no point for a home-based provider when the district is unknown or no table is given', () => {
    const p = provider({ location: { postcode: 'TA1 1AA', lat: 51.0151, lng: -3.1062, private: true } });
    expect(providerPoint(p)).to.be.undefined;
    const elsewhere = provider({ location: { postcode: 'ZE1 0AA', lat: 60.15, lng: -1.14, private: true } });
    expect(providerPoint(elsewhere, table)).to.be.undefined;
  });

  it('falls back to the district centroid of the postcode (full or district, any case)', () => {
    expect(providerPoint(provider({ location: { postcode: 'ld3 7aa' } }), table)?.point).to.deep.equal(table.get('LD3'));
    expect(providerPoint(provider({ location: { postcode: 'ta20' } }), table)).to.deep.equal({
      point: table.get('TA20'),
      precision: 'district',
    });
  });

  it('ignores unusable coordinates and gives nothing without a location', () => {
    const p = provider({ location: { postcode: 'TA1', lat: 95, lng: -3.1 } });
    expect(providerPoint(p, table)?.precision).to.equal('district');
    expect(providerPoint(provider({}), table)).to.be.undefined;
    expect(providerPoint(provider({ location: { town: 'Taunton' } }), table)).to.be.undefined;
  });
});

describe('coversOrigin', () => {
  it('matches a listed district, ignoring case and spaces', () => {
    expect(coversOrigin(provider({ areas: ['ta 1', 'LD3'] }), originIn('TA1'), table)).to.be.true;
    expect(coversOrigin(provider({ areas: ['ld3'] }), originIn('LD3'))).to.be.true;
  });

  it('does not confuse TA1 with TA20 or TA2', () => {
    const p = provider({ areas: ['TA20', 'TA2'] });
    expect(coversOrigin(p, originIn('TA1'), table)).to.be.false;
  });

  it("matches a listed town that is the district's town, ignoring case and punctuation", () => {
    expect(coversOrigin(provider({ areas: ['taunton'] }), originIn('TA1'), table)).to.be.true;
    expect(coversOrigin(provider({ areas: [' CHARD '] }), originIn('TA20'), table)).to.be.true;
    expect(coversOrigin(provider({ areas: ['Braddan'] }), originIn('IM1'), table)).to.be.true;
    expect(coversOrigin(provider({ areas: ['Taunton'] }), originIn('TA20'), table)).to.be.false;
  });

  it('cannot match towns without a table that knows them', () => {
    expect(coversOrigin(provider({ areas: ['Taunton'] }), originIn('TA1'))).to.be.false;
  });

  it('matches when the radius from the base reaches the person', () => {
    const gap = distanceMiles(table.get('TA1')!, table.get('TA20')!);
    const base = { location: { postcode: 'TA1 1AA', private: true } };
    expect(coversOrigin(provider({ ...base, radiusMiles: Math.ceil(gap) }), originIn('TA20'), table)).to.be.true;
    expect(coversOrigin(provider({ ...base, radiusMiles: Math.floor(gap) }), originIn('TA20'), table)).to.be.false;
  });

  it("measures a home-based provider's radius from its district, not its exact coordinates", () => {
    // Exact coordinates put this fictional home 1 mile from LD3's centroid; its district TA1 is ~66 miles away.
    const p = provider({ location: { postcode: 'TA1 1AA', lat: 51.9745, lng: -3.3711, private: true }, radiusMiles: 5 });
    expect(coversOrigin(p, originIn('LD3'), table)).to.be.false;
    const publicBase = provider({ location: { postcode: 'TA1 1AA', lat: 51.9745, lng: -3.3711 }, radiusMiles: 5 });
    expect(coversOrigin(publicBase, originIn('LD3'), table)).to.be.true;
  });

  it('is false with neither areas nor a reachable radius', () => {
    expect(coversOrigin(provider({}), originIn('TA1'), table)).to.be.false;
    expect(coversOrigin(provider({ radiusMiles: 10 }), originIn('TA1'), table)).to.be.false;
    expect(coversOrigin(provider({ location: { postcode: 'TA1' }, radiusMiles: 0 }), originIn('TA2'), table)).to.be.false;
  });
});

describe('townKeyOf', () => {
  it('keys ASCII names (its quicker path) exactly as the Unicode rules do', () => {
    const unicodeKey = (name: string) =>
      name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    for (let c = 0; c < 128; c++) {
      const name = ` Llanfair${String.fromCharCode(c)}ym-MUALLT 2${String.fromCharCode(c)}`;
      expect(townKeyOf(name), `char ${c}`).to.equal(unicodeKey(name));
    }
    expect(townKeyOf('Ystradgynláis')).to.equal('ystradgynlais');
  });
});
