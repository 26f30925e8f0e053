import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { MOCK_CENTROIDS, mockOrukApi, mockServices, type MockApiLog } from '../../../../test/fixtures/oruk/mock-oruk-api.ts';
import { createRemoteFinder } from './oruk-remote-finder.ts';

const worker = setupWorker();
// Absolute, so the same address works on a page (msw's service worker) and in Node (msw/node).
const API = new URL('/oruk-remote-test', (globalThis as { location?: { href: string } }).location?.href ?? 'http://localhost/').href;

describe('createRemoteFinder (ORUK 3.0 API as the search engine)', () => {
  const log: MockApiLog = { requests: [] };
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  beforeEach(() => {
    log.requests.length = 0;
    worker.use(...mockOrukApi(API, mockServices(60), log));
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('sends text, postcode, proximity, taxonomy and page to the API and converts its page', async () => {
    const finder = createRemoteFinder(`${API}/`, { taxonomyIds: { befriending: 'tx-befriending' } });
    const response = await finder.search({
      text: 'befriending',
      postcode: 'TA1 1AA',
      maxMiles: 3,
      support: ['befriending'],
      page: 1,
      pageSize: 5,
    });
    const sent = log.requests[0]!;
    expect(sent.pathname).to.equal(new URL(`${API}/services`).pathname);
    expect(Object.fromEntries(sent.searchParams)).to.deep.equal({
      text: 'befriending',
      postcode: 'TA1 1AA',
      proximity: '4828',
      taxonomy_id: 'tx-befriending',
      page: '1',
      per_page: '5',
    });
    expect(response.total).to.equal(5); // 60 services, 1 in 3 befriending, 1 in 4 in TA1 -> 5
    expect(response.closeTotal).to.equal(5);
    expect(response.results.map((r) => r.provider.support)).to.deep.equal(Array(5).fill(['befriending']));
    expect(response.results[0]!.provider.description).to.equal('A fictional befriending service & friends.');
  });

  it('pages through the API: page 2 asks for page 2', async () => {
    const finder = createRemoteFinder(API);
    const page2 = await finder.search({ page: 2, pageSize: 25 });
    expect(log.requests[0]!.searchParams.get('page')).to.equal('2');
    expect(page2.page).to.equal(2);
    expect(page2.total).to.equal(60);
    expect(page2.results[0]!.provider.id).to.equal('svc-26');
  });

  it('gives distances from an origin', async () => {
    const finder = createRemoteFinder(API);
    const origin = { ...MOCK_CENTROIDS.TA1!, district: 'TA1', postcode: 'TA1 1AA', precision: 'district' as const };
    const response = await finder.search({ origin, maxMiles: 1 });
    expect(log.requests[0]!.searchParams.get('postcode')).to.equal('TA1 1AA');
    expect(response.results.length).to.be.greaterThan(0);
    for (const result of response.results) expect(result.distanceMiles).to.be.at.most(1);
  });

  it('fetches one service by id (a shared shortlist): converted, or undefined when the API has no such service', async () => {
    const finder = createRemoteFinder(API);
    const found = await finder.provider('svc-11');
    expect(found?.id).to.equal('svc-11');
    expect(found?.name).to.equal('Example Lunch clubs 11 (fictional)');
    expect(found?.description).to.equal('A fictional lunch clubs service & friends.');
    expect(await finder.provider('svc-999')).to.equal(undefined);
    expect(log.requests.map((url) => url.pathname)).to.deep.equal([
      new URL(`${API}/services/svc-11`).pathname,
      new URL(`${API}/services/svc-999`).pathname,
    ]);
  });

  it('fetches a shared list: in order, the missing left out, each id once, at most 50', async () => {
    const finder = createRemoteFinder(API);
    const found = await finder.providers(['svc-3', 'svc-999', 'svc-1', 'svc-3']);
    expect(found.map((p) => p.id)).to.deep.equal(['svc-3', 'svc-1']);
    expect(log.requests).to.have.length(3);
    log.requests.length = 0;
    const many = Array.from({ length: 80 }, (_, i) => `svc-${i + 1}`);
    expect((await finder.providers(many)).map((p) => p.id)).to.deep.equal(many.slice(0, 50));
    expect(log.requests).to.have.length(50);
  });

  it('encodes an id into one path segment, so it cannot reach another path', async () => {
    const finder = createRemoteFinder(API);
    expect(await finder.provider('../admin?x=1')).to.equal(undefined);
    expect(log.requests[0]!.pathname).to.equal(new URL(`${API}/services/..%2Fadmin%3Fx%3D1`).pathname);
  });

  it('an unreachable API rejects provider() with a FeedError, not "not found"', async () => {
    worker.use(http.get(`${API}/services/:id`, () => HttpResponse.error()));
    let error: unknown;
    try {
      await createRemoteFinder(API).provider('svc-1');
    } catch (caught) {
      error = caught;
    }
    expect((error as { kind?: string }).kind).to.equal('network');
  });

  it('an API error becomes a FeedError', async () => {
    worker.use(http.get(`${API}-down/services`, () => new HttpResponse('down for maintenance', { status: 503 })));
    const finder = createRemoteFinder(`${API}-down`);
    let error: unknown;
    try {
      await finder.search({});
    } catch (caught) {
      error = caught;
    }
    expect((error as { kind?: string }).kind).to.equal('http');
  });
});
