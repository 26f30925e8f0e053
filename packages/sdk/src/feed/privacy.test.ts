import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ProviderLocation } from '../types.ts';
import { publicLocation } from './privacy.ts';

/** The reference: the location copied, then what must not be shown deleted and the postcode cut to its district. */
function withholdPrivateLocation(location: ProviderLocation): void {
  delete location.address;
  delete location.lat;
  delete location.lng;
  if (location.postcode !== undefined) location.postcode = location.postcode.split(' ')[0]!;
}

describe('publicLocation', () => {
  /** Locations as the schema leaves them (keys in any order, any of them missing), home-based. */
  const location = fc
    .record(
      {
        address: fc.constantFrom('7 Hidden Close', 'Flat 2, 10 High Street'),
        town: fc.constantFrom('Taunton', 'Wells'),
        postcode: fc.constantFrom('TA1 4XX', 'TA1', 'BA16 0AB', 'EC1A 1BB'),
        lat: fc.double({ min: -90, max: 90, noNaN: true }),
        lng: fc.double({ min: -180, max: 180, noNaN: true }),
        private: fc.constant(true),
      },
      { requiredKeys: ['private'] },
    )
    .chain((value) => fc.shuffledSubarray(Object.keys(value), { minLength: Object.keys(value).length }).map((keys) => ({ value, keys })))
    .map(({ value, keys }) => Object.fromEntries(keys.map((key) => [key, value[key as keyof typeof value]])) as ProviderLocation);

  it('keeps what withholdPrivateLocation keeps, in the same order, as a new object, and leaves its input alone', () => {
    fc.assert(
      fc.property(location, (home) => {
        const before = JSON.stringify(home);
        const withheld = structuredClone(home);
        withholdPrivateLocation(withheld);
        const shown = publicLocation(home);
        expect(shown).to.not.equal(home);
        expect(JSON.stringify(home)).to.equal(before);
        expect(Object.entries(shown)).to.deep.equal(Object.entries(withheld));
        expect(shown).to.not.have.any.keys('address', 'lat', 'lng');
        if (shown.postcode !== undefined) expect(shown.postcode).to.not.include(' ');
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
