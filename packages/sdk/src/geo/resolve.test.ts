import { expect } from '@open-wc/testing';
import type { GeoPoint } from '../types.ts';
import type { Geocoder } from './geocoder.ts';
import { createOutcodeTable } from './outcode-table.ts';
import { resolvePostcode } from './resolve.ts';

const table = createOutcodeTable([
  { outcode: 'TA1', lat: 51.012, lng: -3.102, town: 'Taunton' },
  { outcode: 'LD3', lat: 51.96, lng: -3.371, town: 'Llanddew' },
]);

/** A geocoder that answers from a fixed list and records what it was asked. */
function fakeGeocoder(points: Record<string, GeoPoint>, fail = false): Geocoder & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async lookup(postcode) {
      asked.push(postcode);
      if (fail) throw new Error('service down');
      return points[postcode];
    },
  };
}

describe('resolvePostcode', () => {
  it('gives the district centroid for a full postcode without a geocoder', async () => {
    expect(await resolvePostcode('ta1 1aa', { outcodes: table })).to.deep.equal({
      ok: true,
      value: { lat: 51.012, lng: -3.102, district: 'TA1', postcode: 'TA1 1AA', precision: 'district' },
    });
  });

  it('gives the district centroid for a district', async () => {
    const result = await resolvePostcode('ld3', { outcodes: table });
    expect(result).to.deep.equal({
      ok: true,
      value: { lat: 51.96, lng: -3.371, district: 'LD3', postcode: 'LD3', precision: 'district' },
    });
  });

  it('loads the bundled table when none is given', async () => {
    const result = await resolvePostcode('BA20 1AA');
    expect(result.ok && result.value).to.deep.include({ district: 'BA20', lat: 50.938, lng: -2.642, precision: 'district' });
  });

  it('reports a valid postcode whose district has no location as unknown-district', async () => {
    expect(await resolvePostcode('TA99 1AA', { outcodes: table })).to.deep.equal({
      ok: false,
      error: { kind: 'unknown-district', input: 'TA99 1AA', district: 'TA99' },
    });
    for (const input of ['BF1 1AA', 'GIR 0AA', 'JE5 1AA']) {
      const result = await resolvePostcode(input);
      expect(!result.ok && result.error.kind, input).to.equal('unknown-district');
    }
  });

  it('passes parse failures through', async () => {
    expect(await resolvePostcode('hello', { outcodes: table })).to.deep.equal({
      ok: false,
      error: { kind: 'invalid-postcode', input: 'hello' },
    });
    expect(await resolvePostcode(' ', { outcodes: table })).to.deep.equal({ ok: false, error: { kind: 'empty', input: ' ' } });
  });

  it('uses the geocoder for a full postcode (exact precision)', async () => {
    const geocoder = fakeGeocoder({ 'TA1 1AA': { lat: 51.0151, lng: -3.1062 } });
    const result = await resolvePostcode('ta11aa', { outcodes: table, geocoder });
    expect(geocoder.asked).to.deep.equal(['TA1 1AA']);
    expect(result).to.deep.equal({
      ok: true,
      value: { lat: 51.0151, lng: -3.1062, district: 'TA1', postcode: 'TA1 1AA', precision: 'exact' },
    });
  });

  it('does not ask the geocoder about a district alone', async () => {
    const geocoder = fakeGeocoder({});
    const result = await resolvePostcode('TA1', { outcodes: table, geocoder });
    expect(geocoder.asked).to.be.empty;
    expect(result.ok && result.value.precision).to.equal('district');
  });

  it('falls back to the district when the geocoder does not know the postcode or fails', async () => {
    const unknown = await resolvePostcode('TA1 9ZZ', { outcodes: table, geocoder: fakeGeocoder({}) });
    expect(unknown.ok && unknown.value).to.deep.include({ precision: 'district', lat: 51.012 });

    const errors: unknown[] = [];
    const failing = await resolvePostcode('TA1 1AA', {
      outcodes: table,
      geocoder: fakeGeocoder({}, true),
      onGeocoderError: (error) => errors.push(error),
    });
    expect(failing.ok && failing.value.precision).to.equal('district');
    expect(errors).to.have.length(1);
  });

  it('can place a postcode the table lacks when the geocoder knows it', async () => {
    const geocoder = fakeGeocoder({ 'TA99 1AA': { lat: 51, lng: -3 } });
    const result = await resolvePostcode('TA99 1AA', { outcodes: table, geocoder });
    expect(result.ok && result.value.precision).to.equal('exact');
  });

  it('rejects with the abort reason when aborted during a lookup', async () => {
    const controller = new AbortController();
    const geocoder: Geocoder = {
      lookup: (_postcode, { signal } = {}) =>
        new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
    };
    const pending = resolvePostcode('TA1 1AA', { outcodes: table, geocoder, signal: controller.signal });
    controller.abort();
    let rejection: unknown;
    await pending.catch((error: unknown) => (rejection = error));
    expect(rejection).to.be.instanceOf(DOMException);
    expect((rejection as DOMException).name).to.equal('AbortError');
  });
});
