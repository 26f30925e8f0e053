import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createPostcodesIoGeocoder } from './geocoder.ts';
import { createOutcodeTable } from './outcode-table.ts';
import { resolvePostcode } from './resolve.ts';

const BASE = 'https://geo.test';

/** Requests the fake service saw, with the details that matter for privacy. */
const seen: Array<{ url: string; credentials: RequestCredentials; cookie: string | null }> = [];

const postcodeFound = http.get(`${BASE}/postcodes/:postcode`, ({ request, params }) => {
  seen.push({ url: request.url, credentials: request.credentials, cookie: request.headers.get('cookie') });
  if (params.postcode === 'TA1 1AA') {
    return HttpResponse.json({ status: 200, result: { postcode: 'TA1 1AA', latitude: 51.0151, longitude: -3.1062 } });
  }
  if (params.postcode === 'TA1 1AB') {
    return HttpResponse.json({ status: 200, result: { postcode: 'TA1 1AB', latitude: null, longitude: null } });
  }
  return HttpResponse.json({ status: 404, error: 'Postcode not found' }, { status: 404 });
});
const serverError = http.get(`${BASE}/postcodes/:postcode`, () => HttpResponse.json({ status: 500 }, { status: 500 }));
const networkError = http.get(`${BASE}/postcodes/:postcode`, () => HttpResponse.error());

const worker = setupWorker(postcodeFound);

describe('createPostcodesIoGeocoder', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  afterEach(() => {
    worker.resetHandlers();
    seen.length = 0;
  });

  it('looks a postcode up and returns its point', async () => {
    const geocoder = createPostcodesIoGeocoder(BASE);
    expect(await geocoder.lookup('TA1 1AA')).to.deep.equal({ lat: 51.0151, lng: -3.1062 });
    expect(seen).to.have.length(1);
    expect(seen[0]!.url).to.equal(`${BASE}/postcodes/TA1%201AA`);
  });

  it('sends no credentials', async () => {
    await createPostcodesIoGeocoder(`${BASE}/`).lookup('TA1 1AA');
    expect(seen[0]).to.deep.include({ credentials: 'omit', cookie: null, url: `${BASE}/postcodes/TA1%201AA` });
  });

  it('encodes the postcode into the path', async () => {
    await createPostcodesIoGeocoder(BASE).lookup('TA1/../1AA?x=1');
    expect(seen[0]!.url).to.equal(`${BASE}/postcodes/TA1%2F..%2F1AA%3Fx%3D1`);
  });

  it('gives undefined for an unknown postcode or one without coordinates', async () => {
    const geocoder = createPostcodesIoGeocoder(BASE);
    expect(await geocoder.lookup('ZZ9 9ZZ')).to.be.undefined;
    expect(await geocoder.lookup('TA1 1AB')).to.be.undefined;
  });

  it('rejects when the service fails', async () => {
    worker.use(serverError);
    let failure: unknown;
    await createPostcodesIoGeocoder(BASE)
      .lookup('TA1 1AA')
      .catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(Error);
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => createPostcodesIoGeocoder('javascript:alert(1)')).to.throw(TypeError);
    expect(() => createPostcodesIoGeocoder('not a url')).to.throw(TypeError);
  });

  it('uses the fetch it is given', async () => {
    const calls: string[] = [];
    const fakeFetch = (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return Response.json({ result: { latitude: 52, longitude: -3 } });
    }) as typeof fetch;
    const geocoder = createPostcodesIoGeocoder('https://other.test', { fetch: fakeFetch });
    expect(await geocoder.lookup('LD3 7AA')).to.deep.equal({ lat: 52, lng: -3 });
    expect(calls).to.deep.equal(['https://other.test/postcodes/LD3%207AA']);
    expect(seen).to.be.empty;
  });

  describe('with resolvePostcode', () => {
    const table = createOutcodeTable([{ outcode: 'TA1', lat: 51.012, lng: -3.102 }]);
    const geocoder = createPostcodesIoGeocoder(BASE);

    it('gives an exact origin when the service knows the postcode', async () => {
      const result = await resolvePostcode('ta1 1aa', { outcodes: table, geocoder });
      expect(result).to.deep.equal({
        ok: true,
        value: { lat: 51.0151, lng: -3.1062, district: 'TA1', postcode: 'TA1 1AA', precision: 'exact' },
      });
    });

    it('falls back to the district centroid when the service is down or unreachable', async () => {
      for (const handler of [serverError, networkError]) {
        worker.use(handler);
        const result = await resolvePostcode('TA1 1AA', { outcodes: table, geocoder });
        expect(result.ok && result.value).to.deep.include({ precision: 'district', lat: 51.012, lng: -3.102 });
        worker.resetHandlers();
      }
    });

    it('makes no request without a geocoder', async () => {
      await resolvePostcode('TA1 1AA', { outcodes: table });
      expect(seen).to.be.empty;
    });
  });
});
