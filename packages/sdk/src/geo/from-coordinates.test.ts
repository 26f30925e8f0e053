import { expect } from '@open-wc/testing';
import { nearestDistrict, originFromCoordinates, packedEntries } from './from-coordinates.ts';
import { parseCompactOutcodes } from './outcodes.ts';

const districts = [
  { outcode: 'TA1', lat: 51.012, lng: -3.102 },
  { outcode: 'TA2', lat: 51.03, lng: -3.12 },
  { outcode: 'ld3', lat: 51.96, lng: -3.371 },
];

describe('originFromCoordinates', () => {
  it('keeps the exact point and names the nearest district for wording', async () => {
    const origin = await originFromCoordinates(51.958, -3.39, districts);
    expect(origin).to.deep.equal({ lat: 51.958, lng: -3.39, district: 'LD3', postcode: '', precision: 'exact' });
  });

  it('names no district for a point far from every district (abroad, at sea)', async () => {
    expect((await originFromCoordinates(48.85, 2.35, districts)).district).to.equal('');
  });

  it('uses the bundled table when none is given', async () => {
    const origin = await originFromCoordinates(51.0125, -3.1021);
    expect(origin.district).to.equal('TA1');
    expect(origin.precision).to.equal('exact');
  });

  it('rejects points that are not WGS84 degrees', async () => {
    for (const [lat, lng] of [
      [NaN, 0],
      [91, 0],
      [0, 181],
      [Infinity, 1],
    ] as const) {
      let error: unknown;
      await originFromCoordinates(lat, lng, districts).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(RangeError);
    }
  });
});

describe('nearestDistrict', () => {
  it('picks the closer of two neighbouring districts', () => {
    expect(nearestDistrict(51.029, -3.121, districts)).to.equal('TA2');
    expect(nearestDistrict(51.013, -3.1, districts)).to.equal('TA1');
  });
  it('is undefined for an empty list', () => {
    expect(nearestDistrict(51, -3, [])).to.equal(undefined);
  });
});

describe('the bundled districts "use my location" reads', () => {
  it('are the packed table read in full: every district, point and town of the text table, in record order', async () => {
    const [packed, text] = await Promise.all([import('./outcodes-data-packed.ts'), import('./outcodes-data.ts')]);
    expect(packedEntries(packed)).to.deep.equal(parseCompactOutcodes(text.OUTCODES));
  });

  it('name the district a point in it is nearest to', async () => {
    const origin = await originFromCoordinates(51.012, -3.102);
    expect(origin.district).to.equal('TA1');
  });
});
